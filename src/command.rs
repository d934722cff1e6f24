//! The typed command layer: every journal operation as a [`Command`] value,
//! run by one [`run`] for the shell, the TUI and captures forwarded to a
//! running TUI alike, answering with a typed [`Report`].
//!
//! Nothing here knows about clap, words or terminals: the shell's words are
//! turned into commands by `words`, the TUI's forms build them directly, and
//! a report is printed by `print`. So a renamed flag cannot break the TUI,
//! and no rule is written twice.

mod capture;
mod contacts;
mod env;
mod error;
pub(crate) mod event;
mod files;
mod helpers;
mod import;
mod inputs;
mod insight;
mod label;
mod owed;
mod relate;
mod report;
mod review;
mod transfer;

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::Id;
use crate::journal::{Journal, ListFilter};

pub use capture::STILL_OPEN;
pub(crate) use contacts::misplaced;
pub use env::{AskPassphrase, Env, passphrase_from_env};
pub use error::{CommandError, one_line};
pub use inputs::{
    Dropped, ExportFormat, ExportRequest, ImportFormat, ImportRequest, Introduction, LedgerNote,
    Meeting, NewPerson, PersonEdit, PersonFields, Sealing, Who,
};
pub use inputs::{EventCapture, EventPerson};
pub use owed::StillOwed;
pub use report::{Addresses, Done, Report, Unlisted};

use error::refused;

/// One journal operation, with everything the person said about it. Names
/// are kept as typed ([`Who`]) and resolved when the command runs; dates
/// are already days (the front end read them against its own today).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    Add(Box<NewPerson>),
    Edit(Box<PersonEdit>),
    /// A person (by name or id) or any record (by id) to the trash.
    Remove {
        target: String,
    },
    Trash,
    /// A record back from the trash.
    RestoreRecord {
        id: Id,
    },
    /// A whole journal back from a backup or export, into an empty one.
    RestoreJournal {
        file: PathBuf,
        identity: Option<PathBuf>,
    },
    /// Today's backup, now.
    Backup,
    /// The backups kept.
    Backups,
    Record(LedgerNote),
    Met(Meeting),
    /// Several people met at one event, each with their own details.
    Event(Box<EventCapture>),
    Intro(Introduction),
    Signal {
        who: Who,
        text: String,
        on: Option<NaiveDate>,
    },
    Close {
        who: Who,
        reason: String,
    },
    Reopen {
        who: Who,
    },
    FollowUp {
        who: Who,
        due: NaiveDate,
        text: String,
    },
    Done {
        id: Id,
    },
    /// "Done" on a review line named by its key (`done 8:request_open:31`):
    /// what the TUI's `d` does to it (`Item::doing`), from the shell.
    DoneLine {
        key: String,
    },
    Decline {
        id: Id,
    },
    /// A person's notes, replaced (written in `$EDITOR`).
    SetNotes {
        id: Id,
        notes: String,
    },
    /// A meeting's details, replaced (written in `$EDITOR`).
    SetDetails {
        interaction: Id,
        details: String,
    },
    AddInterest {
        name: String,
        mine: bool,
    },
    Show {
        who: Who,
    },
    List(ListFilter),
    Balance,
    Interests,
    /// `all`: with everyone in line past the day's capacity.
    Review {
        all: bool,
    },
    Stats,
    Events,
    /// `other` is `who`'s `what` (a partner, a child...); the inverse goes
    /// on `other`.
    Relate {
        who: Who,
        other: Who,
        what: String,
    },
    Unrelate {
        who: Who,
        other: Who,
    },
    /// The names a typed word could mean: shell completion's question.
    Names {
        word: String,
    },
    /// People and records holding every word of `words` (names, notes,
    /// history, ledger texts...): `domain::search`.
    Search {
        words: String,
    },
    /// Email addresses for a mail program's address query.
    Query {
        text: String,
        /// Start with the message line mutt expects (aerc wants none).
        header: bool,
    },
    Match {
        who: Who,
        /// Print every match, not the first ten of each list.
        #[serde(default)]
        all: bool,
    },
    Draft {
        who: Who,
        meeting: Option<Id>,
    },
    /// A person (by name or id), a follow-up (by id) or review lines (by
    /// key) out of the review until a day to come.
    Snooze {
        target: String,
        until: NaiveDate,
    },
    Undo,
    Redo,
    Check,
    Export(ExportRequest),
    Import(ImportRequest),
    Merge {
        keep: Who,
        gone: Who,
    },
    /// An empty journal filled with the demo network: the commands of its
    /// script, in order.
    Demo(Vec<Command>),
    /// An empty journal filled with `people` synthetic people.
    Generate {
        people: usize,
        seed: u64,
    },
}

pub type Ran = Result<Report, CommandError>;

/// Runs one command against the journal. Every write is flushed before its
/// report comes back, so a report of a change means it is on disk.
pub fn run(journal: &Journal, env: &Env<'_>, command: Command) -> Ran {
    journal.name_next_change(&named(journal, env, &command));
    let steps = journal.steps_here();
    let whom = whom(journal, &command);
    let mut ran = dispatch(journal, env, command);
    if let Ok(Report::Done(done)) = &mut ran {
        done.undoable = journal.steps_here() > steps;
        done.whom = whom;
    }
    ran
}

/// The people `command` names, by their names as they are now (an id
/// picked in the TUI, a name or a few letters typed, found as the command
/// finds them): what the TUI titles its output with, never the words
/// typed (`:gave chiara` was titled "gave chiara", trial 28e). One the
/// journal cannot tell stays as typed.
fn whom(journal: &Journal, command: &Command) -> Vec<String> {
    command
        .people()
        .iter()
        .map(|who| {
            journal
                .who(who)
                .and_then(|id| journal.contact(id))
                .map_or_else(
                    |_| match who {
                        Who::Id(id) => id.to_string(),
                        Who::Typed(typed) => typed.clone(),
                    },
                    |c| c.name,
                )
        })
        .collect()
}

