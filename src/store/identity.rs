//! The journal's identity (see [`wal::Identity`]): made at random the
//! first time a journal is opened or written without one, kept in its meta
//! tree, and carried by its backups' names and its write log's start.

use std::fs::File;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;

use super::{Store, T, wal::Identity};

/// Where the identity is kept in the meta tree. Written outside the write
/// log: a rebuild takes it from the log's start instead.
const IDENTITY_KEY: &[u8] = b"identity";

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

    fn read_identity(&self) -> Option<Identity> {
        let raw = self.tree(T::Meta).get(IDENTITY_KEY).ok()??;
        Identity::try_from(raw.as_ref()).ok()
    }

    fn keep_identity(&self, identity: Identity) -> bool {
        self.tree(T::Meta).insert(IDENTITY_KEY, &identity).is_ok() && self.db.flush().is_ok()
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
