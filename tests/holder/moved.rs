//! Sockets that cannot be stolen: a journal folder moved away and copied
//! back under its holder, or a socket file removed, leaves every command
//! working (it used to leave "open in another givegive process" for as
//! long as the new holder lingered).

use std::process::Command;

use predicates::str::contains;

use super::Place;
use crate::holders::holders_of;

#[test]
fn a_journal_moved_away_and_copied_back_keeps_answering_through_its_new_holder() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    let old = p.holders();
    assert_eq!(old.len(), 1);
    let moved = p.root.join("journal-old");
    std::fs::rename(p.db(), &moved).expect("mv");
    let copied = Command::new("cp")
        .arg("-a")
        .arg(&moved)
        .arg(p.db())
        .status()
        .expect("cp");
    assert!(copied.success());
    // Through a new holder: the old one holds the moved folder.
    p.ok(&["gave", "anna", "after the move"]);
    // The old holder sees its journal gone from the path and lets go,
    // leaving the new holder's socket where it is.
    let start = std::time::Instant::now();
    while holders_of(&moved).iter().any(|pid| old.contains(pid))
        || p.holders().iter().any(|pid| old.contains(pid))
    {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the old holder stays"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    for round in 0..3 {
        p.ok(&["gave", "anna", &format!("next {round}")]);
    }
    let card = p.ok(&["show", "anna"]);
    assert!(
        card.contains("after the move") && card.contains("next 2"),
        "{card}"
    );
    p.cmd(&["holder"])
        .assert()
        .success()
        .stdout(contains(format!("a holder (pid {},", p.holders()[0])));
}

#[test]
fn a_removed_socket_is_bound_again_by_the_holder_that_holds_the_lock() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    let holder = p.holders();
    std::fs::remove_file(p.db().join("capture.sock")).expect("rm socket");
    p.ok(&["gave", "anna", "after the socket went"]);
    assert_eq!(p.holders(), holder, "the same holder answers");
    assert!(p.ok(&["show", "anna"]).contains("after the socket went"));
}
