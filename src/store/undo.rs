//! Undo and redo, for every change, whoever made it.
//!
//! Every user action is one transaction, and [`Tx`](super::Tx) notes each
//! key it writes with its value before and after. The transaction stores
//! that list as one undo step, in the same transaction; undoing puts the
//! old values back (in one transaction) and keeps the step for redo. A new
//! change empties the redo side. Steps are numbered in the meta tree; the
//! last [`KEEP`] are kept.
//!
//! A change too large for one transaction (an import, written a batch at a
//! time so that a million rows need no more memory than a thousand) is
//! several steps of one group: undo and redo replay the whole group, in one
//! transaction, so the person takes it back as they made it, in one go.
//!
//! A change is undone whole or not at all: the oldest step is forgotten
//! with the rest of its group, never alone, and a group is never cut while
//! it is recorded. So an import of any size (more batches than [`KEEP`])
//! can be taken back whole by the next undo; a change that reaches back
//! past the last [`KEEP`] steps is forgotten whole at the next change.

use serde::{Deserialize, Serialize};
use sled::transaction::ConflictableTransactionError;

use super::codec::{self, Record};
use super::images::Writer;
use super::keys;
use super::{StoreError, T, TxResult};
use crate::domain::Id;

/// A step undone or made again: what the person typed for it, and whom
/// it was about (for the TUI to select them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replayed {
    pub label: String,
    pub contacts: Vec<Id>,
}

/// How many steps can be undone.
pub const KEEP: u64 = 200;

const UNDO_TOP: &[u8] = b"undo_top";
const REDO_TOP: &[u8] = b"redo_top";

/// One key written by a transaction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub tree: u8,
    pub key: Vec<u8>,
    pub old: Option<Vec<u8>>,
    pub new: Option<Vec<u8>>,
}

/// What one action wrote, and what the person typed for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub label: String,
    pub changes: Vec<Change>,
    /// Steps next to each other with the same group (not 0) are one change
    /// to undo and redo. Added in step layout 2.
    pub group: u64,
}

/// A step as layout 1 stored it: each its own change.
#[cfg_attr(test, derive(Serialize))]
#[derive(Deserialize)]
struct StepV1 {
    label: String,
    changes: Vec<Change>,
}

impl Record for Step {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, codec::CodecError> {
        match version {
            1 => {
                let StepV1 { label, changes } = codec::decode_body(body)?;
                Ok(Step {
                    label,
                    changes,
                    group: 0,
                })
            }
            v => Err(codec::CodecError::Unknown(v)),
        }
    }
}

/// What the steps of the next transactions are called, and the group they
/// join (0: each is its own change).
#[derive(Clone, Debug, Default)]
pub(super) struct Naming {
    pub(super) label: String,
    pub(super) group: u64,
}

/// A group number no other change has: random, so that two processes
/// grouping at once never share one.
fn new_group() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    h.write_u128(now.map_or(0, |d| d.as_nanos()));
    h.finish() | 1
}

fn abort(e: impl Into<StoreError>) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(e.into())
}

fn counter(w: &Writer<'_>, key: &[u8]) -> TxResult<u64> {
    Ok(w.get(T::Meta as usize, key)?
        .and_then(|raw| keys::read_id(&raw))
        .map_or(0, |id| id.0))
}

fn set_counter(w: &Writer<'_>, key: &[u8], n: u64) -> TxResult<()> {
    w.insert(T::Meta as usize, key, &keys::id(Id(n)))?;
    Ok(())
}

/// Stores `step` as the newest undo step and forgets what could be redone.
pub(super) fn record(w: &Writer<'_>, step: &Step) -> TxResult<()> {
    let undo = T::Undo as usize;
    let top = counter(w, UNDO_TOP)? + 1;
    w.insert(
        undo,
        &keys::id(Id(top)),
        &codec::encode(step).map_err(abort)?,
    )?;
    if top > KEEP {
        forget_oldest(w, top - KEEP, step.group)?;
    }
    set_counter(w, UNDO_TOP, top)?;
    set_counter(w, REDO_TOP, 0)
}

/// Forgets the step at `at` (just out of the kept ones) and, when it is
/// one step of a group, the rest of that group: half an import undone
/// would leave the journal as no one made it. A step of `recording`, the
/// group being written now, is kept: the change under way stays whole.
fn forget_oldest(w: &Writer<'_>, at: u64, recording: u64) -> TxResult<()> {
    let undo = T::Undo as usize;
    let group_at = |n: u64| -> TxResult<Option<u64>> {
        match w.get(undo, &keys::id(Id(n)))? {
            Some(raw) => Ok(Some(codec::decode::<Step>(&raw).map_err(abort)?.group)),
            None => Ok(None),
        }
    };
    let Some(group) = group_at(at)? else {
        return Ok(());
    };
    if group != 0 && group == recording {
        return Ok(());
    }
    w.remove(undo, &keys::id(Id(at)))?;
    if group == 0 {
        return Ok(());
    }
    let mut n = at;
    while n > 1 && group_at(n - 1)? == Some(group) {
        n -= 1;
        w.remove(undo, &keys::id(Id(n)))?;
    }
    let mut n = at + 1;
    while group_at(n)? == Some(group) {
        w.remove(undo, &keys::id(Id(n)))?;
        n += 1;
    }
    Ok(())
}

