//! Opening a journal: creating it owner-only, refusing what is not one,
//! tightening loose permissions, and the folders beside it.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, RwLock};

use super::error::{corruption_text, panic_text};
use super::{CACHE_BYTES, Result, Store, StoreError, TREE_NAMES, leftovers, wal};

impl Store {
    /// Opens the journal at `path`, creating it (owner-only) when the path does
    /// not exist or is an empty directory. Anything else that is not a
    /// givegive journal is refused untouched.
    /// A damaged journal is reported as such; what to restore it from is
    /// for the caller to say (see `crate::backups::hint`).
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_as(path, true)
    }

    /// Opens the journal at `path`; `own`: the journal is where its
    /// identity was made, unless its `db` is another file (a copy gets an
    /// identity of its own). A copy made in memory for one command's reads
    /// is not: it keeps the journal's, so it finds the journal's backups.
    pub(super) fn open_as(path: &Path, own: bool) -> Result<Store> {
        let new = prepare_dir(path)?;
        // Should it fail, sled's open says what is wrong with the journal.
        let _ = leftovers::quarantine_unfinished_snapshots(path);
        let config = sled::Config::new().path(path).cache_capacity(CACHE_BYTES);
        // sled can panic on a damaged log instead of returning an error.
        let opened = catch_unwind(AssertUnwindSafe(|| config.open())).map_err(|panic| {
            StoreError::Damaged {
                path: path.to_path_buf(),
                detail: panic_text(panic.as_ref()),
            }
        })?;
        let db = opened.map_err(|e| match e {
            sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
                StoreError::Locked(path.to_path_buf())
            }
            sled::Error::Corruption { at, .. } => StoreError::Damaged {
                path: path.to_path_buf(),
                detail: corruption_text(at),
            },
            sled::Error::Unsupported(detail) => StoreError::Damaged {
                path: path.to_path_buf(),
                detail,
            },
            other => StoreError::Sled(other),
        })?;
        // A journal that was there before has its trees; without them its
        // file was cut short or overwritten, and opening them would make a
        // new, empty journal over the remains.
        let names = db.tree_names();
        if !new && !names.iter().any(|n| n.as_ref() == b"meta") {
            // Another program's sled database has trees or data of its own.
            let foreign = names.iter().any(|n| n.as_ref() != b"__sled__default") || !db.is_empty();
            return Err(if foreign {
                StoreError::NotAStore(path.to_path_buf())
            } else {
                StoreError::Damaged {
                    path: path.to_path_buf(),
                    detail: "its records are gone: the file was cut short or overwritten".into(),
                }
            });
        }
        let trees = TREE_NAMES
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<Vec<_>, _>>()?;
        let data = fs::File::open(path.join("db")).map_err(|source| StoreError::Create {
            path: path.join("db"),
            source,
        })?;
        if new {
            // sled never syncs its config file, nor the folders that hold
            // the new journal: without this a power cut soon after the
            // first command leaves a journal sled cannot read.
            sync_new_journal(path).map_err(StoreError::Log)?;
        }
        let store = Store {
            db,
            trees,
            path: path.to_path_buf(),
            changed: Mutex::new(BTreeSet::new()),
            recent: Mutex::new(BTreeSet::new()),
            loose: Vec::new(),
            label: Mutex::new(super::undo::Naming::default()),
            generation: AtomicU64::new(0),
            writes: RwLock::new(()),
            refused: Mutex::new(None),
            damage: Mutex::new(None),
            data,
            log: Mutex::new(None),
            on_behalf: Mutex::new(None),
            identity: Mutex::new(None),
        };
        if new {
            // Stamped first: a new journal's meta tree must be empty.
            store.check_schema(true)?;
            let identity = store.identity();
            let log = wal::Log::start(path, wal::Base::Empty, 0, &[], identity);
            *store.lock_log() = Some(log.map_err(StoreError::Log)?);
        } else {
            *store.lock_log() = wal::Log::open(path).map_err(StoreError::Log)?;
            // Before anything is written: a newer journal is refused
            // untouched, and the copy an older one leaves before its
            // migration is the journal as it was.
            store.check_schema(false).map_err(|e| store.named(e))?;
            // Made now, if it can be, for a journal from before identities.
            store.identity();
        }
        store.settle_log().map_err(|e| store.named(e))?;
        if !new && own {
            // After squaring: the log a copy starts again from is whole.
            store.adopt_if_copied().map_err(|e| store.named(e))?;
        }
        // sled creates its files with the process umask: on a new journal
        // that is no one's doing to warn about.
        let loose = restrict(path);
        let loose = if new { Vec::new() } else { loose };
        Ok(Store { loose, ..store })
    }
}

