//! "If I can't help, who do I know who can?": the profiles matching ranks,
//! for `match` (everyone) and a draft's helper (only the records that
//! could answer the need).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::views::Person;
use super::{Journal, Result};
use crate::domain::{Contact, Id};
use crate::store::RecordKind;

/// Who could help a person, and whom they could help.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MatchReport {
    pub person: Person,
    pub could_help: Vec<crate::domain::matching::Match>,
    pub they_could_help: Vec<crate::domain::matching::Match>,
    /// People who share a passion with them: worth introducing.
    pub share_a_passion: Vec<crate::domain::matching::Match>,
}

/// Which list of a [`MatchReport`] a match is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// They could help the person.
    HelpsThem,
    /// The person could help them.
    TheyHelp,
    /// They share a passion with the person.
    Kindred,
}

impl MatchReport {
    /// Every match, the lists one after the other, as the TUI offers them.
    pub fn all(&self) -> Vec<(Side, &crate::domain::matching::Match)> {
        let side = |s: Side| move |m| (s, m);
        self.could_help
            .iter()
            .map(side(Side::HelpsThem))
            .chain(self.they_could_help.iter().map(side(Side::TheyHelp)))
            .chain(self.share_a_passion.iter().map(side(Side::Kindred)))
            .collect()
    }
}

impl Journal {
    /// Ranks the other active people by how they match `id`'s needs, and
    /// whose needs `id` could answer.
    pub fn matches(&self, id: Id) -> Result<MatchReport> {
        use crate::domain::matching::{kindred, who_could_help, whom_could_they_help};
        let (me, others) = self.profiles(id, &[])?;
        let could_help = who_could_help(&me, &others);
        let they_could_help = whom_could_they_help(&me, &others);
        // Someone listed for a need already says what they share.
        let listed: Vec<Id> = could_help
            .iter()
            .chain(&they_could_help)
            .map(|m| m.contact)
            .collect();
        let unlisted: Vec<_> = others
            .into_iter()
            .filter(|o| !listed.contains(&o.id))
            .collect();
        Ok(MatchReport {
            person: Person {
                id,
                name: me.name.clone(),
            },
            share_a_passion: kindred(&me, &unlisted),
            could_help,
            they_could_help,
        })
    }

    /// The one person you know whose own words (offers, role, tags) best
    /// answer `need` of `id`: what a draft offers to introduce. Only people
    /// whose record holds a word of the need are read in full, so a draft
    /// in a 100,000-person journal does not decode everyone.
    /// Nobody they already know is offered.
    pub fn helper_for(&self, id: Id, need: &str) -> Result<Option<(Id, String)>> {
        let stems = crate::domain::matching::stems(need);
        let (mut me, others) = self.profiles(id, &stems)?;
        me.needs = vec![need.to_string()];
        Ok(crate::domain::matching::who_could_help(&me, &others)
            .first()
            .map(|m| (m.contact, m.name.clone())))
    }

    /// Everyone `id` knows already: joined by an introduction on record,
    /// met together (a meeting, a call, an event with both), or related
    /// (`relate`). Never
    /// proposed to them, by `match` or by a draft.
    pub fn acquainted(&self, id: Id) -> Result<BTreeSet<Id>> {
        let mut known = BTreeSet::new();
        for (_, kind, record) in self.store.history(id)? {
            match kind {
                RecordKind::Ledger => {
                    if let Some(e) = self.store.ledger_entry(record)?
                        && e.other.is_some()
                    {
                        known.extend(e.people());
                    }
                }
                RecordKind::Interaction => {
                    if let Some(i) = self.store.interaction(record)? {
                        known.extend(i.contacts);
                    }
                }
                _ => {}
            }
        }
        // Related people (a partner, a colleague) know each other too.
        known.extend(self.contact(id)?.links.iter().map(|l| l.to));
        known.remove(&id);
        Ok(known)
    }

    /// `id`'s matching profile and every other active person's whose
    /// record holds one of `stems` (all of them when there are none), but
    /// those they already know.
    fn profiles(
        &self,
        id: Id,
        stems: &[String],
    ) -> Result<(
        crate::domain::matching::Profile,
        Vec<crate::domain::matching::Profile>,
    )> {
        use crate::domain::matching::Profile;
        let mut interest_names: BTreeMap<Id, String> = BTreeMap::new();
        for i in self.store.interests() {
            let i = i?;
            interest_names.insert(i.id, i.name);
        }
        let profile = |c: Contact| Profile {
            id: c.id,
            interests: c
                .interests
                .iter()
                .filter_map(|i| interest_names.get(i).cloned())
                .collect(),
            name: c.name,
            needs: c.needs,
            offers: c.offers,
            tags: c.tags,
            org: c.org,
            role: c.role,
        };
        let me = profile(self.contact(id)?);
        let known = self.acquainted(id)?;
        let mut others = Vec::new();
        for c in self.store.contacts_containing(stems) {
            let c = c?;
            if c.id != id && !c.is_closed() && !known.contains(&c.id) {
                others.push(profile(c));
            }
        }
        Ok((me, others))
    }
}
