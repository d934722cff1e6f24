//! "If I can't help, who do I know who can?": the profiles matching ranks,
//! for `match` (everyone) and a draft's helper (only the records that
//! could answer the need).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use serde::Serialize;

use super::views::Person;
use super::{Journal, Result};
use crate::domain::matching::Acquaintance;
use crate::domain::text::fold;
use crate::domain::{Contact, Id, InteractionKind, LedgerEntry};
use crate::store::RecordKind;

/// Who could help a person, and whom they could help.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MatchReport {
    pub person: Person,
    pub could_help: Vec<crate::domain::matching::Match>,
    pub they_could_help: Vec<crate::domain::matching::Match>,
    /// People who share a passion with them: worth introducing.
    pub share_a_passion: Vec<crate::domain::matching::Match>,
    /// People who could help them but know them already, each with how
    /// ("are both at Paymo"): not offered, and said why.
    pub known: Vec<(crate::domain::matching::Match, String)>,
    /// People only into something close to their needs: an interest is
    /// not a skill, so not offered, and said why.
    pub interest_only: Vec<crate::domain::matching::Match>,
    /// People whose offers or role share only a lesser word with a need
    /// ("workshop" for "a venue for a workshop"), or name another market:
    /// not offered, and said why.
    pub near_misses: Vec<crate::domain::matching::Match>,
    /// Their needs and offers, so an empty list can say what nobody
    /// offers or needs yet.
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    /// With nobody in `could_help`: the needs someone they know already
    /// could meet (in `known`), so "nobody offers it" is not said of them.
    #[serde(skip)]
    pub known_only: Vec<String>,
    /// Whether `match` prints every match (`--all`) rather than the first
    /// ten of each list and how many more.
    #[serde(skip)]
    pub all: bool,
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

    /// Who is not offered, each with why: they know the person already, or
    /// they are only into something close to the need. `match` and the
    /// TUI's `H` list the same.
    pub fn not_offered(&self) -> Vec<(&crate::domain::matching::Match, String)> {
        let first = crate::domain::draft::first_name(&self.person.name);
        self.known
            .iter()
            .map(|(m, why)| (m, format!("knows {first} already ({why})")))
            .chain(self.interest_only.iter().map(|m| {
                (
                    m,
                    format!("{}; an interest is not a skill", m.reasons.join(" · ")),
                )
            }))
            .chain(self.near_misses.iter().map(|m| (m, m.reasons.join(" · "))))
            .collect()
    }
}

impl Journal {
    /// Ranks the other active people by how they match `id`'s needs, and
    /// whose needs `id` could answer.
    pub fn matches(&self, id: Id) -> Result<MatchReport> {
        use crate::domain::matching::{
            interest_only, kindred, near_misses, who_could_help, whom_could_they_help,
        };
        let (me, others, acquainted) = self.sorted_profiles(id, &[])?;
        let mut could_help = Vec::new();
        let mut at_events = Vec::new();
        let mine = self.events_of(id)?;
        for m in who_could_help(&me, &others) {
            match self.shared_event(&mine, m.contact)? {
                Some(event) => at_events.push((m, Acquaintance::AtEvent(event).why())),
                None => could_help.push(m),
            }
        }
        let interest_only = interest_only(&me, &others);
        let profiles: Vec<_> = acquainted.iter().map(|(p, _)| p.clone()).collect();
        let known = who_could_help(&me, &profiles)
            .into_iter()
            .filter_map(|m| {
                let how = &acquainted.iter().find(|(p, _)| p.id == m.contact)?.1;
                Some((m, how.why()))
            })
            .chain(at_events)
            .collect();
        // "Nobody offers it" follows the listing's candidates: a need only
        // people they know already could meet is said as such.
        let known_only = match could_help.is_empty() {
            true => me
                .needs
                .iter()
                .filter(|n| {
                    let mut one = me.clone();
                    one.needs = vec![(*n).clone()];
                    !who_could_help(&one, &profiles).is_empty()
                        || !who_could_help(&one, &others).is_empty()
                })
                .cloned()
                .collect(),
            false => Vec::new(),
        };
        let they_could_help = whom_could_they_help(&me, &others);
        // Someone only into the need is said once, as such.
        let near_misses = near_misses(&me, &others)
            .into_iter()
            .filter(|m| !interest_only.iter().any(|i| i.contact == m.contact))
            .collect();
        Ok(MatchReport {
            person: Person {
                id,
                name: me.name.clone(),
            },
            // One rule for "both into": whoever shares a passion is
            // listed here, even when a need lists them too.
            share_a_passion: kindred(&me, &others),
            could_help,
            they_could_help,
            known,
            interest_only,
            near_misses,
            needs: me.needs.clone(),
            offers: me.offers.clone(),
            known_only,
            all: false,
        })
    }

