//! Their open requests of me, said beside every draft to them.

use chrono::NaiveDate;

use super::super::{Journal, Result};
use crate::domain::draft;
use crate::domain::review::{Pending, Reason};
use crate::domain::{Direction, EntryState, Id, LedgerEntry, Nature};

/// Their open requests whose review line is hidden today, each with the
/// day it comes back: `d` on that line cannot mark it done today.
pub(super) struct Hidden(Vec<(Id, NaiveDate)>);

impl Hidden {
    fn of(&self, id: Id) -> Option<NaiveDate> {
        self.0.iter().find(|(r, _)| *r == id).map(|(_, day)| *day)
    }
}

impl Journal {
    /// Which of `contact`'s open requests in `ledger` have their review
    /// line hidden on `today` (the line snoozed, or the person set
    /// aside), by the review's own rule. Only the TUI's note names the
    /// line, so only there, and only with a request open, is it read.
    pub(super) fn hidden_requests(
        &self,
        contact: Id,
        (ledger, surface): (&[&LedgerEntry], draft::Surface),
        today: NaiveDate,
    ) -> Result<Hidden> {
        if surface == draft::Surface::Shell || open(ledger).next().is_none() {
            return Ok(Hidden(Vec::new()));
        }
        let lines = self.hidden_lines(today)?;
        let hidden = open(ledger)
            .filter_map(|e| {
                let reason = Reason::RequestOpen {
                    entry: Pending {
                        id: e.id,
                        date: e.date,
                        text: e.text.as_str().into(),
                    },
                    days_open: (today - e.date).num_days(),
                };
                Some((e.id, lines.until(contact, &reason)?))
            })
            .collect();
        Ok(Hidden(hidden))
    }
}

/// Their requests of me still open.
fn open<'e>(ledger: &'e [&'e LedgerEntry]) -> impl Iterator<Item = &'e &'e LedgerEntry> {
    ledger.iter().filter(|e| {
        e.other.is_none()
            && (e.direction, e.nature, e.state)
                == (Direction::ThemToMe, Nature::Ask, EntryState::Open)
    })
}

/// Their open requests of me, noted first: a draft cannot answer them for
/// me, whatever line it was drafted from ([`draft::Surface::request`]).
/// A detail left out as a request they made is pointed to the one the
/// ledger has, if it has it ([`draft::point_to_recorded`]).
pub(super) fn requests(
    ledger: &[&LedgerEntry],
    (name, hidden): (&str, &Hidden),
    surface: draft::Surface,
    notes: &mut Vec<String>,
    left_out: &mut [draft::LeftOut],
) {
    draft::point_to_recorded(left_out, ledger);
    let first = draft::first_name(name);
    for (at, e) in open(ledger).enumerate() {
        notes.insert(at, surface.request(first, &e.text, e.id, hidden.of(e.id)));
    }
}

/// The note on an open request whose need (what it seeks: "presentargli
/// un CFO" seeks "un CFO") is the one the draft offers a helper for: said
/// as offered, not as one no draft answers.
pub(super) fn offered(
    notes: &mut [String],
    ledger: &[&LedgerEntry],
    (name, surface, hidden): (&str, draft::Surface, &Hidden),
    (need, helper): (&Option<String>, &Option<draft::Fact<String>>),
) {
    let (Some(need), Some(helper)) = (need, helper) else {
        return;
    };
    let first = draft::first_name(name);
    for e in ledger
        .iter()
        .filter(|e| crate::domain::matching::sought(&e.text) == *need)
    {
        let open = surface.request(first, &e.text, e.id, hidden.of(e.id));
        if let Some(note) = notes.iter_mut().find(|n| **n == open) {
            *note = surface.request_offered((first, name), &e.text, e.id, &helper.what);
        }
    }
}
