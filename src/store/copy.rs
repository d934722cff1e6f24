//! Reading a journal whose disk refuses every write: full, over quota, or
//! read-only media (a snapshot, a backup drive mounted read-only).
//!
//! sled 0.34 cannot open without writing: it opens its data file for
//! writing, and every open whose log advanced writes a new snapshot file.
//! givegive's own open writes too (the write log's notes, a migration,
//! tightened modes, unfinished snapshots moved aside). So where the disk
//! refuses, a command that only reads opens a copy of sled's files made in
//! memory (`/dev/shm`, else the temporary folder) instead: everything the
//! open writes lands in the copy, which goes when the command ends. The
//! copy is the journal exactly as sled keeps it, not a rebuild.

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

use rustix::fs::{FlockOperation, flock};
use tempfile::TempDir;

use super::{Result, Store, StoreError};

/// Why a disk refused to let the journal be opened, when a copy can still
/// be read: the journal's files are readable, only writing fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file system is mounted read-only.
    ReadOnly,
    /// The disk (or the user's quota, or a file size limit) is full.
    Full,
    /// The journal's files or folder are not the user's to write (another
    /// user's journal, or one made read-only with chmod): they can read it.
    Denied,
}

impl StoreError {
    /// The disk's refusal behind this error, if it is one.
    pub fn refusal(&self) -> Option<Refusal> {
        let kind = match self {
            StoreError::Sled(sled::Error::Io(io)) | StoreError::Log(io) => io.kind(),
            StoreError::Create { source, .. } => source.kind(),
            _ => return None,
        };
        match kind {
            io::ErrorKind::ReadOnlyFilesystem => Some(Refusal::ReadOnly),
            io::ErrorKind::PermissionDenied => Some(Refusal::Denied),
            io::ErrorKind::StorageFull
            | io::ErrorKind::QuotaExceeded
            | io::ErrorKind::FileTooLarge => Some(Refusal::Full),
            _ => None,
        }
    }
}

impl Store {
    /// Opens a copy of the journal at `path`, made in memory, for a command
    /// that only reads. The copy lives as long as the returned folder: keep
    /// it until the store is gone (or forgotten, see `Journal::finish`).
    pub fn open_copy(path: &Path) -> Result<(Store, TempDir)> {
        let dir = in_memory().map_err(|source| StoreError::Create {
            path: std::env::temp_dir(),
            source,
        })?;
        let copy = dir.path().join("journal");
        {
            // sled's lock on the original, taken the way sled takes it but
            // on a read-only descriptor: no process writes while it is copied.
            let data = fs::File::open(path.join("db")).map_err(|source| StoreError::Create {
                path: path.join("db"),
                source,
            })?;
            if flock(&data, FlockOperation::NonBlockingLockExclusive).is_err() {
                return Err(StoreError::Locked(path.to_path_buf()));
            }
            copy_journal(path, &copy).map_err(|source| StoreError::Create {
                path: copy.clone(),
                source,
            })?;
        }
        let store = Store::open_as(&copy, false)?;
        // The copy's modes are no news about the journal's.
        let store = Store {
            loose: Vec::new(),
            ..store
        };
        Ok((store, dir))
    }
}

impl Store {
    /// An empty journal made in memory, standing in for one not made yet:
    /// what an import's dry run reads where no journal is, so that it
    /// leaves nothing behind. It lives as long as the returned folder.
    pub fn open_empty() -> Result<(Store, TempDir)> {
        let dir = in_memory().map_err(|source| StoreError::Create {
            path: std::env::temp_dir(),
            source,
        })?;
        let store = Store::open_as(&dir.path().join("journal"), false)?;
        Ok((store, dir))
    }
}

/// An owner-only temporary folder, in memory where Linux offers one.
fn in_memory() -> io::Result<TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("givegive-read-");
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = builder.tempdir_in(shm)
    {
        return Ok(dir);
    }
    builder.tempdir()
}

/// Copies sled's files and the write log, leaving out unfinished
/// snapshots (the open would only move them aside).
fn copy_journal(from: &Path, to: &Path) -> io::Result<()> {
    fs::DirBuilder::new().mode(0o700).create(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(".generating") {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_journal(&entry.path(), &to.join(&name))?;
        } else if kind.is_file() {
            let copy = to.join(&name);
            fs::copy(entry.path(), &copy)?;
            // `fs::copy` keeps the modes: a journal made read-only (trial
            // 28e) would make a copy sled cannot open to read either.
            fs::set_permissions(&copy, fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}
