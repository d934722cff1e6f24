//! A typed name writes to one person only when nobody else fits it as
//! well (issues 27 and 28): as typed and as spelled plainly are one level,
//! a pasted name is looked up as `add` stored it, and namesakes in the
//! line that lists them are told apart.

use predicates::str::contains;

use super::Journal;

/// Dmitry Sokolov (#1), Дмитрий Соколов (#2), Marco D'Amico (#3), Nicolò
/// D’Amico (#4).
fn spellings() -> Journal {
    let j = Journal::new();
    for name in [
        "Dmitry Sokolov",
        "Дмитрий Соколов",
        "Marco D'Amico",
        "Nicolò D’Amico",
    ] {
        j.ok(&["add", name]);
    }
    j
}

/// How many records `id`'s history holds.
fn history(j: &Journal, id: &str) -> usize {
    j.json(&["show", id, "--json"])["history"]
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn a_name_that_fits_one_as_typed_and_another_spelled_plainly_writes_nothing() {
    let j = spellings();
    let said = j.refused(&["gave", "sokolov", "x"]);
    assert!(
        said.contains("'sokolov' could be Dmitry Sokolov (#1), Дмитрий Соколов (#2)"),
        "{said}"
    );
    let said = j.refused(&["gave", "D'Amico", "x"]);
    assert!(
        said.contains("'D'Amico' could be Marco D'Amico (#3), Nicolò D’Amico (#4)"),
        "{said}"
    );
    // The merge the TUI's form (`X`) runs: a picker asks, nothing merged.
    let said = j.refused(&["merge", "3", "sokolov"]);
    assert!(
        said.contains("could be Dmitry Sokolov (#1), Дмитрий Соколов (#2)"),
        "{said}"
    );
    for id in ["1", "2", "3", "4"] {
        assert_eq!(history(&j, id), 0, "#{id} was written to");
    }
    // Completion offers both, by the same rule.
    let offered = j.ok(&["complete-names", "sokolov"]);
    assert!(
        offered.contains("Dmitry Sokolov") && offered.contains("Дмитрий Соколов"),
        "{offered}"
    );
    // A whole name fits one of them alone.
    j.ok(&["gave", "Dmitry Sokolov", "x"]);
    j.ok(&["gave", "Nicolò D'Amico", "x"]);
    assert_eq!((history(&j, "1"), history(&j, "4")), (1, 1));
}

#[test]
fn a_pasted_name_is_looked_up_as_add_stored_it() {
    let j = Journal::new();
    j.ok(&["add", "Zero\u{200B}Width"]);
    j.ok(&["add", "x\u{1b}[31mRED\u{1b}[0m\u{7}"]);
    assert!(
        j.ok(&["show", "Zero\u{200B}Width"])
            .starts_with("ZeroWidth")
    );
    j.ok(&[
        "gave",
        "x\u{1b}[31mRED\u{1b}[0m\u{7}",
        "sent",
        "the",
        "deck",
    ]);
    assert_eq!(history(&j, "xRED"), 1);
    // Nobody by that name: the hint names it as `add` stores it, and works.
    let said = j.refused(&["show", "No\u{200B}Body"]);
    assert!(said.contains("givegive add \"NoBody\""), "{said}");
    j.ok(&["add", "NoBody"]);
}

#[test]
fn namesakes_are_listed_with_what_tells_them_apart() {
    let j = Journal::new();
    j.ok(&["add", "John Doe", "--org", "Acme"]);
    j.ok(&["add", "John Doe", "--duplicate"]);
    j.ok(&["add", "Jane Roe", "--email", "jane@acme.example"]);
    j.ok(&[
        "add",
        "Jane Roe",
        "--email",
        "jr@home.example",
        "--duplicate",
    ]);
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["add", "Anna Bianchi"]);
    j.cmd(&["show", "john doe"])
        .assert()
        .failure()
        .stderr(contains(
            "'john doe' could be John Doe (#1, Acme), John Doe (#2, no organisation)",
        ));
    j.cmd(&["show", "jane"]).assert().failure().stderr(contains(
        "Jane Roe (#3, jane@acme.example), Jane Roe (#4, jr@home.example)",
    ));
    // Not namesakes: their names and ids tell them apart.
    j.cmd(&["show", "anna"]).assert().failure().stderr(contains(
        "'anna' could be Anna Rossi (#5), Anna Bianchi (#6)",
    ));
}

/// Trial 27f #3: merging two people keeps the second one's other work (an
/// organisation or a role the first has otherwise) in the notes, as an
/// import keeps a card's second organisation.
#[test]
fn a_merge_keeps_the_other_persons_work_in_the_notes() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Dmitry Sokolov",
        "--org",
        "Yandex",
        "--role",
        "Engineer",
    ]);
    j.ok(&[
        "add",
        "Dima S",
        "--org",
        "Acme Plumbing",
        "--role",
        "Plumber",
        "--notes",
        "met at the hackathon",
    ]);
    j.ok(&["merge", "dmitry sokolov", "dima s"]);
    let card = j.json(&["show", "dmitry", "--json"]);
    assert_eq!(card["contact"]["org"], "Yandex");
    assert_eq!(
        card["contact"]["notes"],
        "met at the hackathon\nAlso: Plumber, Acme Plumbing"
    );
}
