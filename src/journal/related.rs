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

use std::collections::{BTreeSet, HashMap, HashSet};

use super::relations::Sides;
use super::{Journal, Result};
use crate::domain::relation::{self, Link, RelationKind};
use crate::domain::text::fold;
use crate::domain::{Contact, Id, Labelled};

mod waiting;

pub(super) use waiting::Waiting;

/// What else the change being written does, for the rule to read the
/// journal as it will be: the person a merge takes away, and the people
/// already stored that it rewrites (as they were, as they become).
#[derive(Default)]
pub(super) struct Around {
    pub(super) gone: Option<Id>,
    pub(super) sides: Sides,
}

/// The journal as the change will leave it, read person by person: the
/// people being written (`people`, by `batch`), the stored people the
/// change rewrites (`changed`, as they were in `before`), and the store.
struct View<'a> {
    journal: &'a Journal,
    gone: Option<Id>,
    batch: HashSet<Id>,
    before: HashMap<Id, Contact>,
    changed: HashMap<Id, Contact>,
    /// Who answers to each folded name asked about so far.
    named: HashMap<String, Option<Id>>,
}

impl View<'_> {
    /// A stored person (not one being written) as the change leaves them.
    fn stored(&mut self, id: Id) -> Result<Option<Contact>> {
        if self.gone == Some(id) || self.batch.contains(&id) {
            return Ok(None);
        }
        if let Some(c) = self.changed.get(&id) {
            return Ok(Some(c.clone()));
        }
        let c = self.journal.store.contact(id)?;
        if let Some(c) = &c {
            self.before.entry(id).or_insert_with(|| c.clone());
        }
        Ok(c)
    }

    /// The one person whose name folds to `folded`, if exactly one does:
    /// from the names index, so nobody else is read.
    fn named(&mut self, people: &[Contact], folded: &str) -> Result<Option<Id>> {
        if let Some(id) = self.named.get(folded) {
            return Ok(*id);
        }
        let mut ids: BTreeSet<Id> = people
            .iter()
            .filter(|p| fold(&p.name) == folded)
            .map(|p| p.id)
            .collect();
        for id in self.journal.store.contacts_named(folded)? {
            if let Some(c) = self.stored(id)?
                && fold(&c.name) == folded
            {
                ids.insert(id);
            }
        }
        let one = match ids.len() {
            1 => ids.first().copied(),
            _ => None,
        };
        self.named.insert(folded.to_string(), one);
        Ok(one)
    }

    /// The link `r` on the person `from` makes, if the rule says it makes one.
    fn link_for(
        &mut self,
        people: &[Contact],
        from: Id,
        r: &Labelled,
    ) -> Result<Option<(Id, Link)>> {
        let Some(to) = self.named(people, &fold(r.value()))? else {
            return Ok(None);
        };
        let link = Link::parse(to, &r.label).ok();
        Ok(link
            .filter(|l| to != from && l.kind != RelationKind::Other)
            .map(|l| (to, l)))
    }
}

impl Journal {
    /// Turns related names into links by the rule above, for `people`
    /// (about to be written); returns the people already stored that the
    /// change rewrites, `around`'s and the ones whose links the rule
    /// changes, each once, as they were and as they become, for the
    /// change's transaction to write. Reads only the people the names
    /// point at: who has a name comes from the names index, who waits for
    /// one from [`Waiting`].
    pub(super) fn link_related(&self, people: &mut [Contact], around: Around) -> Result<Sides> {
        let mut view = View {
            journal: self,
            gone: around.gone,
            batch: people.iter().map(|p| p.id).collect(),
            before: HashMap::new(),
            changed: HashMap::new(),
            named: HashMap::new(),
        };
        for (old, new) in around.sides {
            view.before.insert(old.id, old);
            view.changed.insert(new.id, new);
        }
        let mut inverse: Vec<(Id, Link)> = Vec::new();
        for i in 0..people.len() {
            let mut kept = Vec::new();
            for r in std::mem::take(&mut people[i].related) {
                match view.link_for(people, people[i].id, &r)? {
                    Some((to, link)) => {
                        inverse.push((to, link.inverse(people[i].id)));
                        relation::set(&mut people[i].links, link);
                    }
                    None => kept.push(r),
                }
            }
            people[i].related = kept;
        }
        // Names waiting on the journal's people for one of the batch's.
        let names: Vec<String> = people.iter().map(|p| fold(&p.name)).collect();
        let keepers = self.keepers(&names)?;
        for (name, ids) in names.iter().zip(keepers) {
            let Some(to) = view.named(people, name)? else {
                continue;
            };
            for id in ids {
                let Some(c) = view.stored(id)? else {
                    continue;
                };
                let mut new = c.clone();
                for r in &c.related {
                    if fold(r.value()) != *name {
                        continue;
                    }
                    let Some((_, link)) = view.link_for(people, id, r)? else {
                        continue;
                    };
                    new.related.retain(|x| x != r);
                    relation::set(&mut new.links, link.clone());
                    inverse.push((to, link.inverse(id)));
                }
                if new != c {
                    view.changed.insert(id, new);
                }
            }
        }
        for (to, link) in inverse {
            if let Some(other) = people.iter_mut().find(|c| c.id == to) {
                relation::answer(&mut other.links, link);
            } else if let Some(mut new) = view.stored(to)? {
                relation::answer(&mut new.links, link);
                view.changed.insert(to, new);
            }
        }
        let View {
            mut before,
            changed,
            ..
        } = view;
        Ok(changed
            .into_values()
            .filter_map(|new| before.remove(&new.id).map(|old| (old, new)))
            .collect())
    }

    /// Who keeps each of `names` (folded) as a related name: from memory
    /// in a process that keeps the journal warm, else by reading everyone.
    fn keepers(&self, names: &[String]) -> Result<Vec<Vec<Id>>> {
        let ask = |w: &Waiting| names.iter().map(|n| w.keepers(n)).collect();
        let warm = self.with_warm(|warm| {
            if warm.waiting.is_none() {
                warm.waiting = Some(self.read_waiting()?);
            }
            Ok(warm.waiting.as_ref().map(ask).unwrap_or_default())
        })?;
        match warm {
            Some(found) => Ok(found),
            None => Ok(ask(&self.read_waiting()?)),
        }
    }

    fn read_waiting(&self) -> Result<Waiting> {
        let mut w = Waiting::default();
        for c in self.store.contacts() {
            let c = c?;
            w.put(c.id, Some(&c));
        }
        Ok(w)
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
