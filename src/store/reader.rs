//! The store's reads of one tree: each counted by the watchdog (`watch`),
//! with sled's panics contained, and damage sled finds named as damage of
//! this journal (see [`Store::note`]).

use std::ops::RangeBounds;

use sled::IVec;

use super::{Result, Store, T, watch};

/// One tree, for reading.
pub(super) struct Reader<'s> {
    tree: &'s sled::Tree,
    store: &'s Store,
}

impl Store {
    pub(super) fn read(&self, t: T) -> Reader<'_> {
        Reader {
            tree: self.tree(t),
            store: self,
        }
    }
}

impl<'s> Reader<'s> {
    pub fn get(&self, key: impl AsRef<[u8]>) -> Result<Option<IVec>> {
        watch::guarded(|| self.tree.get(key), Err).map_err(|e| self.store.note(e))
    }

    pub fn contains_key(&self, key: impl AsRef<[u8]>) -> Result<bool> {
        watch::guarded(|| self.tree.contains_key(key), Err).map_err(|e| self.store.note(e))
    }

    /// How many keys the tree has: a walk over all of them.
    /// Damage met on the way is noted on the store (see
    /// [`Store::damage`]).
    pub fn len(&self) -> usize {
        watch::guarded(|| Ok(self.tree.len()), Err).unwrap_or_else(|e| {
            self.store.note(e);
            0
        })
    }

    pub fn iter(&self) -> Entries<'s> {
        self.entries(|| self.tree.iter())
    }

    pub fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Entries<'s> {
        self.entries(|| self.tree.scan_prefix(prefix))
    }

    pub fn range<K: AsRef<[u8]>, R: RangeBounds<K>>(&self, range: R) -> Entries<'s> {
        self.entries(|| self.tree.range(range))
    }

    fn entries(&self, start: impl FnOnce() -> sled::Iter) -> Entries<'s> {
        let iter = watch::guarded(|| Ok(start()), Err);
        Entries {
            iter: iter.map_err(|e| Some(self.store.note(e))),
            store: self.store,
        }
    }
}

/// The entries of a tree in key order, each step counted.
pub(super) struct Entries<'s> {
    /// The error that kept the walk from starting, given once.
    iter: std::result::Result<sled::Iter, Option<super::StoreError>>,
    store: &'s Store,
}

impl Iterator for Entries<'_> {
    type Item = Result<(IVec, IVec)>;

    fn next(&mut self) -> Option<Self::Item> {
        let iter = match &mut self.iter {
            Ok(iter) => iter,
            Err(e) => return e.take().map(Err),
        };
        watch::guarded(|| iter.next(), |bug| Some(Err(bug)))
            .map(|step| step.map_err(|e| self.store.note(e)))
    }
}

impl<'s> Entries<'s> {
    pub fn keys(self) -> impl Iterator<Item = Result<IVec>> + 's {
        self.map(|step| step.map(|(k, _)| k))
    }

    pub fn values(self) -> impl Iterator<Item = Result<IVec>> + 's {
        self.map(|step| step.map(|(_, v)| v))
    }
}
