//! Typed reads of records, indexes and aggregates.

use chrono::NaiveDate;

use super::{Record, RecordKind, Result, Store, T, TOTALS_KEY, codec, history, keys};
use crate::domain::summary::Summary;
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies, TrashEntry,
};

impl Store {
    fn get<V: Record>(&self, t: T, id: Id) -> Result<Option<V>> {
        match self.read(t).get(keys::id(id))? {
            Some(raw) => Ok(Some(codec::decode(&raw)?)),
            None => Ok(None),
        }
    }

    fn all<V: Record>(&self, t: T) -> impl Iterator<Item = Result<V>> + '_ {
        self.read(t)
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

    /// The contacts whose stored record holds one of `stems` (ASCII,
    /// lower case), in any case: a cheap pass over the bytes before
    /// decoding, for a search that needs only people whose own words match
    /// (a draft's "who could help"). No stems: every contact.
    pub fn contacts_containing<'a>(
        &'a self,
        stems: &'a [String],
    ) -> impl Iterator<Item = Result<Contact>> + 'a {
        let finders: Vec<memchr::memmem::Finder<'a>> = stems
            .iter()
            .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
            .collect();
        self.read(T::Contacts).iter().values().filter_map(move |v| {
            let v = match v {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            let holds = finders.is_empty() || {
                let lower = v.to_ascii_lowercase();
                finders.iter().any(|f| f.find(&lower).is_some())
            };
            holds.then(|| Ok(codec::decode(&v)?))
        })
    }

    pub fn contact_count(&self) -> usize {
        self.read(T::Contacts).len()
    }

    /// Every (folded name or alias, contact) pair: what name resolution
    /// matches against, read from the index without decoding contacts.
    /// One walk over the index: sled's count of a tree is a walk too.
    pub fn names(&self) -> Result<Vec<(String, Id)>> {
        let mut out = Vec::new();
        for key in self.read(T::Names).iter().keys() {
            let key = key?;
            if let Some((name, id)) = keys::read_name(&key) {
                out.push((name.to_string(), id));
            }
        }
        Ok(out)
    }

    /// Whether someone other than `except` is called `word` (folded): their
    /// name or alias is that word, or starts with it as a whole word. What a
    /// draft asks of each word of a detail, so a name typed in lower case
    /// is still known as someone's.
    pub fn someone_else_named(&self, word: &str, except: Id) -> Result<bool> {
        for end in [b' ', 0] {
            let mut prefix = word.as_bytes().to_vec();
            prefix.push(end);
            for key in self.read(T::Names).scan_prefix(&prefix).keys() {
                if keys::read_name(&key?).is_some_and(|(_, id)| id != except) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// Contacts whose name or alias folds to exactly `folded`.
    pub fn contacts_named(&self, folded: &str) -> Result<Vec<Id>> {
        let mut prefix = folded.as_bytes().to_vec();
        prefix.push(0);
        let mut ids = Vec::new();
        for key in self.read(T::Names).scan_prefix(&prefix).keys() {
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
        match self.read(T::InterestKeys).get(key.as_bytes())? {
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
        for key in self.read(T::Members).scan_prefix(keys::id(interest)).keys() {
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
        let raw = self.read(T::History).get(keys::id(contact))?;
        Ok(history::Lines::decode(raw.as_deref())?.entries().collect())
    }

    /// Pending follow-ups due on or before `until`, earliest first, as
    /// (day, follow-up, contact).
    pub fn follow_ups_due(&self, until: NaiveDate) -> Result<Vec<(NaiveDate, Id, Id)>> {
        let mut out = Vec::new();
        for item in self.read(T::Due).range(..keys::due(until, Id(u64::MAX))) {
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
        for key in self.read(T::Stale).iter().keys() {
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
        self.tree(T::Summaries)
            .apply_batch(kept)
            .map_err(|e| self.note(e))?;
        self.tree(T::Stale)
            .apply_batch(fresh)
            .map_err(|e| self.note(e))?;
        Ok(())
    }

    /// The overall tallies across every contact.
    pub fn totals(&self) -> Result<Tallies> {
        match self.read(T::Meta).get(TOTALS_KEY)? {
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
        for item in self.read(T::ReviewState).iter() {
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
        .find_map(|(t, kind)| match self.read(t).contains_key(key) {
            Ok(true) => Some(Ok(kind)),
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        });
        found.transpose()
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
