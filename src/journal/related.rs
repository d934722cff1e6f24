//! Related names made relationships, by one rule: a related name
//! (`X-EVOLUTION-SPOUSE:Maria`, a card's `RELATED`) links two people when
//! exactly one person in the journal has that name, and the relation is
//! one the journal has an inverse for; the link is kept on both people.
//! The rule is applied whenever an import's batch is written, both ways:
//! the batch's people's related names are linked to whoever they name,
//! and related names already in the journal that name one of the batch's
//! people (added later, or merged in by a later import) are linked to
//! them. A name nobody (or more than one person) answers to, or a relation
//! without an inverse ("manager"), stays text on the card: a wrong link
//! would be worse than none.

use std::collections::{HashMap, HashSet};

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

impl Journal {
    /// Turns related names into links by the rule above, for `people`
    /// (about to be written); returns the people already stored whose
    /// links changed, as they were and as they become, for the batch's
    /// transaction to write. Reads the whole journal: the import calls it
    /// only for a batch with related names, or with a name someone's
    /// related name waits for.
    pub(super) fn link_related(&self, people: &mut [Contact]) -> Result<Vec<(Contact, Contact)>> {
        // Each folded name and who has it: `None` when two people do.
        let mut named: HashMap<String, Option<Id>> = HashMap::new();
        let mut stored: HashMap<Id, Contact> = HashMap::new();
        let mut note = |c: &Contact| {
            named
                .entry(fold(&c.name))
                .and_modify(|id| *id = id.filter(|i| *i == c.id))
                .or_insert(Some(c.id));
        };
        let batch: HashSet<Id> = people.iter().map(|p| p.id).collect();
        for c in self.contacts() {
            let c = c?;
            if !batch.contains(&c.id) {
                note(&c);
            }
            stored.insert(c.id, c);
        }
        people.iter().for_each(&mut note);
        let mut changed: HashMap<Id, Contact> = HashMap::new();
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
            .filter_map(|new| stored.remove(&new.id).map(|old| (old, new)))
            .collect())
    }
}
