//! The embedded store: the only module that speaks sled and bincode.
//!
//! One sled tree per record kind plus index trees (see `docs/data-model.md`).
//! Reads go straight to the trees; every write goes through
//! [`Store::transact`], one sled transaction over all trees, so a user action
//! lands whole or not at all. Callers get domain types, never bytes.

mod check;
mod codec;
mod history;
mod images;
mod keys;
mod leftovers;
mod legacy;
mod logging;
mod tx;
mod undo;
mod wal;

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock, RwLockWriteGuard};

use chrono::NaiveDate;
use sled::transaction::ConflictableTransactionError;

pub use check::Problem;
pub use codec::{CodecError, Record};
pub use keys::RecordKind;
pub use leftovers::held;
pub use tx::{Tx, TxResult};
pub use wal::{Base as LogBase, Contents as LogContents, read as read_log};

use crate::domain::summary::Summary;
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies, TrashEntry,
};

/// The store layout this build writes, kept under `schema` in the meta tree.
///
/// v2 added the review digests. A v1 build would write history without
/// dropping them, so a v2 store is refused by v1 instead of going stale.
/// v3 keeps each person's history index as one value (`histories`) instead
/// of one key per record (`history`). v4 replaces the digests with
/// per-person summaries and the set of people whose summary is missing. v5
/// keeps an undo step for every transaction: a v4 build would write without
/// one, and an undo would then put back values older than its change.
pub const SCHEMA_VERSION: u32 = 5;

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
}

const TREE_NAMES: [&str; 19] = [
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
];

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
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open journal. Open it once per process: sled locks the directory.
pub struct Store {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    path: PathBuf,
    /// Contacts written since [`Store::take_changed`] last asked: a
    /// long-lived process refreshes just those instead of rereading all.
    changed: Mutex<BTreeSet<Id>>,
    loose: Vec<PathBuf>,
    /// What the person typed, for the undo steps of what they do next.
    label: Mutex<String>,
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
    /// sled's data file, for syncing: sled's own flush writes it with
    /// `sync_file_range`, which leaves its size and the disk's cache
    /// unsynced, so a power cut could take back what was flushed.
    data: fs::File,
    /// The write log (see `wal`), when the journal has one. Held by every
    /// write from before its transaction to after its commit, so this
    /// process's transactions are logged in the order they commit.
    log: Mutex<Option<wal::Log>>,
}

