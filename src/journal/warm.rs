//! What a process that keeps the journal open (the holder) keeps in
//! memory: everyone's summary, and each person's lines for today's review.
//!
//! Both are caches of what the store says. Every write lists the people it
//! touched (`Store::take_recent`); each read first reads those again, so a
//! whole-journal read at 100,000 people neither decodes everyone from
//! sled's pages nor finds everyone's review lines again, and a person's
//! lines are found again only when they, the day or the settings change.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::related::Waiting;
use super::{Journal, JournalError, Result};
use crate::domain::Id;
use crate::domain::review::{self, Queue, Reason, Settings};
use crate::domain::summary::Summary;
use crate::domain::text::fold;
use crate::store::StoreError;

/// Above this many people written since the last read (an import, a
/// restore), reading everyone again is cheaper than reading them one by one.
const REREAD_ALL: usize = 1_000;

#[derive(Default)]
pub(super) struct Warm {
    people: BTreeMap<Id, Summary>,
    /// Whether `people` was read (an empty journal has nobody to read).
    loaded: bool,
    /// People read again since their review lines were found.
    dirty: BTreeSet<Id>,
    lines: Option<Lines>,
    /// Everyone in the list's order (folded name, then id), until a name
    /// changes or someone comes or goes.
    by_name: Option<Vec<Id>>,
    /// Related names kept as text, once someone asked (`add`, `merge`).
    pub(super) waiting: Option<Waiting>,
}

/// Each active person's review lines, for one day and settings.
struct Lines {
    today: NaiveDate,
    settings: Settings,
    /// Only people with at least one line.
    by_person: BTreeMap<Id, Vec<Reason>>,
}

impl Warm {
    pub(super) fn people(&self) -> impl Iterator<Item = &Summary> {
        self.people.values()
    }

    /// Everyone in the list's order.
    pub(super) fn by_name(&mut self) -> impl Iterator<Item = &Summary> {
        let people = &self.people;
        let order = self.by_name.get_or_insert_with(|| {
            let mut keyed: Vec<(String, Id)> =
                people.values().map(|s| (fold(&s.name), s.id)).collect();
            keyed.sort_unstable();
            keyed.into_iter().map(|(_, id)| id).collect()
        });
        order.iter().filter_map(|id| people.get(id))
    }
}

impl Journal {
    /// Keeps everyone's summary and review lines in memory from now on.
    pub fn keep_warm(&self) {
        if let Ok(mut warm) = self.warm.lock() {
            warm.get_or_insert_with(Warm::default);
        }
    }

    /// Runs `f` on what is kept in memory, brought up to date first;
    /// `None` when this process keeps nothing.
    pub(super) fn with_warm<R>(&self, f: impl FnOnce(&mut Warm) -> Result<R>) -> Result<Option<R>> {
        let Ok(mut guard) = self.warm.lock() else {
            return Err(JournalError::Invalid(
                "the journal's memory was poisoned".into(),
            ));
        };
        let Some(warm) = guard.as_mut() else {
            return Ok(None);
        };
        self.build_stale()?;
        let changed = self.store.take_recent();
        match changed.filter(|ids| warm.loaded && ids.len() <= REREAD_ALL) {
            Some(ids) => {
                for id in ids {
                    // Someone written since the stale ones were built is
                    // built here rather than missed.
                    let fresh = match self.store.summary(id) {
                        Ok(Some(s)) => Some(s),
                        Ok(None) | Err(StoreError::Codec(_)) => self.summarize(id)?,
                        Err(e) => return Err(e.into()),
                    };
                    let renamed =
                        fresh.as_ref().map(|s| &s.name) != warm.people.get(&id).map(|s| &s.name);
                    if renamed {
                        warm.by_name = None;
                    }
                    match fresh {
                        Some(s) => warm.people.insert(id, s),
                        None => warm.people.remove(&id),
                    };
                    warm.dirty.insert(id);
                    if let Some(waiting) = &mut warm.waiting {
                        waiting.put(id, self.store.contact(id)?.as_ref());
                    }
                }
            }
            None => {
                warm.people.clear();
                for s in self.store.summaries() {
                    let s = s?;
                    warm.people.insert(s.id, s);
                }
                warm.loaded = true;
                warm.lines = None;
                warm.by_name = None;
                warm.waiting = None;
                warm.dirty.clear();
            }
        }
        f(warm).map(Some)
    }

    /// Today's review from the lines kept in memory; `None` when this
    /// process keeps none.
    pub(super) fn warm_review(
        &self,
        settings: &Settings,
        today: NaiveDate,
        in_line: bool,
    ) -> Result<Option<Queue>> {
        let hidden = self.hidden_lines(today)?;
        self.with_warm(|warm| {
            let Warm {
                people,
                dirty,
                lines,
                ..
            } = warm;
            let current = lines
                .as_mut()
                .filter(|l| l.today == today && l.settings == *settings);
            let lines = match current {
                Some(lines) => {
                    let dirty = std::mem::take(dirty);
                    let mut due = self.due_by_person(today, |id| dirty.contains(&id))?;
                    for id in dirty {
                        lines.by_person.remove(&id);
                        if let Some(found) = people
                            .get(&id)
                            .and_then(|s| self.lines_of(s, &mut due, settings, today))
                        {
                            lines.by_person.insert(id, found);
                        }
                    }
                    lines
                }
                None => {
                    dirty.clear();
                    let mut due = self.due_by_person(today, |_| true)?;
                    let by_person = people
                        .values()
                        .filter_map(|s| Some((s.id, self.lines_of(s, &mut due, settings, today)?)))
                        .collect();
                    lines.insert(Lines {
                        today,
                        settings: settings.clone(),
                        by_person,
                    })
                }
            };
            let everyone = lines
                .by_person
                .iter()
                .filter_map(|(id, found)| Some((*id, &*people.get(id)?.name, found.as_slice())));
            let mut queue = review::choose(
                everyone,
                settings,
                |id, r| hidden.hides(id, r),
                |_| false,
                in_line,
            );
            queue.due = hidden.count_due(
                lines
                    .by_person
                    .iter()
                    .filter(|(id, _)| people.contains_key(id))
                    .flat_map(|(id, found)| found.iter().map(|r| (*id, r))),
            );
            Ok(queue)
        })
    }

    /// An active person's review lines, if they have any.
    fn lines_of(
        &self,
        s: &Summary,
        due: &mut std::collections::HashMap<Id, Vec<review::Due>>,
        settings: &Settings,
        today: NaiveDate,
    ) -> Option<Vec<Reason>> {
        if s.closed {
            return None;
        }
        let found = review::lines(&Self::facts(s, due, settings), settings, today);
        (!found.is_empty()).then_some(found)
    }
}
