//! Report 27d #14: what a summary and a dossier say.

use predicates::str::contains;

use super::{J, linkedin};

#[test]
fn a_kind_with_no_plural_is_said_per_person() {
    let j = J::new();
    j.out("a", &["add", "Lucia Neri"]);
    j.out("a", &["add", "Tomas Kral"]);
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("how we met for 2"));
}

/// A file is read later: its days are dates, never "(tomorrow)".
#[test]
fn the_dossier_says_days_as_dates() {
    let j = J::new();
    // The tests' today is 2026-11-23.
    j.out("a", &["add", "Sara Bianchi", "--birthday", "1979-11-24"]);
    j.out("a", &["met", "sara", "coffee", "--on", "2026-11-20"]);
    let md = j.out("a", &["export", "--format", "markdown", "sara"]);
    assert!(md.contains("- birthday 24 November 1979\n"), "{md}");
    assert!(md.contains("- last touch 2026-11-20\n"), "{md}");
    assert!(!md.contains("tomorrow") && !md.contains(" ago"), "{md}");
}
