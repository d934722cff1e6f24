//! `event`: several people met at one event, new or already in the
//! journal, each with their own details, needs and follow-up.

use chrono::NaiveDate;

use super::{CommandError, Env, EventCapture, Ran, Who, written};
use crate::domain::Id;
use crate::journal::{Attendee, Attending, EventDraft, Journal, JournalError};

/// How a person's line says they were added, and that a follow-up was
/// planned: the TUI counts them for its status line.
pub(crate) const ADDED: &str = ": added";
pub(crate) const FOLLOW_UP: &str = ", follow-up due ";
/// How a person's line says they got no follow-up, before why.
pub(crate) const NO_FOLLOW_UP: &str = ", no follow-up: ";

pub(super) fn event(journal: &Journal, env: &Env<'_>, e: EventCapture) -> Ran {
    let date = e.on.unwrap_or(env.today);
    let mut people = Vec::with_capacity(e.people.len());
    for p in e.people {
        people.push(Attendee {
            who: attending(journal, &p.who)?,
            details: p.details,
            needs: p.needs,
        });
    }
    let follow_up = match (e.no_follow_up, e.follow_up) {
        (true, _) => None,
        (false, Some(due)) => Some(due),
        (false, None) => env.config.review.follow_up_due(date, env.today),
    };
    let name = crate::domain::text::tidy(&e.name);
    let draft = EventDraft {
        name: name.clone(),
        date,
        people,
        follow_up,
        unwanted: e.no_follow_up,
    };
    let attended = journal.log_event(&draft, env.today)?;
    let Some(first) = attended.first() else {
        return Err(super::refused(
            "an event needs at least one person (--with)",
        ));
    };
    let mut lines = vec![format!(
        "logged event: {name} ({}) with {}",
        env.day(first.record.date),
        crate::domain::text::count(attended.len(), "person", "people")
    )];
    let mut ids = Vec::new();
    for a in &attended {
        let c = &a.contact;
        let mut line = format!("  {} ({})", c.name, c.id);
        line.push_str(match (a.added, a.joined) {
            (true, _) => ADDED,
            (false, true) => ": their meeting there is now the event",
            (false, false) => ": already in the journal",
        });
        if let Some(f) = &a.follow_up {
            // The day with its weekday, as `follow-up` and `met` say it: a
            // day read from words ("venerdì prossimo") is seen, not summed.
            line.push_str(&format!("{FOLLOW_UP}{} ({})", env.due_day(f.due), f.id));
            ids.push(f.id);
        } else if let Some(on) = a.followed_before {
            line.push_str(&format!("{NO_FOLLOW_UP}already followed up on {on}"));
        } else if a.planned_before {
            line.push_str(", its follow-up still planned");
        }
        lines.push(line);
        for f in &a.followed_up {
            lines.push(format!(
                "  also done: follow-up with {}: {} ({})",
                c.name,
                crate::domain::followed::after_label(
                    crate::domain::followed::Label::FollowUp,
                    &f.text
                ),
                f.id
            ));
        }
        ids.push(c.id);
        ids.push(a.record.id);
    }
    let there: Vec<Id> = attended.iter().map(|a| a.contact.id).collect();
    lines.extend(apart(journal, env, &first.record.summary, date, &there)?);
    written(journal, lines.join("\n"), ids)
}

/// The line said when a meeting just logged with `with` is kept apart
/// from others' meetings of one person of its name and day (trial 28d:
/// two lunches the same day are not one event by their name alone): who
/// they are, and the `event` command that makes them one if they were
/// (it turns each named person's meeting there into the event).
pub(super) fn apart(
    journal: &Journal,
    env: &Env<'_>,
    name: &str,
    day: NaiveDate,
    with: &[Id],
) -> Result<Option<String>, CommandError> {
    let apart = journal.met_apart(name, day, with)?;
    if apart.is_empty() {
        return Ok(None);
    }
    let mut names = Vec::with_capacity(apart.len());
    for c in &apart {
        names.push(journal.name_of(*c)?);
    }
    let mut command = format!("givegive event {} --on {day}", shell_word(name));
    for c in apart.iter().chain(with) {
        command.push_str(" --with ");
        command.push_str(&handle(journal, *c)?);
    }
    Ok(Some(format!(
        "{} also {} '{name}' on {}: if it was the same, `{command}` makes it one event",
        super::contacts::also_there(&names).unwrap_or_default(),
        if names.len() == 1 { "has" } else { "have" },
        env.day(day)
    )))
}

/// The shortest way to name `id` on a command line that finds them and
/// nobody else: their first name ("carla"), their whole name, or their id.
fn handle(journal: &Journal, id: Id) -> Result<String, CommandError> {
    let name = journal.name_of(id)?;
    let first = name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    for typed in [first, name] {
        if !typed.is_empty() && matches!(journal.resolve(&typed), Ok(found) if found == id) {
            return Ok(shell_word(&typed));
        }
    }
    Ok(id.0.to_string())
}

/// `text` as one word a shell reads back as it is: bare when plain,
/// else quoted.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_.,@+:/%".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_string()
    } else if !text.contains(['"', '$', '`', '\\', '!']) {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Someone the name fits, or a new person when nobody does; several
/// fitting is the usual question.
fn attending(journal: &Journal, who: &Who) -> Result<Attending, CommandError> {
    match who {
        Who::Id(id) => Ok(Attending::Known(journal.contact(*id)?.id)),
        // As a pasted name is stored: without what nobody sees.
        Who::Typed(text) => match journal.resolve(&crate::domain::text::visible(text).0) {
            Ok(id) => Ok(Attending::Known(id)),
            Err(JournalError::NotFound(_)) => Ok(Attending::New(text.trim().to_string())),
            Err(e) => Err(e.into()),
        },
    }
}
