//! What can go wrong with the store, and how each failure is worded.

use std::io;
use std::path::PathBuf;

use super::{CodecError, SCHEMA_VERSION};
use crate::domain::Id;
use crate::domain::text::count;

/// What can go wrong with the store, worded for the person at the keyboard.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the journal at {0} is open in another givegive process; close it and try again")]
    Locked(PathBuf),
    #[error("{0} is not a givegive journal; refusing to touch it (choose another path with --db)")]
    NotAStore(PathBuf),
    #[error(
        "the journal at {path} was written by a newer givegive (store v{found}, this build reads up to v{SCHEMA_VERSION}); upgrade givegive"
    )]
    TooNew { path: PathBuf, found: u32 },
    #[error("the journal at {path} is damaged ({detail}); nothing was changed")]
    Damaged { path: PathBuf, detail: String },
    #[error("record {0} is not in the journal")]
    Missing(Id),
    #[error("a stored record could not be read ({0}); run `givegive check`")]
    Codec(#[from] CodecError),
    /// Not a `#[from]`: sled's own wording would follow as the cause.
    #[error("{}", storage_text(.0))]
    Sled(sled::Error),
    #[error("cannot create {path}: {source}")]
    Create { path: PathBuf, source: io::Error },
    /// The write log could not be written: to the person at the keyboard
    /// the same as sled's file refusing a write.
    #[error("{}", refused_text(.0.kind()))]
    Log(io::Error),
    /// The write log lost changes sled's files have (a damaged or torn
    /// tail): a change logged after the loss could never be rebuilt.
    #[error(
        "the write log of the journal at {path} lost {} the journal itself has, so this change was not saved; a new backup starts the log again, run: givegive --db {path} backup",
        count(*.lost as usize, "change", "changes")
    )]
    LogLost { path: PathBuf, lost: u64 },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A disk that refuses a write (full, over quota, failing) is the storage
/// error people meet: it says what the disk said and what became of the
/// change. sled refuses every later write of the process once one failed, so
/// a TUI has to be started again.
///
/// Damage sled reports through a `?` (no store at hand to note it, see
/// `Store::note`) is remembered on this thread, where the command that met
/// it runs, so [`crate::store::Store::damage`] still names it as damage
/// rather than letting sled's text ("Read corrupted data ...") through.
impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> StoreError {
        match &e {
            sled::Error::Corruption { at, .. } => met_damage(corruption_text(*at)),
            sled::Error::ReportableBug(what) => met_damage(what.clone()),
            _ => {}
        }
        StoreError::Sled(e)
    }
}

thread_local! {
    /// Damage met on this thread through a conversion, not yet taken by a store.
    static MET: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn met_damage(detail: String) {
    MET.with(|met| {
        met.borrow_mut().get_or_insert(detail);
    });
}

/// Damage met on this thread through a conversion since the last call.
pub(super) fn take_met_damage() -> Option<String> {
    MET.with(|met| met.borrow_mut().take())
}

pub(super) fn storage_text(e: &sled::Error) -> String {
    match e {
        // sled keeps only the kind and its debug text of the system's error.
        sled::Error::Io(io) => refused_text(io.kind()),
        other => format!("storage error: {other}"),
    }
}

pub(super) fn refused_text(kind: io::ErrorKind) -> String {
    // No room to make: the medium itself takes no writes.
    if kind == io::ErrorKind::ReadOnlyFilesystem {
        return "the journal is on a read-only file system; this change was not saved (every command that only reads still answers): mount it read-write to change it".into();
    }
    // Not the disk's doing: room would not help (trial 28e).
    if kind == io::ErrorKind::PermissionDenied {
        return "the journal's files are not yours to write (permission denied); nothing was changed (every command that only reads still answers): check the owner and modes of the journal's folder and files".into();
    }
    format!(
        "the disk refused to read or write the journal ({kind}); this change was not saved: make room on the disk, then start givegive again"
    )
}

/// Where sled found corrupted data, for the damage message.
pub(super) fn corruption_text(at: Option<sled::DiskPtr>) -> String {
    match at {
        Some(sled::DiskPtr::Inline(offset)) => {
            format!("unreadable data at byte {offset} of its file db")
        }
        Some(sled::DiskPtr::Blob(_, blob)) => format!("unreadable data in its blob {blob}"),
        None => "unreadable data".into(),
    }
}

pub(super) fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the storage engine failed while reading it".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// sled's damage that reached a command through a plain `?` is still
    /// named as this journal's damage, with the one command that recovers.
    #[test]
    fn damage_met_through_a_conversion_is_the_stores_damage() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("journal")).expect("open");
        assert!(store.damage().is_none());
        let met: StoreError = sled::Error::Corruption { at: None, bt: () }.into();
        assert!(matches!(met, StoreError::Sled(_)));
        let named = store.damage().expect("named as damage");
        assert!(
            matches!(named, StoreError::Damaged { ref detail, .. } if detail == "unreadable data")
        );
        // It stays the store's once taken.
        assert!(store.damage().is_some());
    }
}
