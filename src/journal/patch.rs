//! The one place a person's fields are written: a [`PersonFields`] patch
//! (and what [`Dropped`] takes out) applied to a contact, new (`add`) or
//! not (`edit`, notes written in `$EDITOR`, an import's context).

use super::{Journal, JournalError, Result};
use crate::domain::occasion;
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::{fold, push_unique, remove_folded, tidy};
use crate::domain::{Contact, Interest};

impl Journal {
    /// Applies the patch to `c`; returns the interests it names that are
    /// not in the journal yet, for the caller's transaction to store.
    pub(super) fn patch(
        &self,
        c: &mut Contact,
        f: &PersonFields,
        d: &Dropped,
    ) -> Result<Vec<Interest>> {
        for name in &d.dates {
            if !occasion::drop(&mut c.dates, name) {
                return Err(JournalError::Invalid(format!(
                    "{} has no date called '{name}'",
                    c.name
                )));
            }
        }
        for day in &f.dates {
            occasion::set(&mut c.dates, day.clone());
        }
        for name in &d.addresses {
            let before = c.addresses.len();
            c.addresses.retain(|a| !a.is_called(name));
            if c.addresses.len() == before {
                return Err(JournalError::Invalid(format!(
                    "{} has no address called '{name}'",
                    c.name
                )));
            }
        }
        for a in &f.addresses {
            if !a.is_empty() && !c.addresses.contains(a) {
                c.addresses.push(a.clone());
            }
        }
        list(&mut c.aliases, &f.aliases, &d.aliases);
        if let Some(text) = &f.met {
            c.met.text = tidy(text);
        }
        if f.on.is_some() {
            c.met.on = f.on;
        }
        if let Some(via) = &f.via {
            let via = self.who(via)?;
            if via == c.id {
                return Err(JournalError::Invalid(
                    "a person cannot introduce themselves".into(),
                ));
            }
            c.met.via = Some(via);
        }
        if let Some(org) = &f.org {
            c.org = tidy(org);
        }
        if let Some(role) = &f.role {
            c.role = tidy(role);
        }
        list(&mut c.emails, &f.emails, &d.emails);
        list(&mut c.phones, &f.phones, &d.phones);
        list(&mut c.urls, &f.urls, &d.urls);
        list(&mut c.tags, &f.tags, &d.tags);
        list(&mut c.needs, &f.needs, &d.needs);
        list(&mut c.offers, &f.offers, &d.offers);
        for name in &d.interests {
            if let Some(i) = self.store.interest_by_key(&fold(name))? {
                c.interests.retain(|x| *x != i.id);
            }
        }
        let added = self.interests_for(&f.interests)?;
        for i in &added {
            if !c.interests.contains(&i.id) {
                c.interests.push(i.id);
            }
        }
        if let Some(notes) = &f.notes {
            c.notes = notes.trim().to_string();
        }
        // 0 clears a person's own cadence back to their tier's.
        if let Some(days) = f.cadence {
            c.cadence_days = (days > 0).then_some(days);
        }
        if let Some(tier) = f.tier {
            c.tier = tier;
        }
        Ok(added)
    }
}

/// Takes out `remove` (case and accents aside), then adds `add`, once each.
fn list(list: &mut Vec<String>, add: &[String], remove: &[String]) {
    for item in remove {
        remove_folded(list, item);
    }
    for item in add {
        push_unique(list, item);
    }
}
