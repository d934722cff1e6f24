//! Rebuilding a journal whose sled files can no longer be read, from the
//! write log kept outside them (`store::wal`): the log's base (the latest
//! backup, or nothing for a journal younger than its first backup) is
//! restored into a new journal beside the damaged one, every write logged
//! since is replayed, `check` runs, and only then does the new journal take
//! the damaged one's place. The damaged files are kept aside.
//!
//! The base is taken only when it is the file the log started from: its
//! bytes hash as the log recorded. A file another journal wrote at that
//! path (a shared backup folder, a new journal where a moved one was) is
//! refused, and the right one is looked for by its hash among the
//! journal's backup folders, wherever they are now.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use crate::backups;
use crate::config;
use crate::domain::text::count;
use crate::journal::{Journal, JournalError};
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
    /// short by a crash, or damage to the log).
    pub unreadable: u64,
    /// How many changes the unreadable bytes held that had been reported
    /// saved, when the log's flush notes say so.
    pub saved_unreadable: Option<u64>,
}

/// The log of the journal at `journal`, when a rebuild can use it, with
/// its base where it is now; `settings` say where the journal's backups go.
pub(crate) fn usable_log(journal: &Path, settings: &config::Backup) -> Result<LogContents> {
    let mut contents = store::read_log(journal)
        .with_context(|| format!("cannot read the write log of {}", journal.display()))?
        .ok_or_else(|| anyhow!("the journal at {} has no write log", journal.display()))?;
    match contents.base.clone() {
        LogBase::Empty => Ok(contents),
        LogBase::File(file) if file.is_file() => Ok(contents),
        LogBase::File(file) => Err(anyhow!(
            "the write log starts from the backup {}, which is gone",
            file.display()
        )),
        LogBase::Hashed { file, sha256 } => {
            let folders = folders(journal, settings, &file);
            let found = find_base(&file, &sha256, &folders).ok_or_else(|| {
                let now = if file.is_file() {
                    "that file is another journal's now, or was changed"
                } else {
                    "that file is gone"
                };
                anyhow!(
                    "the write log starts from the backup {}, but {now}, and none of the backups in {} is the one it started from; nothing was changed",
                    file.display(),
                    folders.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" or ")
                )
            })?;
            contents.base = LogBase::Hashed {
                file: found,
                sha256,
            };
            Ok(contents)
        }
        LogBase::Unknown => Err(anyhow!(
            "the write log starts from a whole-journal write (a generated journal or an upgrade) that no backup holds"
        )),
    }
}

