//! Commands about people: adding, editing, closing, merging, the trash,
//! interests, and undo.

use super::{
    Dropped, Env, NewPerson, PersonEdit, PersonFields, Ran, Who, done, refused, resolve, written,
};
use crate::domain::occasion::{Occasion, OccasionKind};
use crate::domain::patch::merge::Kind;
use crate::domain::reach::ReachKind;
use crate::domain::text::{count, visible};
use crate::domain::{Contact, Id};
use crate::journal::{ContactDraft, FirstMeeting, Journal};

pub(super) fn add(journal: &Journal, env: &Env<'_>, p: NewPerson) -> Ran {
    let f = &p.fields;
    refuse_misplaced(f, env)?;
    // How and when you met is a meeting: in the history, followed up.
    let first_meeting = f.met.as_ref().filter(|m| !m.trim().is_empty()).map(|_| {
        let on = f.on.unwrap_or(env.today);
        FirstMeeting {
            on,
            details: p.details.clone(),
            follow_up: p
                .follow_up
                .then(|| {
                    p.follow_up_on
                        .or_else(|| env.config.review.follow_up_due(on, env.today))
                })
                .flatten(),
            unwanted: !p.follow_up,
        }
    });
    let draft = ContactDraft {
        name: p.name.clone(),
        allow_duplicate: p.duplicate,
        ..ContactDraft::default()
    };
    let added = journal.add_person_at(
        &draft,
        Some(f),
        first_meeting.as_ref(),
        p.at_event,
        env.today,
    )?;
    let c = &added.contact;
    let mut line = format!("added {} ({}){}", c.name, c.id, left_out(&p.name));
    let mut ids = vec![c.id];
    if let Some(m) = &added.meeting {
        let what = match m.kind {
            crate::domain::InteractionKind::Event => "event",
            _ => "meeting",
        };
        // Joined, the event is not new: its name and day, whom with, and
        // this person's own record of it last (each has one; trial 26w4
        // read a new number at each add as a new event).
        match also_there(&added.also_there) {
            Some(with) => line.push_str(&format!(
                "\njoined the event {} ({}) with {with} (their record of it: {})",
                m.summary,
                env.day(m.date),
                m.id
            )),
            None => line.push_str(&format!(
                "\nlogged {what}: {} ({}, {})",
                m.summary,
                m.id,
                env.day(m.date)
            )),
        }
        ids.push(m.id);
        let with = [c.id];
        line.extend(
            super::event::apart(journal, env, &m.summary, m.date, &with)?.map(|l| format!("\n{l}")),
        );
    }
    if let Some(f) = &added.follow_up {
        line.push_str(&format!(
            "\nfollow-up due {} ({})",
            env.due_day(f.due),
            f.id
        ));
        ids.push(f.id);
    }
    written(journal, line, ids)
}

/// " (left out 2 invisible characters)": what a pasted name carried that
/// nobody sees and the journal did not keep ([`visible`]), said so the
/// stored name is not a surprise. Empty when nothing was.
pub(super) fn left_out(typed: &str) -> String {
    match visible(typed).1 {
        0 => String::new(),
        n => format!(
            " (left out {})",
            count(n, "invisible character", "invisible characters")
        ),
    }
}

/// Who else was at the meeting an added person joined ("Bea Lanza",
/// "Bea Lanza and Dario Greco", "Bea Lanza and 11 others"): said, so that
/// one event made of two meetings that only share a name is seen at once
/// (and taken back with `undo`).
pub(super) fn also_there(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        [one, two] => Some(format!("{one} and {two}")),
        [one, rest @ ..] => Some(format!(
            "{one} and {}",
            count(rest.len(), "other", "others")
        )),
    }
}

pub(super) fn edit(journal: &Journal, env: &Env<'_>, e: PersonEdit) -> Ran {
    refuse_misplaced(&e.fields, env)?;
    let id = resolve(journal, &e.who)?;
    let before = journal.contact(id)?;
    let c = journal.edit_contact(id, e.name.as_deref(), &e.fields, &e.dropped)?;
    if c == before {
        return done(
            journal,
            format!("nothing changed: {} ({}) already has that", c.name, c.id),
        );
    }
    written(
        journal,
        format!(
            "updated {} ({}){}{}",
            c.name,
            c.id,
            changed(&before, &c),
            e.name.as_deref().map(left_out).unwrap_or_default()
        ),
        vec![c.id],
    )
}

