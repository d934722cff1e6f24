//! "If I can't help, who do I know who can?": the profiles matching ranks,
//! for `match` (everyone) and a draft's helper (only the records that
//! could answer the need).

use std::collections::BTreeMap;

use serde::Serialize;

mod needs;

use super::knows::Known;
use super::views::Person;
use super::{Journal, Result};
use crate::domain::matching::{Acquaintance, Match};
use crate::domain::{Contact, Id};

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
    /// People they could help but who know them already, each with how:
    /// not offered either, so "nobody needs what they offer" is not said.
    pub known_needing: Vec<(crate::domain::matching::Match, String)>,
    /// People who share a passion with them but know them already, each
    /// with how: not offered, so "nobody shares it" is not said (trial
    /// 26s: "nobody yet (add interests …)" of Paolo, into cycling as Marco
    /// is, whom he met at a dinner).
    pub known_kindred: Vec<(crate::domain::matching::Match, String)>,
    /// People only into something close to their needs: an interest is
    /// not a skill, so not offered, and said why.
    pub interest_only: Vec<crate::domain::matching::Match>,
    /// People whose offers or role share only a lesser word with a need
    /// ("workshop" for "a venue for a workshop"), or name another market:
    /// not offered, and said why.
    pub near_misses: Vec<crate::domain::matching::Match>,
    /// Their needs still open (what they need and their open requests of
    /// me) and offers, so an empty list can say what nobody offers or
    /// needs yet.
    pub needs: Vec<String>,
    /// Their needs a give of mine met, each with how: offered nobody
    /// ([`crate::domain::matching::needs`], the rule drafts use).
    #[serde(skip)]
    pub answered: Vec<(String, String)>,
    pub offers: Vec<String>,
    /// Their interests, so an empty passion list can say whether any
    /// are recorded.
    pub interests: Vec<String>,
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

    /// Their needs a give or an introduction of mine met, each said with
    /// how (""a CFO": your introduction to Nicola Longo answers it"):
    /// `match` prints them and `H` shows them, so neither offers anyone
    /// for them nor asks for needs they have (trial 26y).
    pub fn answered_lines(&self) -> Vec<String> {
        self.answered
            .iter()
            .map(|(need, how)| format!("\"{need}\": {how} answers it"))
            .collect()
    }

    /// Who is not offered, each with why: they know the person already, or
    /// they are only into something close to the need. `match` and the
    /// TUI's `H` list the same, and a draft names those for its needs
    /// ([`said_not_offered`], the one rule).
    pub fn not_offered(&self) -> Vec<(&crate::domain::matching::Match, String)> {
        let first = crate::domain::draft::first_name(&self.person.name);
        let mut known: Vec<&(Match, String)> = self.known.iter().collect();
        for k in &self.known_needing {
            if !known.iter().any(|(m, _)| m.contact == k.0.contact) {
                known.push(k);
            }
        }
        let kindred = self
            .known_kindred
            .iter()
            .filter(|(k, _)| !known.iter().any(|(m, _)| m.contact == k.contact))
            .map(|(m, why)| {
                let shared = m.reasons.join(" · ");
                (m, format!("knows {first} already ({why}) · {shared}"))
            })
            .collect();
        said_not_offered(
            first,
            known,
            kindred,
            (&self.interest_only, &self.near_misses),
        )
    }
}

/// Who is not offered and why, in the order said: those who know
/// `first` already, those who share a passion but know them, then those
/// only close to a need. `match`, `H` and a draft's notes all read it, so
/// the draft names for a need whoever `match` lists (trial 26z4: `match
/// greta` listed Felix and Irene, her draft Felix alone).
fn said_not_offered<'m>(
    first: &str,
    known: Vec<&'m (Match, String)>,
    kindred: Vec<(&'m Match, String)>,
    (interest_only, near_misses): (&'m [Match], &'m [Match]),
) -> Vec<(&'m Match, String)> {
    known
        .into_iter()
        .map(|(m, why)| (m, format!("knows {first} already ({why})")))
        .chain(kindred)
        .chain(
            interest_only
                .iter()
                .chain(near_misses)
                .map(|m| (m, close_but_not(m, near_misses))),
        )
        .collect()
}

/// The one reason someone close to a need is not offered: what they offer
/// or do when it comes close ("offers "advice", not "an engineer""), which
/// says more than an interest, else what they are into, which is not a
/// skill. `match`, `H` and a draft's note all say it from here (trial
/// o12: `match theo` and Theo's draft gave Tom two different reasons).
fn close_but_not(m: &Match, near_misses: &[Match]) -> String {
    match near_misses.iter().find(|n| n.contact == m.contact) {
        Some(near) => near.reasons.join(" · "),
        None => format!("{}; an interest is not a skill", m.reasons.join(" · ")),
    }
}

