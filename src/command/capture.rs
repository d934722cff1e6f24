//! Commands that capture what happened: gives and asks, meetings,
//! introductions, signals, follow-ups, and settling them.

use chrono::NaiveDate;

use super::{
    CommandError, Done, Env, Introduction, LedgerNote, Meeting, Ran, Report, Who, done, refused,
    resolve, written,
};
use crate::domain::draft::Surface;
use crate::domain::matching::Acquaintance;
use crate::domain::{Direction, EntryState, FollowUp, Id, LedgerEntry, Nature, whom};
use crate::journal::{Answer, InteractionDraft, Introducing, Journal, LedgerDraft, capture};

mod again;
use again::again;

mod ledger;
pub use ledger::STILL_OPEN;
pub(super) use ledger::record;
use ledger::{Again, theirs_still_open};

pub(super) fn met(journal: &Journal, env: &Env<'_>, m: Meeting) -> Ran {
    if m.people.is_empty() {
        return Err(refused("met needs at least one person and what happened"));
    }
    let mut contacts = Vec::new();
    for who in &m.people {
        contacts.push(resolve(journal, who)?);
    }
    // A "WHO:" in the details must name someone there, by the whom rule
    // the drafts read it with: else no draft could give it to anyone.
    let there = contacts
        .iter()
        .map(|c| journal.name_of(*c))
        .collect::<Result<Vec<_>, _>>()?;
    let names: Vec<&str> = there.iter().map(String::as_str).collect();
    let people: Vec<Vec<String>> = names.iter().map(|n| whom::answers_to([*n])).collect();
    for item in whom::items(&m.details) {
        whom::said(item, &people, &names).map_err(|e| refused(format!("--details {e}")))?;
    }
    let day = m.on.unwrap_or(env.today);
    if let ([one], None) = (contacts.as_slice(), m.follow_up)
        && let Some(logged) = journal.meeting_logged(*one, m.kind, &m.summary, day)?
    {
        return again(journal, env, logged, &m.details, &there[0]);
    }
    let m_due = m.follow_up;
    let draft = InteractionDraft {
        contacts,
        kind: m.kind,
        summary: m.summary,
        details: m.details,
        from: m.from,
        date: m.on.unwrap_or(env.today),
        follow_up: m.follow_up,
        unwanted: m.no_follow_up,
    };
    let logged = journal.log_interaction(&draft, env.today)?;
    let i = &logged.interaction;
    let names = i
        .contacts
        .iter()
        .map(|c| journal.name_of(*c))
        .collect::<Result<Vec<_>, _>>()?;
    // "logged meeting with …", never "logged met with …" (trial 26z5).
    let what = match i.kind {
        crate::domain::InteractionKind::Met => "meeting",
        kind => kind.as_str(),
    };
    let mut line = format!(
        "logged {what} with {}: {} ({}, {})",
        names.join(", "),
        i.summary,
        i.id,
        env.day(i.date)
    );
    if let Some(with) = super::contacts::also_there(&logged.also_there) {
        line.push_str(&format!("\njoined the event {} with {with}", i.summary));
    }
    if matches!(
        i.kind,
        crate::domain::InteractionKind::Met | crate::domain::InteractionKind::Event
    ) {
        let apart = super::event::apart(journal, env, &i.summary, i.date, &i.contacts)?;
        line.extend(apart.map(|l| format!("\n{l}")));
    }
    let mut ids = vec![i.id];
    if let Some(f) = logged.follow_ups.first() {
        let follow_ups: Vec<String> = logged.follow_ups.iter().map(|f| f.id.to_string()).collect();
        line.push_str(&format!(
            "\nfollow-up due {} ({})",
            env.due_day(f.due),
            follow_ups.join(", ")
        ));
        ids.extend(logged.follow_ups.iter().map(|f| f.id));
    }
    // Said with what planned it anyway: an explicit --follow-up that is
    // not planned must not read as lost (trial 28f).
    for (who, on) in &logged.followed_before {
        let name = journal.name_of(*who)?;
        let due = m_due.map_or_else(|| "WHEN".to_string(), |d| d.to_string());
        line.push_str(&format!(
            "\nno follow-up for {name}: already followed up on {on}, after this; `givegive follow-up {} {due} TEXT` plans one anyway",
            shell_words::quote(&name)
        ));
    }
    for extra in also_done(journal, &logged.followed_up)? {
        line.push('\n');
        line.push_str(&extra);
    }
    written(journal, line, ids)
}

