//! `event`: several people met at one event, new or already in the
//! journal, each with their own details, needs and follow-up.

use super::{CommandError, Env, EventCapture, Ran, Who, written};
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
    written(journal, lines.join("\n"), ids)
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