impl Journal {
    /// Ranks the other active people by how they match `id`'s needs, and
    /// whose needs `id` could answer. Nobody they know already is in a
    /// list that offers ([`Known`], asked of every list the same way).
    pub fn matches(&self, id: Id) -> Result<MatchReport> {
        use crate::domain::matching::{kindred, who_could_help, whom_could_they_help};
        let (mut me, mut others, mut acquainted, known) = self.sorted_profiles(id, &[])?;
        let answered = self.open_needs(
            std::iter::once(&mut me)
                .chain(&mut others)
                .chain(acquainted.iter_mut().map(|(p, _)| p)),
            id,
        )?;
        let org_of = |m: &Match| {
            others
                .iter()
                .find(|p| p.id == m.contact)
                .map_or("", |p| p.org.as_str())
                .to_string()
        };
        let (could_help, at_events) = self.apart(&known, who_could_help(&me, &others), &org_of)?;
        let (they_could_help, needing_at_events) =
            self.apart(&known, whom_could_they_help(&me, &others), &org_of)?;
        let (share_a_passion, kindred_at_events) =
            self.apart(&known, kindred(&me, &others), &org_of)?;
        let profiles: Vec<_> = acquainted.iter().map(|(p, _)| p.clone()).collect();
        let how = |m: Match| {
            let how = &acquainted.iter().find(|(p, _)| p.id == m.contact)?.1;
            Some((m, how.why()))
        };
        let known_helpers = who_could_help(&me, &profiles)
            .into_iter()
            .filter_map(how)
            .chain(at_events)
            .collect();
        let known_needing = whom_could_they_help(&me, &profiles)
            .into_iter()
            .filter_map(how)
            .chain(needing_at_events)
            .collect();
        let known_kindred = kindred(&me, &profiles)
            .into_iter()
            .filter_map(how)
            .chain(kindred_at_events)
            .collect();
        // Someone is said once: by what they offer when it comes close
        // ("\"advice\" is not \"engineer\""), which says more than an
        // interest.
        let (near_misses, interest_only) = self.left_out(&known, &me, &others)?;
        let interest_only = interest_only
            .into_iter()
            .filter(|i| !near_misses.iter().any(|m| m.contact == i.contact))
            .collect();
        Ok(MatchReport {
            person: Person {
                id,
                name: me.name.clone(),
            },
            // One rule for "both into": whoever shares a passion is
            // listed here, even when a need lists them too.
            share_a_passion,
            could_help,
            they_could_help,
            known: known_helpers,
            known_needing,
            known_kindred,
            interest_only,
            near_misses,
            needs: me.needs.clone(),
            answered,
            offers: me.offers.clone(),
            interests: me.interests.clone(),
            all: false,
        })
    }

    /// Those close to `me`'s needs but not offered: the near misses, and
    /// those into something close. Whoever knows them already (an event
    /// both were at) says so first, as it says more than the words (trial
    /// p11); `match` and a draft's note read the same.
    fn left_out(
        &self,
        known: &Known,
        me: &crate::domain::matching::Profile,
        others: &[crate::domain::matching::Profile],
    ) -> Result<(Vec<Match>, Vec<Match>)> {
        use crate::domain::matching::{interest_only, near_misses};
        let (mut near, mut into) = (near_misses(me, others), interest_only(me, others));
        let first = crate::domain::draft::first_name(&me.name).to_string();
        for m in near.iter_mut().chain(&mut into) {
            let org = others
                .iter()
                .find(|p| p.id == m.contact)
                .map_or("", |p| p.org.as_str());
            if let Some(how) = known.how(self, m.contact, org)? {
                m.reasons
                    .insert(0, format!("knows {first} already ({})", how.why()));
            }
        }
        Ok((near, into))
    }

    /// `ranked` parted into those `known` does not know and those it
    /// does, each with how ("both at Fintech drinks"): reads the history
    /// of the ranked only, never the whole journal's.
    fn apart(
        &self,
        known: &Known,
        ranked: Vec<Match>,
        org_of: &dyn Fn(&Match) -> String,
    ) -> Result<(Vec<Match>, KnownAlready)> {
        let (mut strangers, mut met) = (Vec::new(), Vec::new());
        for m in ranked {
            match known.how(self, m.contact, &org_of(&m))? {
                Some(how) => met.push((m, how.why())),
                None => strangers.push(m),
            }
        }
        Ok((strangers, met))
    }

