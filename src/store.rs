//! The embedded store: the only module that speaks sled and bincode.
//!
//! One sled tree per record kind plus index trees (see `docs/data-model.md`).
//! Reads go straight to the trees; every write goes through
//! [`Store::transact`], one sled transaction over all trees, so a user action
//! lands whole or not at all. Callers get domain types, never bytes.

mod check;
mod codec;
mod copy;
mod error;
mod history;
mod identity;
mod images;
mod keys;
mod leftovers;
mod legacy;
mod logging;
mod migrate;
mod open;
mod read;
mod reader;
mod requests;
mod tx;
mod undo;
mod wal;
mod watch;

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock, RwLockWriteGuard};

use sled::transaction::ConflictableTransactionError;

pub use check::Problem;
pub use codec::{CodecError, Record};
pub use copy::Refusal;
pub use error::{Result, StoreError};
pub use keys::RecordKind;
pub use leftovers::held;
pub use open::{backup_root, in_use, latest_migration_copy};
pub use read::RecordOf;
pub use tx::{Tx, TxResult};
pub use undo::{KEEP as UNDO_KEPT, Replayed};
pub use wal::{Base as LogBase, Contents as LogContents, Identity, hash_file, read as read_log};
pub use watch::{LOOK as WATCH_LOOK, Watch, stuck_detail, watchdog};

use crate::domain::Id;

/// The store layout this build writes, kept under `schema` in the meta tree.
///
/// v2 added the review digests. A v1 build would write history without
/// dropping them, so a v2 store is refused by v1 instead of going stale.
/// v3 keeps each person's history index as one value (`histories`) instead
/// of one key per record (`history`). v4 replaces the digests with
/// per-person summaries and the set of people whose summary is missing. v5
/// keeps an undo step for every transaction: a v4 build would write without
/// one, and an undo would then put back values older than its change. v6
/// stores people with dates, addresses and name parts (contact layout 3),
/// which a v5 build cannot read: it refuses the journal rather than fail
/// on the first such person. v7 stores interactions that say whose words
/// they hold (interaction layout 2), and rebuilds every summary once, since
/// the review's facts follow newer rules. v8 keeps the ids of requests
/// sent over the socket (`requests`), the journal's identity in the meta
/// tree, and write-log entries a v7 build cannot read (`Start`, a hashed
/// base): a v7 build refuses the journal instead of taking them for a
/// torn tail. v9 stores labelled emails and phones (contact layout 4). v10
/// leaves notes out of the last touch; v11 builds every summary again
/// once, since a meeting that did an earlier one's follow-up waits for none.
/// v12 stores people with what each card's last import said (contact
/// layout 5), which a v11 build cannot read; v13 a card's lists too (contact
/// layout 6); v14 a ledger entry's settled day and granting intro (layout 2).
pub const SCHEMA_VERSION: u32 = 14;

/// Trees of earlier versions, read by a migration and then dropped: the
/// v1/v2 history index and the v2/v3 review digests.
const OLD_HISTORY: &str = "history";
const OLD_DIGESTS: &str = "review_digests";

/// sled's page cache. Its 1 GiB default suits servers; a journal is small and
/// shares the desktop.
const CACHE_BYTES: u64 = 16 * 1024 * 1024;

const SCHEMA_KEY: &[u8] = b"schema";
const TOTALS_KEY: &[u8] = b"totals";
const NEXT_ID_KEY: &[u8] = b"next_id";
/// The number of the last transaction, which the write log entries carry.
const LOG_SEQ_KEY: &[u8] = b"log_seq";

/// The trees, in the order of [`Store::trees`].
#[derive(Clone, Copy, Debug)]
enum T {
    Meta,
    Contacts,
    Names,
    Interests,
    InterestKeys,
    Members,
    Interactions,
    Ledger,
    FollowUps,
    Due,
    Signals,
    History,
    Balances,
    Trash,
    ReviewState,
    Summaries,
    Stale,
    Undo,
    Redo,
    Requests,
}

const TREE_NAMES: [&str; 20] = [
    "meta",
    "contacts",
    "names",
    "interests",
    "interest_keys",
    "interest_members",
    "interactions",
    "ledger",
    "follow_ups",
    "follow_ups_due",
    "signals",
    "histories",
    "balances",
    "trash",
    "review_state",
    "summaries",
    "stale_summaries",
    "undo",
    "redo",
    "requests",
];

