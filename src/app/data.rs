//! What the TUI shows, as loaded from the journal by the runtime. The app
//! only reads these; after any write the runtime loads them again, so every
//! pane shows the change at once.
//!
//! What every screen needs (people, totals, the review) is always loaded.
//! A [`Part`] only one screen shows is loaded when that screen is first
//! shown and dropped by the next write: at 10,000 people the ledger, stats
//! and events took four fifths of the time to the first frame, and every
//! capture paid it again.

use crate::domain::Tallies;
use crate::domain::events::Event;
use crate::domain::review::{Facts, Queue, Settings};
use crate::domain::stats::{Month, Stats};
use crate::journal::InterestRow;
pub use crate::journal::{LedgerLine, PersonRow};

/// Everything the screens list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Data {
    /// Every contact, closed ones included, with a folded name for matching.
    pub people: Vec<PersonRow>,
    pub totals: Tallies,
    /// Today's review.
    pub review: Queue,
    /// The config's `[review]` settings, as the journal's commands use
    /// them: a form says what an empty field will mean (the event form's
    /// follow-up is `follow_up_days` after it, not the "3d" its example
    /// shows).
    pub settings: Settings,
    /// What the review was built from, by contact id: a write updates the
    /// facts of the people it touched and the queue is built again.
    pub facts: Vec<Facts>,
    /// The parts loaded so far; the fields below are empty until then.
    pub loaded: Vec<Part>,
    pub interests: Vec<InterestRow>,
    /// Every ledger entry with the names of the people it concerns.
    pub ledger: Vec<LedgerLine>,
    /// What I gave and asked in each of the last twelve months, for the
    /// ledger's chart: summed once when the ledger loads, not every frame.
    pub ledger_months: Vec<Month>,
    pub stats: Stats,
    pub events: Vec<Event>,
}

/// Data only one screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Interests,
    Ledger,
    Stats,
    Events,
    /// Everyone's aliases and interests, for the contacts filter: loaded
    /// when it is first opened, and kept (a write reads its people's again).
    Words,
}

/// A part as the runtime loaded it.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Interests(Vec<InterestRow>),
    Ledger(Vec<LedgerLine>, Vec<Month>),
    Stats(Stats),
    Events(Vec<Event>),
    Words(std::collections::HashMap<crate::domain::Id, String>),
}

impl Data {
    pub fn has(&self, part: Part) -> bool {
        self.loaded.contains(&part)
    }

    /// Forgets every part, to be loaded again when its screen is shown.
    pub fn drop_parts(&mut self) {
        self.loaded.retain(|p| *p == Part::Words);
        self.interests = Vec::new();
        self.ledger = Vec::new();
        self.ledger_months = Vec::new();
        self.stats = Stats::default();
        self.events = Vec::new();
    }

    /// Puts a loaded part in place.
    pub fn put(&mut self, loaded: Loaded) {
        let part = match loaded {
            Loaded::Interests(rows) => {
                self.interests = rows;
                Part::Interests
            }
            Loaded::Ledger(lines, months) => {
                self.ledger = lines;
                self.ledger_months = months;
                Part::Ledger
            }
            Loaded::Stats(stats) => {
                self.stats = stats;
                Part::Stats
            }
            Loaded::Events(events) => {
                self.events = events;
                Part::Events
            }
            Loaded::Words(words) => {
                for p in &mut self.people {
                    p.set_more(words.get(&p.row.id).map_or("", String::as_str));
                }
                Part::Words
            }
        };
        if !self.has(part) {
            self.loaded.push(part);
        }
    }
}
