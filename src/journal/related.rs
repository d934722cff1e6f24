//! Related names made relationships, by one rule: a related name
//! (`X-EVOLUTION-SPOUSE:Maria`, a card's `RELATED`) links two people when
//! exactly one person in the journal has that name, and the relation is
//! one the journal has an inverse for; the link is kept on both people.
//! The rule is applied whenever people are written by an import's batch,
//! `add` or `merge`, both ways: their related names are linked to whoever
//! they name, and related names already in the journal that name one of
//! them (a card imported before the person was added, or a name two
//! people shared until they were merged) are linked to them. A name nobody
//! (or more than one person) answers to, or a relation
//! without an inverse ("manager"), stays text on the card: a wrong link
//! would be worse than none.

use std::collections::{HashMap, HashSet};

use super::relations::Sides;
use super::{Journal, Result};
use crate::domain::relation::{self, Link, RelationKind};
use crate::domain::text::fold;
use crate::domain::{Contact, Id, Labelled};

/// The link `r` on the person `from` makes, if the rule says it makes one.
fn link_for(named: &HashMap<String, Option<Id>>, from: Id, r: &Labelled) -> Option<(Id, Link)> {
    let to = named.get(&fold(r.value())).copied().flatten()?;
    let link = Link::parse(to, &r.label).ok()?;
    (to != from && link.kind != RelationKind::Other).then_some((to, link))
}

/// What else the change being written does, for the rule to read the
/// journal as it will be: the person a merge takes away, and the people
/// already stored that it rewrites (as they were, as they become).
#[derive(Default)]
pub(super) struct Around {
    pub(super) gone: Option<Id>,
    pub(super) sides: Sides,
}

impl Journal {
    /// Turns related names into links by the rule above, for `people`
    /// (about to be written); returns the people already stored that the
    /// change rewrites, `around`'s and the ones whose links the rule
    /// changes, each once, as they were and as they become, for the
    /// change's transaction to write. Reads the whole journal: an import
    /// calls it only for a batch with related names, or with a name
    /// someone's related name waits for.
    pub(super) fn link_related(&self, people: &mut [Contact], around: Around) -> Result<Sides> {
        // Each folded name and who has it: `None` when two people do.
        let mut named: HashMap<String, Option<Id>> = HashMap::new();
        let mut stored: HashMap<Id, Contact> = HashMap::new();
        let mut before: HashMap<Id, Contact> = HashMap::new();
        let mut changed: HashMap<Id, Contact> = HashMap::new();
        for (old, new) in around.sides {
            before.insert(old.id, old);
            changed.insert(new.id, new);
        }
        let mut note = |c: &Contact| {
            named
                .entry(fold(&c.name))
                .and_modify(|id| *id = id.filter(|i| *i == c.id))
                .or_insert(Some(c.id));
        };
        let batch: HashSet<Id> = people.iter().map(|p| p.id).collect();
        for c in self.contacts() {
            let c = c?;
            if around.gone == Some(c.id) {
                continue;
            }
            let now = changed.get(&c.id).cloned().unwrap_or_else(|| c.clone());
            if !batch.contains(&c.id) {
                note(&now);
            }
            before.entry(c.id).or_insert(c);
            stored.insert(now.id, now);
        }
        people.iter().for_each(&mut note);
        let mut inverse: Vec<(Id, Link)> = Vec::new();
        for p in people.iter_mut() {
            let mut kept = Vec::new();
            for r in std::mem::take(&mut p.related) {
                match link_for(&named, p.id, &r) {
                    Some((to, link)) => {
                        inverse.push((to, link.inverse(p.id)));
                        relation::set(&mut p.links, link);
                    }
                    None => kept.push(r),
                }
            }
            p.related = kept;
        }
        // Names waiting on the journal's people for one of the batch's.
        for (id, c) in &stored {
            if batch.contains(id) {
                continue;
            }
            for r in &c.related {
                let Some((to, link)) = link_for(&named, *id, r) else {
                    continue;
                };
                if !batch.contains(&to) {
                    continue;
                }
                let new = changed.entry(*id).or_insert_with(|| c.clone());
                new.related.retain(|x| x != r);
                relation::set(&mut new.links, link.clone());
                inverse.push((to, link.inverse(*id)));
            }
        }
        for (to, link) in inverse {
            if let Some(other) = people.iter_mut().find(|c| c.id == to) {
                relation::set(&mut other.links, link);
            } else if let Some(old) = stored.get(&to) {
                let new = changed.entry(to).or_insert_with(|| old.clone());
                relation::set(&mut new.links, link);
            }
        }
        Ok(changed
            .into_values()
            .filter_map(|new| before.remove(&new.id).map(|old| (old, new)))
            .collect())
    }
}

impl Journal {
    /// Undoing a merge takes back the links the rule made from the
    /// related names the two people had as text (`texts`, given back with
    /// them): a link on the one who stayed (`kept_links`, to be written),
    /// not there before the merge, to someone whose name is one of those
    /// texts goes, from both sides (composed into `sides`).
    pub(super) fn unlink_related(
        &self,
        kept: &Contact,
        texts: &[&Contact],
        kept_links: &mut Vec<Link>,
        sides: &mut Sides,
    ) -> Result<()> {
        let named: HashSet<String> = texts
            .iter()
            .flat_map(|c| &c.related)
            .map(|r| fold(r.value()))
            .collect();
        let mut out = Vec::new();
        for link in kept_links.iter() {
            if kept.links.iter().any(|l| l.to == link.to) {
                continue;
            }
            let at = sides.iter().position(|(_, new)| new.id == link.to);
            let other = match at {
                Some(i) => sides[i].1.clone(),
                None => match self.store.contact(link.to)? {
                    Some(c) => c,
                    None => continue,
                },
            };
            if !named.contains(&fold(&other.name)) {
                continue;
            }
            out.push(link.to);
            let mut new = other.clone();
            new.links.retain(|l| l.to != kept.id);
            match at {
                Some(i) => sides[i].1 = new,
                None => sides.push((other, new)),
            }
        }
        kept_links.retain(|l| !out.contains(&l.to));
        Ok(())
    }
}