/// What an edit changed, in the words an import's summary counts fields
/// with ([`Kind::words`]): ": org, 1 email; took out 1 phone" (trial 26y:
/// "updated Anna Rossi (#1)" said nothing of what changed). A field set
/// or changed is named, one cleared is taken out; a list counts what it
/// gained and lost. Empty when nothing it names changed.
fn changed(was: &Contact, now: &Contact) -> String {
    let (mut gained, mut lost) = (Vec::new(), Vec::new());
    // A day given again is said as it was and is, not counted as one
    // added and one taken out (trial 28c #16: the birth year went unsaid).
    let (moved, kept_dates) = days_given_again(&was.dates, &now.dates);
    gained.extend(moved);
    let met = (&was.met, &now.met);
    let single = [
        (Kind::Name.words().0, was.name != now.name, false),
        (Kind::Org.words().0, was.org != now.org, now.org.is_empty()),
        (
            Kind::Role.words().0,
            was.role != now.role,
            now.role.is_empty(),
        ),
        (
            Kind::Met.words().0,
            met.0.text != met.1.text,
            met.1.text.is_empty(),
        ),
        (
            Kind::MetOn.words().0,
            met.0.on != met.1.on,
            met.1.on.is_none(),
        ),
        ("introduced by", met.0.via != met.1.via, met.1.via.is_none()),
        (
            Kind::Notes.words().0,
            was.notes != now.notes,
            now.notes.is_empty(),
        ),
        (
            "cadence",
            was.cadence_days != now.cadence_days,
            now.cadence_days.is_none(),
        ),
        ("tier", was.tier != now.tier, false),
    ];
    let lists = [
        (Kind::Alias.words(), diff(&was.aliases, &now.aliases)),
        (Kind::Email.words(), diff(&was.emails, &now.emails)),
        (Kind::Phone.words(), diff(&was.phones, &now.phones)),
        (Kind::Url.words(), diff(&was.urls, &now.urls)),
        (Kind::Tag.words(), diff(&was.tags, &now.tags)),
        (
            ("interest", "interests"),
            diff(&was.interests, &now.interests),
        ),
        (Kind::Need.words(), diff(&was.needs, &now.needs)),
        (Kind::Offer.words(), diff(&was.offers, &now.offers)),
        (Kind::Date.words(), diff(&kept_dates.0, &kept_dates.1)),
        (Kind::Address.words(), diff(&was.addresses, &now.addresses)),
        (Kind::Related.words(), diff(&was.related, &now.related)),
        (Kind::Handle.words(), diff(&was.handles, &now.handles)),
    ];
    for ((one, many), (added, removed)) in lists {
        if added > 0 {
            gained.push(count(added, one, many));
        }
        if removed > 0 {
            lost.push(count(removed, one, many));
        }
    }
    for (word, differs, cleared) in single {
        match (differs, cleared) {
            (false, _) => {}
            (true, true) => lost.push(word.to_string()),
            (true, false) => gained.push(word.to_string()),
        }
    }
    match (gained.join(", "), lost.join(", ")) {
        (g, l) if g.is_empty() && l.is_empty() => String::new(),
        (g, l) if l.is_empty() => format!(": {g}"),
        (g, l) if g.is_empty() => format!(": took out {l}"),
        (g, l) => format!(": {g}; took out {l}"),
    }
}

/// The days `now` holds in place of one of `was` by the same name, each
/// said as it was and is ("birthday 14 March 1985 → 14 March"), and a
/// year that went named with how to keep it: a day typed without its
/// year replaces the whole day, as typed, and that must not go unseen.
/// Then the other days of each, for the count.
fn days_given_again(
    was: &[Occasion],
    now: &[Occasion],
) -> (Vec<String>, (Vec<Occasion>, Vec<Occasion>)) {
    let mut said = Vec::new();
    let (mut was, mut now) = (was.to_vec(), now.to_vec());
    now.retain(|new| {
        let Some(at) = was
            .iter()
            .position(|old| old.kind == new.kind && old.is_called(new.title()) && old != new)
        else {
            return true;
        };
        let old = was.remove(at);
        let mut line = format!("{} {old} → {new}", new.title());
        if let (Some(_), None) = (old.year, new.year) {
            let flag = match new.kind {
                OccasionKind::Birthday => "--birthday",
                OccasionKind::Anniversary => "--anniversary",
                OccasionKind::Other => "--date",
            };
            let keep = Occasion {
                month: new.month,
                day: new.day,
                ..old.clone()
            };
            line.push_str(&format!(
                " (the year is gone; give it with {flag} {} to keep it)",
                shell_words::quote(&keep.as_typed())
            ));
        }
        said.push(line);
        false
    });
    (said, (was, now))
}

/// How many items a list gained, and how many it lost.
fn diff<T: PartialEq>(was: &[T], now: &[T]) -> (usize, usize) {
    let missing = |from: &[T], of: &[T]| of.iter().filter(|x| !from.contains(x)).count();
    (missing(was, now), missing(now, was))
}

