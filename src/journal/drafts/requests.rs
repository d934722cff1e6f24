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
