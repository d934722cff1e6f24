//! The schema: stamping a new journal, refusing a newer one, and
//! migrating an older one after copying it aside.

use std::path::PathBuf;

use super::open::{backup_root, copy_dir};
use super::{
    OLD_DIGESTS, OLD_HISTORY, RecordKind, Result, SCHEMA_KEY, SCHEMA_VERSION, Store, StoreError, T,
    TREE_NAMES, codec, history, keys, wal,
};
use crate::domain::Id;

/// The oldest store version whose write log a rebuild can still replay
/// into today's layout: the migrations from older ones rewrote records.
const LOG_LAYOUT_SINCE: u32 = 7;

impl Store {
    /// Stamps a new journal, migrates an older one, refuses a newer one or a
    /// database some other program wrote.
    pub(super) fn check_schema(&self, new: bool) -> Result<()> {
        match self.tree(T::Meta).get(SCHEMA_KEY)? {
            None if !new => Err(StoreError::Damaged {
                path: self.path.clone(),
                detail: "its version stamp is gone: the file was cut short or overwritten".into(),
            }),
            None => {
                let foreign = self.db.tree_names().iter().any(|n| {
                    !TREE_NAMES.iter().any(|t| t.as_bytes() == n.as_ref())
                        && n.as_ref() != b"__sled__default"
                }) || !self.db.is_empty()
                    || self.trees.iter().any(|t| !t.is_empty());
                if foreign {
                    return Err(StoreError::NotAStore(self.path.clone()));
                }
                self.tree(T::Meta)
                    .insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
                self.flush()?;
                Ok(())
            }
            Some(raw) => {
                let found = <[u8; 4]>::try_from(raw.as_ref())
                    .map(u32::from_be_bytes)
                    .map_err(|_| StoreError::Damaged {
                        path: self.path.clone(),
                        detail: "unreadable schema version".into(),
                    })?;
                match found {
                    SCHEMA_VERSION => Ok(()),
                    v if v > SCHEMA_VERSION => Err(StoreError::TooNew {
                        path: self.path.clone(),
                        found: v,
                    }),
                    v => {
                        self.copy_before_migration(v)?;
                        self.migrate(v)
                    }
                }
            }
        }
    }

    /// Copies the journal as it is on disk next to it before a migration
    /// rewrites it, to `JOURNAL-backups/before-vN-from-vM`: whatever the
    /// migration does, the journal as it was can be put back by copying the
    /// directory in place. No copy, no migration.
    fn copy_before_migration(&self, from: u32) -> Result<PathBuf> {
        self.flush()?;
        let root = backup_root(&self.path);
        let base = format!("before-v{SCHEMA_VERSION}-from-v{from}");
        let mut target = root.join(&base);
        let mut n = 2;
        while target.exists() {
            target = root.join(format!("{base}-{n}"));
            n += 1;
        }
        copy_dir(&self.path, &target).map_err(|source| StoreError::Create {
            path: target.clone(),
            source,
        })?;
        Ok(target)
    }