/// Where a moved base may be: the folder it was written to, and the
/// journal's backup folders as the config and its place say now.
fn folders(journal: &Path, settings: &config::Backup, file: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = Vec::new();
    let candidates = [
        file.parent().map(Path::to_path_buf),
        Some(backups::dir(journal, settings)),
        Some(store::backup_root(journal)),
    ];
    for folder in candidates.into_iter().flatten() {
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    folders
}

/// The file whose bytes hash as `sha256`: `file` itself, or else a backup
/// in one of `folders`.
fn find_base(file: &Path, sha256: &[u8; 32], folders: &[PathBuf]) -> Option<PathBuf> {
    let is_base = |path: &Path| store::hash_file(path).is_ok_and(|h| h == *sha256);
    if is_base(file) {
        return Some(file.to_path_buf());
    }
    folders
        .iter()
        .flat_map(|folder| backups::list(folder))
        .map(|found| found.path)
        .find(|path| is_base(path))
}

/// What to tell someone whose journal is damaged: what its write log can
/// rebuild and the one command that does it (`recover`, as typed); when
/// it cannot, the base it needs and the backup to restore (`restore`).
pub fn hint(
    journal: &Path,
    settings: &config::Backup,
    recover: &str,
    restore: &str,
) -> Option<String> {
    let Ok(Some(log)) = store::read_log(journal) else {
        return backups::hint(journal, settings, restore, None);
    };
    let Ok(contents) = usable_log(journal, settings) else {
        let tag = log.journal.as_ref().map(backups::tag);
        let restore = backups::hint(journal, settings, restore, tag.as_deref());
        return match log.base.file() {
            Some(base) => Some(format!(
                "its write log needs the backup {}, which is gone or was replaced; {}",
                base.display(),
                restore.unwrap_or_else(|| "no other backup of this journal was found".into())
            )),
            None => restore,
        };
    };
    let since = match (contents.writes(), contents.unreadable) {
        (0, 0) => "no change saved since".to_string(),
        (n, 0) => format!("the {} saved since", count(n, "change", "changes")),
        (n, bytes) => format!(
            "the {} saved since that it can read (its last {} cannot be read: what they held cannot be rebuilt)",
            count(n, "change", "changes"),
            count(bytes as usize, "byte", "bytes")
        ),
    };
    Some(match &contents.base {
        LogBase::File(file) | LogBase::Hashed { file, .. } => {
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

/// Rebuilds the journal at `journal` from its write log; `settings` say
/// where its backups go, `unlock` opens a sealed base backup.
pub fn recover(journal: &Path, settings: &config::Backup, unlock: &Unlock) -> Result<Recovered> {
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
    match how_it_opens(journal) {
        // Its log would rebuild less than the journal holds.
        Opened::LogLost => {
            return Err(anyhow!(
                "the journal at {j} opens, but its write log lost changes the journal has: a rebuild would lose them; start the log again with: givegive --db {j} backup",
                j = journal.display()
            ));
        }
        Opened::Clean => {
            return Err(anyhow!(
                "the journal at {} opens and check finds nothing wrong: there is nothing to recover",
                journal.display()
            ));
        }
        Opened::Refused(store::Refusal::ReadOnly) => {
            return Err(anyhow!(
                "the journal at {} is on a read-only file system: recover writes a rebuilt journal beside it, so mount it read-write first (every command that only reads still answers); nothing was changed",
                journal.display()
            ));
        }
        Opened::Refused(store::Refusal::Denied) => {
            return Err(anyhow!(
                "the journal at {} is not yours to write (permission denied): recover writes a rebuilt journal beside it, so run it as the journal's owner (every command that only reads still answers); nothing was changed",
                journal.display()
            ));
        }
        Opened::Refused(store::Refusal::Full) => {
            return Err(anyhow!(
                "the disk holding the journal at {} is full: recover writes a rebuilt journal beside it, so make room on the disk first; nothing was changed",
                journal.display()
            ));
        }
        Opened::Damaged => {}
    }
    let contents = usable_log(journal, settings)?;
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
        from: contents.base.file().map(Path::to_path_buf),
        people,
        replayed: contents.writes(),
        aside,
        unreadable: contents.unreadable,
        saved_unreadable: contents.saved_unreadable(),
    })
}

/// How a journal opens, before a recovery.
enum Opened {
    Clean,
    LogLost,
    /// The disk refuses the writes an open makes (read-only media, a full
    /// disk): a recovery, which writes a whole journal beside it, cannot
    /// run there either, and the journal need not be damaged at all.
    Refused(store::Refusal),
    Damaged,
}

/// How the journal at `journal` opens: clean (`check` finds nothing
/// wrong), with a write log that lost changes it holds, refused by its
/// disk, or damaged. A check whose read sled cannot finish (see `store::Watch`) is
/// damage: it is left running on its own thread, on files about to be put
/// aside, and ends with this process.
fn how_it_opens(journal: &Path) -> Opened {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = journal.to_path_buf();
    let checking = std::thread::Builder::new()
        .name("check".into())
        .spawn(move || {
            let opened = match Journal::open(&path) {
                Ok(open) if open.store().log_lost().is_some() => Opened::LogLost,
                Ok(open) if open.check().is_ok_and(|problems| problems.is_empty()) => Opened::Clean,
                Ok(_) => Opened::Damaged,
                Err(JournalError::Store(e)) => e.refusal().map_or(Opened::Damaged, Opened::Refused),
                Err(_) => Opened::Damaged,
            };
            let _ = tx.send(opened);
        });
    if checking.is_err() {
        return Opened::Damaged;
    }
    let mut watch = store::Watch::default();
    loop {
        match rx.recv_timeout(store::WATCH_LOOK) {
            Ok(opened) => return opened,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) if !watch.stuck() => {}
            Err(_) => return Opened::Damaged,
        }
    }
}

/// A new journal at `path` holding the log's base (found by
/// [`usable_log`]) and its writes: how many people it has, and how many
/// problems `check` found.
pub(crate) fn rebuild(
    path: &Path,
    contents: &LogContents,
    unlock: &Unlock,
) -> Result<(usize, usize)> {
    let journal = Journal::open(path)?;
    if let Some(file) = contents.base.file() {
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
