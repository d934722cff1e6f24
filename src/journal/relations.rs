//! Relating two people, and keeping both sides of every link true when a
//! person is deleted, restored or merged (see [`crate::domain::relation`]).

use super::{Journal, JournalError, Result};
use crate::domain::relation::{self, Link};
use crate::domain::{Contact, Id};
use crate::store::{Tx, TxResult};

/// Contacts as they were and as they become: the other sides of links a
/// change moves, for one transaction to write.
pub(super) type Sides = Vec<(Contact, Contact)>;

/// A link made: the two people as they are now, and the link from the first.
#[derive(Clone, Debug)]
pub struct Related {
    pub who: Contact,
    pub other: Contact,
    pub link: Link,
    /// The link `who` had to `other` before, which this one replaced.
    pub was: Option<Link>,
}

impl Journal {
    /// Makes `other` `what` of `who` ("sofia" "child" of "anna"), and the
    /// inverse on `other`, in one transaction; a link between them before
    /// is replaced.
    pub fn relate(&self, who: Id, other: Id, what: &str) -> Result<Related> {
        if who == other {
            return Err(JournalError::Invalid(
                "a person cannot be related to themselves".into(),
            ));
        }
        let (a, b) = (self.contact(who)?, self.contact(other)?);
        // A typo of a known word would go on two cards as a word of one's
        // own (trial 28b: "partnr of Giovanna Verdi").
        if let Some(meant) = relation::slip_of(what) {
            return Err(JournalError::Invalid(format!(
                "did you mean {meant}? '{}' is no word relate knows, and a letter or two from {meant} (to keep a word of your own, give one further from it)",
                what.trim()
            )));
        }
        let link = Link::parse(other, what).map_err(JournalError::Invalid)?;
        let was = a.links.iter().find(|l| l.to == other).cloned();
        let (mut new_a, mut new_b) = (a.clone(), b.clone());
        relation::set(&mut new_a.links, link.clone());
        relation::set(&mut new_b.links, link.inverse(who));
        self.store.transact(|tx| {
            tx.put_contact(&new_a, Some(&a))?;
            tx.put_contact(&new_b, Some(&b))
        })?;
        Ok(Related {
            who: new_a,
            other: new_b,
            link,
            was,
        })
    }

    /// Takes the link between two people away, from both.
    pub fn unrelate(&self, who: Id, other: Id) -> Result<(Contact, Contact)> {
        let (a, b) = (self.contact(who)?, self.contact(other)?);
        if !a.links.iter().any(|l| l.to == other) {
            return Err(JournalError::Invalid(format!(
                "{} and {} are not related",
                a.name, b.name
            )));
        }
        let (mut new_a, mut new_b) = (a.clone(), b.clone());
        new_a.links.retain(|l| l.to != other);
        new_b.links.retain(|l| l.to != who);
        self.store.transact(|tx| {
            tx.put_contact(&new_a, Some(&a))?;
            tx.put_contact(&new_b, Some(&b))
        })?;
        Ok((new_a, new_b))
    }

    /// The other side of each of `c`'s links, as it becomes when `c` goes
    /// (`back` false: their link to `c` taken away) or comes back (`back`
    /// true: it is put back, for the people still here). (old, new) pairs,
    /// for a transaction to write.
    pub(super) fn other_sides(&self, c: &Contact, back: bool) -> Result<Sides> {
        let mut out = Vec::new();
        for link in &c.links {
            let Some(old) = self.store.contact(link.to)? else {
                continue;
            };
            let mut new = old.clone();
            if back {
                relation::set(&mut new.links, link.inverse(c.id));
            } else {
                new.links.retain(|l| l.to != c.id);
            }
            if new != old {
                out.push((old, new));
            }
        }
        Ok(out)
    }
}

impl Journal {
    /// Merging `gone` into `merged`: `merged` takes `gone`'s links (its own
    /// win for a person both were linked to, and none to each other), and
    /// the people linked to `gone` are linked to `merged` instead.
    pub(super) fn merge_links(&self, merged: &mut Contact, gone: &Contact) -> Result<Sides> {
        merged.links.retain(|l| l.to != gone.id);
        let mut sides = Vec::new();
        for link in gone.links.iter().filter(|l| l.to != merged.id) {
            let Some(old) = self.store.contact(link.to)? else {
                continue;
            };
            let mut new = old.clone();
            new.links.retain(|l| l.to != gone.id);
            if !merged.links.iter().any(|l| l.to == link.to) {
                merged.links.push(link.clone());
                relation::set(&mut new.links, link.inverse(merged.id));
            }
            sides.push((old, new));
        }
        Ok(sides)
    }

    /// Undoing a merge: `gone` comes back with its links (to the people
    /// still here), those people link to it again and no longer to the one
    /// who stayed unless they were before; `kept` keeps the links it has
    /// now, less the ones the merge brought. Returns the kept person's
    /// links and the other sides.
    pub(super) fn unmerge_links(
        &self,
        kept_now: &Contact,
        kept_before: &Contact,
        gone: &mut Contact,
    ) -> Result<(Vec<Link>, Sides)> {
        let was_kept = |to: Id| kept_before.links.iter().any(|l| l.to == to);
        let mut kept_links: Vec<Link> = kept_now
            .links
            .iter()
            .filter(|l| was_kept(l.to) || !gone.links.iter().any(|g| g.to == l.to))
            .cloned()
            .collect();
        if let Some(between) = kept_before.links.iter().find(|l| l.to == gone.id) {
            relation::set(&mut kept_links, between.clone());
        }
        let mut here = Vec::new();
        let mut sides = Vec::new();
        for link in &gone.links {
            if link.to == kept_now.id {
                here.push(link.clone());
                continue;
            }
            let Some(old) = self.store.contact(link.to)? else {
                continue;
            };
            let mut new = old.clone();
            if !was_kept(link.to) {
                new.links.retain(|l| l.to != kept_now.id);
            }
            relation::set(&mut new.links, link.inverse(gone.id));
            here.push(link.clone());
            sides.push((old, new));
        }
        gone.links = here;
        Ok((kept_links, sides))
    }
}

/// Writes the other sides [`Journal::other_sides`] prepared.
pub(super) fn write_sides(tx: &Tx<'_>, sides: &[(Contact, Contact)]) -> TxResult<()> {
    for (old, new) in sides {
        tx.put_contact(new, Some(old))?;
    }
    Ok(())
}
