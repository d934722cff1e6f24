//! An imported person's related names, made relationships where the
//! other person is in the journal (or comes in the same import): a card's
//! `X-EVOLUTION-SPOUSE:Maria` links to the journal's one Maria, on both
//! sides. A name nobody (or more than one person) answers to, or a
//! relation the journal has no inverse for ("manager"), stays text on the
//! card: a wrong link would be worse than none.

use std::collections::HashMap;

use super::{Journal, Result};
use crate::domain::relation::{self, Link, RelationKind};
use crate::domain::text::fold;
use crate::domain::{Contact, Id};

impl Journal {
    /// Turns the related names of `people` (about to be added) into links
    /// where the name is one person's; returns the people already stored
    /// whose other side changed, as they were and as they become, for the
    /// batch's transaction to write.
    pub(super) fn link_related(&self, people: &mut [Contact]) -> Result<Vec<(Contact, Contact)>> {
        if people.iter().all(|p| p.related.is_empty()) {
            return Ok(Vec::new());
        }
        // Each folded name and who has it: `None` when two people do.
        let mut named: HashMap<String, Option<Id>> = HashMap::new();
        let mut stored: HashMap<Id, Contact> = HashMap::new();
        let mut note = |c: &Contact| {
            named
                .entry(fold(&c.name))
                .and_modify(|id| *id = id.filter(|i| *i == c.id))
                .or_insert(Some(c.id));
        };
        for c in self.contacts() {
            let c = c?;
            note(&c);
            stored.insert(c.id, c);
        }
        people.iter().for_each(&mut note);
        let mut changed: HashMap<Id, Contact> = HashMap::new();
        let mut inverse: Vec<(Id, Link)> = Vec::new();
        for p in people.iter_mut() {
            let mut kept = Vec::new();
            for r in std::mem::take(&mut p.related) {
                let to = named.get(&fold(&r.value)).copied().flatten();
                let link = Link::parse(to.unwrap_or(p.id), &r.label).ok();
                match (to, link) {
                    (Some(to), Some(link)) if to != p.id && link.kind != RelationKind::Other => {
                        inverse.push((to, link.inverse(p.id)));
                        relation::set(&mut p.links, link);
                    }
                    _ => kept.push(r),
                }
            }
            p.related = kept;
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
