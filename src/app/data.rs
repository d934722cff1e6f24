//! What the TUI shows, as loaded from the journal by the runtime. The app
//! only reads these; after any write the runtime loads them again, so every
//! pane shows the change at once.

use chrono::NaiveDate;

use crate::domain::events::Event;
use crate::domain::review::Queue;
use crate::domain::stats::Stats;
use crate::domain::{Id, LedgerEntry, Tallies};
use crate::journal::{InterestRow, ListRow};

/// Everything the screens list.
#[derive(Clone, Debug, Default)]
pub struct Data {
    /// Every contact, closed ones included, with a folded name for matching.
    pub people: Vec<PersonRow>,
    pub interests: Vec<InterestRow>,
    /// Every ledger entry with the names of the people it concerns.
    pub ledger: Vec<LedgerLine>,
    pub totals: Tallies,
    /// Follow-ups due today or earlier.
    pub due_follow_ups: usize,
    /// Today's review.
    pub review: Queue,
    pub stats: Stats,
    pub events: Vec<Event>,
}

#[derive(Clone, Debug)]
pub struct PersonRow {
    pub row: ListRow,
    pub folded: String,
}

#[derive(Clone, Debug)]
pub struct LedgerLine {
    pub entry: LedgerEntry,
    pub names: String,
}

/// One piece of history text that `/` searches.
#[derive(Clone, Debug)]
pub struct SearchDoc {
    pub contact: Id,
    pub name: String,
    pub record: Id,
    pub date: NaiveDate,
    pub label: &'static str,
    pub text: String,
    pub folded: String,
}
