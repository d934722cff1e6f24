//! Who knows whom already: one relation, the same either way round, so
//! that neither of two people is offered to the other (`match`, `H`, a
//! draft's "who could help"). Trials found `match giulia` leaving Sara
//! out while `match sara` offered Giulia: the event rule was read on one
//! list only. Every list now asks [`Known::how`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{Journal, Result};
use crate::domain::matching::{Acquaintance, same_org};
use crate::domain::text::fold;
use crate::domain::{Id, InteractionKind, LedgerEntry};
use crate::store::RecordKind;

/// Everything one person's own records say about whom they know. Each
/// part is symmetric: a record is in the history of everyone it names,
/// a link is stored on both sides, one organisation is the same either
/// way, and two people were at one event when their event records share
/// a day and a name.
pub(crate) struct Known {
    org: String,
    people: BTreeMap<Id, Acquaintance>,
    events: BTreeSet<(NaiveDate, String)>,
}

impl Known {
    /// How they know `other` (at `org`) from what is read already: the
    /// records and links they share, or one organisation. Events need
    /// `other`'s history: [`Known::how`].
    pub(crate) fn at_once(&self, other: Id, org: &str) -> Option<Acquaintance> {
        self.people.get(&other).cloned().or_else(|| {
            same_org(&self.org, org).then(|| Acquaintance::SameOrg(org.trim().to_string()))
        })
    }

    /// How they know `other` (at `org`), if they do: [`Known::at_once`],
    /// or an event both were at (reads `other`'s history, so it is asked
    /// only of people a list would offer).
    pub(crate) fn how(
        &self,
        journal: &Journal,
        other: Id,
        org: &str,
    ) -> Result<Option<Acquaintance>> {
        if let Some(how) = self.at_once(other, org) {
            return Ok(Some(how));
        }
        Ok(journal
            .shared_event(&self.events, other)?
            .map(Acquaintance::AtEvent))
    }
}

impl Journal {
    /// How `a` and `b` know each other already, if they do: the same
    /// answer whichever is asked first (held by a property on random
    /// journals).
    pub fn knows(&self, a: Id, b: Id) -> Result<Option<Acquaintance>> {
        let other = self.contact(b)?;
        if a == b {
            return Ok(None);
        }
        self.known(a)?.how(self, b, &other.org)
    }

    /// What `id`'s records say about whom they know ([`Known`]).
    pub(crate) fn known(&self, id: Id) -> Result<Known> {
        Ok(Known {
            org: self.contact(id)?.org,
            people: self.acquainted(id)?,
            events: self.events_of(id)?,
        })
    }

    /// Everyone `id` knows by a record or a link: joined by an
    /// introduction on record, met together (a meeting, a call, an event
    /// record with both), or related (`relate`).
    fn acquainted(&self, id: Id) -> Result<BTreeMap<Id, Acquaintance>> {
        let mut known = BTreeMap::new();
        for (_, kind, record) in self.store.history(id)? {
            match kind {
                RecordKind::Ledger => {
                    if let Some(e) = self.store.ledger_entry(record)?
                        && e.other.is_some()
                    {
                        for p in e.people() {
                            known.entry(p).or_insert(Acquaintance::Introduced);
                        }
                    }
                }
                RecordKind::Interaction => {
                    if let Some(i) = self.store.interaction(record)? {
                        for p in i.contacts {
                            known.entry(p).or_insert(Acquaintance::MetTogether);
                        }
                    }
                }
                _ => {}
            }
        }
        // Related people (a partner, a colleague) know each other too.
        for l in &self.contact(id)?.links {
            known.insert(l.to, Acquaintance::Related);
        }
        known.remove(&id);
        Ok(known)
    }

    /// How `a` knew `b` before the introduction `intro` joined them, if
    /// they did: related (`relate`), at one organisation, joined by an
    /// earlier introduction, or together at a moment before it (by date,
    /// then by the order logged). A draft does not hope they find meeting
    /// someone useful whom they knew already.
    pub(super) fn known_before(
        &self,
        a: Id,
        b: Id,
        intro: &LedgerEntry,
    ) -> Result<Option<Acquaintance>> {
        let (ca, cb) = (self.contact(a)?, self.contact(b)?);
        if ca
            .links
            .iter()
            .chain(&cb.links)
            .any(|l| l.to == a || l.to == b)
        {
            return Ok(Some(Acquaintance::Related));
        }
        if same_org(&ca.org, &cb.org) {
            return Ok(Some(Acquaintance::SameOrg(ca.org.clone())));
        }
        let before =
            |date: NaiveDate, id: Id| date < intro.date || (date == intro.date && id < intro.id);
        for (_, kind, record) in self.store.history(a)? {
            match kind {
                RecordKind::Ledger => {
                    if let Some(e) = self.store.ledger_entry(record)?
                        && e.other.is_some()
                        && e.people().any(|p| p == b)
                        && before(e.date, e.id)
                    {
                        return Ok(Some(Acquaintance::Introduced));
                    }
                }
                RecordKind::Interaction => {
                    if let Some(i) = self.store.interaction(record)?
                        && i.contacts.contains(&b)
                        && before(i.date, i.id)
                    {
                        return Ok(Some(Acquaintance::MetTogether));
                    }
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// The events `id` was at, by day and folded name: an event is stored
    /// as one record per person (`domain::events`), so people met at it
    /// together are found by these, not by a shared record.
    fn events_of(&self, id: Id) -> Result<BTreeSet<(NaiveDate, String)>> {
        let mut events = BTreeSet::new();
        for (_, kind, record) in self.store.history(id)? {
            if kind == RecordKind::Interaction
                && let Some(i) = self.store.interaction(record)?
                && i.kind == InteractionKind::Event
            {
                events.insert((i.date, fold(&i.summary)));
            }
        }
        Ok(events)
    }

    /// The name of an event `other` was at too, if any: they met there,
    /// so neither is introduced to the other.
    fn shared_event(
        &self,
        mine: &BTreeSet<(NaiveDate, String)>,
        other: Id,
    ) -> Result<Option<String>> {
        if mine.is_empty() {
            return Ok(None);
        }
        for (_, kind, record) in self.store.history(other)? {
            if kind == RecordKind::Interaction
                && let Some(i) = self.store.interaction(record)?
                && i.kind == InteractionKind::Event
                && mine.contains(&(i.date, fold(&i.summary)))
            {
                return Ok(Some(i.summary));
            }
        }
        Ok(None)
    }
}
