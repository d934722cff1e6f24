//! Their open requests of me, said beside every draft to them.

use crate::domain::draft;
use crate::domain::{Direction, EntryState, LedgerEntry, Nature};

/// Their open requests of me, noted first: a draft cannot answer them for
/// me, whatever line it was drafted from ([`draft::Surface::request`]).
/// A detail left out as a request they made is pointed to the one the
/// ledger has, if it has it ([`draft::point_to_recorded`]).
pub(super) fn requests(
    ledger: &[&LedgerEntry],
    name: &str,
    surface: draft::Surface,
    notes: &mut Vec<String>,
    left_out: &mut [draft::LeftOut],
) {
    draft::point_to_recorded(left_out, ledger);
    let first = draft::first_name(name);
    let open = ledger.iter().filter(|e| {
        e.other.is_none()
            && (e.direction, e.nature, e.state)
                == (Direction::ThemToMe, Nature::Ask, EntryState::Open)
    });
    for (at, e) in open.enumerate() {
        notes.insert(at, surface.request(first, &e.text, e.id));
    }
}

/// The note on an open request whose need (what it seeks: "presentargli
/// un CFO" seeks "un CFO") is the one the draft offers a helper for: said
/// as offered, not as one no draft answers.
pub(super) fn offered(
    notes: &mut [String],
    ledger: &[&LedgerEntry],
    (name, surface): (&str, draft::Surface),
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
        let open = surface.request(first, &e.text, e.id);
        if let Some(note) = notes.iter_mut().find(|n| **n == open) {
            *note = surface.request_offered((first, name), &e.text, e.id, &helper.what);
        }
    }
}