    /// The migration entry point: each step rewrites the store from version
    /// `v` to `v + 1`. Version 1 is the first, so any older number is damage,
    /// not history.
    fn migrate(&self, from: u32) -> Result<()> {
        let mut v = from;
        let mut rewrote = false;
        while v < SCHEMA_VERSION {
            match v {
                // v1 → v2: the review digests are a cache rebuilt on demand,
                // so the empty tree sled just created is already correct.
                1 => {}
                2 => self.regroup_history()?,
                3 => self.mark_all_stale()?,
                // v4 → v5: nothing to undo yet.
                4 => {}
                // v5 → v6: older people and summaries are read in their
                // own layouts (`store::legacy`), undo steps included.
                5 => {}
                // v6 → v7: interactions say whose words they hold (older
                // ones are read as `Voice::of_old` says, on every read), and
                // the summaries' review facts follow newer rules: every
                // summary is built again on the next read.
                6 => self.mark_all_stale()?,
                // v7 → v8: no layout changed. The requests tree starts
                // empty, the identity is made at open, and the write log
                // goes on as it is: a v7 log still reads.
                7 => {}
                // v8 → v9: people's emails and phones keep their labels as
                // data (`Contact` layout 4). Layout 3 people are split as
                // they are read (`store::legacy`), undo steps and the write
                // log's images included, so nothing is rewritten; the new
                // version only makes an older givegive refuse the journal
                // as too new instead of failing on a person it cannot read.
                8 => {}
                // v9 → v10: a note is no longer contact
                // (`domain::balance::is_contact`): every last touch is
                // recomputed, and every summary built again (they now
                // keep the day a person was added, `Summary` layout 3).
                // Where a balance changed, the write log and the undo
                // steps, which hold balances counted the old way, start
                // again: replaying them would bring the old rule back.
                9 => {
                    rewrote |= self.recompute_balances()?;
                    self.mark_all_stale()?;
                }
                // v10 → v11: a meeting that did the follow-up an earlier
                // meeting planned waits for none of its own
                // (`domain::followed::Mark::Did`): the summaries' review
                // facts are built again on the next read. No layout changed.
                10 => self.mark_all_stale()?,
                // v11 → v12: people keep what each card's last import said
                // (`Contact` layout 5, `TrashEntry` layout 6). Layout 4
                // people are read with nothing remembered (`store::legacy`),
                // undo steps and the write log's images included, so
                // nothing is rewritten; the new version makes an older
                // givegive refuse the journal instead of failing on a
                // person it cannot read.
                11 => {}
                // v12 → v13: what a card's last import said holds its
                // URLs, addresses, chat handles and related names too
                // (`Contact` layout 6, `TrashEntry` layout 7); layout 5
                // people are read with those lists empty, nothing is
                // rewritten.
                12 => {}
                // v13 → v14: ledger entries keep the day they were settled
                // and the introduction that granted a request (`LedgerEntry`
                // layout 2, `TrashEntry` layout 8). Layout 1 entries are
                // read as settled on their own date and granted by nothing
                // (`store::legacy`), undo steps and the write log's images
                // included, so every balance stays as it was counted and
                // nothing is rewritten; the new version makes an older
                // givegive refuse the journal instead of failing on an
                // entry it cannot read.
                13 => {}
                _ => {
                    return Err(StoreError::Damaged {
                        path: self.path.clone(),
                        detail: format!("unknown store version {from}"),
                    });
                }
            }
            v += 1;
            self.tree(T::Meta).insert(SCHEMA_KEY, &v.to_be_bytes())?;
            self.flush()?;
        }
        // A step that rewrote layouts leaves the log's images in the old
        // ones: it holds nothing a rebuild could use until the next backup
        // starts it again. From v7 on, what it logged is still today's.
        if from < LOG_LAYOUT_SINCE || rewrote {
            self.start_log(wal::Base::Unknown, self.log_seq()?)?;
        }
        if rewrote {
            super::undo::forget_all(self)?;
        }
        // Only once the new layout is stamped is the old one let go: a
        // migration cut short starts again from the old index.
        for old in [OLD_HISTORY, OLD_DIGESTS] {
            if self
                .db
                .tree_names()
                .iter()
                .any(|n| n.as_ref() == old.as_bytes())
            {
                self.db.drop_tree(old)?;
            }
        }
        Ok(())
    }

    /// v3 → v4: no summary exists yet, so every person is listed as
    /// missing one; the next read builds them all.
    fn mark_all_stale(&self) -> Result<()> {
        let mut batch = sled::Batch::default();
        for key in self.tree(T::Contacts).iter().keys() {
            batch.insert(key?, &[]);
        }
        self.tree(T::Stale).apply_batch(batch)?;
        self.flush()
    }

    /// v2 → v3: the one-key-per-record history index becomes one list per
    /// person. Its keys come grouped by person, so each list is written
    /// once, in batches, and durable before the new version is stamped.
    fn regroup_history(&self) -> Result<()> {
        const BATCH: usize = 5_000;
        let old = self.db.open_tree(OLD_HISTORY)?;
        let new = self.tree(T::History);
        new.clear()?;
        let mut batch = sled::Batch::default();
        let mut in_batch = 0;
        let mut current: Option<(Id, history::Lines)> = None;
        let write = |batch: &mut sled::Batch, contact: Id, lines: &history::Lines| -> Result<()> {
            batch.insert(&keys::id(contact), codec::encode(lines)?);
            Ok(())
        };
        for item in old.iter() {
            let (key, value) = item?;
            let (Some((contact, day, id)), Some(kind)) = (
                keys::read_history(&key),
                value.first().copied().and_then(RecordKind::from_byte),
            ) else {
                continue;
            };
            if current.as_ref().is_some_and(|(c, _)| *c != contact)
                && let Some((c, lines)) = current.take()
            {
                write(&mut batch, c, &lines)?;
                in_batch += 1;
                if in_batch == BATCH {
                    new.apply_batch(std::mem::take(&mut batch))?;
                    in_batch = 0;
                }
            }
            current
                .get_or_insert_with(|| (contact, history::Lines::default()))
                .1
                .add(day, id, kind);
        }
        if let Some((c, lines)) = current {
            write(&mut batch, c, &lines)?;
        }
        new.apply_batch(batch)?;
        self.flush()
    }
}

#[cfg(test)]
mod tests;