    /// The one person you know whose own words (offers, role, tags) best
    /// answer `need` of `id`: what a draft offers to introduce. Only people
    /// whose record holds a word of the need are read in full, so a draft
    /// in a 100,000-person journal does not decode everyone.
    /// Nobody they already know is offered; the best of those who would
    /// have ranked above the one offered is given back with why they were
    /// passed over, so the draft can say so.
    pub fn helper_for(&self, id: Id, need: &str) -> Result<HelperChoice> {
        use crate::domain::matching::{interest_only, who_could_help};
        let stems = crate::domain::matching::stems(need);
        let (mut me, others, known) = self.sorted_profiles(id, &stems)?;
        me.needs = vec![need.to_string()];
        // Nobody met at an event with them: the first who was not, and
        // the first who was if they ranked above it, passed over.
        let mine = self.events_of(id)?;
        let (mut best, mut met_there) = (None, None);
        for m in who_could_help(&me, &others) {
            match self.shared_event(&mine, m.contact)? {
                Some(event) if met_there.is_none() && best.is_none() => {
                    met_there = Some((m.name.clone(), Acquaintance::AtEvent(event)));
                }
                Some(_) => {}
                None => {
                    best = Some(m);
                    break;
                }
            }
        }
        let only_into = interest_only(&me, &others)
            .into_iter()
            .next()
            .map(|m| (m.name, m.reasons.join(" · ")));
        let profiles: Vec<_> = known.iter().map(|(p, _)| p.clone()).collect();
        let passed_over = who_could_help(&me, &profiles)
            .into_iter()
            .next()
            .filter(|k| best.as_ref().is_none_or(|b| k.score >= b.score))
            .and_then(|k| {
                let why = known.iter().find(|(p, _)| p.id == k.contact)?.1.clone();
                Some((k.name, why))
            })
            .or(met_there);
        Ok(HelperChoice {
            helper: best.map(|m| (m.contact, m.name)),
            passed_over,
            interest_only: only_into,
        })
    }

    /// Everyone `id` knows already: joined by an introduction on record,
    /// met together (a meeting, a call, an event with both), or related
    /// (`relate`). Never
    /// proposed to them, by `match` or by a draft.
    pub fn acquainted(&self, id: Id) -> Result<BTreeMap<Id, Acquaintance>> {
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
    pub fn known_before(&self, a: Id, b: Id, intro: &LedgerEntry) -> Result<Option<Acquaintance>> {
        let (ca, cb) = (self.contact(a)?, self.contact(b)?);
        if ca
            .links
            .iter()
            .chain(&cb.links)
            .any(|l| l.to == a || l.to == b)
        {
            return Ok(Some(Acquaintance::Related));
        }
        if crate::domain::matching::same_org(&ca.org, &cb.org) {
            return Ok(Some(Acquaintance::SameOrg(ca.org.clone())));
        }
        let before = |date: chrono::NaiveDate, id: Id| {
            date < intro.date || (date == intro.date && id < intro.id)
        };
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
    /// so neither is introduced to the other. Read only for people who
    /// could help, never for the whole journal.
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

    /// `id`'s matching profile and every other active person's whose
    /// record holds one of `stems` (all of them when there are none), with
    /// those they already know apart, each with how they know them.
    fn sorted_profiles(&self, id: Id, stems: &[String]) -> Result<Profiles> {
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
            notes: c.notes,
        };
        let me = profile(self.contact(id)?);
        let acquainted = self.acquainted(id)?;
        let (mut others, mut known) = (Vec::new(), Vec::new());
        for c in self.store.contacts_containing(stems) {
            let c = c?;
            if c.id == id || c.is_closed() {
                continue;
            }
            let how = acquainted.get(&c.id).cloned().or_else(|| {
                crate::domain::matching::same_org(&me.org, &c.org)
                    .then(|| Acquaintance::SameOrg(c.org.clone()))
            });
            match how {
                Some(how) => known.push((profile(c), how)),
                None => others.push(profile(c)),
            }
        }
        Ok((me, others, known))
    }
}

/// A person's matching profile, those they could be introduced to, and
/// those they already know with how.
type Profiles = (
    crate::domain::matching::Profile,
    Vec<crate::domain::matching::Profile>,
    Vec<(crate::domain::matching::Profile, Acquaintance)>,
);

/// Whom a draft offers to introduce for a need, and the better match it
/// passed over because they know each other already.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelperChoice {
    pub helper: Option<(Id, String)>,
    pub passed_over: Option<(String, Acquaintance)>,
    /// Someone only into something close to the need, with why: not
    /// offered, an interest is not a skill.
    pub interest_only: Option<(String, String)>,
}