    /// The one person you know whose own words (offers, role, tags) best
    /// answer `need` of `id`: what a draft offers to introduce. Only people
    /// whose record holds a word of the need are read in full, so a draft
    /// in a 100,000-person journal does not decode everyone.
    /// Nobody they already know is offered ([`Known`], the rule `match`
    /// uses). Given back with why ([`said_not_offered`], as `match` says
    /// it): with nobody to offer, everyone `match` lists as not offered
    /// for the need (trial 26z4: Greta's draft named Felix, not Irene);
    /// with someone, those who know them and ranked at least as high, the
    /// better matches passed over (only those are read for events, so a
    /// draft stays cheap).
    pub fn helper_for(&self, id: Id, need: &str) -> Result<HelperChoice> {
        use crate::domain::matching::who_could_help;
        let stems = crate::domain::matching::stems(need);
        let (mut me, others, acquainted, known) = self.sorted_profiles(id, &stems)?;
        me.needs = vec![need.to_string()];
        let (mut best, mut met_there) = (None, Vec::new());
        for m in who_could_help(&me, &others) {
            let org = others
                .iter()
                .find(|p| p.id == m.contact)
                .map_or("", |p| p.org.as_str());
            match known.how(self, m.contact, org)? {
                Some(how) => met_there.push((m, how.why())),
                None => {
                    best = Some(m);
                    break;
                }
            }
        }
        let profiles: Vec<_> = acquainted.iter().map(|(p, _)| p.clone()).collect();
        let above = |k: &Match| best.as_ref().is_none_or(|b| k.score >= b.score);
        let known_helpers: KnownAlready = who_could_help(&me, &profiles)
            .into_iter()
            .filter(above)
            .filter_map(|m| {
                let how = &acquainted.iter().find(|(p, _)| p.id == m.contact)?.1;
                Some((m, how.why()))
            })
            .chain(met_there)
            .collect();
        let (near, into) = match best {
            Some(_) => Default::default(),
            None => self.left_out(&known, &me, &others)?,
        };
        let into: Vec<Match> = into
            .into_iter()
            .filter(|i| !near.iter().any(|m| m.contact == i.contact))
            .collect();
        let first = crate::domain::draft::first_name(&me.name);
        let not_offered = said_not_offered(
            first,
            known_helpers.iter().collect(),
            Vec::new(),
            (&into, &near),
        )
        .into_iter()
        .map(|(m, why)| (m.name.clone(), why))
        .collect();
        Ok(HelperChoice {
            helper: best.map(|m| (m.contact, m.name)),
            not_offered,
            known: !known_helpers.is_empty(),
        })
    }

    /// `id`'s matching profile and every other active person's whose
    /// record holds one of `stems` (all of them when there are none), with
    /// those they know by a record, a link or an organisation apart, each
    /// with how, and what `id`'s records say of whom they know (events
    /// are asked of it later, of the ranked only).
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
            requests: Vec::new(),
        };
        let me = profile(self.contact(id)?);
        let known = self.known(id)?;
        let (mut others, mut acquainted) = (Vec::new(), Vec::new());
        for c in self.store.contacts_containing(stems) {
            let c = c?;
            if c.id == id || c.is_closed() {
                continue;
            }
            match known.at_once(c.id, &c.org) {
                Some(how) => acquainted.push((profile(c), how)),
                None => others.push(profile(c)),
            }
        }
        Ok((me, others, acquainted, known))
    }
}

/// Matches of people known already, each with how ("both at Paymo").
type KnownAlready = Vec<(Match, String)>;

/// A person's matching profile, those they could be introduced to, those
/// they already know with how, and whom they know ([`Known`]).
type Profiles = (
    crate::domain::matching::Profile,
    Vec<crate::domain::matching::Profile>,
    Vec<(crate::domain::matching::Profile, Acquaintance)>,
    Known,
);

/// Whom a draft offers to introduce for a need, and whoever `match` lists
/// as not offered for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelperChoice {
    pub helper: Option<(Id, String)>,
    /// Each not offered, by name, with the reason `match` gives for them
    /// ([`MatchReport::not_offered`]).
    pub not_offered: Vec<(String, String)>,
    /// Whether someone who meets it knows them already, rather than only
    /// someone close: "nobody you could still introduce" is said then,
    /// "nobody offers it yet; some come close" else, as `match` says.
    pub known: bool,
}
