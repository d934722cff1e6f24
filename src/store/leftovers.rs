//! What a process killed while sled opened the journal leaves in sled's way.
//!
//! Every open whose log has advanced makes sled 0.34 write a new snapshot:
//! `snap.<lsn>.generating`, synced, then renamed to `snap.<lsn>`. A process
//! killed (or a machine cut off) before the rename leaves the `.generating`
//! file, often empty, and sled's next open takes it for the newest snapshot
//! and fails its length and checksum: the journal would be "damaged" though
//! every acknowledged write is safe in the log and the last complete
//! snapshot (spacejam/sled#1527, #1533). The file is a cache sled rebuilds,
//! so moving it aside loses nothing; it goes to a folder beside the journal
//! rather than being deleted, to be looked at if ever needed.
//!
//! sled writes snapshots only while it holds the lock on its `db` file, and
//! the kernel lets that lock go when its holder dies. So the files are moved
//! only while this process holds the same lock: a snapshot being written by
//! a live process is never touched.

use std::fs;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use rustix::fs::{FlockOperation, flock};

/// Where unfinished snapshots go, inside the journal's backup folder.
const QUARANTINE: &str = "unfinished-snapshots";

/// Moves every unfinished snapshot out of the journal at `path`, if no
/// live process holds it; returns where each went. A journal that is held,
/// or has no data file yet, is left as it is.
pub(super) fn quarantine_unfinished_snapshots(path: &Path) -> io::Result<Vec<PathBuf>> {
    // Held: the holder's own open has finished with its snapshots.
    let Some(file) = lock(path)? else {
        return Ok(Vec::new());
    };
    let unfinished: Vec<PathBuf> = fs::read_dir(path)?
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with("snap.") && n.ends_with(".generating"))
        })
        .map(|e| e.path())
        .collect();
    let mut moved = Vec::new();
    if !unfinished.is_empty() {
        let folder = super::backup_root(path).join(QUARANTINE);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&folder)?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f");
        for file in unfinished {
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            let target = folder.join(format!("{}-{stamp}", name.unwrap_or_default()));
            move_file(&file, &target)?;
            moved.push(target);
        }
        fs::File::open(path)?.sync_all()?;
    }
    // The lock goes with `file`, before sled takes it again.
    drop(file);
    Ok(moved)
}

/// sled's lock on the journal at `path`, taken the way sled takes it, or
/// `None` when a live process holds it or there is no data file yet.
fn lock(path: &Path) -> io::Result<Option<fs::File>> {
    let file = match fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path.join("db"))
    {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(flock(&file, FlockOperation::NonBlockingLockExclusive)
        .is_ok()
        .then_some(file))
}

/// Whether a live process has the journal at `path` open.
pub fn held(path: &Path) -> bool {
    path.join("db").exists() && matches!(lock(path), Ok(None))
}

/// A rename, or a copy when the backup folder is on another file system.
fn move_file(from: &Path, to: &Path) -> io::Result<()> {
    match fs::rename(from, to) {
        Err(e) if e.kind() == io::ErrorKind::CrossesDevices => {
            fs::copy(from, to)?;
            fs::remove_file(from)
        }
        done => done,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn unfinished(journal: &Path) -> PathBuf {
        let file = journal.join("snap.00000000000000FF.generating");
        fs::write(&file, b"").expect("write");
        file
    }

    #[test]
    fn an_unfinished_snapshot_is_moved_aside_only_once_nobody_holds_the_journal() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = dir.path().join("journal");
        let store = Store::open(&journal).expect("open");
        // A live holder may be writing it: it stays.
        let file = unfinished(&journal);
        assert_eq!(
            quarantine_unfinished_snapshots(&journal).expect("looked"),
            Vec::<PathBuf>::new()
        );
        assert!(file.exists());
        drop(store);
        // Nobody holds it now: it goes, kept beside the journal.
        let moved = quarantine_unfinished_snapshots(&journal).expect("moved");
        assert!(!file.exists());
        assert_eq!(moved.len(), 1);
        assert!(moved[0].starts_with(dir.path().join("journal-backups").join(QUARANTINE)));
        // And sled opens the journal without it.
        unfinished(&journal);
        drop(Store::open(&journal).expect("opens"));
        assert!(!journal.join("snap.00000000000000FF.generating").exists());
    }

    #[test]
    fn a_journal_without_a_data_file_is_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = unfinished(dir.path());
        assert!(
            quarantine_unfinished_snapshots(dir.path())
                .expect("looked")
                .is_empty()
        );
        assert!(file.exists());
    }
}
