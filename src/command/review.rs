//! Commands of the daily loop: the list, snoozing, drafting a follow-up.

use chrono::NaiveDate;

use super::{Env, Ran, Report, Unlisted, Who, done, refused, resolve};
use crate::domain::Id;
use crate::domain::review::{Doing, Reason, Way, keys};
use crate::journal::{Journal, ListFilter, Width};

pub(super) fn list(journal: &Journal, filter: &ListFilter) -> Ran {
    let rows = journal.list(filter)?;
    if !rows.is_empty() {
        return Ok(Report::List(rows, Unlisted::Filtered));
    }
    // Everyone is read again only for a list that came out empty.
    let everyone = journal.list(&ListFilter {
        closed: true,
        ..ListFilter::default()
    })?;
    let filtered = filter.interest.is_some() || filter.tag.is_some() || filter.tier.is_some();
    let why = match everyone.len() {
        0 => Unlisted::Yet,
        _ if filtered => Unlisted::Filtered,
        n => Unlisted::Closed(n),
    };
    Ok(Report::List(rows, why))
}

/// `snooze TARGET UNTIL`: a person (by name or id), a follow-up (by id) or
/// the review lines a key names, out of the review until a day to come.
/// Whatever the front end (the shell, the TUI's forms), a snooze that
/// would hide nothing is refused in one line, and one that hides says what.
pub(super) fn snooze(journal: &Journal, env: &Env<'_>, target: &str, until: NaiveDate) -> Ran {
    let today = env.today;
    // Said plainly (trial 28b: `snooze dora oggi` answered "snooze until
    // a day after today (2026-12-07): 2026-12-07 is not").
    if until <= today {
        let try_ = "(tomorrow, friday, 2w; or domani, venerdì)";
        return Err(refused(match until == today {
            true => format!(
                "a snooze until today ({}) would hide nothing: give a day after today {try_}",
                env.day(until)
            ),
            false => format!(
                "{} has gone by: a snooze ends on a day after today {try_}",
                env.day(until)
            ),
        }));
    }
    let target = target.trim();
    if target.contains(':') {
        return snooze_key(journal, env, target, until);
    }
    // "never" sets a review line aside until something new happens; a
    // person or a follow-up hidden for good would be a quiet `close`.
    if until >= crate::domain::review::keys::FOR_GOOD {
        return Err(refused(
            "never is for a review line (its key, as review --json shows it): to stop following someone, close them (givegive close NAME)",
        ));
    }
    match Id::parse_strict(target) {
        Some(id) if journal.is_contact(id)? => snooze_person(journal, env, id, until),
        Some(id) => {
            if let Some((contact, day, by)) = journal.follow_up_held_past(id, until, today)? {
                let name = journal.name_of(contact)?;
                let kind = format!("{}:follow_up_due", contact.0);
                return Err(refused(held_words(
                    env,
                    &name,
                    &kind,
                    "this follow-up",
                    (day, by),
                )));
            }
            let f = journal.snooze(id, until)?;
            // Worded as hiding a line is (`snooze_key`): whose and which,
            // never the record's id.
            let name = journal.name_of(f.contact)?;
            // The label said once, as every line says a follow-up.
            let line = format!(
                "snoozed until {}: follow-up with {name}: {}",
                env.due_day(until),
                crate::domain::followed::after_label(
                    crate::domain::followed::Label::FollowUp,
                    &f.text
                )
            );
            done(journal, line)
        }
        None => {
            let id = resolve(journal, &Who::Typed(target.to_string()))?;
            snooze_person(journal, env, id, until)
        }
    }
}

