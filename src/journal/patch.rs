//! A person's fields written: the patch (`domain::patch`) applied to a
//! contact, new (`add`) or not (`edit`, notes written in `$EDITOR`, an
//! import's context), with what only the journal knows: who introduced
//! them, and the interest records the names mean.

use super::{Journal, JournalError, Result};
use crate::domain::patch::{Dropped, PersonFields, Words, missing};
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
            match self.store.interest_by_key(&fold(name))? {
                Some(i) if c.interests.contains(&i.id) => c.interests.retain(|x| *x != i.id),
                _ => return Err(self.no_such_interest(c, name)),
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

    /// Taking out an interest `c` does not have is refused like any other
    /// `--drop-*` (trial 28b), naming the interests they have.
    fn no_such_interest(&self, c: &Contact, typed: &str) -> JournalError {
        let mut have = Vec::new();
        for id in &c.interests {
            match self.store.interest(*id) {
                Ok(Some(i)) => have.push(i.name),
                Ok(None) => {}
                Err(e) => return e.into(),
            }
        }
        let words = Words::of("interest", "interests");
        JournalError::Invalid(missing(&c.name, words, typed, &have))
    }
}
