//! Trials 27e and 28e: small words that were untrue or confusing.
//! Today is Monday 23 November 2026.

use super::Journal;

/// "ok: 1 contacts": a count says its noun in the number it has.
#[test]
fn check_counts_one_contact_as_one() {
    let j = Journal::new();
    j.ok(&["add", "Dora Finzi"]);
    let one = j.ok(&["check"]);
    assert!(one.starts_with("ok: 1 contact, "), "{one}");
    j.ok(&["add", "Marco Verdi"]);
    let two = j.ok(&["check"]);
    assert!(two.starts_with("ok: 2 contacts, "), "{two}");
}