impl Store {
    /// Opens the journal at `path`, creating it (owner-only) when the path does
    /// not exist or is an empty directory. Anything else that is not a
    /// givegive journal is refused untouched.
    /// A damaged journal is reported as such; what to restore it from is
    /// for the caller to say (see `crate::backups::hint`).
    pub fn open(path: &Path) -> Result<Store> {
        let new = prepare_dir(path)?;
        // Should it fail, sled's open says what is wrong with the journal.
        let _ = leftovers::quarantine_unfinished_snapshots(path);
        let config = sled::Config::new().path(path).cache_capacity(CACHE_BYTES);
        // sled can panic on a damaged log instead of returning an error.
        let opened = catch_unwind(AssertUnwindSafe(|| config.open())).map_err(|panic| {
            StoreError::Damaged {
                path: path.to_path_buf(),
                detail: panic_text(panic.as_ref()),
            }
        })?;
        let db = opened.map_err(|e| match e {
            sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
                StoreError::Locked(path.to_path_buf())
            }
            sled::Error::Corruption { at, .. } => StoreError::Damaged {
                path: path.to_path_buf(),
                detail: match at {
                    Some(at) => format!("corrupted data at {at:?}"),
                    None => "corrupted data".into(),
                },
            },
            sled::Error::Unsupported(detail) => StoreError::Damaged {
                path: path.to_path_buf(),
                detail,
            },
            other => StoreError::Sled(other),
        })?;
        // A journal that was there before has its trees; without them its
        // file was cut short or overwritten, and opening them would make a
        // new, empty journal over the remains.
        let names = db.tree_names();
        if !new && !names.iter().any(|n| n.as_ref() == b"meta") {
            // Another program's sled database has trees or data of its own.
            let foreign = names.iter().any(|n| n.as_ref() != b"__sled__default") || !db.is_empty();
            return Err(if foreign {
                StoreError::NotAStore(path.to_path_buf())
            } else {
                StoreError::Damaged {
                    path: path.to_path_buf(),
                    detail: "its records are gone: the file was cut short or overwritten".into(),
                }
            });
        }
        let trees = TREE_NAMES
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<Vec<_>, _>>()?;
        let data = fs::File::open(path.join("db")).map_err(|source| StoreError::Create {
            path: path.join("db"),
            source,
        })?;
        if new {
            // sled never syncs its config file, nor the folders that hold
            // the new journal: without this a power cut soon after the
            // first command leaves a journal sled cannot read.
            sync_new_journal(path).map_err(StoreError::Log)?;
        }
        let store = Store {
            db,
            trees,
            path: path.to_path_buf(),
            changed: Mutex::new(BTreeSet::new()),
            loose: Vec::new(),
            label: Mutex::new(String::new()),
            generation: AtomicU64::new(0),
            writes: RwLock::new(()),
            refused: Mutex::new(None),
            data,
            log: Mutex::new(None),
        };
        let log = if new {
            Some(wal::Log::start(path, wal::Base::Empty, 0, &[]))
        } else {
            wal::Log::open(path).transpose()
        };
        *store.lock_log() = log.transpose().map_err(StoreError::Log)?;
        store.check_schema(new)?;
        store.settle_log()?;
        // sled creates its files with the process umask: on a new journal
        // that is no one's doing to warn about.
        let loose = restrict(path);
        let loose = if new { Vec::new() } else { loose };
        Ok(Store { loose, ..store })
    }

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

    /// Stamps a new journal, migrates an older one, refuses a newer one or a
    /// database some other program wrote.
    fn check_schema(&self, new: bool) -> Result<()> {
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
        while v < SCHEMA_VERSION {
            match v {
                // v1 → v2: the review digests are a cache rebuilt on demand,
                // so the empty tree sled just created is already correct.
                1 => {}
                2 => self.regroup_history()?,
                3 => self.mark_all_stale()?,
                // v4 → v5: nothing to undo yet.
                4 => {}
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
        // The log's images are in the old layout: it holds nothing a
        // rebuild could use until the next backup starts it again.
        self.start_log(wal::Base::Unknown, self.log_seq()?)?;
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

    /// Remembers a refusal of the disk (see [`Store::refused`]).
    fn note(&self, e: sled::Error) -> StoreError {
        if let sled::Error::Io(io) = &e
            && let Ok(mut refused) = self.refused.lock()
        {
            refused.get_or_insert_with(|| io.kind().to_string());
        }
        StoreError::Sled(e)
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
        let next = self.tree(T::Meta).update_and_fetch(NEXT_ID_KEY, |old| {
            let n = old
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .map_or(1, |b| u64::from_be_bytes(b).saturating_add(1));
            Some(n.to_be_bytes().to_vec())
        })?;
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

    /// Names the undo steps of what follows (the command the person typed).
    pub fn set_label(&self, label: &str) {
        if let Ok(mut l) = self.label.lock() {
            *l = label.to_string();
        }
    }

    fn run<R>(
        &self,
        f: impl Fn(&Tx<'_>) -> Result<R, ConflictableTransactionError<StoreError>>,
        undoable: bool,
    ) -> Result<R> {
        use sled::Transactional;
        let label = self.label.lock().map(|l| l.clone()).unwrap_or_default();
        let _writing = self.writes.read();
        let log = self.lock_log();
        // Only the attempt that commits counts: sled may run `f` again.
        let touched = RefCell::new(Vec::new());
        let logged = Cell::new(None);
        let result = self
            .trees
            .as_slice()
            .transaction(|trees| {
                let w = images::Writer::new(trees, undoable && log.is_some());
                let tx = Tx::new(&w);
                let result = f(&tx)?;
                let (contacts, changes) = tx.into_parts();
                if !undoable {
                    undo::forget(&w)?;
                } else if !changes.is_empty() {
                    let step = undo::Step {
                        label: label.clone(),
                        changes,
                    };
                    undo::record(&w, &step)?;
                }
                logging::commit_to_log(&w, log.as_ref(), undoable, &logged)?;
                *touched.borrow_mut() = contacts;
                Ok(result)
            })
            .map_err(|e| self.failed(e, log.as_ref(), &logged))?;
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut changed) = self.changed.lock() {
            changed.extend(touched.into_inner());
        }
        Ok(result)
    }

    /// Takes back the newest change (any process's), in one transaction;
    /// returns what was typed for it, or `None` when nothing is left.
    pub fn undo(&self) -> Result<Option<String>> {
        self.replay(undo::Way::Undo)
    }

    /// Makes again the newest change undone, unless a change came since.
    pub fn redo(&self) -> Result<Option<String>> {
        self.replay(undo::Way::Redo)
    }

    fn replay(&self, way: undo::Way) -> Result<Option<String>> {
        use sled::Transactional;
        let _writing = self.writes.read();
        let log = self.lock_log();
        let logged = Cell::new(None);
        let step = self
            .trees
            .as_slice()
            .transaction(|trees| {
                let w = images::Writer::new(trees, log.is_some());
                let step = undo::replay(&w, way)?;
                if step.is_some() {
                    logging::commit_to_log(&w, log.as_ref(), true, &logged)?;
                }
                Ok(step)
            })
            .map_err(|e| self.failed(e, log.as_ref(), &logged))?;
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(step.map(|step| {
            if let Ok(mut changed) = self.changed.lock() {
                changed.extend(undo::contacts(&step));
            }
            step.label
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

    /// The contacts whose record, history or balance changed since the last
    /// call, or `None` when that is not known (start again from scratch).
    pub fn take_changed(&self) -> Option<BTreeSet<Id>> {
        self.changed
            .lock()
            .ok()
            .map(|mut c| std::mem::take(&mut *c))
    }

    fn get<V: Record>(&self, t: T, id: Id) -> Result<Option<V>> {
        match self.tree(t).get(keys::id(id))? {
            Some(raw) => Ok(Some(codec::decode(&raw)?)),
            None => Ok(None),
        }
    }

    fn all<V: Record>(&self, t: T) -> impl Iterator<Item = Result<V>> + '_ {
        self.tree(t)
            .iter()
            .values()
            .map(|v| Ok(codec::decode(&v?)?))
    }

    pub fn contact(&self, id: Id) -> Result<Option<Contact>> {
        self.get(T::Contacts, id)
    }

    /// Every contact, in creation order.
    pub fn contacts(&self) -> impl Iterator<Item = Result<Contact>> + '_ {
        self.all(T::Contacts)
    }

    pub fn contact_count(&self) -> usize {
        self.tree(T::Contacts).len()
    }

    /// Every (folded name or alias, contact) pair: what name resolution
    /// matches against, read from the index without decoding contacts.
    pub fn names(&self) -> Result<Vec<(String, Id)>> {
        let mut out = Vec::with_capacity(self.tree(T::Names).len());
        for key in self.tree(T::Names).iter().keys() {
            let key = key?;
            if let Some((name, id)) = keys::read_name(&key) {
                out.push((name.to_string(), id));
            }
        }
        Ok(out)
    }

    /// Contacts whose name or alias folds to exactly `folded`.
    pub fn contacts_named(&self, folded: &str) -> Result<Vec<Id>> {
        let mut prefix = folded.as_bytes().to_vec();
        prefix.push(0);
        let mut ids = Vec::new();
        for key in self.tree(T::Names).scan_prefix(&prefix).keys() {
            if let Some((name, id)) = keys::read_name(&key?)
                && name == folded
            {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    pub fn interest(&self, id: Id) -> Result<Option<Interest>> {
        self.get(T::Interests, id)
    }

    pub fn interests(&self) -> impl Iterator<Item = Result<Interest>> + '_ {
        self.all(T::Interests)
    }

    /// The interest whose folded key is `key`.
    pub fn interest_by_key(&self, key: &str) -> Result<Option<Interest>> {
        match self.tree(T::InterestKeys).get(key.as_bytes())? {
            Some(raw) => match keys::read_id(&raw) {
                Some(id) => self.interest(id),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// The contacts linked to an interest.
    pub fn interest_members(&self, interest: Id) -> Result<Vec<Id>> {
        let mut out = Vec::new();
        for key in self.tree(T::Members).scan_prefix(keys::id(interest)).keys() {
            if let Some((_, contact)) = keys::read_pair(&key?) {
                out.push(contact);
            }
        }
        Ok(out)
    }

    pub fn interaction(&self, id: Id) -> Result<Option<Interaction>> {
        self.get(T::Interactions, id)
    }

    pub fn ledger_entry(&self, id: Id) -> Result<Option<LedgerEntry>> {
        self.get(T::Ledger, id)
    }

    /// Every ledger entry, in creation order.
    pub fn ledger(&self) -> impl Iterator<Item = Result<LedgerEntry>> + '_ {
        self.all(T::Ledger)
    }

    /// Every interaction, in creation order.
    pub fn interactions(&self) -> impl Iterator<Item = Result<Interaction>> + '_ {
        self.all(T::Interactions)
    }

    /// Every follow-up, in creation order.
    pub fn follow_ups(&self) -> impl Iterator<Item = Result<FollowUp>> + '_ {
        self.all(T::FollowUps)
    }

    /// Every warning signal, in creation order.
    pub fn signals(&self) -> impl Iterator<Item = Result<Signal>> + '_ {
        self.all(T::Signals)
    }

    pub fn follow_up(&self, id: Id) -> Result<Option<FollowUp>> {
        self.get(T::FollowUps, id)
    }

    pub fn signal(&self, id: Id) -> Result<Option<Signal>> {
        self.get(T::Signals, id)
    }

    /// One contact's history as (day, kind, record) references, oldest first;
    /// reverse it for newest first. Reads only the index.
    pub fn history(&self, contact: Id) -> Result<Vec<(NaiveDate, RecordKind, Id)>> {
        let raw = self.tree(T::History).get(keys::id(contact))?;
        Ok(history::Lines::decode(raw.as_deref())?.entries().collect())
    }

    /// Pending follow-ups due on or before `until`, earliest first, as
    /// (day, follow-up, contact).
    pub fn follow_ups_due(&self, until: NaiveDate) -> Result<Vec<(NaiveDate, Id, Id)>> {
        let mut out = Vec::new();
        for item in self.tree(T::Due).range(..keys::due(until, Id(u64::MAX))) {
            let (key, value) = item?;
            if let (Some((day, id)), Some(contact)) = (keys::read_due(&key), keys::read_id(&value))
            {
                out.push((day, id, contact));
            }
        }
        Ok(out)
    }

    /// A contact's running balance (zero when nothing was recorded).
    pub fn balance(&self, contact: Id) -> Result<Balance> {
        Ok(self.get(T::Balances, contact)?.unwrap_or_default())
    }

    /// Every stored balance, by contact.
    pub fn balances(&self) -> impl Iterator<Item = Result<(Id, Balance)>> + '_ {
        self.tree(T::Balances).iter().map(|item| {
            let (k, v) = item?;
            let id = keys::read_id(&k).ok_or(CodecError::Truncated)?;
            Ok((id, codec::decode(&v)?))
        })
    }

    /// A person's summary, unless something about them changed since it
    /// was last built (see [`Summary`]).
    pub fn summary(&self, contact: Id) -> Result<Option<Summary>> {
        self.get(T::Summaries, contact)
    }

    /// Every stored summary, in id order.
    pub fn summaries(&self) -> impl Iterator<Item = Result<Summary>> + '_ {
        self.all(T::Summaries)
    }

    /// The people whose summary is missing: every write to a person drops
    /// theirs and lists them here in the same transaction.
    pub fn stale(&self) -> Result<Vec<Id>> {
        let mut out = Vec::new();
        for key in self.tree(T::Stale).iter().keys() {
            out.extend(keys::read_id(&key?));
        }
        Ok(out)
    }

    /// Keeps rebuilt summaries and takes their people off the stale list.
    /// Outside any transaction on purpose: a summary only caches what the
    /// records say, so losing one to a crash costs a rebuild, never data
    /// (the stale entry goes last). One process holds the store, so no write
    /// can slip between reading a person and storing their summary.
    /// `gone` are stale people who no longer exist.
    pub fn put_summaries(&self, summaries: &[Summary], gone: &[Id]) -> Result<()> {
        let mut kept = sled::Batch::default();
        let mut fresh = sled::Batch::default();
        for s in summaries {
            kept.insert(&keys::id(s.id), codec::encode(s)?);
            fresh.remove(&keys::id(s.id));
        }
        for id in gone {
            fresh.remove(&keys::id(*id));
        }
        self.tree(T::Summaries).apply_batch(kept)?;
        self.tree(T::Stale).apply_batch(fresh)?;
        Ok(())
    }

    /// The overall tallies across every contact.
    pub fn totals(&self) -> Result<Tallies> {
        match self.tree(T::Meta).get(TOTALS_KEY)? {
            Some(raw) => Ok(codec::decode(&raw)?),
            None => Ok(Tallies::default()),
        }
    }

    pub fn trash_entry(&self, id: Id) -> Result<Option<TrashEntry>> {
        self.get(T::Trash, id)
    }

    pub fn trash(&self) -> impl Iterator<Item = Result<TrashEntry>> + '_ {
        self.all(T::Trash)
    }

    /// Review items hidden (dismissed or snoozed) and until which day, by
    /// item key.
    pub fn review_state(&self) -> Result<Vec<(String, NaiveDate)>> {
        let mut out = Vec::new();
        for item in self.tree(T::ReviewState).iter() {
            let (k, v) = item?;
            if let (Ok(key), Some(day)) = (std::str::from_utf8(&k), keys::read_day(&v)) {
                out.push((key.to_string(), day));
            }
        }
        Ok(out)
    }

    /// Which kind of record `id` is, looking in every record tree.
    pub fn kind_of(&self, id: Id) -> Result<Option<RecordOf>> {
        let key = keys::id(id);
        let found = [
            (T::Contacts, RecordOf::Contact),
            (T::Interactions, RecordOf::Interaction),
            (T::Ledger, RecordOf::Ledger),
            (T::FollowUps, RecordOf::FollowUp),
            (T::Signals, RecordOf::Signal),
        ]
        .into_iter()
        .find_map(|(t, kind)| match self.tree(t).contains_key(key) {
            Ok(true) => Some(Ok(kind)),
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        });
        Ok(found.transpose()?)
    }
}

/// The kinds of record an id can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordOf {
    Contact,
    Interaction,
    Ledger,
    FollowUp,
    Signal,
}

/// Syncs what sled wrote of a new journal that it does not sync itself:
/// its config file and the folders' names.
fn sync_new_journal(path: &Path) -> io::Result<()> {
    fs::File::open(path.join("conf"))?.sync_all()?;
    fs::File::open(path)?.sync_all()?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}

/// Makes the journal owner-only: the directory and its subdirectories 0700,
/// every file 0600. sled creates its files with the process umask, so this
/// runs on every open and also repairs a journal copied in with looser
/// modes. Returns what others could read or write before, for a warning;
/// failing to tighten a mode is not worth refusing to open over.
fn restrict(path: &Path) -> Vec<PathBuf> {
    let mut loose = Vec::new();
    tighten(path, 0o700, &mut loose);
    let Ok(entries) = fs::read_dir(path) else {
        return loose;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            loose.extend(restrict(&entry.path()));
        } else if kind.is_file() {
            tighten(&entry.path(), 0o600, &mut loose);
        }
    }
    loose
}

/// Sets `mode` on `path` if group or others have any access to it.
fn tighten(path: &Path, mode: u32, loose: &mut Vec<PathBuf>) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        loose.push(path.to_path_buf());
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
    }
}