pub(super) fn intro(journal: &Journal, env: &Env<'_>, intro: Introduction) -> Ran {
    let (x, y) = (resolve(journal, &intro.a)?, resolve(journal, &intro.b)?);
    let date = intro.on.unwrap_or(env.today);
    let made = journal.introduce(
        &Introducing {
            a: x,
            b: y,
            text: intro.text,
            weight: intro.weight,
            date,
            closes: intro.closes,
            follow_up: intro.follow_up,
        },
        env.today,
    )?;
    let e = &made.entry;
    let mut warnings = Vec::new();
    if made.closed.is_none() {
        warnings.extend(theirs_still_open(
            journal,
            &[x, y],
            Again::Intro,
            env.surface,
        )?);
    }
    let mut line = format!(
        "introduced {} and {}: {} ({})",
        journal.name_of(x)?,
        journal.name_of(y)?,
        e.text,
        e.id
    );
    let mut ids = vec![e.id];
    if let Some(r) = &made.closed {
        line.push_str(&format!(
            "\ndone: {} asked you: {} ({})",
            journal.name_of(r.contact)?,
            r.text,
            r.id
        ));
        ids.push(r.id);
    }
    if let Some(f) = &made.follow_up {
        line.push_str(&format!(
            "\nfollow-up due {} ({})",
            env.due_day(f.due),
            f.id
        ));
        ids.push(f.id);
    }
    for extra in also_done(journal, &made.followed_up)? {
        line.push('\n');
        line.push_str(&extra);
    }
    if let Some(knew) = &made.knew {
        warnings.push(knew_already(
            &journal.name_of(x)?,
            &journal.name_of(y)?,
            knew,
        ));
    }
    journal.flush()?;
    Ok(Report::Done(Done {
        written: ids,
        warnings,
        ..Done::line(line)
    }))
}

/// The one line said when two people introduced knew each other already
/// (the shell's `intro` and the TUI's form say the same).
pub(crate) fn knew_already(a: &str, b: &str, how: &Acquaintance) -> String {
    format!(
        "warning: {a} and {b} knew each other already ({}); recorded all the same",
        how.why()
    )
}

pub(super) fn signal(
    journal: &Journal,
    env: &Env<'_>,
    who: &Who,
    text: &str,
    on: Option<NaiveDate>,
) -> Ran {
    let id = resolve(journal, who)?;
    let (s, count) = journal.add_signal(id, text, on.unwrap_or(env.today))?;
    let name = journal.name_of(id)?;
    let mut warnings = Vec::new();
    if count >= capture::SIGNAL_THRESHOLD {
        warnings.push(format!(
            "warning: {name} now has {count} warning signals; consider closing: givegive close {} --reason \"...\"",
            s.contact.0
        ));
    }
    journal.flush()?;
    Ok(Report::Done(Done {
        lines: vec![format!("signal noted for {name}: {} ({})", s.text, s.id)],
        warnings,
        written: vec![s.id],
        ..Done::default()
    }))
}

pub(super) fn follow_up(
    journal: &Journal,
    env: &Env<'_>,
    who: &Who,
    due: NaiveDate,
    text: &str,
) -> Ran {
    let id = resolve(journal, who)?;
    let f = journal.add_follow_up(id, due, text, env.today)?;
    let line = format!(
        "follow-up with {} due {}: {} ({})",
        journal.name_of(id)?,
        env.due_day(f.due),
        crate::domain::followed::after_label(crate::domain::followed::Label::FollowUp, &f.text),
        f.id
    );
    written(journal, line, vec![f.id])
}

pub(super) fn done_with(journal: &Journal, env: &Env<'_>, id: Id) -> Ran {
    let mut owed = None;
    let line = match journal.done(id, env.today)? {
        capture::Completed::FollowUp(f, others) => {
            let mut lines = vec![format!(
                "done: follow-up with {}: {}",
                journal.name_of(f.contact)?,
                crate::domain::followed::after_label(
                    crate::domain::followed::Label::FollowUp,
                    &f.text
                )
            )];
            lines.extend(also_done(journal, &others)?);
            // A done follow-up records no give: a line only a give ends
            // is said, with how to record one (`owed`).
            owed = super::owed::still_owed(journal, env, f.contact, &f.text)?;
            lines.extend(owed.as_ref().map(super::owed::StillOwed::shell));
            lines.join("\n")
        }
        capture::Completed::Ledger(e, others) => {
            let mut lines = vec![format!(
                "done: {} with {}",
                e.text,
                journal.name_of(e.contact)?
            )];
            lines.extend(also_done(journal, &others)?);
            lines.join("\n")
        }
    };
    journal.flush()?;
    Ok(Report::Done(Done {
        owed,
        ..Done::line(line)
    }))
}

pub(super) fn decline(journal: &Journal, env: &Env<'_>, id: Id) -> Ran {
    let (e, _) = journal.settle(id, EntryState::Declined, env.today)?;
    let line = format!("declined: {} ({})", e.text, journal.name_of(e.contact)?);
    done(journal, line)
}

pub(super) fn set_details(journal: &Journal, interaction: Id, details: &str) -> Ran {
    let i = journal.set_details(interaction, details)?;
    done(journal, format!("saved the details of '{}'", i.summary))
}

/// A line for each follow-up a touch did: the one rule of following up
/// (`domain::followed`) is told, not applied silently.
fn also_done(journal: &Journal, follow_ups: &[FollowUp]) -> Result<Vec<String>, CommandError> {
    follow_ups
        .iter()
        .map(|f| {
            Ok(format!(
                "also done: follow-up with {}: {} ({})",
                journal.name_of(f.contact)?,
                crate::domain::followed::after_label(
                    crate::domain::followed::Label::FollowUp,
                    &f.text
                ),
                f.id
            ))
        })
        .collect()
}
