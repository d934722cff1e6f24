//! Every write inside a transaction goes through [`Writer`], which notes
//! the value each key is left with: the after-images the write log keeps.
//! A key written twice is noted twice; replaying in order leaves the last.

use std::cell::RefCell;

use sled::IVec;
use sled::transaction::TransactionalTree;

use super::wal::Image;
use super::{TxResult, watch};

/// The trees of one transaction, written only through here.
pub(super) struct Writer<'a> {
    trees: &'a [TransactionalTree],
    images: RefCell<Vec<Image>>,
    /// A whole-journal write keeps no images: they would be the journal.
    noting: bool,
}

impl<'a> Writer<'a> {
    pub fn new(trees: &'a [TransactionalTree], noting: bool) -> Writer<'a> {
        Writer {
            trees,
            images: RefCell::new(Vec::new()),
            noting,
        }
    }

    fn tree(&self, tree: usize) -> TxResult<&TransactionalTree> {
        self.trees.get(tree).ok_or_else(|| {
            sled::transaction::ConflictableTransactionError::Abort(
                super::codec::CodecError::Truncated.into(),
            )
        })
    }

    // Each reads the key's value from sled's pages (a write returns the
    // old one), so each is watched as a read (see `watch`).

    pub fn get(&self, tree: usize, key: &[u8]) -> TxResult<Option<IVec>> {
        let tree = self.tree(tree)?;
        Ok(watch::guarded(|| tree.get(key), |bug| Err(bug.into()))?)
    }

    pub fn insert(&self, tree: usize, key: &[u8], value: &[u8]) -> TxResult<Option<IVec>> {
        let t = self.tree(tree)?;
        let old = watch::guarded(|| t.insert(key, value), |bug| Err(bug.into()))?;
        self.note(tree, key, Some(value));
        Ok(old)
    }

    pub fn remove(&self, tree: usize, key: &[u8]) -> TxResult<Option<IVec>> {
        let t = self.tree(tree)?;
        let old = watch::guarded(|| t.remove(key), |bug| Err(bug.into()))?;
        self.note(tree, key, None);
        Ok(old)
    }

    fn note(&self, tree: usize, key: &[u8], value: Option<&[u8]>) {
        if self.noting {
            self.images.borrow_mut().push(Image {
                tree: tree as u8,
                key: key.to_vec(),
                value: value.map(<[u8]>::to_vec),
            });
        }
    }

    /// What this attempt wrote, for the log (sled may run it again).
    pub fn take_images(&self) -> Vec<Image> {
        std::mem::take(&mut self.images.borrow_mut())
    }
}
