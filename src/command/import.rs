//! `givegive import`: every file is read and checked before anything is
//! written, so a broken file leaves the journal as it was. Re-importing adds
//! nobody twice: a person matches by vCard UID, profile URL or email, then
//! by exact name, but a name alone never joins two records that each have
//! their own URL or UID (two LinkedIn connections called Anna Rossi are two
//! people); a near match by name is only reported.
//!
//! Files are read a row at a time and people written a batch at a time,
//! each batch one transaction, so a million-row file needs no more memory
//! than a small one. Ctrl-C (or SIGTERM) while it writes ends the batch
//! under way and stops, saying exactly who was added.

mod known;
mod lines;
mod source;
mod stop;
mod writer;

use std::io::IsTerminal;

use anyhow::Result;

use super::{Done, Env, ImportRequest, Ran, Report, refused};
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::count;
use crate::domain::{InteractionKind, Voice};
use crate::interchange::{Row, linkedin};
use crate::journal::{HistoryItem, InteractionDraft, Journal};
use known::{Known, find};
use source::{Context, Source};
use stop::Stop;
use writer::Writer;

/// People written in one transaction: one sync of the write log, one undo
/// step, a bounded amount held in memory.
const BATCH: usize = 1000;
/// ...or fewer, when their text adds up to this many bytes: a transaction's
/// undo step and write log entry hold it twice over, within what the log
/// takes in one entry.
const BATCH_BYTES: usize = 4 * 1024 * 1024;

/// What the checking pass found in every file.
#[derive(Default)]
struct Checked {
    /// Rows with someone in them, whether already in the journal or not.
    people: usize,
    /// Rows with nobody in them (LinkedIn's hidden profiles).
    hidden: usize,
    invitations: Vec<linkedin::Invitation>,
    messages: Vec<linkedin::Message>,
    /// What the reader should know: a file read in another encoding, a
    /// card's value left out.
    notes: Vec<String>,
}

/// Reads every file, counting its people, or fails on the first bad one;
/// with `skip_bad`, bad files and rows are listed in `bad` instead. Returns
/// the files whose people are to be written; `None` once `stop` was asked.
fn check(
    format: crate::command::ImportFormat,
    sources: Vec<Source>,
    skip_bad: bool,
    bad: &mut Vec<String>,
    checked: &mut Checked,
    stop: &Stop,
) -> Result<Option<Vec<Source>>> {
    let mut good = Vec::new();
    for source in sources {
        let mut rows_bad = Vec::new();
        let (mut people, mut hidden) = (0, 0);
        let read = source.read(format, &mut |row| {
            match row {
                Row::Person(_) => people += 1,
                Row::Hidden => hidden += 1,
                Row::Bad(b) => rows_bad.push(b),
            }
            // Without `skip_bad`, the first bad row is the answer.
            (skip_bad || rows_bad.is_empty()) && !stop.asked()
        });
        if stop.asked() {
            return Ok(None);
        }
        let first_bad = rows_bad.first().cloned();
        let read = match (read, first_bad) {
            (Ok(_), Some(first)) if !skip_bad => Err(source.fail(first)),
            (read, _) => read,
        };
        let (context, notes) = match read {
            Ok(read) => read,
            Err(e) if skip_bad => {
                bad.push(e.to_string().replace("; nothing was imported", ""));
                continue;
            }
            Err(e) => return Err(e),
        };
        checked.notes.extend(notes);
        bad.extend(
            rows_bad
                .into_iter()
                .map(|r| format!("{}:{r}", source.shown)),
        );
        checked.people += people;
        checked.hidden += hidden;
        match context {
            Context::Invitations(list) => checked.invitations.extend(list),
            Context::Messages(list) => checked.messages.extend(list),
            Context::None => good.push(source),
        }
    }
    Ok(Some(good))
}

