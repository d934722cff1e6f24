//! Calendars (RFC 5545): follow-ups as all-day events or to-dos with a
//! morning reminder, and people's birthdays and other days as all-day
//! events, yearly ones with a yearly rule. Every item has a stable UID, so
//! importing the file again updates what an earlier import made: a
//! follow-up done since is written as completed, not left out.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::domain::followed::{Label, after_label};
use crate::domain::text::fold;
use crate::domain::{FollowUp, FollowUpState, Id, Occasion, OccasionKind};
use crate::interchange::content::{escape, line, uid};

/// What goes in the calendar.
pub struct Calendar<'a> {
    /// Follow-ups, pending and done, with the name of whom they are with.
    pub follow_ups: &'a [(FollowUp, String)],
    /// People's days, with their id and name.
    pub dates: &'a [(Id, String, Occasion)],
    /// When the file is written: every item's DTSTAMP.
    pub now: DateTime<Utc>,
    pub as_todo: bool,
}

fn day(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The calendar, or `None` when there is nothing to put in one (RFC 5545
/// forbids a calendar without a component).
pub fn ics(cal: &Calendar<'_>, today: NaiveDate) -> Option<String> {
    if cal.follow_ups.is_empty() && cal.dates.is_empty() {
        return None;
    }
    let stamp = cal.now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//givegive//givegive follow-ups//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    for (f, name) in cal.follow_ups {
        follow_up(&mut out, f, name, &stamp, cal.as_todo);
    }
    for (id, name, d) in cal.dates {
        date(&mut out, *id, name, d, &stamp, today);
    }
    line(&mut out, "END:VCALENDAR");
    Some(out)
}

fn follow_up(out: &mut String, f: &FollowUp, name: &str, stamp: &str, as_todo: bool) {
    let done = match f.state {
        FollowUpState::Done { on } => Some(on),
        _ => None,
    };
    let on = f.pending_on().unwrap_or(f.due);
    // One "follow up" in a calendar's line, as in every line givegive
    // prints ("Follow up with Dora: coffee", not "…: follow up on: coffee",
    // trial 28b); the text itself is kept whole in the journal.
    let text = after_label(Label::FollowUp, &f.text);
    let summary = escape(&format!("Follow up with {name}: {text}"));
    line(
        out,
        if as_todo {
            "BEGIN:VTODO"
        } else {
            "BEGIN:VEVENT"
        },
    );
    line(out, &format!("UID:{}", uid("follow-up", f.id.0)));
    line(out, &format!("DTSTAMP:{stamp}"));
    if as_todo {
        line(out, &format!("DUE;VALUE=DATE:{}", day(on)));
        match done {
            Some(d) => {
                line(out, "STATUS:COMPLETED");
                line(out, &format!("COMPLETED:{}T120000Z", day(d)));
                line(out, "PERCENT-COMPLETE:100");
            }
            None => line(out, "STATUS:NEEDS-ACTION"),
        }
    } else {
        // A done one on the day it was done (trial 28d: done on the 7th,
        // it sat on the 10th): an event says when something happened.
        all_day(out, done.unwrap_or(on));
    }
    let summary = match (done, as_todo) {
        // An event has no "completed": its title says so instead.
        (Some(_), false) => format!("Done: {summary}"),
        _ => summary,
    };
    line(out, &format!("SUMMARY:{summary}"));
    if done.is_none() {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, &format!("DESCRIPTION:{summary}"));
        // 9 in the morning of the day: of an event's start, of a to-do's
        // due date (a to-do has no start, RFC 5545 §3.8.6.3).
        line(
            out,
            if as_todo {
                "TRIGGER;RELATED=END:PT9H"
            } else {
                "TRIGGER:PT9H"
            },
        );
        line(out, "END:VALARM");
    }
    line(out, if as_todo { "END:VTODO" } else { "END:VEVENT" });
}

/// A day that starts at midnight and ends at the next.
fn all_day(out: &mut String, on: NaiveDate) {
    line(out, &format!("DTSTART;VALUE=DATE:{}", day(on)));
    let next = on.checked_add_days(Days::new(1)).unwrap_or(on);
    line(out, &format!("DTEND;VALUE=DATE:{}", day(next)));
    line(out, "TRANSP:TRANSPARENT");
}

fn date(out: &mut String, id: Id, name: &str, d: &Occasion, stamp: &str, today: NaiveDate) {
    // A yearly day starts the year it first happened when that is known,
    // else the next time it comes; a past one-off day keeps its date.
    let first = match d.year {
        Some(y) => NaiveDate::from_ymd_opt(y, d.month.into(), d.day.into()),
        None => d.next_on(today),
    };
    let Some(first) = first else { return };
    let title = d.title();
    let mut title_case = title.to_string();
    if let Some(c) = title.chars().next() {
        title_case.replace_range(..c.len_utf8(), &c.to_uppercase().to_string());
    }
    // The UID names the day, not its position: re-exports update it.
    let which = match d.kind {
        OccasionKind::Birthday => "birthday".to_string(),
        OccasionKind::Anniversary => "anniversary".to_string(),
        OccasionKind::Other => format!("{:08x}", crc32fast::hash(fold(&d.label).as_bytes())),
    };
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", uid(&format!("date-{which}"), id.0)));
    line(out, &format!("DTSTAMP:{stamp}"));
    all_day(out, first);
    if d.yearly {
        // A 29 February comes back on the last day of every February.
        if d.month == 2 && d.day == 29 {
            line(out, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
        } else {
            line(out, "RRULE:FREQ=YEARLY");
        }
    }
    line(
        out,
        &format!("SUMMARY:{}", escape(&format!("{title_case}: {name}"))),
    );
    if let (Some(y), OccasionKind::Birthday) = (d.year, d.kind) {
        line(out, &format!("DESCRIPTION:born {y}"));
    }
    line(out, "END:VEVENT");
}
