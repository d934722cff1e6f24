//! The journal's identity (see [`wal::Identity`]): made at random the
//! first time a journal is opened or written without one, kept in its meta
//! tree, and carried by its backups' names and its write log's start.
//!
//! A copy of a journal (`cp -a`) is another journal from then on: kept
//! beside the identity is the device and inode of the `db` file it was made
//! for, and an open that finds another file there makes a new identity. A
//! move within one file system, and `recover`'s rename of the journal it
//! rebuilt, keep the file and so the identity.

use std::fs::File;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;

use super::{Result, Store, StoreError, T, wal, wal::Identity};

/// Where the identity is kept in the meta tree. Written outside the write
/// log: a rebuild takes it from the log's start instead.
const IDENTITY_KEY: &[u8] = b"identity";

/// Where the device and inode of the `db` file the identity was made for
/// are kept.
const PLACE_KEY: &[u8] = b"identity-place";

impl Store {
    /// The journal's identity, made and kept now if it has none. `None`
    /// when it cannot be written (read-only media): the journal still
    /// opens, and the next open or write that can write makes it.
    pub fn identity(&self) -> Option<Identity> {
        let mut known = self
            .identity
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if known.is_none() {
            *known = self.read_identity().or_else(|| {
                let made = fresh();
                self.keep_identity(made).then_some(made)
            });
        }
        *known
    }

    /// Gives the journal `identity` (a rebuilt journal takes the one of
    /// the journal it replaces).
    pub(super) fn set_identity(&self, identity: Identity) {
        if self.keep_identity(identity) {
            *self
                .identity
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(identity);
        }
    }

    /// Gives a copy of a journal its own identity, at open: its `db` is not
    /// the file the identity was made for. Its write log starts again from
    /// the same base with the same writes, under the new identity, so the
    /// copy rebuilds from its own log as itself.
    pub(super) fn adopt_if_copied(&self) -> Result<()> {
        let Some(here) = self.place() else {
            return Ok(());
        };
        let raw = self.tree(T::Meta).get(PLACE_KEY)?;
        if raw.as_deref() == Some(&here[..]) {
            return Ok(());
        }
        if raw.is_none() || self.read_identity().is_none() {
            // A journal from before places: this is the file it was made for.
            let _ = self.tree(T::Meta).insert(PLACE_KEY, &here);
            return Ok(());
        }
        let made = fresh();
        if !self.keep_identity(made) {
            return Ok(());
        }
        *self
            .identity
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(made);
        let mut log = self.lock_log();
        if log.as_ref().is_none_or(|l| l.lost().is_some()) {
            return Ok(());
        }
        let Some(contents) = wal::read(&self.path).map_err(StoreError::Log)? else {
            return Ok(());
        };
        let mut again = wal::Log::start(
            &self.path,
            contents.base.clone(),
            contents.base_seq,
            &contents.writes,
            Some(made),
        )
        .map_err(StoreError::Log)?;
        again
            .note_flushed(self.log_seq()?)
            .map_err(StoreError::Log)?;
        *log = Some(again);
        Ok(())
    }

    /// The device and inode of the journal's `db` file.
    fn place(&self) -> Option<[u8; 16]> {
        use std::os::unix::fs::MetadataExt;
        let meta = self.data.metadata().ok()?;
        let mut place = [0; 16];
        place[..8].copy_from_slice(&meta.dev().to_le_bytes());
        place[8..].copy_from_slice(&meta.ino().to_le_bytes());
        Some(place)
    }

    fn read_identity(&self) -> Option<Identity> {
        let raw = self.tree(T::Meta).get(IDENTITY_KEY).ok()??;
        Identity::try_from(raw.as_ref()).ok()
    }

    fn keep_identity(&self, identity: Identity) -> bool {
        let meta = self.tree(T::Meta);
        let placed = self
            .place()
            .is_none_or(|here| meta.insert(PLACE_KEY, &here).is_ok());
        placed && meta.insert(IDENTITY_KEY, &identity).is_ok() && self.db.flush().is_ok()
    }
}

/// 128 random bits: from the system's generator, or else from the
/// randomly keyed hashers of the standard library.
fn fresh() -> Identity {
    let mut id = [0u8; 16];
    if File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut id))
        .is_ok()
    {
        return id;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    for (n, half) in id.chunks_mut(8).enumerate() {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(now);
        h.write_u32(std::process::id());
        h.write_usize(n);
        half.copy_from_slice(&h.finish().to_le_bytes());
    }
    id
}
