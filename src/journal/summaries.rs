//! Keeping the per-person summaries (see [`crate::domain::summary`]): the
//! people a write touched are listed stale in its transaction; the next read
//! builds their summaries from the records and stores them.

use super::{Journal, Result};
use crate::domain::Id;
use crate::domain::review::Digest;
use crate::domain::summary::Summary;
use crate::store::{Problem, StoreError};

impl Journal {
    /// Everyone's summary, in id order, the missing ones built first; from
    /// memory in a process that keeps them there ([`Journal::keep_warm`]).
    pub fn for_each_summary(&self, mut f: impl FnMut(&Summary)) -> Result<()> {
        let warm = self.with_warm(|w| {
            w.people().for_each(&mut f);
            Ok(())
        })?;
        if warm.is_none() {
            self.build_stale()?;
            for s in self.store.summaries() {
                f(&s?);
            }
        }
        Ok(())
    }

    /// Builds and stores the summaries of the people listed stale.
    pub(super) fn build_stale(&self) -> Result<()> {
        let stale = self.store.stale()?;
        if !stale.is_empty() {
            let mut built = Vec::with_capacity(stale.len());
            let mut gone = Vec::new();
            for id in stale {
                match self.summarize(id)? {
                    Some(s) => built.push(s),
                    None => gone.push(id),
                }
            }
            self.store.put_summaries(&built, &gone)?;
        }
        Ok(())
    }

    /// One person's summary, built (and kept) when it is missing or no
    /// longer reads; `None` once they are gone.
    pub fn summary(&self, id: Id) -> Result<Option<Summary>> {
        match self.store.summary(id) {
            Ok(Some(s)) => return Ok(Some(s)),
            Ok(None) | Err(StoreError::Codec(_)) => {}
            Err(e) => return Err(e.into()),
        }
        let built = self.summarize(id)?;
        match &built {
            Some(s) => self.store.put_summaries(std::slice::from_ref(s), &[])?,
            None => self.store.put_summaries(&[], &[id])?,
        }
        Ok(built)
    }

    /// A person's summary as their records say it now.
    pub(super) fn summarize(&self, id: Id) -> Result<Option<Summary>> {
        let Some(c) = self.store.contact(id)? else {
            return Ok(None);
        };
        let balance = self.store.balance(id)?;
        let digest = if c.is_closed() {
            Digest::default()
        } else {
            self.build_digest(id, &balance.tallies)?
        };
        Ok(Some(Summary::new(&c, balance, digest)))
    }

    /// Stored summaries that do not match their person's records, and
    /// people with neither a summary nor a place on the stale list: either
    /// would show them wrongly or not at all.
    pub(super) fn check_summaries(&self) -> Result<Vec<Problem>> {
        let mut problems = Vec::new();
        let stale: std::collections::BTreeSet<Id> = self.store.stale()?.into_iter().collect();
        let mut summarized = std::collections::BTreeSet::new();
        for item in self.store.summaries() {
            let stored = match item {
                Ok(s) => s,
                Err(e) => {
                    problems.push(Problem(format!("a person's summary does not read: {e}")));
                    continue;
                }
            };
            summarized.insert(stored.id);
            // A record the summary is built from may be the damage the
            // store's check reports: said here too, never an abort.
            let fresh = match self.summarize(stored.id) {
                Ok(fresh) => fresh,
                Err(e) => {
                    problems.push(Problem(format!(
                        "the summary of contact {} cannot be rebuilt: {e}",
                        stored.id
                    )));
                    continue;
                }
            };
            match fresh {
                None => problems.push(Problem(format!(
                    "a summary is stored for contact {}, which does not exist",
                    stored.id
                ))),
                Some(fresh) if fresh != stored && !stale.contains(&stored.id) => {
                    problems.push(Problem(format!(
                        "the summary of contact {} is out of step with their records",
                        stored.id
                    )));
                }
                Some(_) => {}
            }
        }
        for c in self.store.contacts() {
            let id = c?.id;
            if !summarized.contains(&id) && !stale.contains(&id) {
                problems.push(Problem(format!(
                    "contact {id} has no summary and is not listed to get one"
                )));
            }
        }
        Ok(problems)
    }
}
