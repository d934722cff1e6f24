//! Whose needs are still open, by the one rule ([`needs`]): `match`, `H`
//! and the drafts read them here, the ledger and whom I introduced them to
//! read the same way.

use std::collections::BTreeMap;

use super::super::{Journal, Result};
use crate::domain::matching::{Needs, Profile, needs};
use crate::domain::{Contact, Direction, EntryState, Id, LedgerEntry, Nature};

impl Journal {
    /// Each profile's needs made those still open ([`needs`]: their open
    /// requests of me count, what a give or an introduction of mine met
    /// does not), the ledger read once; gives back how `of`'s were met.
    pub(super) fn open_needs<'p>(
        &self,
        profiles: impl Iterator<Item = &'p mut Profile>,
        of: Id,
    ) -> Result<Vec<(String, String)>> {
        let mut ledger: BTreeMap<Id, Vec<LedgerEntry>> = BTreeMap::new();
        for e in self.store.ledger() {
            let e = e?;
            for p in e.people() {
                ledger.entry(p).or_default().push(e.clone());
            }
        }
        let mut profiles: Vec<_> = profiles.collect();
        let known: BTreeMap<Id, Profile> = profiles.iter().map(|p| (p.id, (**p).clone())).collect();
        let mut answered = Vec::new();
        for p in &mut profiles {
            let theirs: Vec<&LedgerEntry> = ledger.get(&p.id).into_iter().flatten().collect();
            let parted = self.parted(p.id, &p.needs, &theirs, &known)?;
            p.needs = parted.open;
            p.requests = parted.requests;
            if of == p.id {
                answered = parted.answered;
            }
        }
        Ok(answered)
    }

    /// `id`'s needs (`recorded`, and their open requests in `ledger`, their
    /// entries) parted by [`needs`], the one rule: `match`, `H` and the
    /// drafts read them here. Whom I introduced them to is read from
    /// `known` when there, else from the journal.
    fn parted(
        &self,
        id: Id,
        recorded: &[String],
        ledger: &[&LedgerEntry],
        known: &BTreeMap<Id, Profile>,
    ) -> Result<Needs> {
        let mut introduced = Vec::new();
        for e in ledger.iter().filter(|e| {
            e.other.is_some()
                && (e.direction, e.nature, e.state)
                    == (Direction::MeToThem, Nature::Give, EntryState::Done)
        }) {
            let Some(other) = e.people().find(|p| *p != id) else {
                continue;
            };
            match known.get(&other) {
                Some(p) => introduced.push(p.clone()),
                None => introduced.push(skills(self.contact(other)?)),
            }
        }
        let introduced: Vec<&Profile> = introduced.iter().collect();
        Ok(needs(recorded, ledger, &introduced))
    }

    /// `id`'s needs as a draft reads them, by the rule `match` and `H`
    /// read ([`Journal::parted`]): which of `recorded` a give or an
    /// introduction of mine met, with how (what a draft leaves out as
    /// answered, as `match` says it), and the needs only their open
    /// requests hold ("un contatto in Satispay" asked of me, never a
    /// `--need`), each with the request's id, which a draft offers a
    /// helper for as `H` does (trial 26w4: `match chiara` offered Roberto,
    /// her draft nobody).
    pub(crate) fn draft_needs(
        &self,
        id: Id,
        recorded: &[String],
        ledger: &[&LedgerEntry],
    ) -> Result<DraftNeeds> {
        let parted = self.parted(id, recorded, ledger, &BTreeMap::new())?;
        Ok(DraftNeeds {
            answered: parted
                .answered
                .into_iter()
                .filter(|(n, _)| recorded.contains(n))
                .collect(),
            asked: parted
                .requests
                .into_iter()
                .filter(|(n, _)| !recorded.contains(n))
                .collect(),
        })
    }
}

/// What [`Journal::draft_needs`] gives back.
pub(crate) struct DraftNeeds {
    /// Recorded needs met, each with how.
    pub(crate) answered: Vec<(String, String)>,
    /// Needs only an open request holds, with the request's id.
    pub(crate) asked: Vec<(String, Id)>,
}

/// What `c` does, as matching reads it to know whether they meet a need
/// (offers, role, organisation, notes): their interests say nothing of it.
fn skills(c: Contact) -> Profile {
    Profile {
        id: c.id,
        name: c.name,
        offers: c.offers,
        org: c.org,
        role: c.role,
        notes: c.notes,
        ..Default::default()
    }
}
