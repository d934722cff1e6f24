//! Rebuilding a journal whose sled files can no longer be read, from the
//! write log kept outside them (`store::wal`): the log's base (the latest
//! backup, or nothing for a journal younger than its first backup) is
//! restored into a new journal beside the damaged one, every write logged
//! since is replayed, `check` runs, and only then does the new journal take
//! the damaged one's place. The damaged files are kept aside.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use crate::backups;
use crate::domain::text::count;
use crate::journal::Journal;
use crate::seal::Unlock;
use crate::store::{self, LogBase, LogContents};

/// What a rebuild did.
#[derive(Debug)]
pub struct Recovered {
    /// The backup the journal was rebuilt from, if it was not empty.
    pub from: Option<PathBuf>,
    pub people: usize,
    /// Writes replayed from the log.
    pub replayed: usize,
    /// Where the damaged journal is now.
    pub aside: PathBuf,
    /// Bytes at the end of the log that could not be read (a write cut
    /// short by a crash, never reported saved, or damage to the log).
    pub unreadable: u64,
}

/// The log of the journal at `journal`, when a rebuild can use it.
fn usable_log(journal: &Path) -> Result<LogContents> {
    let contents = store::read_log(journal)
        .with_context(|| format!("cannot read the write log of {}", journal.display()))?
        .ok_or_else(|| anyhow!("the journal at {} has no write log", journal.display()))?;
    match &contents.base {
        LogBase::Empty => Ok(contents),
        LogBase::File(file) if file.is_file() => Ok(contents),
        LogBase::File(file) => Err(anyhow!(
            "the write log starts from the backup {}, which is gone",
            file.display()
        )),
        LogBase::Unknown => Err(anyhow!(
            "the write log starts from a whole-journal write (a generated journal or an upgrade) that no backup holds"
        )),
    }
}

/// What to tell someone whose journal is damaged, when its write log can
/// rebuild it: what it holds and the one command (`recover`, as typed).
pub fn hint(journal: &Path, recover: &str) -> Option<String> {
    let contents = usable_log(journal).ok()?;
    let since = match contents.writes() {
        0 => "no change saved since".to_string(),
        n => format!("the {} saved since", count(n, "change", "changes")),
    };
    Some(match &contents.base {
        LogBase::File(file) => {
            let key = if file.extension().is_some_and(|e| e == "age") {
                " --identity YOUR_AGE_KEY_FILE"
            } else {
                ""
            };
            format!(
                "its write log can rebuild it from the backup {} and {since}; run: {recover}{key}",
                file.display()
            )
        }
        _ => format!("its write log can rebuild it from {since} it was created; run: {recover}"),
    })
}

/// Rebuilds the journal at `journal` from its write log; `unlock` opens a
/// sealed base backup.
pub fn recover(journal: &Path, unlock: &Unlock) -> Result<Recovered> {
    if !journal.is_dir() {
        return Err(anyhow!(
            "there is no journal at {} to recover, nor its write log; a backup goes into a new journal with: givegive restore FILE",
            journal.display()
        ));
    }
    if store::held(journal) {
        return Err(anyhow!(
            "the journal at {} is open in another givegive process; close it and try again",
            journal.display()
        ));
    }
    if opens_clean(journal) {
        return Err(anyhow!(
            "the journal at {} opens and check finds nothing wrong: there is nothing to recover",
            journal.display()
        ));
    }
    let contents = usable_log(journal)?;
    let name = journal
        .file_name()
        .map_or_else(|| "journal".into(), |n| n.to_string_lossy().into_owned());
    let building = journal.with_file_name(format!(".{name}-recovering"));
    if building.exists() {
        fs::remove_dir_all(&building)
            .with_context(|| format!("cannot clear {}", building.display()))?;
    }
    let rebuilt = rebuild(&building, &contents, unlock);
    let (people, problems) = match rebuilt {
        Ok(done) => done,
        Err(e) => {
            let _ = fs::remove_dir_all(&building);
            return Err(e);
        }
    };
    if problems > 0 {
        let _ = fs::remove_dir_all(&building);
        return Err(anyhow!(
            "the rebuilt journal failed check ({problems} problem(s)); nothing was changed"
        ));
    }
    let aside = put_aside(journal)?;
    fs::rename(&building, journal).with_context(|| {
        format!(
            "the damaged journal is in {}, but the rebuilt one could not take its place (it is in {})",
            aside.display(),
            building.display()
        )
    })?;
    if let Some(parent) = journal.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(Recovered {
        from: match &contents.base {
            LogBase::File(file) => Some(file.clone()),
            _ => None,
        },
        people,
        replayed: contents.writes(),
        aside,
        unreadable: contents.unreadable,
    })
}

/// Whether the journal at `journal` opens and `check` finds nothing
/// wrong. A check whose read sled cannot finish (see `store::Watch`) is
/// damage: it is left running on its own thread, on files about to be put
/// aside, and ends with this process.
fn opens_clean(journal: &Path) -> bool {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = journal.to_path_buf();
    let checking = std::thread::Builder::new()
        .name("check".into())
        .spawn(move || {
            let clean = Journal::open(&path)
                .is_ok_and(|open| open.check().is_ok_and(|problems| problems.is_empty()));
            let _ = tx.send(clean);
        });
    if checking.is_err() {
        return false;
    }
    let mut watch = store::Watch::default();
    loop {
        match rx.recv_timeout(store::WATCH_LOOK) {
            Ok(clean) => return clean,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) if !watch.stuck() => {}
            Err(_) => return false,
        }
    }
}

/// A new journal at `path` holding the log's base and its writes: how many
/// people it has, and how many problems `check` found.
fn rebuild(path: &Path, contents: &LogContents, unlock: &Unlock) -> Result<(usize, usize)> {
    let journal = Journal::open(path)?;
    if let LogBase::File(file) = &contents.base {
        let export = backups::read(file, unlock)?;
        journal.import_export(&export)?;
    }
    journal.store().replay_log(contents)?;
    journal.flush()?;
    let problems = journal.check()?.len();
    let people = journal.contact_count();
    journal.flush()?;
    Ok((people, problems))
}

/// Moves the damaged journal into its backup folder, under the time it was
/// moved.
fn put_aside(journal: &Path) -> Result<PathBuf> {
    let root = store::backup_root(journal);
    fs::create_dir_all(&root).with_context(|| format!("cannot create {}", root.display()))?;
    let stamp = chrono::Local::now().format("%Y-%m-%dT%H%M%S");
    let mut aside = root.join(format!("damaged-{stamp}"));
    let mut n = 2;
    while aside.exists() {
        aside = root.join(format!("damaged-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(journal, &aside).with_context(|| {
        format!(
            "cannot move the damaged journal to {}; nothing was changed",
            aside.display()
        )
    })?;
    Ok(aside)
}
