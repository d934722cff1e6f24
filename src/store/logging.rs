//! The store's side of the write log (`wal`): numbering each transaction
//! and handing its after-images to the log inside it, squaring the log
//! with sled's files at open, starting the log again from a backup, and
//! replaying one onto a rebuilt journal.

use std::cell::Cell;

use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Id, LOG_SEQ_KEY, NEXT_ID_KEY, Result, Store, StoreError, T, TxResult, images, keys, wal,
};

impl Store {
    /// The error of a transaction that did not commit. One the log had
    /// already taken is marked void there, if the disk still takes that.
    pub(super) fn failed(
        &self,
        e: TransactionError<StoreError>,
        log: Option<&wal::Log>,
        logged: &Cell<Option<u64>>,
    ) -> StoreError {
        match e {
            // The file was changed under this process between the check
            // before the transaction and its append: the next write reads
            // it again (see `refuse_if_log_lost`); the disk refused nothing.
            TransactionError::Abort(StoreError::Log(io)) if wal::is_altered(&io) => {
                StoreError::Log(io)
            }
            TransactionError::Abort(StoreError::Log(io)) => {
                // A disk that refuses the log refuses the rest: said as
                // sled's own refusal is, until the process ends.
                if let Ok(mut refused) = self.refused.lock() {
                    refused.get_or_insert_with(|| io.kind().to_string());
                }
                StoreError::Log(io)
            }
            TransactionError::Abort(e) => e,
            TransactionError::Storage(e) => {
                if let (Some(log), Some(seq)) = (log, logged.get()) {
                    let _ = log.append(&wal::Entry::Void { seq });
                }
                self.note(e)
            }
        }
    }

    /// Compares sled's files with the write log at open. A change the log
    /// noted as flushed and sled lacks was reported saved: sled's files
    /// lost it, and the journal is damaged. Changes logged past what sled
    /// kept, never flushed, were never reported saved (their command was
    /// killed first): they are voided.
    pub(super) fn settle_log(&self) -> Result<()> {
        let kept = self.log_seq()?;
        let mut log = self.lock_log();
        let Some(log) = log.as_mut() else {
            return Ok(());
        };
        if let Some(flushed) = log.flushed().filter(|f| *f > kept) {
            let detail = match flushed - kept {
                1 => "sled's files lack 1 change that was reported saved; the write log has it"
                    .to_string(),
                n => format!(
                    "sled's files lack {n} changes that were reported saved; the write log has them"
                ),
            };
            return Err(StoreError::Damaged {
                path: self.path.clone(),
                detail,
            });
        }
        log.square(kept).map_err(StoreError::Log)
    }

    /// How many changes sled's files have that the write log lost, if it
    /// lost any (see [`wal::Log::square`]): until a backup starts the log
    /// again, nothing more is saved, and a rebuild would lose them.
    pub fn log_lost(&self) -> Option<u64> {
        let mut log = self.lock_log();
        // A log that cannot be read again is judged at the next write.
        let _ = self.reread_if_altered(&mut log);
        log.as_ref().and_then(wal::Log::lost)
    }

    /// Refuses a write when the log lost changes: one logged after the
    /// loss could never be rebuilt, and the person must hear it now.
    pub(super) fn refuse_if_log_lost(&self, log: &mut Option<wal::Log>) -> Result<()> {
        self.reread_if_altered(log)?;
        match log.as_ref().and_then(wal::Log::lost) {
            Some(lost) => Err(StoreError::LogLost {
                path: self.path.clone(),
                lost,
            }),
            None => Ok(()),
        }
    }

    /// Reads the log again, as an open would, when the file no longer ends
    /// where this process left it (another program cut it or wrote to it):
    /// appending after what it left would hide the damage until a rebuild
    /// fails. A log that lost changes sled has then takes nothing more.
    fn reread_if_altered(&self, log: &mut Option<wal::Log>) -> Result<()> {
        let Some(old) = log.as_ref() else {
            return Ok(());
        };
        if !old.altered().map_err(StoreError::Log)? {
            return Ok(());
        }
        let kept = self.log_seq()?;
        let mut again = wal::Log::open(&self.path).map_err(StoreError::Log)?;
        if let Some(again) = again.as_mut() {
            again.square(kept).map_err(StoreError::Log)?;
        }
        *log = again;
        Ok(())
    }

    pub(super) fn lock_log(&self) -> std::sync::MutexGuard<'_, Option<wal::Log>> {
        self.log
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The number of the last transaction: a backup holds the journal up
    /// to the number it read before it started.
    pub fn log_seq(&self) -> Result<u64> {
        Ok(self
            .read(T::Meta)
            .get(LOG_SEQ_KEY)?
            .and_then(|raw| keys::read_id(&raw))
            .map_or(0, |id| id.0))
    }