pub(super) fn import(journal: &Journal, env: &Env<'_>, r: &ImportRequest) -> Ran {
    let mut bad = Vec::new();
    let mut checked = Checked::default();
    // A dry run writes nothing: Ctrl-C may end it at once.
    let stop = if r.dry_run {
        Stop::never()
    } else {
        Stop::on_signals()?
    };
    let sources = source::gather(r.format, &r.files)?;
    let files = sources.len();
    let Some(sources) = check(r.format, sources, r.skip_bad, &mut bad, &mut checked, &stop)? else {
        return Err(refused(
            "the import was stopped while it read the files; nothing was imported",
        ));
    };
    // A progress bar on a terminal for big files; nothing in scripts.
    let progress =
        if env.interactive && std::io::stderr().is_terminal() && checked.people > 200 && !r.dry_run
        {
            indicatif::ProgressBar::new(checked.people as u64)
        } else {
            indicatif::ProgressBar::hidden()
        };
    let from = match sources.as_slice() {
        [one] => one.shown.clone(),
        _ => count(files, "file", "files"),
    };
    let by_url = r.format == crate::command::ImportFormat::Linkedin;
    let mut writer = Writer::new(journal, env, r.dry_run, from, by_url, &stop)?;
    let mut impossible = Vec::new();
    writer.progress = progress;
    for source in &sources {
        source.read(r.format, &mut |row| match row {
            // Said by the name it will have (`text::as_seen`), dry run too;
            // a day `add` would refuse is left out and said (trial 28f: a
            // card's birthday in 2030).
            Row::Person(mut d) => {
                d.name = crate::domain::text::as_seen(&d.name);
                d.dates.retain(|o| match o.impossible(env.today) {
                    Some(_) => {
                        impossible.push(format!(
                            "left out {}'s {} {o}: before 1900 or after today, it cannot be theirs (put it right in the file and import again)",
                            d.name,
                            o.title()
                        ));
                        false
                    }
                    None => true,
                });
                writer.push(&d)
            }
            // Reported by the check.
            Row::Hidden | Row::Bad(_) => true,
        })?;
        if writer.failed.is_some() || writer.stopped {
            break;
        }
    }
    let done = writer
        .commit()
        .and(writer.failed.take().map_or(Ok(()), Err));
    writer.progress.finish_and_clear();
    done?;
    if !r.dry_run {
        journal.flush()?;
    }
    if writer.stopped {
        return Err(refused(stopped(&writer, checked.people, files)));
    }
    let (contexts, messages) = linkedin_context(journal, env, &checked, &writer.known, r.dry_run)?;
    if !r.dry_run {
        journal.flush()?;
    }
    let (add, update) = if r.dry_run {
        ("would add", "update")
    } else {
        ("added", "updated")
    };
    let mut line = format!("{add} {}", count(writer.added, "person", "people"));
    if let Some(merged) = writer.merged_cards() {
        line.push_str(&format!(" ({merged})"));
    }
    line.push_str(&format!(", {update} {}", writer.updated.len()));
    if !writer.updated.is_empty() {
        line.push_str(&format!(" ({})", writer.gained()));
    }
    line.push_str(&format!(
        ", {} unchanged ({} in {}",
        writer.unchanged,
        checked.people,
        count(files, "file", "files")
    ));
    if checked.hidden > 0 {
        line.push_str(&format!(
            "; {} without a name, hidden profiles",
            count(checked.hidden, "row", "rows")
        ));
    }
    line.push(')');
    let mut lines = vec![line];
    if r.dry_run {
        lines.extend(writer.changes.iter().cloned());
    } else {
        lines.extend(writer.reached_shown());
        lines.extend(writer.differs_shown());
    }
    lines.extend(context_line(contexts, messages, r.dry_run));
    // Undo keeps a change whole or forgets it whole (`store::undo`): one
    // of more steps than it keeps is forgotten at the next change.
    if writer.steps > crate::store::UNDO_KEPT {
        lines.push(format!(
            "this import is larger than the {} steps undo keeps: `givegive undo` takes it all back only before any other change; after one, it cannot be undone",
            crate::store::UNDO_KEPT
        ));
    }
    if !writer.near.is_empty() {
        let how = match r.dry_run {
            true => "possible duplicates to check once imported",
            false => {
                "possible duplicates to check (givegive show ID; if one person, merge as shown)"
            }
        };
        lines.push(format!("{how}: {}", writer.near.join(", ")));
    }
    Ok(Report::Done(Done {
        lines,
        warnings: checked
            .notes
            .iter()
            .cloned()
            .chain(impossible)
            .chain(bad.iter().map(|b| format!("skipped {b}")))
            .collect(),
        written: writer.written,
        ..Done::default()
    }))
}

