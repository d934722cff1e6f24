//! What undo calls a change made on a record named by its id or a review
//! key: the record's words and whose it is, never the id or the key
//! ("undid: done \"send Marco the deck\" (Marco Bianchi)", not "done 70").
//! An id means nothing once the change is undone, and a key is internal.

use super::{Command, Env};
use crate::domain::Id;
use crate::domain::review::keys;
use crate::journal::Journal;

/// The label of `command` when it names a record by id or key; None for
/// the others, which are labelled by their words with names.
pub(super) fn of_record(journal: &Journal, env: &Env<'_>, command: &Command) -> Option<String> {
    let words = |id: Id| {
        journal
            .record_words(id)
            .ok()
            .flatten()
            .unwrap_or_else(|| "a record no longer kept".into())
    };
    Some(match command {
        Command::Done { id } => format!("done {}", words(*id)),
        Command::DoneLine { key } => match line_of(journal, env, key) {
            (name, Some(why)) => format!("done on {name}'s \"{why}\" line"),
            (name, None) => format!("done on a review line of {name}"),
        },
        Command::Decline { id } => format!("decline {}", words(*id)),
        Command::RestoreRecord { .. } => "restore a record from the trash".into(),
        // A record by its words ("undid: rm "my reply" (Anna Rossi)"); a
        // person is named by `with_names`, as every other command names them.
        Command::Remove { target } => {
            let id = Id::parse_strict(target.trim())?;
            if journal.contact(id).is_ok() {
                return None;
            }
            format!("rm {}", words(id))
        }
        Command::SetNotes { id, notes } => {
            let name = journal.name_of(*id).ok()?;
            let line = shell_words::join(["edit", &name, "--notes", notes]);
            crate::domain::text::clip(&line, 100)
        }
        Command::SetDetails { interaction, .. } => {
            format!("the details of {}", words(*interaction))
        }
        Command::Snooze { target, until } => {
            // A line dismissed is hidden until the year 9999: its day
            // printed without the year read "until 31 December".
            let day = if *until >= keys::FOR_GOOD {
                None
            } else {
                Some(until.format("%-d %B"))
            };
            if keys::parse(target).is_ok() {
                let (name, why) = line_of(journal, env, target);
                match (why, day) {
                    (Some(why), Some(day)) => format!("snooze {name}'s \"{why}\" line until {day}"),
                    (Some(why), None) => format!("dismissed {name}'s \"{why}\" line"),
                    (None, Some(day)) => format!("snooze a review line of {name} until {day}"),
                    (None, None) => format!("dismissed a review line of {name}"),
                }
            } else {
                let id = Id::parse_strict(target.trim())?;
                match day {
                    Some(day) => format!("snooze {} until {day}", words(id)),
                    None => format!("dismissed {}", words(id)),
                }
            }
        }
        _ => return None,
    })
}

/// The name of the person a review key is about and the words of the line
/// it names today, when one does: what a label says instead of the key.
fn line_of(journal: &Journal, env: &Env<'_>, key: &str) -> (String, Option<String>) {
    let Ok((person, _)) = keys::parse(key) else {
        return ("someone".into(), None);
    };
    let name = journal.name_of(person).unwrap_or_else(|_| "someone".into());
    let why = journal
        .review_lines_of(person, &env.config.review, env.today)
        .ok()
        .into_iter()
        .flatten()
        .map(|(r, _)| r)
        .find(|r| keys::hides(key, person, r))
        .map(|r| r.after_name(&name));
    (name, why)
}
