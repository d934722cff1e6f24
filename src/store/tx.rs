//! Typed writes inside one transaction. Each `put_*`/`remove_*` keeps the
//! record and all of its index entries in step, so callers cannot forget one.

use std::cell::RefCell;

use super::codec::Record;
use sled::transaction::ConflictableTransactionError;

use super::history::Lines;
use super::images::Writer;
use super::keys::{self, RecordKind};
use super::undo::Change;
use super::{NEXT_ID_KEY, StoreError, T, TOTALS_KEY, codec};
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies, TrashEntry,
};

/// The result type of everything done inside a transaction.
pub type TxResult<R> = Result<R, ConflictableTransactionError<StoreError>>;

/// A view of every tree inside one transaction.
pub struct Tx<'a> {
    w: &'a Writer<'a>,
    /// The contacts whose record, history or balance this transaction wrote.
    touched: RefCell<Vec<Id>>,
    /// Every key written, with its value before and after: the undo step.
    log: RefCell<Vec<Change>>,
}

fn abort(e: impl Into<StoreError>) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(e.into())
}

impl<'a> Tx<'a> {
    pub(super) fn new(w: &'a Writer<'a>) -> Tx<'a> {
        Tx {
            w,
            touched: RefCell::new(Vec::new()),
            log: RefCell::new(Vec::new()),
        }
    }

    pub(super) fn into_parts(self) -> (Vec<Id>, Vec<Change>) {
        (self.touched.into_inner(), self.log.into_inner())
    }

    /// Writes one key, noting its old value for undo. The id counter is
    /// left out: ids are never handed out twice, even after an undo.
    fn set(&self, t: T, key: &[u8], value: &[u8]) -> TxResult<()> {
        let old = self.w.insert(t as usize, key, value)?;
        if !matches!(t, T::Meta) || key != NEXT_ID_KEY {
            self.log.borrow_mut().push(Change {
                tree: t as u8,
                key: key.to_vec(),
                old: old.map(|v| v.to_vec()),
                new: Some(value.to_vec()),
            });
        }
        Ok(())
    }

    /// Removes one key, noting its old value for undo. A key that was not
    /// there is noted too: a summary built after this transaction must go
    /// when it is undone.
    fn unset(&self, t: T, key: &[u8]) -> TxResult<()> {
        let old = self.w.remove(t as usize, key)?;
        self.log.borrow_mut().push(Change {
            tree: t as u8,
            key: key.to_vec(),
            old: old.map(|v| v.to_vec()),
            new: None,
        });
        Ok(())
    }

    /// Something about `contact` changed: their summary goes, and they are
    /// listed as missing one, in this same transaction.
    fn touch(&self, contact: Id) -> TxResult<()> {
        self.touched.borrow_mut().push(contact);
        self.remove(T::Summaries, contact)?;
        self.set(T::Stale, &keys::id(contact), &[])
    }

    fn get<V: Record>(&self, t: T, id: Id) -> TxResult<Option<V>> {
        match self.w.get(t as usize, &keys::id(id))? {
            Some(raw) => Ok(Some(codec::decode(&raw).map_err(abort)?)),
            None => Ok(None),
        }
    }

    fn put<V: Record>(&self, t: T, id: Id, value: &V) -> TxResult<()> {
        let bytes = codec::encode(value).map_err(abort)?;
        self.set(t, &keys::id(id), &bytes)
    }

    fn remove(&self, t: T, id: Id) -> TxResult<()> {
        self.unset(t, &keys::id(id))
    }

    /// Fails the transaction with "record not found".
    pub fn missing<R>(id: Id) -> TxResult<R> {
        Err(abort(StoreError::Missing(id)))
    }

    pub fn contact(&self, id: Id) -> TxResult<Option<Contact>> {
        self.get(T::Contacts, id)
    }

    /// Writes `new`, replacing `old` (the same contact as currently stored,
    /// or `None` for a new one) in the name and interest indexes.
    pub fn put_contact(&self, new: &Contact, old: Option<&Contact>) -> TxResult<()> {
        if let Some(old) = old {
            self.unindex_contact(old)?;
        }
        self.touch(new.id)?;
        self.put(T::Contacts, new.id, new)?;
        for name in new.folded_names() {
            self.set(T::Names, &keys::name(&name, new.id), &[])?;
        }
        for interest in &new.interests {
            self.set(T::Members, &keys::pair(*interest, new.id), &[])?;
        }
        Ok(())
    }

    /// Deletes a contact, its index entries, its balance and its summary.
    pub fn remove_contact(&self, c: &Contact) -> TxResult<()> {
        self.touch(c.id)?;
        self.unindex_contact(c)?;
        self.remove(T::Contacts, c.id)?;
        self.remove(T::Stale, c.id)?;
        self.remove(T::Balances, c.id)
    }

    fn unindex_contact(&self, c: &Contact) -> TxResult<()> {
        for name in c.folded_names() {
            self.unset(T::Names, &keys::name(&name, c.id))?;
        }
        for interest in &c.interests {
            self.unset(T::Members, &keys::pair(*interest, c.id))?;
        }
        Ok(())
    }

    /// The interest with folded key `key`, if any.
    pub fn interest_by_key(&self, key: &str) -> TxResult<Option<Interest>> {
        match self.w.get(T::InterestKeys as usize, key.as_bytes())? {
            Some(raw) => match keys::read_id(&raw) {
                Some(id) => self.get(T::Interests, id),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    pub fn put_interest(&self, i: &Interest) -> TxResult<()> {
        self.put(T::Interests, i.id, i)?;
        self.set(T::InterestKeys, i.key.as_bytes(), &keys::id(i.id))
    }

    fn history(&self, contact: Id) -> TxResult<Lines> {
        Ok(self.get(T::History, contact)?.unwrap_or_default())
    }

    fn history_add(
        &self,
        contact: Id,
        date: chrono::NaiveDate,
        id: Id,
        kind: RecordKind,
    ) -> TxResult<()> {
        let mut lines = self.history(contact)?;
        lines.add(date, id, kind);
        self.put(T::History, contact, &lines)?;
        self.touch(contact)
    }

    fn history_remove(&self, contact: Id, date: chrono::NaiveDate, id: Id) -> TxResult<()> {
        let mut lines = self.history(contact)?;
        lines.remove(date, id);
        if lines.0.is_empty() {
            self.remove(T::History, contact)?;
        } else {
            self.put(T::History, contact, &lines)?;
        }
        self.touch(contact)
    }

    /// Writes an interaction, replacing `old` in every participant's history.
    pub fn put_interaction(&self, new: &Interaction, old: Option<&Interaction>) -> TxResult<()> {
        if let Some(old) = old {
            for c in &old.contacts {
                self.history_remove(*c, old.date, old.id)?;
            }
        }
        self.put(T::Interactions, new.id, new)?;
        for c in &new.contacts {
            self.history_add(*c, new.date, new.id, RecordKind::Interaction)?;
        }
        Ok(())
    }

    pub fn remove_interaction(&self, i: &Interaction) -> TxResult<()> {
        for c in &i.contacts {
            self.history_remove(*c, i.date, i.id)?;
        }
        self.remove(T::Interactions, i.id)
    }

    /// Writes a ledger entry into the history of everyone it counts for.
    /// Balances are the caller's: they depend on what changed.
    pub fn put_ledger(&self, e: &LedgerEntry) -> TxResult<()> {
        self.put(T::Ledger, e.id, e)?;
        for c in e.people() {
            self.history_add(c, e.date, e.id, RecordKind::Ledger)?;
        }
        Ok(())
    }

    pub fn remove_ledger(&self, e: &LedgerEntry) -> TxResult<()> {
        for c in e.people() {
            self.history_remove(c, e.date, e.id)?;
        }
        self.remove(T::Ledger, e.id)
    }

    /// Writes a follow-up, keeping the due index to pending ones only.
    pub fn put_follow_up(&self, new: &FollowUp, old: Option<&FollowUp>) -> TxResult<()> {
        if let Some(old) = old {
            self.unindex_follow_up(old)?;
        }
        self.put(T::FollowUps, new.id, new)?;
        self.history_add(new.contact, new.created, new.id, RecordKind::FollowUp)?;
        if let Some(day) = new.pending_on() {
            self.set(T::Due, &keys::due(day, new.id), &keys::id(new.contact))?;
        }
        Ok(())
    }

    pub fn remove_follow_up(&self, f: &FollowUp) -> TxResult<()> {
        self.unindex_follow_up(f)?;
        self.remove(T::FollowUps, f.id)
    }

    fn unindex_follow_up(&self, f: &FollowUp) -> TxResult<()> {
        self.history_remove(f.contact, f.created, f.id)?;
        if let Some(day) = f.pending_on() {
            self.unset(T::Due, &keys::due(day, f.id))?;
        }
        Ok(())
    }

    pub fn put_signal(&self, s: &Signal) -> TxResult<()> {
        self.put(T::Signals, s.id, s)?;
        self.history_add(s.contact, s.date, s.id, RecordKind::Signal)
    }

    pub fn remove_signal(&self, s: &Signal) -> TxResult<()> {
        self.history_remove(s.contact, s.date, s.id)?;
        self.remove(T::Signals, s.id)
    }

    pub fn balance(&self, contact: Id) -> TxResult<Balance> {
        Ok(self.get(T::Balances, contact)?.unwrap_or_default())
    }

    pub fn put_balance(&self, contact: Id, b: &Balance) -> TxResult<()> {
        self.touch(contact)?;
        self.put(T::Balances, contact, b)
    }

    pub fn totals(&self) -> TxResult<Tallies> {
        match self.w.get(T::Meta as usize, TOTALS_KEY)? {
            Some(raw) => codec::decode(&raw).map_err(abort),
            None => Ok(Tallies::default()),
        }
    }

    pub fn put_totals(&self, t: &Tallies) -> TxResult<()> {
        let bytes = codec::encode(t).map_err(abort)?;
        self.set(T::Meta, TOTALS_KEY, &bytes)
    }

    /// Makes sure the id counter is at least `id`, so records written with
    /// their own ids (an import) are never handed out again.
    pub fn reserve_ids_through(&self, id: Id) -> TxResult<()> {
        let current = self
            .w
            .get(T::Meta as usize, NEXT_ID_KEY)?
            .and_then(|raw| keys::read_id(&raw))
            .unwrap_or_default();
        if current < id {
            self.w
                .insert(T::Meta as usize, NEXT_ID_KEY, &keys::id(id))?;
        }
        Ok(())
    }

    /// Hides a review item (by key) until `until`.
    pub fn hide_review_item(&self, key: &str, until: chrono::NaiveDate) -> TxResult<()> {
        self.set(T::ReviewState, key.as_bytes(), &keys::day(until))
    }

    /// Forgets a review item's key: what it hid shows again.
    pub fn show_review_item(&self, key: &str) -> TxResult<()> {
        self.unset(T::ReviewState, key.as_bytes())
    }

    pub fn put_trash(&self, entry: &TrashEntry) -> TxResult<()> {
        self.put(T::Trash, entry.id, entry)
    }

    pub fn remove_trash(&self, id: Id) -> TxResult<()> {
        self.remove(T::Trash, id)
    }
}