/// An open journal. Open it once per process: sled locks the directory.
pub struct Store {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    path: PathBuf,
    /// Contacts written since [`Store::take_changed`] last asked: a
    /// long-lived process refreshes just those instead of rereading all.
    changed: Mutex<BTreeSet<Id>>,
    /// The same, since [`Store::take_recent`] last asked: what the
    /// journal's summaries kept in memory must read again.
    recent: Mutex<BTreeSet<Id>>,
    loose: Vec<PathBuf>,
    /// What the person typed, for the undo steps of what they do next,
    /// and the undo group they join (see [`undo::Naming`]).
    label: Mutex<undo::Naming>,
    /// Transactions committed by this process: a reader on another thread
    /// (the daily backup) compares it before and after reading every tree,
    /// since sled has no snapshot across trees.
    generation: AtomicU64,
    /// Held shared by every write, and exclusively by a reader that needs
    /// the writes to wait (see [`Store::hold_writes`]).
    writes: RwLock<()>,
    /// What the disk said when it refused a write: sled then refuses every
    /// later one, so a long-lived process has to say so until it ends.
    refused: Mutex<Option<String>>,
    /// The first damage sled found in the journal's files, open or later:
    /// the process is to let the journal go (see [`Store::damage`]).
    damage: Mutex<Option<String>>,
    /// sled's data file, for syncing: sled's own flush writes it with
    /// `sync_file_range`, which leaves its size and the disk's cache
    /// unsynced, so a power cut could take back what was flushed.
    data: fs::File,
    /// The write log (see `wal`), when the journal has one. Held by every
    /// write from before its transaction to after its commit, so this
    /// process's transactions are logged in the order they commit.
    log: Mutex<Option<wal::Log>>,
    /// The request this process's writes are made for (see `requests`),
    /// and the thread that runs it.
    on_behalf: Mutex<Option<(std::thread::ThreadId, String)>>,
    /// The journal's identity, once read or made (see `identity`).
    identity: Mutex<Option<wal::Identity>>,
}

impl Store {
    /// Files of the journal that others could read or write when it was
    /// opened; they are owner-only now.
    pub fn loose(&self) -> &[PathBuf] {
        &self.loose
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn tree(&self, t: T) -> &sled::Tree {
        &self.trees[t as usize]
    }

    /// Makes everything written so far durable. sled only promises what was
    /// flushed, so the CLI calls this before it reports success.
    pub fn flush(&self) -> Result<()> {
        self.db.flush().map_err(|e| self.note(e))?;
        self.data
            .sync_data()
            .map_err(|e| self.note(sled::Error::Io(e)))?;
        let seq = self.log_seq()?;
        if let Some(log) = self.lock_log().as_mut() {
            log.note_flushed(seq).map_err(StoreError::Log)?;
        }
        Ok(())
    }

    /// Words an error of sled's: damage it found in the journal's files
    /// (corrupted data, or one of its own panics or bugs, which damage is
    /// what sets off) is named as damage of this journal and remembered
    /// (see [`Store::damage`]); a refusal of the disk is remembered (see
    /// [`Store::refused`]).
    fn note(&self, e: sled::Error) -> StoreError {
        match e {
            sled::Error::Corruption { at, .. } => self.damaged(error::corruption_text(at)),
            sled::Error::ReportableBug(what) => self.damaged(what),
            e => {
                if let sled::Error::Io(io) = &e
                    && let Ok(mut refused) = self.refused.lock()
                {
                    refused.get_or_insert_with(|| io.kind().to_string());
                }
                StoreError::Sled(e)
            }
        }
    }

    /// The same for an error already made: sled's damage named as damage.
    fn named(&self, e: StoreError) -> StoreError {
        match e {
            StoreError::Sled(e) => self.note(e),
            other => other,
        }
    }

    fn damaged(&self, detail: String) -> StoreError {
        if let Ok(mut damage) = self.damage.lock() {
            damage.get_or_insert_with(|| detail.clone());
        }
        StoreError::Damaged {
            path: self.path.clone(),
            detail,
        }
    }

    /// The damage sled found in this journal's files since it was opened,
    /// if it found any: sled may not read them rightly any more, so a
    /// process that keeps the journal open lets it go, and `recover` can
    /// take it.
    pub fn damage(&self) -> Option<StoreError> {
        let mut damage = self.damage.lock().ok()?;
        if damage.is_none() {
            *damage = error::take_met_damage();
        }
        let detail = damage.clone()?;
        Some(StoreError::Damaged {
            path: self.path.clone(),
            detail,
        })
    }

    /// What the disk said when it refused a write of this process, if it
    /// did: nothing more can be saved until givegive starts again.
    pub fn refused(&self) -> Option<String> {
        self.refused.lock().ok().and_then(|r| r.clone())
    }

    /// A fresh id, unique across every record kind.
    ///
    /// Ids come from a counter in the meta tree rather than sled's
    /// `generate_id`, which reserves a block of a million ids per process:
    /// with one process per shell capture, ids would grow by a million each
    /// time, and people type these ids (`done #12`). The counter is one
    /// atomic single-key update; a failed write just leaves a gap.
    pub fn generate_id(&self) -> Result<Id> {
        let next = self
            .tree(T::Meta)
            .update_and_fetch(NEXT_ID_KEY, |old| {
                let n = old
                    .and_then(|b| <[u8; 8]>::try_from(b).ok())
                    .map_or(1, |b| u64::from_be_bytes(b).saturating_add(1));
                Some(n.to_be_bytes().to_vec())
            })
            .map_err(|e| self.note(e))?;
        next.as_deref()
            .and_then(keys::read_id)
            .ok_or_else(|| StoreError::Damaged {
                path: self.path.clone(),
                detail: "unreadable id counter".into(),
            })
    }

    /// Runs `f` as one atomic transaction over all trees, with its undo
    /// step. `f` may run more than once when sled retries, so it must only
    /// read and write through the [`Tx`] it is given.
    pub fn transact<R>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<R, ConflictableTransactionError<StoreError>>,
    ) -> Result<R> {
        self.run(f, true)
    }

