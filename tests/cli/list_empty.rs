//! An empty `list` says why it is empty (trial 28c #9): "Nobody matches"
//! only when a filter left everyone out; a journal with nobody yet says
//! so, and one whose people are all closed says how to see them.

use super::Journal;

#[test]
fn an_empty_list_says_why_it_is_empty() {
    let j = Journal::new();
    // A journal made on purpose, its one person taken out again.
    j.ok(&["add", "Ada Lind"]);
    j.ok(&["rm", "ada"]);
    let said = j.ok(&["list"]);
    assert!(
        said.starts_with("No one in this journal yet. Add someone with: givegive add NAME"),
        "{said}"
    );
    assert!(!said.contains("matches"), "{said}");
    j.ok(&["add", "Zoe Martin"]);
    let said = j.ok(&["list", "--tag", "climbing"]);
    assert!(said.starts_with("Nobody matches."), "{said}");
    j.ok(&["close", "zoe", "--reason", "moved away"]);
    let said = j.ok(&["list"]);
    assert!(
        said.starts_with("Nobody open: 1 closed relationship (givegive list --closed shows them)."),
        "{said}"
    );
    assert!(j.ok(&["list", "--closed"]).contains("Zoe Martin"));
}