/// What undo will call the change: `label`, and when it is the command's
/// own words, those words with each person named by their name as it is
/// now ("undid: close 'Marco Bianchi'", not "close 5" nor "close marco"):
/// an id typed or picked means nothing later, a few letters may find
/// someone else then, and the person may be renamed or gone.
fn named(journal: &Journal, env: &Env<'_>, command: &Command) -> String {
    let label = env.label.as_str();
    if label != crate::words::label(command) {
        return label.to_string();
    }
    if let Some(said) = label::of_record(journal, env, command) {
        return said;
    }
    let name = |who: &Who| {
        let id = journal.who(who).ok()?;
        journal.contact(id).ok().map(|c| c.name)
    };
    crate::words::label(&command.clone().with_names(name))
}

fn dispatch(journal: &Journal, env: &Env<'_>, command: Command) -> Ran {
    match command {
        Command::Add(person) => contacts::add(journal, env, *person),
        Command::Edit(edit) => contacts::edit(journal, env, *edit),
        Command::Remove { target } => contacts::remove(journal, env, &target),
        Command::Trash => Ok(Report::Trash(journal.trash()?)),
        Command::RestoreRecord { id } => contacts::restore(journal, id),
        Command::Close { who, reason } => contacts::close(journal, env, &who, &reason),
        Command::Reopen { who } => contacts::reopen(journal, &who),
        Command::AddInterest { name, mine } => contacts::add_interest(journal, &name, mine),
        Command::Merge { keep, gone } => contacts::merge(journal, env, &keep, &gone),
        Command::Undo => contacts::undo(journal, false),
        Command::Redo => contacts::undo(journal, true),
        Command::Record(note) => capture::record(journal, env, note),
        Command::Met(meeting) => capture::met(journal, env, meeting),
        Command::Event(e) => event::event(journal, env, *e),
        Command::Intro(intro) => capture::intro(journal, env, intro),
        Command::Signal { who, text, on } => capture::signal(journal, env, &who, &text, on),
        Command::FollowUp { who, due, text } => capture::follow_up(journal, env, &who, due, &text),
        Command::Done { id } => capture::done_with(journal, env, id),
        Command::DoneLine { key } => review::done_line(journal, env, &key),
        Command::Decline { id } => capture::decline(journal, env, id),
        Command::SetDetails {
            interaction,
            details,
        } => capture::set_details(journal, interaction, &details),
        Command::SetNotes { id, notes } => contacts::set_notes(journal, id, notes),
        Command::Show { who } => Ok(Report::Card(Box::new(
            journal.card(resolve(journal, &who)?)?,
        ))),
        Command::List(filter) => review::list(journal, &filter),
        Command::Balance => Ok(Report::Balance(journal.balance_table()?)),
        Command::Interests => Ok(Report::Interests(journal.interests_overview()?)),
        Command::Review { all: false } => Ok(Report::Review(
            journal.review(&env.config.review, env.today)?,
        )),
        Command::Review { all: true } => Ok(Report::Review(
            journal.review_all(&env.config.review, env.today)?,
        )),
        Command::Snooze { target, until } => review::snooze(journal, env, &target, until),
        Command::Draft { who, meeting } => review::draft(journal, env, &who, meeting),
        Command::Stats => Ok(Report::Stats(journal.stats(env.today, 12)?)),
        Command::Events => Ok(Report::Events(journal.events(env.today)?)),
        Command::Relate { who, other, what } => relate::relate(journal, &who, &other, &what),
        Command::Unrelate { who, other } => relate::unrelate(journal, &who, &other),
        Command::Names { word } => {
            let mut names = journal.names_like(&word)?.join("\n");
            names.push('\n');
            Ok(Report::Document(names))
        }
        Command::Search { words } => Ok(Report::Search(journal.search(&words, SEARCH_SHOWN)?)),
        Command::Query { text, header } => Ok(Report::Addresses(Addresses {
            found: journal.addresses(&text)?,
            query: text,
            header,
        })),
        Command::Match { who, all } => {
            let mut report = journal.matches(resolve(journal, &who)?)?;
            report.all = all;
            Ok(Report::Matches(report))
        }
        Command::Check => insight::check(journal),
        Command::Export(request) => transfer::export(journal, env, request),
        Command::Import(request) => transfer::import(journal, env, request),
        Command::RestoreJournal { file, identity } => {
            transfer::restore_journal(journal, env, &file, identity.as_deref())
        }
        Command::Backup => transfer::backup(journal, env),
        Command::Backups => Ok(transfer::backups(journal, env)),
        Command::Demo(script) => transfer::demo(journal, env, script),
        Command::Generate { people, seed } => transfer::generate(journal, env, people, seed),
    }
}

/// How many results `search` shows: a screenful or two; more words narrow.
const SEARCH_SHOWN: usize = 100;

/// The person `who` names.
fn resolve(journal: &Journal, who: &Who) -> Result<Id, CommandError> {
    Ok(journal.who(who)?)
}

/// Flushes, then reports the change: sled only keeps what was flushed.
fn done(journal: &Journal, line: String) -> Ran {
    journal.flush()?;
    Ok(Report::Done(Done::line(line)))
}

/// Flushes, then reports a change that wrote the records `ids`.
fn written(journal: &Journal, line: String, ids: Vec<Id>) -> Ran {
    journal.flush()?;
    Ok(Report::Done(Done {
        written: ids,
        ..Done::line(line)
    }))
}