    /// The same without an undo step, for writing a whole journal (a
    /// generated one, or a restored export): the step would be as large as
    /// the journal. What came before can no longer be undone either.
    pub fn transact_bulk<R>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<R, ConflictableTransactionError<StoreError>>,
    ) -> Result<R> {
        self.run(f, false)
    }

    fn run<R>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<R, ConflictableTransactionError<StoreError>>,
        undoable: bool,
    ) -> Result<R> {
        use sled::Transactional;
        let naming = self.label.lock().map(|l| l.clone()).unwrap_or_default();
        let _writing = self.writes.read();
        let mut log = self.lock_log();
        self.refuse_if_log_lost(&mut log)?;
        // Only the attempt that commits counts: sled may run `f` again.
        let touched = RefCell::new(Vec::new());
        let stepped = Cell::new(false);
        let logged = Cell::new(None);
        let behalf = self.behalf(std::thread::current().id());
        let result = self
            .trees
            .as_slice()
            .transaction(|trees| {
                let w = images::Writer::new(trees, undoable && log.is_some());
                let tx = Tx::new(&w);
                let result = f(&tx)?;
                let (contacts, changes) = tx.into_parts();
                stepped.set(undoable && !changes.is_empty());
                if !undoable {
                    undo::forget(&w)?;
                } else if !changes.is_empty() {
                    let step = undo::Step {
                        label: naming.label.clone(),
                        changes,
                        group: naming.group,
                    };
                    undo::record(&w, &step)?;
                }
                if let Some(id) = &behalf {
                    requests::note(&w, id)?;
                }
                logging::commit_to_log(&w, log.as_ref(), undoable, &logged)?;
                *touched.borrow_mut() = contacts;
                Ok(result)
            })
            .map_err(|e| self.failed(e, log.as_ref(), &logged))?;
        self.generation.fetch_add(1, Ordering::SeqCst);
        if stepped.get() {
            undo::count_step();
        }
        self.note_changed(touched.into_inner());
        Ok(result)
    }

    /// Takes back the newest change (any process's), in one transaction;
    /// returns what was typed for it, or `None` when nothing is left.
    pub fn undo(&self) -> Result<Option<Replayed>> {
        self.replay(undo::Way::Undo)
    }

    /// Makes again the newest change undone, unless a change came since.
    pub fn redo(&self) -> Result<Option<Replayed>> {
        self.replay(undo::Way::Redo)
    }

    fn replay(&self, way: undo::Way) -> Result<Option<Replayed>> {
        use sled::Transactional;
        let _writing = self.writes.read();
        let mut log = self.lock_log();
        self.refuse_if_log_lost(&mut log)?;
        let logged = Cell::new(None);
        let behalf = self.behalf(std::thread::current().id());
        let step = self
            .trees
            .as_slice()
            .transaction(|trees| {
                let w = images::Writer::new(trees, log.is_some());
                let step = undo::replay(&w, way)?;
                if step.is_some() {
                    if let Some(id) = &behalf {
                        requests::note(&w, id)?;
                    }
                    logging::commit_to_log(&w, log.as_ref(), true, &logged)?;
                }
                Ok(step)
            })
            .map_err(|e| self.failed(e, log.as_ref(), &logged))?;
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(step.map(|step| {
            let contacts = undo::contacts(&step);
            self.note_changed(contacts.clone());
            Replayed {
                label: step.label,
                contacts,
            }
        }))
    }

    /// How many transactions this process has committed: equal before and
    /// after a read of several trees means the read saw one state.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Makes this process's writes wait until the guard is dropped: for a
    /// reader of several trees that could not get one state by comparing
    /// [`Store::generation`] (writes kept landing during its reads).
    pub fn hold_writes(&self) -> RwLockWriteGuard<'_, ()> {
        self.writes
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn note_changed(&self, ids: impl IntoIterator<Item = Id>) {
        let ids: Vec<Id> = ids.into_iter().collect();
        for set in [&self.changed, &self.recent] {
            if let Ok(mut set) = set.lock() {
                set.extend(ids.iter().copied());
            }
        }
    }

    /// The contacts changed since the last call (see `recent`), or `None`
    /// when that is not known.
    pub fn take_recent(&self) -> Option<BTreeSet<Id>> {
        self.recent.lock().ok().map(|mut c| std::mem::take(&mut *c))
    }

    /// The contacts whose record, history or balance changed since the last
    /// call, or `None` when that is not known (start again from scratch).
    pub fn take_changed(&self) -> Option<BTreeSet<Id>> {
        self.changed
            .lock()
            .ok()
            .map(|mut c| std::mem::take(&mut *c))
    }
}
