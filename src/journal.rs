//! The user's operations on the journal: what both the shell and the TUI call.
//!
//! Each write validates its input first, then runs as one store transaction
//! that updates the records, their indexes and the running balances together.
//! Nothing here prints or reads the clock: `today` is always a parameter.

mod batch;
pub mod capture;
pub mod contacts;
mod drafts;
pub mod event;
pub mod export;
mod followed;
mod insights;
mod knows;
mod ledger;
mod matches;
mod merge;
mod patch;
mod reach;
mod reads;
mod related;
mod relations;
mod review;
mod screens;
mod search;
mod snooze;
mod summaries;
pub mod synthetic;
mod trash;
mod views;
mod warm;

use std::path::{Path, PathBuf};

pub use batch::Prepared;
pub use capture::{Completed, InteractionDraft, Logged, SIGNAL_THRESHOLD};
pub use contacts::{Added, ContactDraft, FirstMeeting};
pub use event::{Attended, Attendee, Attending, EventDraft};
pub use ledger::{Answer, Introduced, Introducing, LedgerDraft, Recorded};
pub use matches::{MatchReport, Side};
pub use reach::{Reach, ReachKind};
pub use reads::MailAddress;
pub use relations::Related;
pub use review::Width;
pub use screens::{LedgerLine, PersonRow};
pub use snooze::SetAside;
pub use trash::Restored;
pub use views::{
    BalanceReport, BalanceRow, Card, HistoryItem, InterestRow, ListFilter, ListRow, Person,
};

use crate::domain::resolve::{self, Candidate, Resolution};
use crate::domain::{Contact, Id};
use crate::store::{Problem, Store, StoreError};

/// What can go wrong with a user operation, worded for the user.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("nobody in the journal matches '{0}' (add them with: givegive add \"{0}\")")]
    NotFound(String),
    #[error("'{query}' could be {}: nothing was done; type more of the name, or the number after the #", .told.join(", "))]
    Ambiguous {
        query: String,
        /// The people who fit, best first, with their names.
        candidates: Vec<(Id, String)>,
        /// Each of them as the line lists them: name, id, and for
        /// namesakes what tells them apart (`resolve::told_apart`).
        told: Vec<String>,
    },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = JournalError> = std::result::Result<T, E>;

/// An open journal and the operations on it.
pub struct Journal {
    store: Store,
    /// Everyone's summary, when this process keeps them in memory.
    warm: std::sync::Mutex<Option<warm::Warm>>,
    /// The journal this one is a copy of (see [`Journal::open_copy`]): its
    /// path is the one the user knows, and its backups are beside it.
    copy_of: Option<PathBuf>,
}

impl Journal {
    /// Opens (or creates) the journal at `path`.
    pub fn open(path: &Path) -> Result<Journal> {
        Ok(Journal {
            store: Store::open(path)?,
            warm: std::sync::Mutex::new(None),
            copy_of: None,
        })
    }

    /// A copy of the journal at `path` made in memory, for a command that
    /// only reads where the disk refuses every write (see
    /// `store::Store::open_copy`); the copy goes with the returned folder.
    pub fn open_copy(path: &Path) -> Result<(Journal, tempfile::TempDir)> {
        let (store, dir) = Store::open_copy(path)?;
        let journal = Journal {
            store,
            warm: std::sync::Mutex::new(None),
            copy_of: Some(path.to_path_buf()),
        };
        Ok((journal, dir))
    }

    /// An empty journal in memory standing in for the one at `path`, not
    /// made yet (see `store::Store::open_empty`): an import's dry run reads
    /// it rather than start a journal the user only asked about.
    pub fn open_empty(path: &Path) -> Result<(Journal, tempfile::TempDir)> {
        let (store, dir) = Store::open_empty()?;
        let journal = Journal {
            store,
            warm: std::sync::Mutex::new(None),
            copy_of: Some(path.to_path_buf()),
        };
        Ok((journal, dir))
    }

    /// Whether a process has the journal at `path` open.
    pub fn in_use(path: &Path) -> bool {
        crate::store::in_use(path)
    }

    /// The store, for the jobs that work on it whole: backups and recovery.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// Makes every write so far durable; call before reporting success.
    pub fn flush(&self) -> Result<()> {
        Ok(self.store.flush()?)
    }

    /// Flushes and lets the process exit without tearing the store down.
    ///
    /// Dropping sled's page table frees it one node at a time, about a sixth
    /// of a `show` on a 10,000-person journal; once everything is flushed
    /// there is nothing left for the drop to save, and the operating system
    /// releases the memory and the directory lock at exit.
    pub fn finish(self) -> Result<()> {
        self.flush()?;
        std::mem::forget(self);
        Ok(())
    }

    /// The person `who` names: by id, or as typed (see [`Journal::resolve`]).
    pub fn who(&self, who: &crate::domain::patch::Who) -> Result<Id> {
        use crate::domain::patch::Who;
        match who {
            Who::Id(id) => Ok(self.contact(*id)?.id),
            Who::Typed(text) => self.resolve(text),
        }
    }