/// Every email, phone or web address added that cannot be one, in one
/// line (`"+39 333" is not an email address; phones go under phone`, the
/// next after ` · `: fixing the first should not reveal a second), with
/// the first one's kind: `add` and `edit` refuse them, and the TUI's forms
/// ask before they save, to put the focus on its field. Imports keep what
/// a file says.
pub(crate) fn misplaced(f: &PersonFields) -> Option<(ReachKind, String)> {
    let typed = |items: &[crate::domain::Labelled]| -> Vec<String> {
        items.iter().map(crate::domain::Labelled::typed).collect()
    };
    [
        (ReachKind::Email, typed(&f.emails)),
        (ReachKind::Phone, typed(&f.phones)),
        (ReachKind::Url, f.urls.clone()),
    ]
    .into_iter()
    .flat_map(|(kind, items)| {
        items
            .into_iter()
            .filter_map(move |item| kind.refusal(&item).map(|why| (kind, why)))
    })
    .reduce(|(kind, all), (_, why)| (kind, format!("{all} · {why}")))
}

/// A field that holds what belongs elsewhere, or a day that cannot be
/// (a birthday after today), refused for the shell and the TUI alike.
fn refuse_misplaced(f: &PersonFields, env: &Env<'_>) -> Result<(), super::CommandError> {
    if let Some(why) = f.dates.iter().find_map(|d| d.impossible(env.today)) {
        return Err(refused(why));
    }
    match misplaced(f) {
        Some((_, why)) => Err(refused(why)),
        None => Ok(()),
    }
}

pub(super) fn remove(journal: &Journal, env: &Env<'_>, target: &str) -> Ran {
    let id = match Id::parse_strict(target.trim()) {
        Some(id) => id,
        None => journal.resolve(target)?,
    };
    let entry = journal.delete(id, env.today)?;
    done(
        journal,
        format!(
            "moved {} to the trash; bring it back with: givegive restore {}",
            entry.item.describe(),
            id.0
        ),
    )
}

pub(super) fn restore(journal: &Journal, id: Id) -> Ran {
    let restored = journal.restore(id)?;
    done(journal, format!("restored {}", restored.description))
}

pub(super) fn close(journal: &Journal, env: &Env<'_>, who: &Who, reason: &str) -> Ran {
    let c = journal.close(resolve(journal, who)?, reason, env.today)?;
    done(
        journal,
        format!(
            "closed {} ({}); history kept, undo with: givegive reopen {}",
            c.name,
            reason.trim(),
            c.id.0
        ),
    )
}

pub(super) fn reopen(journal: &Journal, who: &Who) -> Ran {
    let c = journal.reopen(resolve(journal, who)?)?;
    done(journal, format!("reopened {}", c.name))
}

pub(super) fn add_interest(journal: &Journal, name: &str, mine: bool) -> Ran {
    let (i, changed) = journal.add_interest(name, mine)?;
    let what = if i.mine {
        "one of your interests"
    } else {
        "an interest"
    };
    let line = if changed {
        format!("{} is now {what}", i.name)
    } else {
        format!("{} was already {what}", i.name)
    };
    done(journal, line)
}

pub(super) fn merge(journal: &Journal, env: &Env<'_>, keep: &Who, gone: &Who) -> Ran {
    let (k, g) = (resolve(journal, keep)?, resolve(journal, gone)?);
    let gone_name = journal.name_of(g)?;
    let merged = journal.merge(k, g, env.today)?;
    written(
        journal,
        format!(
            "merged {gone_name} into {}; undo with: givegive restore {}",
            merged.name, g.0
        ),
        vec![k],
    )
}

/// Undoes the newest change, or with `again` makes the newest undone one
/// again.
pub(super) fn undo(journal: &Journal, again: bool) -> Ran {
    let (took, verb, nothing) = if again {
        (journal.redo()?, "redid", "there is nothing to redo")
    } else {
        (journal.undo()?, "undid", "there is nothing to undo")
    };
    match took {
        // Whom it was about: the TUI selects them.
        Some(step) => written(
            journal,
            format!("{verb}: {}", described(&step.label)),
            step.contacts,
        ),
        None => Err(refused(nothing)),
    }
}

/// An undo step as the person typed it, or a plain name when it was made
/// without words (by an earlier version).
fn described(label: &str) -> &str {
    if label.is_empty() {
        "the last change"
    } else {
        label
    }
}

pub(super) fn set_notes(journal: &Journal, id: Id, notes: String) -> Ran {
    let notes = PersonFields {
        notes: Some(notes),
        ..PersonFields::default()
    };
    let before = journal.contact(id)?;
    let c = journal.edit_contact(id, None, &notes, &Dropped::default())?;
    if c == before {
        return done(journal, format!("the notes of {} are as they were", c.name));
    }
    done(journal, format!("saved the notes of {}", c.name))
}
