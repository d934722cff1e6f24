//! A follow-up due, and its line. A snoozed follow-up keeps the day it was
//! first due: when its snooze ends its line says so, so "due today" never
//! hides that it was due a week before (trial 26q: due 2 December, snoozed
//! on the 4th for a week, read "due today" on the 11th).

use chrono::NaiveDate;

use super::Pending;
use crate::domain::followed::{Label, after_label};
use crate::domain::occasion::day_month;
use crate::domain::text::count;

/// A follow-up pending on or before today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    /// Its pending day is the day it is due, or its snooze's end.
    pub pending: Pending,
    /// The day it was first due, when a snooze moved it later.
    pub first_due: Option<NaiveDate>,
    /// A meeting planned it by default, in no words of mine
    /// ([`crate::domain::followed::is_planned`]).
    pub planned: bool,
}

/// "follow-up due today: jury dinner", "follow-up 2 days late (first due
/// 2 December): Fintech drinks".
pub(super) fn line(follow_up: &Pending, days_late: i64, first_due: Option<NaiveDate>) -> String {
    let when = match days_late {
        0 => "due today".to_string(),
        n => format!("{} late", count(n, "day", "days")),
    };
    let first = first_due.map_or_else(String::new, |d| format!(" (first due {})", day_month(d)));
    format!(
        "follow-up {when}{first}: {}",
        after_label(Label::FollowUp, &follow_up.text)
    )
}
