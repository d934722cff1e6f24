//! A person's fields written: the patch (`domain::patch`) applied to a
//! contact, new (`add`) or not (`edit`, notes written in `$EDITOR`, an
//! import's context), with what only the journal knows: who introduced
//! them, and the interest records the names mean.

use super::{Journal, JournalError, Result};
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::fold;
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
        f.apply(d, c).map_err(JournalError::Invalid)?;
        if let Some(via) = &f.via {
            let via = self.who(via)?;
            if via == c.id {
                return Err(JournalError::Invalid(
                    "a person cannot introduce themselves".into(),
                ));
            }
            c.met.via = Some(via);
        }
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
        Ok(added)
    }
}
