//! What a command produced, as data: `print` turns it into text or JSON for
//! the shell and for a forwarded capture's reply, and the TUI reads it
//! directly (a status line, an overlay, the ids written).

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::domain::events::Event;
use crate::domain::review::Queue;
use crate::domain::stats::Stats;
use crate::domain::{Id, TrashEntry};
use crate::journal::{BalanceReport, Card, InterestRow, ListRow, MailAddress, MatchReport};

#[derive(Clone, Debug, PartialEq)]
pub enum Report {
    /// A change made (or, for a dry run, described), in its own words.
    Done(Done),
    Card(Box<Card>),
    /// The rows, and why there are none when there are none.
    List(Vec<ListRow>, Unlisted),
    Balance(BalanceReport),
    Interests(Vec<InterestRow>),
    Review(Queue),
    Stats(Stats),
    Events(Vec<Event>),
    Matches(MatchReport),
    Trash(Vec<TrashEntry>),
    /// A drafted message.
    Draft(crate::domain::draft::Draft),
    /// An export's text, for standard output.
    Document(String),
    /// What a search found.
    Search(crate::domain::search::Found),
    /// What an address query found.
    Addresses(Addresses),
    /// The backups kept, oldest first: day, file, size in bytes.
    Backups {
        dir: PathBuf,
        kept: Vec<(NaiveDate, PathBuf, u64)>,
    },
    /// `check` (or a restore) found problems: the command failed.
    Problems {
        problems: Vec<String>,
        /// The one line that says so.
        summary: String,
    },
}

/// Why a list holds nobody, so it says so: "nobody matches" only when a
/// filter left everyone out (trial 28c: an empty journal's `list` said
/// "Nobody matches").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unlisted {
    /// The journal has nobody yet.
    Yet,
    /// A filter (interest, tag, tier) left everyone out.
    Filtered,
    /// Everyone is closed, and closed relationships were not asked for: so many.
    Closed(usize),
}

/// What a change says: its lines for the person, its warnings, and the
/// records it wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Done {
    pub lines: Vec<String>,
    /// Printed on standard error (`warning: ...`, `skipped ...`).
    pub warnings: Vec<String>,
    /// The records written, newest last: a new person, an entry...
    pub written: Vec<Id>,
    /// Whether `undo` takes this change back now: it left an undo step
    /// (set by [`crate::command::run`]; the TUI then says `u` undoes it).
    pub undoable: bool,
    /// A follow-up done left its person a line only a give ends: said in
    /// `lines` for the shell; the TUI says it with its key.
    pub owed: Option<super::StillOwed>,
    /// The names of the people the command named, as they were before it
    /// ran (set by [`crate::command::run`]): the TUI titles its output
    /// with them, its own list of people being reloaded meanwhile.
    pub whom: Vec<String>,
}

impl Done {
    pub fn line(line: String) -> Done {
        Done {
            lines: line.lines().map(str::to_string).collect(),
            ..Done::default()
        }
    }
}

impl Report {
    /// Whether the command did what it was asked. A query that found no
    /// address says so with its exit code, as mail programs expect, and
    /// so does a search that found nothing.
    pub fn ok(&self) -> bool {
        match self {
            Report::Problems { .. } => false,
            Report::Addresses(a) => !a.found.is_empty(),
            Report::Search(found) => found.total > 0,
            _ => true,
        }
    }
}

/// An address query's answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Addresses {
    pub query: String,
    #[serde(skip)]
    pub header: bool,
    pub found: Vec<MailAddress>,
}