/// The lines a key names, hidden until `until`. A follow-up's line hidden
/// this way (the TUI's `x`) stays due, and missed once past: to move the
/// follow-up itself, snooze it by id.
fn snooze_key(journal: &Journal, env: &Env<'_>, key: &str, until: NaiveDate) -> Ran {
    let (contact, kind) = keys::parse(key).map_err(refused)?;
    let name = journal
        .contact(contact)
        .map_err(|_| refused(format!("there is no person {contact} (in {key})")))?
        .name;
    let lines: Vec<Reason> = journal
        .review_lines_of(contact, &env.config.review, env.today)?
        .into_iter()
        .map(|(r, _)| r)
        .filter(|r| keys::hides(key, contact, r))
        .collect();
    if lines.is_empty() {
        return Err(refused(format!(
            "{name} has no {} line in today's review matching {key}: nothing to hide",
            keys::in_words(kind)
        )));
    }
    let width = match keys::is_kind_key(key) {
        true => Width::Reason,
        false => Width::Line,
    };
    if let Some(held) = journal.held_past(contact, &lines, width, until, env.today)? {
        let what = match lines.as_slice() {
            [_] => "this line",
            _ => "these lines",
        };
        let kind = format!("{}:{kind}", contact.0);
        return Err(refused(held_words(env, &name, &kind, what, held)));
    }
    journal.hide_review_item(key, until)?;
    // Until `FOR_GOOD` is a dismissal (the TUI's `x`): no day to name.
    let how = if until >= keys::FOR_GOOD {
        "dismissed until something new happens".to_string()
    } else {
        format!("hidden until {}", env.due_day(until))
    };
    let said: Vec<String> = lines
        .iter()
        .map(|r| {
            let why = r.explain(&name);
            if why.contains(&name) {
                format!("{how}: {why}")
            } else {
                format!("{how}: {name}: {why}")
            }
        })
        .collect();
    done(journal, said.join("\n"))
}

/// Why a snooze of lines is refused: a wider snooze (`by`: the person's,
/// or the key `kind` of their whole reason) keeps them out until `day`,
/// later than it would bring them back. The latest snooze says when a line
/// comes back, and a narrower one never shortens a wider one ([`Width`]):
/// said with the snooze that brings them back sooner.
fn held_words(
    env: &Env<'_>,
    name: &str,
    kind: &str,
    what: &str,
    (day, by): (NaiveDate, Width),
) -> String {
    let first = name.split_whitespace().next().unwrap_or(name);
    match by {
        Width::Person => format!(
            "{name} is out of the review until {}, {what} with the rest: a snooze to an earlier day would not bring it back then (`givegive snooze {} DATE` brings {first} back sooner)",
            env.due_day(day),
            shell_name(name)
        ),
        _ if day >= keys::FOR_GOOD => format!(
            "every {} line of {name}'s is dismissed until something new happens, {what} too: nothing to snooze",
            kind.split(':').nth(1).unwrap_or(kind).replace('_', " ")
        ),
        _ => format!(
            "every {} line of {name}'s is hidden until {}, {what} too: a snooze to an earlier day would not bring it back then (`givegive snooze {kind} DATE` brings them back sooner)",
            kind.split(':').nth(1).unwrap_or(kind).replace('_', " "),
            env.due_day(day)
        ),
    }
}

/// A name as typed in a shell command: quoted when it has a space.
fn shell_name(name: &str) -> String {
    match name.contains(char::is_whitespace) {
        true => format!("\"{name}\""),
        false => name.to_string(),
    }
}