/// Forgets every step: after a write without one, replaying an older step
/// would put back values from under it.
pub(super) fn forget(w: &Writer<'_>) -> TxResult<()> {
    set_counter(w, UNDO_TOP, 0)?;
    set_counter(w, REDO_TOP, 0)
}

/// Forgets every step, outside any transaction: for a migration that
/// rewrote what the steps hold (they would put the old layout back).
pub(super) fn forget_all(store: &super::Store) -> super::Result<()> {
    let meta = store.tree(T::Meta);
    for top in [UNDO_TOP, REDO_TOP] {
        meta.insert(top, &keys::id(Id(0)))?;
    }
    Ok(())
}

/// Which way a step is replayed.
#[derive(Clone, Copy)]
pub(super) enum Way {
    Undo,
    Redo,
}

fn sides(way: Way) -> (T, &'static [u8], T, &'static [u8]) {
    match way {
        Way::Undo => (T::Undo, UNDO_TOP, T::Redo, REDO_TOP),
        Way::Redo => (T::Redo, REDO_TOP, T::Undo, UNDO_TOP),
    }
}

/// Replays the newest step of one side onto the other, and the steps of
/// its group under it, in the caller's transaction. Returns them as one
/// step named as the newest of them (what the person last saw it called),
/// or `None` when there is nothing to undo or redo.
pub(super) fn replay(w: &Writer<'_>, way: Way) -> TxResult<Option<Step>> {
    let Some(mut whole) = replay_one(w, way)? else {
        return Ok(None);
    };
    while whole.group != 0 && next_group(w, way)? == Some(whole.group) {
        let Some(step) = replay_one(w, way)? else {
            break;
        };
        whole.changes.extend(step.changes);
        if matches!(way, Way::Redo) {
            whole.label = step.label;
        }
    }
    Ok(Some(whole))
}

/// The group of the step a replay would take next.
fn next_group(w: &Writer<'_>, way: Way) -> TxResult<Option<u64>> {
    let (from, from_top, ..) = sides(way);
    let top = counter(w, from_top)?;
    let Some(raw) = w.get(from as usize, &keys::id(Id(top)))? else {
        return Ok(None);
    };
    let step: Step = codec::decode(&raw).map_err(abort)?;
    Ok(Some(step.group))
}

fn replay_one(w: &Writer<'_>, way: Way) -> TxResult<Option<Step>> {
    let (from, from_top, to, to_top) = sides(way);
    let top = counter(w, from_top)?;
    if top == 0 {
        return Ok(None);
    }
    let Some(raw) = w.remove(from as usize, &keys::id(Id(top)))? else {
        return Ok(None);
    };
    let step: Step = codec::decode(&raw).map_err(abort)?;
    let apply = |c: &Change, value: &Option<Vec<u8>>| -> TxResult<()> {
        let tree = usize::from(c.tree);
        match value {
            Some(v) => w.insert(tree, &c.key, v)?,
            None => w.remove(tree, &c.key)?,
        };
        Ok(())
    };
    match way {
        Way::Undo => {
            for c in step.changes.iter().rev() {
                apply(c, &c.old)?;
            }
        }
        Way::Redo => {
            for c in &step.changes {
                apply(c, &c.new)?;
            }
        }
    }
    set_counter(w, from_top, top - 1)?;
    let other = counter(w, to_top)? + 1;
    w.insert(to as usize, &keys::id(Id(other)), &raw)?;
    set_counter(w, to_top, other)?;
    Ok(Some(step))
}

/// The contacts a step wrote: for a long-lived process to refresh them.
pub(super) fn contacts(step: &Step) -> Vec<Id> {
    step.changes
        .iter()
        .filter(|c| {
            [T::Contacts, T::Balances, T::History, T::Summaries, T::Stale]
                .iter()
                .any(|t| *t as u8 == c.tree)
        })
        .filter_map(|c| keys::read_id(&c.key))
        .collect()
}

thread_local! {
    /// Undo steps recorded by this thread's transactions (see
    /// [`super::Store::steps_here`]).
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A transaction on this thread committed with an undo step.
pub(super) fn count_step() {
    STEPS.with(|n| n.set(n.get() + 1));
}

impl super::Store {
    /// Names the undo steps of what follows (the command the person
    /// typed); each is its own change.
    pub fn set_label(&self, label: &str) {
        if let Ok(mut l) = self.label.lock() {
            *l = Naming {
                label: label.to_string(),
                group: 0,
            };
        }
    }

    /// Names the undo steps of what follows and makes them one change with
    /// each other, and with those since the last [`Self::set_label`] that
    /// were grouped too: an import's batches, undone in one go.
    pub fn group_label(&self, label: &str) {
        if let Ok(mut l) = self.label.lock() {
            let group = if l.group == 0 { new_group() } else { l.group };
            *l = Naming {
                label: label.to_string(),
                group,
            };
        }
    }

    /// How many undo steps transactions on this thread have recorded: a
    /// command that leaves it higher can be undone, one that leaves it as
    /// it was (it changed nothing, or wrote without a step) cannot, and
    /// `u` would then take back an older change. Per thread, since a TUI
    /// runs forwarded captures beside its own commands.
    pub fn steps_here(&self) -> u64 {
        STEPS.with(std::cell::Cell::get)
    }
}

#[cfg(test)]
mod tests;
