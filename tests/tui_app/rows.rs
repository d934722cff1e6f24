//! Trial four: the contacts list read "Elena Russo +1" with nothing
//! saying the number is the balance, and the card's history read
//! "gave other w1: ..." before its text.

use super::*;

#[test]
fn the_list_says_its_numbers_are_the_balance_and_history_rows_lead_with_the_text() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    assert!(app.data().people.iter().any(|p| p.row.lean != 0));
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("+n: you gave n more"), "{drawn}");
    send(&mut app, &mut rt, &[act(Action::Open)]);
    let drawn = draw(&app, 120, 40);
    assert!(!drawn.contains(" w1"), "{drawn}");
    assert!(!drawn.contains(" other "), "{drawn}");
}

/// Trial four: a field scrolled sideways read "rk=tom@stripe.com, …" as
/// if that were its start. A hidden start is marked with `…`.
#[test]
fn a_field_scrolled_sideways_marks_its_hidden_start() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    let long =
        "note anna work=anna@example.com, home=anna.rossi@example.org, phone 3331234567 and more";
    send(&mut app, &mut rt, &typed(long));
    let drawn = draw(&app, 80, 24);
    let line = drawn
        .lines()
        .find(|l| l.trim_start_matches('"').starts_with(':'))
        .unwrap_or_else(|| panic!("no command line:\n{drawn}"));
    assert!(line.trim_start_matches('"').starts_with(":…"), "{line}");
    assert!(
        line.contains("and more"),
        "the end, where the cursor is: {line}"
    );
}

/// Trial four: the draft panel cut its last note line with no `…`: its
/// rows were counted by characters, the paragraph wraps at words.
#[test]
fn the_drafts_last_note_is_drawn_whole() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let last = "the very last words of the note";
    // Words just over half a row: one a row, where counting characters
    // gives two.
    let word = "https://example.com/a-long-link-to-share";
    let note = format!("{word} {word} {word} {word} {last}");
    let view = givegive::app::DraftView {
        contact: app.selected_person().expect("someone"),
        name: "Anna".into(),
        follow_up: None,
        text: "Hi Anna".into(),
        lines: Vec::new(),
        delivers: None,
        wishes: None,
        notes: vec![note],
        editor: None,
        scroll: 0,
    };
    send(&mut app, &mut rt, &[Msg::DraftLoaded(Box::new(Ok(view)))]);
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("last words of the note"), "{drawn}");
}

/// Trial five: a long draft's notes were cut at 80x24 and no key reached
/// them. The text and its notes scroll as one, the panel says "↓ more"
/// while there is more, and the keys stay in view.
#[test]
fn a_long_drafts_notes_scroll_into_view() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let text: Vec<String> = (1..=8).map(|n| format!("Line {n} of the draft.")).collect();
    let notes: Vec<String> = (1..=10)
        .map(|n| format!("note number {n}, left out because it could not be turned surely"))
        .collect();
    let view = givegive::app::DraftView {
        contact: app.selected_person().expect("someone"),
        name: "Anna".into(),
        follow_up: None,
        text: text.join("\n"),
        lines: Vec::new(),
        delivers: None,
        wishes: None,
        notes,
        editor: None,
        scroll: 0,
    };
    send(&mut app, &mut rt, &[Msg::DraftLoaded(Box::new(Ok(view)))]);
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("↓ more"), "{drawn}");
    assert!(!drawn.contains("note number 10,"), "{drawn}");
    assert!(drawn.contains("Line 1 of"), "{drawn}");
    send(
        &mut app,
        &mut rt,
        &[act(Action::PageDown), act(Action::PageDown)],
    );
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("note number 10,"), "{drawn}");
    assert!(!drawn.contains("↓ more"), "{drawn}");
    assert!(
        drawn.contains("mark sent"),
        "the keys stay in view: {drawn}"
    );
    send(&mut app, &mut rt, &[act(Action::Top)]);
    assert!(draw(&app, 80, 24).contains("Line 1 of"));
}
