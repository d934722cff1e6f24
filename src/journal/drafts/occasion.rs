//! Their birthday or anniversary a draft greets: the nearest within
//! `dates_ahead` days, unless a message of mine since it came near wished
//! them already.

use chrono::NaiveDate;

use crate::domain::draft::{Fact, Greeting};
use crate::domain::{Id, Occasion, OccasionKind};

/// The day a draft greets, and a note when it was wished already.
pub(super) fn near(
    dates: &[Occasion],
    contact: Id,
    today: NaiveDate,
    mine: Option<(NaiveDate, Id)>,
    dates_ahead: i64,
    notes: &mut Vec<String>,
) -> Option<Fact<(Greeting, NaiveDate)>> {
    dates
        .iter()
        .filter_map(|o| {
            let greeting = match o.kind {
                OccasionKind::Birthday => Greeting::Birthday,
                OccasionKind::Anniversary => Greeting::Anniversary,
                // A named day is often someone else's ("Sofia's
                // recital"): not greeted.
                OccasionKind::Other => return None,
            };
            let on = o.next_on(today)?;
            // Wished already: a message of mine since it came near.
            let wished = mine.is_some_and(|(day, _)| (on - day).num_days() <= dates_ahead);
            if wished && (0..=dates_ahead).contains(&(on - today).num_days()) {
                notes.push(format!(
                    "no wishes for their day on {on}: your message of {} came after it was near, so they are not sent twice",
                    mine.map(|m| m.0).unwrap_or(today)
                ));
            }
            ((0..=dates_ahead).contains(&(on - today).num_days()) && !wished)
                .then_some((on, greeting))
        })
        .min()
        .map(|(on, greeting)| Fact {
            what: (greeting, on),
            from: contact,
        })
}
