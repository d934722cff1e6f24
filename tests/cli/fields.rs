//! `add` and `edit` refuse a value that cannot be what its flag says (an
//! email given as a phone...): one line naming the value and where it goes,
//! exit 1, nothing written. The TUI's forms refuse the same through the
//! same rule (`domain::reach`, applied by the command layer).

use super::Journal;

#[test]
fn a_value_in_the_wrong_list_is_refused_and_nothing_is_written() {
    let j = Journal::new();
    let err = j.refused(&["add", "Anna Rossi", "--email", "+39 333"]);
    assert!(
        err.contains("\"+39 333\" is not an email address; phones go under phone"),
        "{err}"
    );
    assert!(!j.ok(&["list"]).contains("Anna"), "nothing was added");

    j.ok(&["add", "Anna Rossi"]);
    for (flag, value, says) in [
        (
            "--phone",
            "work=anna@x.it",
            "is not a phone number; emails go under email",
        ),
        (
            "--url",
            "+39 333 1234567",
            "is not a web address; phones go under phone",
        ),
        ("--email", "gmail", "\"gmail\" is not an email address"),
        ("--phone", "call me", "\"call me\" is not a phone number"),
    ] {
        let err = j.refused(&["edit", "anna", flag, value]);
        assert!(err.contains(says), "{flag} {value}: {err}");
    }
    let shown = j.json(&["show", "anna", "--json"]);
    for list in ["emails", "phones", "urls"] {
        assert_eq!(shown["contact"][list], serde_json::json!([]), "{list}");
    }

    // Labelled values, as the card reads them, are taken.
    j.ok(&[
        "edit",
        "anna",
        "--phone",
        "cell=+39 333 1234567",
        "--email",
        "work=anna@x.it",
        "--url",
        "klarheit.de/anna",
    ]);
    let shown = j.json(&["show", "anna", "--json"]);
    assert_eq!(
        shown["contact"]["phones"],
        serde_json::json!([{"label": "cell", "value": "+39 333 1234567"}])
    );
}

/// An edit that comes to what is there writes nothing and says so: no undo
/// step that would take back a change nobody can see (the next `undo`
/// takes back the last real change), and no "u undoes it" in the TUI.
#[test]
fn an_edit_that_changes_nothing_says_so_and_leaves_no_undo_step() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi", "--org", "Acme"]);
    j.ok(&["edit", "anna", "--email", "anna@acme.example"]);
    for args in [
        &["edit", "anna", "--org", "Acme"][..],
        &["edit", "anna", "--email", "anna@acme.example"],
    ] {
        let said = j.ok(args);
        assert!(
            said.starts_with("nothing changed: Anna Rossi"),
            "{args:?}: {said}"
        );
    }
    assert_eq!(
        j.ok(&["undo"]).trim(),
        "undid: edit 'Anna Rossi' --email anna@acme.example"
    );
}

/// What `undo` and `redo` call a change names the person, as they were
/// named when it ran, even when the command named them by id (the TUI
/// always does): "close 5" means nothing to whoever reads it later.
#[test]
fn undo_names_the_person_a_command_named_by_id() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    let added = j.ok(&["add", "Marco Bianchi"]);
    let id = added
        .split(['(', ')'])
        .nth(1)
        .expect("the id in the report")
        .to_string();
    for args in [
        vec!["close", id.as_str(), "--reason", "annulla sempre"],
        vec!["gave", id.as_str(), "a book"],
        vec!["met", id.as_str(), "anna", "coffee"],
    ] {
        j.ok(&args);
        let undone = j.ok(&["undo"]);
        assert!(
            undone.contains("Marco Bianchi") && !undone.contains(&format!(" {id} ")),
            "{args:?}: {undone}"
        );
        let redone = j.ok(&["redo"]);
        assert!(redone.contains("Marco Bianchi"), "{args:?}: {redone}");
    }
}

/// Trial 28c: `--drop-phone "+39-333-1234567"` was refused for the number
/// the card shows as "+39 333 1234567": one number however written.
#[test]
fn a_phone_is_taken_out_however_it_is_written() {
    let j = Journal::lingerless();
    j.ok(&["add", "Zoe Marino", "--phone", "cell=+39 333 1234567"]);
    let said = j.ok(&["edit", "zoe", "--drop-phone", "+39-333-1234567"]);
    assert!(said.contains("took out 1 phone"), "{said}");
    assert!(!j.ok(&["show", "zoe"]).contains("1234567"));
}
