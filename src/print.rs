//! A command's [`Report`] as text or JSON: the one place that prints what a
//! command produced, for the shell, for the reply to a capture forwarded to
//! a running TUI, and for what the TUI shows of a command typed on its
//! command line.

mod insights;
mod mail;
mod models;
mod search;

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use crate::command::Report;
use crate::domain::text::{inert, inert_cow};

pub use models::size;

/// How a report is printed.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// JSON instead of text, where the command offers it.
    pub json: bool,
    /// The day relative dates are counted from.
    pub today: NaiveDate,
    /// Straight to a person's terminal: an export's text is shown inert
    /// rather than handed on as is.
    pub terminal: bool,
}

/// A report as the TUI shows it, line by line: what was asked for, then
/// the warnings (and why a command failed).
pub(crate) fn lines(report: &Report, json: bool, today: NaiveDate) -> (Vec<String>, Vec<String>) {
    let style = Style {
        json,
        today,
        terminal: false,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    // Writing to memory cannot fail.
    let _ = self::report(&mut out, &mut err, report, style);
    let split = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes)
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    (split(&out), split(&err))
}

/// Prints `report` on `out` (what was asked for) and `err` (warnings, and
/// why a command failed); says whether the command did what it was asked.
pub fn report<O: Write, E: Write>(
    out: &mut O,
    err: &mut E,
    report: &Report,
    style: Style,
) -> io::Result<bool> {
    let today = style.today;
    let as_json = style.json;
    match report {
        // What a command says holds names and texts the user typed or a
        // file brought (an escape in a vCard's name): said inert, as
        // `show` says them, wherever it goes.
        Report::Done(done) => {
            for w in &done.warnings {
                writeln!(err, "{}", inert_cow(w))?;
            }
            for line in &done.lines {
                writeln!(out, "{}", inert_cow(line))?;
            }
        }
        Report::Card(card) => either(out, as_json, card.as_ref(), |o, c| {
            models::card(o, c, today)
        })?,
        Report::List(rows, why) => {
            either(out, as_json, rows, |o, r| models::list(o, r, *why, today))?;
        }
        Report::Balance(b) => either(out, as_json, b, models::balance)?,
        Report::Interests(rows) => either(out, as_json, rows, |o, r| models::interests(o, r))?,
        Report::Review(queue) => either(out, as_json, queue, models::review)?,
        Report::Stats(stats) => either(out, as_json, stats, insights::stats)?,
        Report::Events(events) => either(out, as_json, events, |o, e| insights::events(o, e))?,
        Report::Matches(m) => either(out, as_json, m, models::matches)?,
        Report::Trash(entries) => either(out, as_json, entries, |o, e| models::trash(o, e))?,
        Report::Draft(draft) if as_json => json(out, draft)?,
        Report::Draft(draft) => {
            for note in &draft.notes {
                writeln!(err, "note: {}", inert_cow(note))?;
            }
            writeln!(out, "{}", inert_cow(&draft.text))?;
        }
        Report::Search(found) => {
            either(out, as_json, found, search::found)?;
            if found.total == 0 {
                writeln!(err, "givegive: nothing matches '{}'", inert(&found.query))?;
            }
        }
        Report::Addresses(a) if !as_json => mail::addresses(out, a)?,
        Report::Addresses(a) => json(out, a)?,
        Report::Document(text) if style.terminal => out.write_all(inert(text).as_bytes())?,
        Report::Document(text) => out.write_all(text.as_bytes())?,
        Report::Backups { dir, kept } => {
            if kept.is_empty() {
                writeln!(out, "no backups in {} yet", dir.display())?;
            }
            for (day, path, bytes) in kept.iter().rev() {
                writeln!(out, "{day}  {:>8}  {}", size(*bytes), path.display())?;
            }
        }
        Report::Problems { problems, summary } => {
            for p in problems {
                writeln!(out, "problem: {}", inert_cow(p))?;
            }
            writeln!(err, "givegive: {}", inert_cow(summary))?;
        }
    }
    Ok(report.ok())
}

/// Pretty JSON plus a newline.
pub fn json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// `value` as JSON when asked, else as text with `text`: every read command
/// offers both.
fn either<W: Write, T: Serialize + ?Sized>(
    out: &mut W,
    as_json: bool,
    value: &T,
    text: impl FnOnce(&mut W, &T) -> io::Result<()>,
) -> io::Result<()> {
    if as_json {
        json(out, &value)
    } else {
        text(out, value)
    }
}