    /// Starts the write log again from `base`, which holds the journal up
    /// to transaction `seq`: the writes logged after it are kept.
    pub fn start_log(&self, base: wal::Base, seq: u64) -> Result<()> {
        let mut log = self.lock_log();
        let since = match wal::read(&self.path).map_err(StoreError::Log)? {
            Some(old) => old.writes.into_iter().filter(|w| w.seq > seq).collect(),
            None => Vec::new(),
        };
        let identity = self.identity();
        *log = Some(
            wal::Log::start(&self.path, base, seq, &since, identity).map_err(StoreError::Log)?,
        );
        Ok(())
    }

    /// Replays a write log's writes onto this journal, which holds its
    /// base (restored from the base's file, or empty), each in one
    /// transaction as it was, and makes the log this journal's own.
    /// Returns how many writes were replayed.
    pub fn replay_log(&self, contents: &wal::Contents) -> Result<usize> {
        use sled::Transactional;
        let mut next_id = 0;
        for commit in &contents.writes {
            self.trees
                .as_slice()
                .transaction(|trees| {
                    for image in &commit.images {
                        let Some(tree) = trees.get(usize::from(image.tree)) else {
                            return Err(ConflictableTransactionError::Abort(StoreError::Damaged {
                                path: self.path.join(wal::FILE),
                                detail: format!(
                                    "a write to tree {} that does not exist",
                                    image.tree
                                ),
                            }));
                        };
                        match &image.value {
                            Some(v) => tree.insert(image.key.as_slice(), v.as_slice())?,
                            None => tree.remove(image.key.as_slice())?,
                        };
                    }
                    Ok(())
                })
                .map_err(|e| match e {
                    TransactionError::Abort(e) => e,
                    TransactionError::Storage(e) => self.note(e),
                })?;
            next_id = next_id.max(commit.next_id);
        }
        let meta = self.tree(T::Meta);
        let current = meta
            .get(NEXT_ID_KEY)?
            .and_then(|raw| keys::read_id(&raw))
            .map_or(0, |id| id.0);
        meta.insert(NEXT_ID_KEY, &keys::id(Id(current.max(next_id))))?;
        let last = contents.writes.last().map_or(contents.base_seq, |w| w.seq);
        meta.insert(LOG_SEQ_KEY, &keys::id(Id(last)))?;
        if let Some(identity) = contents.journal {
            self.set_identity(identity);
        }
        *self.lock_log() = Some(
            wal::Log::start(
                &self.path,
                contents.base.clone(),
                contents.base_seq,
                &contents.writes,
                self.identity(),
            )
            .map_err(StoreError::Log)?,
        );
        self.flush()?;
        Ok(contents.writes.len())
    }
}

/// Numbers the transaction and hands its after-images to the log, which
/// has them on disk before this returns: the last step of every
/// transaction, so that sled cannot make durable what the log lacks. A
/// whole-journal write (`images` off) leaves the log with nothing a
/// rebuild could use until it is started again.
pub(super) fn commit_to_log(
    w: &images::Writer<'_>,
    log: Option<&wal::Log>,
    images: bool,
    logged: &Cell<Option<u64>>,
) -> TxResult<()> {
    let meta = T::Meta as usize;
    let read = |key: &[u8]| -> TxResult<u64> {
        Ok(w.get(meta, key)?
            .and_then(|raw| keys::read_id(&raw))
            .map_or(0, |id| id.0))
    };
    let seq = read(LOG_SEQ_KEY)? + 1;
    w.insert(meta, LOG_SEQ_KEY, &keys::id(Id(seq)))?;
    let Some(log) = log else {
        return Ok(());
    };
    let entry = if images {
        wal::Entry::Write(wal::Commit {
            seq,
            next_id: read(NEXT_ID_KEY)?,
            images: w.take_images(),
        })
    } else {
        wal::Entry::Begin {
            base: wal::Base::Unknown,
            seq,
        }
    };
    let abort = |e| ConflictableTransactionError::Abort(StoreError::Log(e));
    // A transaction too large for the log leaves it with nothing a rebuild
    // could use, as a whole-journal write does, until it starts again.
    if !log.append(&entry).map_err(abort)? {
        let unknown = wal::Entry::Begin {
            base: wal::Base::Unknown,
            seq,
        };
        log.append(&unknown).map_err(abort)?;
    }
    logged.set(Some(seq));
    Ok(())
}
