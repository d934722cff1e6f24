//! Who keeps a related name as text, by the name folded: what the rule
//! asks when someone is added or merged ("does anyone's related name wait
//! for this name?"). A process that keeps the journal warm keeps it in
//! memory, built by one read of everyone the first time it is asked and
//! kept up to date by each write's list of the people it touched, so an
//! `add` answered by the holder reads nobody else; a process that does not
//! builds it for the one question.

use std::collections::{BTreeSet, HashMap};

use crate::domain::text::fold;
use crate::domain::{Contact, Id};

#[derive(Default)]
pub(in crate::journal) struct Waiting {
    /// Folded related name, and who keeps it as text.
    by_name: HashMap<String, BTreeSet<Id>>,
    /// Each keeper's folded related names, to take them out again.
    by_keeper: HashMap<Id, Vec<String>>,
}

impl Waiting {
    /// Reads `id` again, as the store now has them (`None`: gone).
    pub(in crate::journal) fn put(&mut self, id: Id, now: Option<&Contact>) {
        for name in self.by_keeper.remove(&id).unwrap_or_default() {
            if let Some(ids) = self.by_name.get_mut(&name) {
                ids.remove(&id);
                if ids.is_empty() {
                    self.by_name.remove(&name);
                }
            }
        }
        let Some(c) = now.filter(|c| !c.related.is_empty()) else {
            return;
        };
        let mut names: Vec<String> = c.related.iter().map(|r| fold(r.value())).collect();
        names.sort_unstable();
        names.dedup();
        for name in &names {
            self.by_name.entry(name.clone()).or_default().insert(id);
        }
        self.by_keeper.insert(id, names);
    }

    /// Everyone keeping `folded` as a related name.
    pub(in crate::journal) fn keepers(&self, folded: &str) -> Vec<Id> {
        self.by_name
            .get(folded)
            .map(|ids| ids.iter().copied().collect())
            .unwrap_or_default()
    }
}