/// A whole person out of the review until `until`, saying what that hid.
fn snooze_person(journal: &Journal, env: &Env<'_>, contact: Id, until: NaiveDate) -> Ran {
    let name = journal.name_of(contact)?;
    let shown: Vec<Reason> = journal
        .review_lines_of(contact, &env.config.review, env.today)?
        .into_iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(r, _)| r)
        .collect();
    let set = journal.set_person_aside(contact, until, env.today)?;
    let snoozed = set.snoozed;
    let mut lines = vec![if shown.is_empty() {
        format!(
            "{name} is out of the review until {} (nothing of theirs is in it today)",
            env.due_day(until)
        )
    } else {
        format!(
            "{name} is out of the review until {}; hidden now:",
            env.due_day(until)
        )
    }];
    lines.extend(shown.iter().map(|r| format!("  {}", r.after_name(&name))));
    let later = snoozed
        .iter()
        .filter(|f| !shown.iter().any(|r| r.record() == Some(f.id)))
        .count();
    if later > 0 {
        lines.push(format!(
            "{} due before then snoozed to {}",
            crate::domain::text::count(later, "follow-up", "follow-ups"),
            env.due_day(until)
        ));
    }
    // The latest snooze says when their lines come back: one of theirs
    // that would have ended later ends now (trial 28d: a line hidden
    // until Monday stayed hidden after `snooze dora saturday`).
    if !set.ended.is_empty() {
        let days: Vec<String> = set.ended.iter().map(|d| env.due_day(*d)).collect();
        lines.push(match days.as_slice() {
            [one] => format!("an earlier snooze of theirs, until {one}, ends with this one"),
            [rest @ .., last] => format!(
                "earlier snoozes of theirs, until {} and {last}, end with this one",
                rest.join(", ")
            ),
            [] => String::new(),
        });
    }
    lines.push(
        "anything new (a follow-up planned, a meeting, a request, a promise, a give from them) brings them back sooner"
            .into(),
    );
    done(journal, lines.join("\n"))
}

/// `done KEY`: what the TUI's `d` does to the review line `key` names
/// ([`crate::domain::review::Item::doing`], the one rule), from the shell,
/// said in the TUI's words: a follow-up, their request or my promise is
/// marked done ("done: Sara's request 'a feedback on her deck'"), a
/// pattern recorded as a signal; a line nothing marks done is refused with
/// the shell commands that make it go.
pub(super) fn done_line(journal: &Journal, env: &Env<'_>, key: &str) -> Ran {
    let (contact, kind) = keys::parse(key).map_err(refused)?;
    let name = journal
        .contact(contact)
        .map_err(|_| refused(format!("there is no person {contact} (in {key})")))?
        .name;
    let shown: Vec<Reason> = journal
        .review_lines_of(contact, &env.config.review, env.today)?
        .into_iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(r, _)| r)
        .filter(|r| keys::hides(key, contact, r))
        .collect();
    let reason = match shown.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(refused(format!(
                "{name} has no {} line in today's review matching {key}: `givegive review --json` lists the keys",
                keys::in_words(kind)
            )));
        }
        _ => {
            return Err(refused(format!(
                "{name} has {} {} lines today: give the whole key of one (`givegive review --json`)",
                shown.len(),
                keys::in_words(kind)
            )));
        }
    };
    let item = crate::domain::review::Item {
        key: keys::key(contact, &reason),
        contact,
        why: reason.after_name(&name),
        name: name.clone(),
        reason,
    };
    let quoted = format!("\"{name}\"");
    match item.doing() {
        Doing::Settle { id, what } => {
            let mut ran = super::capture::done_with(journal, env, id)?;
            if let Report::Done(done) = &mut ran
                && let Some(first) = done.lines.first_mut()
            {
                *first = format!("done: {what}");
            }
            Ok(ran)
        }
        Doing::Signal(text) => super::capture::signal(journal, env, &Who::Id(contact), &text, None),
        Doing::Close => Err(refused(format!(
            "this line proposes closing: `givegive close {quoted} --reason TEXT` closes it with your reason"
        ))),
        refused_line @ Doing::Nothing { .. } => {
            let way = |w: Way| match w {
                Way::Give => format!("`givegive gave {quoted} TEXT`"),
                Way::Meet => format!("`givegive met {quoted} TEXT --kind call`"),
                Way::Draft => format!("`givegive draft {quoted}`"),
                Way::SnoozeWeek | Way::Dismiss => format!("`givegive snooze {} DATE`", item.key),
            };
            Err(refused(refused_line.refusal(way).unwrap_or_default()))
        }
    }
}

pub(super) fn draft(journal: &Journal, env: &Env<'_>, who: &Who, meeting: Option<Id>) -> Ran {
    let contact = resolve(journal, who)?;
    let draft = journal.draft(
        contact,
        meeting,
        env.today,
        &env.config.drafts.template(),
        env.config.review.dates_ahead,
    )?;
    Ok(Report::Draft(draft))
}