    /// Resolves what the user typed to one contact: an id (`42` or `#42`), an exact name or
    /// alias, or a clear fuzzy match. An ambiguity lists the candidates. What was typed is
    /// cleaned first as a stored name is ([`crate::domain::text::as_seen`]).
    pub fn resolve(&self, who: &str) -> Result<Id> {
        let who = crate::domain::text::as_seen(who);
        if let Some(id) = Id::parse_strict(&who) {
            return match self.store.contact(id)? {
                Some(_) => Ok(id),
                None => Err(self.not_a_contact(id)),
            };
        }
        match self.resolution(&who)? {
            Resolution::Found(id) => Ok(id),
            Resolution::NotFound => Err(JournalError::NotFound(who)),
            Resolution::Ambiguous(ids) => {
                let mut candidates = Vec::with_capacity(ids.len());
                for id in ids {
                    candidates.push(self.contact(id)?);
                }
                Err(ambiguous(who, &candidates))
            }
        }
    }

    /// Whom a typed name means, by `domain::resolve`'s rules, over every
    /// name and alias of the index. No exact name decides alone: another
    /// person may have that name once spelled plainly (Dmitrii Sokolov and
    /// Дмитрий Соколов), and the rule counts both.
    fn resolution(&self, who: &str) -> Result<Resolution> {
        let names = self.store.names()?;
        let candidates = names
            .iter()
            .map(|(folded, id)| Candidate { id: *id, folded });
        Ok(resolve::resolve(who, candidates))
    }

    /// The names `word` could mean, by the rules [`Journal::resolve`]
    /// follows: the one person it finds, or the few it cannot choose
    /// between. What shell completion offers.
    pub fn names_like(&self, word: &str) -> Result<Vec<String>> {
        if let Some(id) = Id::parse_strict(word.trim()) {
            return Ok(self
                .store
                .contact(id)?
                .map(|c| c.name)
                .into_iter()
                .collect());
        }
        let ids = match self.resolution(word)? {
            Resolution::Found(id) => vec![id],
            Resolution::Ambiguous(ids) => ids,
            Resolution::NotFound => Vec::new(),
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(c) = self.store.contact(id)? {
                out.push(c.name);
            }
        }
        Ok(out)
    }

    /// The contact with `id`, or an error saying it is gone.
    pub fn contact(&self, id: Id) -> Result<Contact> {
        self.store
            .contact(id)?
            .ok_or_else(|| self.not_a_contact(id))
    }

    /// A contact's display name, or its id if it has been deleted.
    pub fn name_of(&self, id: Id) -> Result<String> {
        Ok(match self.store.contact(id)? {
            Some(c) => c.name,
            None => format!("{id} (deleted)"),
        })
    }

    /// Names the changes that follow after the command that makes them, for
    /// `undo` to say what it took back.
    pub fn name_next_change(&self, label: &str) {
        self.store.set_label(label);
    }

    /// The same, for the changes of one command written in several
    /// transactions (an import's batches): `undo` takes them back together,
    /// and says `label`, the name the last of them was given.
    pub fn group_next_changes(&self, label: &str) {
        self.store.group_label(label);
    }

    /// Undo steps recorded on this thread so far: compared before and
    /// after a command, whether `undo` would take back that command.
    pub fn steps_here(&self) -> u64 {
        self.store.steps_here()
    }

    /// Takes back the newest change; what was typed for it and whom it
    /// touched, or `None` when there is nothing left to undo.
    pub fn undo(&self) -> Result<Option<crate::store::Replayed>> {
        Ok(self.store.undo()?)
    }

    /// Makes again the newest change undone.
    pub fn redo(&self) -> Result<Option<crate::store::Replayed>> {
        Ok(self.store.redo()?)
    }

    /// The contacts changed since the last call (see
    /// [`Store::take_changed`]).
    pub fn take_changed(&self) -> Option<std::collections::BTreeSet<Id>> {
        self.store.take_changed()
    }

    /// Starts the write log from `file`, which now holds the whole journal
    /// (it was just restored from it): a rebuild replays from there.
    pub fn log_from(&self, file: &Path) -> Result<()> {
        use crate::store::LogBase;
        let file = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let seq = self.store.log_seq()?;
        // Hashed, so a rebuild takes no other file for it; a file that
        // cannot be read again is named by its path, as before hashes.
        let base = match crate::store::hash_file(&file) {
            Ok(sha256) => LogBase::Hashed { file, sha256 },
            Err(_) => LogBase::File(file),
        };
        Ok(self.store.start_log(base, seq)?)
    }

    /// Runs the integrity check: the store's records and indexes, then the
    /// per-person summaries, which only the journal knows how to rebuild.
    pub fn check(&self) -> Result<Vec<Problem>> {
        let mut problems = self.store.check()?;
        problems.extend(self.check_summaries()?);
        Ok(problems)
    }
}

/// The error for a name that fits each of `people`.
fn ambiguous(query: String, people: &[Contact]) -> JournalError {
    JournalError::Ambiguous {
        query,
        candidates: people.iter().map(|c| (c.id, c.name.clone())).collect(),
        told: resolve::told_apart(people),
    }
}

/// A person's name as it is stored, for every way one comes in (add,
/// edit, an event's new people, an import): what shows of it, without the
/// escape sequences and invisible characters a paste carries
/// ([`crate::domain::text::visible`]), its spaces tidied. One that shows
/// nothing is refused as empty.
fn a_name(text: &str) -> Result<String> {
    required(&crate::domain::text::as_seen(text), "a name")
}

/// Rejects empty text with a message naming what was empty.
fn required(text: &str, what: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(JournalError::Invalid(format!("{what} cannot be empty")));
    }
    Ok(text.to_string())
}