/// Creates `path` as an owner-only directory if it is missing, and refuses a
/// file or a non-empty directory that sled did not write. True when the
/// journal is new (sled is about to create its files).
fn prepare_dir(path: &Path) -> Result<bool> {
    match fs::metadata(path) {
        Ok(meta) if !meta.is_dir() => Err(StoreError::NotAStore(path.to_path_buf())),
        Ok(_) => {
            let mut entries = fs::read_dir(path).map_err(|source| StoreError::Create {
                path: path.to_path_buf(),
                source,
            })?;
            let empty = entries.next().is_none();
            if empty || path.join("conf").is_file() {
                Ok(empty)
            } else {
                Err(StoreError::NotAStore(path.to_path_buf()))
            }
        }
        Err(_) => fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
            .map(|()| true)
            .map_err(|source| StoreError::Create {
                path: path.to_path_buf(),
                source,
            }),
    }
}

/// Where copies and backups of the journal at `journal` go unless the
/// user chose a place: `JOURNAL-backups`, beside it, so that moving a
/// damaged journal away leaves them where they are.
pub fn backup_root(journal: &Path) -> PathBuf {
    let name = journal
        .file_name()
        .map_or_else(|| "journal".into(), |n| n.to_string_lossy().into_owned());
    journal.with_file_name(format!("{name}-backups"))
}

/// The newest copy taken before a migration, if any.
pub fn latest_migration_copy(journal: &Path) -> Option<PathBuf> {
    fs::read_dir(backup_root(journal))
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("before-v"))
        .filter(|e| e.path().join("conf").is_file())
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Copies a directory of regular files and directories (sled's layout),
/// owner-only.
fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()))?;
        } else if kind.is_file() {
            fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// A disk that refuses a write (full, over quota, failing) is the storage
/// error people meet: it says what the disk said and what became of the
/// change. sled refuses every later write of the process once one failed, so
/// a TUI has to be started again.
impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> StoreError {
        StoreError::Sled(e)
    }
}

fn storage_text(e: &sled::Error) -> String {
    match e {
        // sled keeps only the kind and its debug text of the system's error.
        sled::Error::Io(io) => refused_text(io.kind()),
        other => format!("storage error: {other}"),
    }
}

fn refused_text(kind: io::ErrorKind) -> String {
    format!(
        "the disk refused to read or write the journal ({kind}); this change was not saved: make room on the disk, then start givegive again"
    )
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the storage engine failed while reading it".into())
}
