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
        self.how_until(journal, other, org, None)
    }

    /// [`Known::how`], reading `other`'s events before `until`.
    fn how_until(
        &self,
        journal: &Journal,
        other: Id,
        org: &str,
        until: Until,
    ) -> Result<Option<Acquaintance>> {
        if let Some(how) = self.at_once(other, org) {
            return Ok(Some(how));
        }
        Ok(journal
            .shared_event(&self.events, other, until)?
            .map(Acquaintance::AtEvent))
    }
}

/// Records strictly before this moment (a day, then the order logged) are
/// read; `None` reads them all.
type Until = Option<(NaiveDate, Id)>;

/// Whether a record of `date` and `id` came before `until`.
fn before(until: Until, date: NaiveDate, id: Id) -> bool {
    until.is_none_or(|(day, last)| date < day || (date == day && id < last))
}

impl Journal {
    /// How `a` and `b` know each other already, if they do: the same
    /// answer whichever is asked first (held by a property on random
    /// journals).
    pub fn knows(&self, a: Id, b: Id) -> Result<Option<Acquaintance>> {
        self.knew(a, b, None)
    }

    /// How `a` knew `b` before the introduction `intro` joined them, if
    /// they did: [`Journal::knows`] on the records before it (links and
    /// organisations have no date). A draft does not hope they find
    /// meeting someone useful whom they knew already, an event both were
    /// at included (trial p1).
    pub(super) fn known_before(
        &self,
        a: Id,
        b: Id,
        intro: &LedgerEntry,
    ) -> Result<Option<Acquaintance>> {
        self.knew(a, b, Some((intro.date, intro.id)))
    }

    /// The one rule of [`Journal::knows`], on the records before `until`.
    fn knew(&self, a: Id, b: Id, until: Until) -> Result<Option<Acquaintance>> {
        let other = self.contact(b)?;
        if a == b {
            return Ok(None);
        }
        let known = Known {
            org: self.contact(a)?.org,
            people: self.acquainted(a, until)?,
            events: self.events_of(a, until)?,
        };
        known.how_until(self, b, &other.org, until)
    }

    /// What `id`'s records say about whom they know ([`Known`]).
    pub(crate) fn known(&self, id: Id) -> Result<Known> {
        Ok(Known {
            org: self.contact(id)?.org,
            people: self.acquainted(id, None)?,
            events: self.events_of(id, None)?,
        })
    }

    /// Everyone `id` knows by a record (before `until`) or a link: joined
    /// by an introduction on record, met together (a meeting, a call, an
    /// event record with both), or related (`relate`).
    fn acquainted(&self, id: Id, until: Until) -> Result<BTreeMap<Id, Acquaintance>> {
        let mut known = BTreeMap::new();
        for (_, kind, record) in self.store.history(id)? {
            match kind {
                RecordKind::Ledger => {
                    if let Some(e) = self.store.ledger_entry(record)?
                        && e.other.is_some()
                        && before(until, e.date, e.id)
                    {
                        for p in e.people() {
                            known.entry(p).or_insert(Acquaintance::Introduced);
                        }
                    }
                }
                RecordKind::Interaction => {
                    if let Some(i) = self.store.interaction(record)?
                        && before(until, i.date, i.id)
                    {
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

    /// The events `id` was at, by day and folded name: an event is stored
    /// as one record per person (`domain::events`), so people met at it
    /// together are found by these, not by a shared record.
    fn events_of(&self, id: Id, until: Until) -> Result<BTreeSet<(NaiveDate, String)>> {
        let mut events = BTreeSet::new();
        for (_, kind, record) in self.store.history(id)? {
            if kind == RecordKind::Interaction
                && let Some(i) = self.store.interaction(record)?
                && i.kind == InteractionKind::Event
                && before(until, i.date, i.id)
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
        until: Until,
    ) -> Result<Option<String>> {
        if mine.is_empty() {
            return Ok(None);
        }
        for (_, kind, record) in self.store.history(other)? {
            if kind == RecordKind::Interaction
                && let Some(i) = self.store.interaction(record)?
                && i.kind == InteractionKind::Event
                && before(until, i.date, i.id)
                && mine.contains(&(i.date, fold(&i.summary)))
            {
                return Ok(Some(i.summary));
            }
        }
        Ok(None)
    }
}
