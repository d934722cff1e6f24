//! How daily backups are named, found and pruned.
//!
//! A name carries the day it was taken, the journal it belongs to (the
//! first 8 hex digits of its identity) and the number of the last change
//! it holds: `givegive-2026-12-06-3fa2b1c0-412.json.gz`. Journals sharing
//! a folder never write over each other's backups, and pruning keeps the
//! backups that hold the most, whatever a clock said when they were taken.
//! Names from before journals had identities (`givegive-2026-12-06.json.gz`)
//! are still listed, restored and named in hints.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::store::Identity;

const PREFIX: &str = "givegive-";
const SUFFIX: &str = ".json.gz";
/// Added to the name of a sealed backup.
const SEALED: &str = ".age";

/// How a backup being written is named until it is complete.
pub(super) const TEMP_PREFIX: &str = ".givegive-backup-";
/// A half-written backup this old was left by a killed process.
const ABANDONED: std::time::Duration = std::time::Duration::from_secs(3600);

/// One backup file found in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The day it was taken, by the clock of the time.
    pub day: NaiveDate,
    /// The journal it belongs to (its tag) and the number of the last
    /// change it holds; `None` for a name from before identities.
    pub owner: Option<(String, u64)>,
    pub path: PathBuf,
}

impl Found {
    /// Whether it is sealed with age.
    pub fn sealed(&self) -> bool {
        self.path.extension().is_some_and(|e| e == "age")
    }
}

/// The short form of a journal's identity that its backups' names carry.
pub fn tag(identity: &Identity) -> String {
    identity[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// The name of the backup taken on `day` by the journal tagged `tag`,
/// holding it up to change `seq`.
pub(super) fn file_name(day: NaiveDate, tag: &str, seq: u64, sealed: bool) -> String {
    let age = if sealed { SEALED } else { "" };
    format!(
        "{PREFIX}{}-{tag}-{seq}{SUFFIX}{age}",
        day.format("%Y-%m-%d")
    )
}

/// The day and owner a backup's name says, if givegive named it.
fn parse(name: &str) -> Option<(NaiveDate, Option<(String, u64)>)> {
    let rest = name.strip_prefix(PREFIX)?;
    let rest = rest.strip_suffix(SEALED).unwrap_or(rest);
    let rest = rest.strip_suffix(SUFFIX)?;
    let day = rest.get(..10)?.parse::<NaiveDate>().ok()?;
    let rest = &rest[10..];
    if rest.is_empty() {
        return Some((day, None));
    }
    let (tag, seq) = rest.strip_prefix('-')?.split_once('-')?;
    if tag.len() != 8 || !tag.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some((day, Some((tag.to_string(), seq.parse().ok()?))))
}

/// Every backup in `dir`, any journal's. Only files named as givegive
/// names them count: nothing else in the directory is ever touched.
pub fn list(dir: &Path) -> Vec<Found> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let (day, owner) = parse(e.file_name().to_str()?)?;
            e.file_type().ok()?.is_file().then(|| Found {
                day,
                owner,
                path: e.path(),
            })
        })
        .collect()
}

/// The backups in `dir` of the journal tagged `tag` (any journal's when
/// it is not known), with those named before identities when `legacy`:
/// oldest first by what they hold. The older names come first, by day,
/// then the journal's own by the last change they hold.
pub fn of(dir: &Path, tag: Option<&str>, legacy: bool) -> Vec<Found> {
    let mut found: Vec<Found> = list(dir)
        .into_iter()
        .filter(|f| match (&f.owner, tag) {
            (None, _) => legacy,
            (Some((owner, _)), Some(tag)) => owner == tag,
            (Some(_), None) => true,
        })
        .collect();
    found.sort_by_key(|f| (f.owner.as_ref().map(|(_, seq)| *seq), f.day));
    found
}

/// Drops all but the newest `keep` backups of the journal tagged `tag`
/// (by what they hold; `legacy`: counting those named before identities),
/// never `base`, the write log's; and what a killed backup left half
/// written (an hour old: a folder shared by two journals may hold the
/// other's backup in progress).
pub(super) fn prune(
    dir: &Path,
    keep: usize,
    tag: &str,
    legacy: bool,
    base: &Path,
) -> io::Result<()> {
    let all = of(dir, Some(tag), legacy);
    for found in all.iter().take(all.len().saturating_sub(keep)) {
        if found.path != base {
            fs::remove_file(&found.path)?;
        }
    }
    let stale = |e: &fs::DirEntry| {
        e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > ABANDONED))
    };
    for entry in fs::read_dir(dir)?.flatten().filter(stale) {
        fs::remove_file(entry.path())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_the_day_the_journal_and_what_they_hold() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).expect("day");
        let name = file_name(day, "3fa2b1c0", 412, true);
        assert_eq!(name, "givegive-2026-12-06-3fa2b1c0-412.json.gz.age");
        assert_eq!(parse(&name), Some((day, Some(("3fa2b1c0".into(), 412)))));
        assert_eq!(parse("givegive-2026-12-06.json.gz"), Some((day, None)));
        for other in [
            "givegive-2026-12-06-notatag-1.json.gz",
            "givegive-2026-12-06.json",
            "notes.json.gz",
        ] {
            assert_eq!(parse(other), None, "{other}");
        }
    }
}