/// What LinkedIn's invitations and messages gave, zero parts left out:
/// "how-we-met filled from 1 invitation, 2 messages logged"; a dry run
/// says what it would do (trial 28c #14: "how-we-met filled from 0
/// invitations, 0 messages logged" in a dry run).
fn context_line(contexts: usize, messages: usize, dry_run: bool) -> Option<String> {
    let (fill, log) = match dry_run {
        true => ("how-we-met would be filled from", "would be logged"),
        false => ("how-we-met filled from", "logged"),
    };
    let parts: Vec<String> = [
        (contexts > 0).then(|| format!("{fill} {}", count(contexts, "invitation", "invitations"))),
        (messages > 0).then(|| format!("{} {log}", count(messages, "message", "messages"))),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// What an import stopped by a signal says: exactly who was added, and
/// that one `undo` takes back all it wrote.
fn stopped(writer: &Writer<'_>, people: usize, files: usize) -> String {
    let (whose, file) = if files == 1 {
        ("the file's", "file")
    } else {
        ("the files'", "files")
    };
    let people = count(people, "person", "people");
    let added = writer.saved;
    if writer.written.is_empty() {
        return format!(
            "the import stopped before adding any of {whose} {people}; nothing was imported"
        );
    }
    let updated = match writer.updated.len() {
        0 => String::new(),
        n => format!(" (and updating {n} already in the journal)"),
    };
    format!(
        "the import stopped after adding {added} of {whose} {people}{updated}: they are saved; `givegive undo` takes them back; importing the {file} again adds the rest"
    )
}

/// LinkedIn's invitations become how-we-met (where it still says only
/// "LinkedIn"), its messages become message interactions (once each).
/// Returns how many of each were used.
fn linkedin_context(
    journal: &Journal,
    env: &Env<'_>,
    checked: &Checked,
    known: &Known,
    dry_run: bool,
) -> Result<(usize, usize)> {
    let mut contexts = 0;
    for inv in &checked.invitations {
        let Some(id) = find(known, &inv.url, &inv.name) else {
            continue;
        };
        let contact = journal.contact(id)?;
        if !(contact.met.text.is_empty() || contact.met.text == "LinkedIn") {
            continue;
        }
        if !dry_run {
            let met = PersonFields {
                met: Some(format!("LinkedIn: \"{}\"", inv.message)),
                ..PersonFields::default()
            };
            journal.edit_contact(id, None, &met, &Dropped::default())?;
        }
        contexts += 1;
    }
    let mut logged = 0;
    for m in &checked.messages {
        let sides = std::iter::once((m.from_url.as_str(), m.from.as_str())).chain(
            m.to_urls
                .iter()
                .map(String::as_str)
                .zip(m.to.iter().map(String::as_str)),
        );
        // The sender first: a message from someone in the journal holds
        // their words; one to them holds mine.
        let mut who = None;
        for (n, (url, name)) in sides.enumerate() {
            if let Some(id) = find(known, url, name) {
                who = Some((id, if n == 0 { Voice::Them } else { Voice::Me }));
                break;
            }
        }
        let Some((id, from)) = who else { continue };
        let card = journal.card(id)?;
        let seen = card.history.iter().any(|h| {
            matches!(h, HistoryItem::Interaction(i) if i.date == m.date && i.details == m.content)
        });
        if seen {
            continue;
        }
        if !dry_run {
            let summary = if m.subject.is_empty() {
                "LinkedIn message".to_string()
            } else {
                m.subject.clone()
            };
            let draft = InteractionDraft {
                contacts: vec![id],
                kind: InteractionKind::Message,
                summary,
                details: m.content.clone(),
                from,
                date: m.date,
                follow_up: None,
                unwanted: false,
            };
            journal.log_interaction(&draft, env.today)?;
        }
        logged += 1;
    }
    Ok((contexts, logged))
}