/// Syncs what sled wrote of a new journal that it does not sync itself:
/// its config file and the folders' names.
pub(super) fn sync_new_journal(path: &Path) -> io::Result<()> {
    fs::File::open(path.join("conf"))?.sync_all()?;
    fs::File::open(path)?.sync_all()?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}

/// Makes the journal owner-only: the directory and its subdirectories 0700,
/// every file 0600. sled creates its files with the process umask, so this
/// runs on every open and also repairs a journal copied in with looser
/// modes. Returns what others could read or write before, for a warning;
/// failing to tighten a mode is not worth refusing to open over.
fn restrict(path: &Path) -> Vec<PathBuf> {
    let mut loose = Vec::new();
    tighten(path, 0o700, &mut loose);
    let Ok(entries) = fs::read_dir(path) else {
        return loose;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            loose.extend(restrict(&entry.path()));
        } else if kind.is_file() {
            tighten(&entry.path(), 0o600, &mut loose);
        }
    }
    loose
}

/// Sets `mode` on `path` if group or others have any access to it.
fn tighten(path: &Path, mode: u32, loose: &mut Vec<PathBuf>) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        loose.push(path.to_path_buf());
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
    }
}

/// Creates `path` as an owner-only directory if it is missing, and refuses a
/// file or a non-empty directory that sled did not write. True when the
/// journal is new (sled is about to create its files).
fn prepare_dir(path: &Path) -> Result<bool> {
    match fs::metadata(path) {
        Ok(meta) if !meta.is_dir() => Err(StoreError::NotAStore(path.to_path_buf())),
        Ok(_) => {
            let mut entries = fs::read_dir(path).map_err(|source| StoreError::Create {
                path: path.to_path_buf(),
                source,
            })?;
            let empty = entries.next().is_none();
            if empty || path.join("conf").is_file() {
                Ok(empty)
            } else {
                Err(StoreError::NotAStore(path.to_path_buf()))
            }
        }
        Err(_) => fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
            .map(|()| true)
            .map_err(|source| StoreError::Create {
                path: path.to_path_buf(),
                source,
            }),
    }
}

/// Whether a process has the journal at `journal` open (holds sled's lock).
pub fn in_use(journal: &Path) -> bool {
    use rustix::fs::{FlockOperation, flock};
    // sled's own lock: an exclusive `flock` on its data file, held by the
    // process that has the journal open until its last thread is gone.
    let Ok(file) = fs::File::open(journal.join("db")) else {
        return false;
    };
    match flock(&file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => {
            let _ = flock(&file, FlockOperation::Unlock);
            false
        }
        Err(_) => true,
    }
}

/// Where copies and backups of the journal at `journal` go unless the
/// user chose a place: `JOURNAL-backups`, beside it, so that moving a
/// damaged journal away leaves them where they are.
pub fn backup_root(journal: &Path) -> PathBuf {
    let name = journal
        .file_name()
        .map_or_else(|| "journal".into(), |n| n.to_string_lossy().into_owned());
    journal.with_file_name(format!("{name}-backups"))
}

/// The newest copy taken before a migration, if any.
pub fn latest_migration_copy(journal: &Path) -> Option<PathBuf> {
    fs::read_dir(backup_root(journal))
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("before-v"))
        .filter(|e| e.path().join("conf").is_file())
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Copies a directory of regular files and directories (sled's layout),
/// owner-only.
pub(super) fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()))?;
        } else if kind.is_file() {
            fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}
