//! Changes other shells made while the TUI held the journal, through
//! `Msg`s alone.

use super::*;

/// What other shells changed is said in the TUI's words, before why a
/// row moved; it replaces what the status said of keys already pressed,
/// even a warning (trial four: a stale copy message hid a capture).
#[test]
fn changes_from_another_shell_are_said_over_an_old_warning() {
    let mut app = app();
    send(&mut app, &[act(Action::ScreenContacts)]);
    send(
        &mut app,
        &[Msg::Elsewhere(vec![
            "closed Bruno (moved); history kept, undo with: givegive reopen 2".into(),
        ])],
    );
    assert_eq!(
        app.status().text,
        "from another shell: closed Bruno (moved); history kept, undo with: u"
    );
    send(
        &mut app,
        &[Msg::Elsewhere(vec![
            "gave Anna: the deck (#9, 2026-11-23)".into(),
            "met with Carla: coffee (#10, 2026-11-23)".into(),
        ])],
    );
    assert_eq!(
        app.status().text,
        "from other shells: 2 changes, the last: met with Carla: coffee (#10, 2026-11-23)"
    );
    send(
        &mut app,
        &[Msg::Warning("copy failed: select the line".into())],
    );
    send(
        &mut app,
        &[Msg::Elsewhere(vec!["gave Anna: a book".into()])],
    );
    assert_eq!(app.status().text, "from another shell: gave Anna: a book");
}

/// A form being typed into keeps what it says (its refusal): the user is
/// reading it to fix what they typed.
#[test]
fn an_open_forms_word_stays_through_a_change_from_elsewhere() {
    let mut app = app();
    send(&mut app, &[act(Action::ScreenContacts), act(Action::Gave)]);
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    send(
        &mut app,
        &[Msg::Warning("what was given is missing".into())],
    );
    send(
        &mut app,
        &[Msg::Elsewhere(vec!["gave Anna: a book".into()])],
    );
    assert_eq!(app.status().text, "what was given is missing");
}

proptest::proptest! {
    /// Every line a change from another shell printed is said, in order
    /// (trial 26z4: only "added Aaron Abbott" of a capture that also
    /// joined an event and planned a follow-up); `L` reads it whole,
    /// each line on a row, however long it is.
    #[test]
    fn every_line_a_change_printed_is_said_and_read_whole(
        also in proptest::collection::vec("[a-z]{1,12}( [a-z]{1,12}){0,4}", 0..6),
        changes in 1usize..3,
    ) {
        let mut app = app();
        send(&mut app, &[act(Action::ScreenContacts)]);
        let also: Vec<String> = also
            .iter()
            .enumerate()
            .map(|(i, t)| format!("also done: follow-up with Anna: {i} {t} (#7)"))
            .collect();
        let lines: Vec<String> = std::iter::once("gave Anna: the deck (#9, 2026-11-23)".to_string())
            .chain(also.iter().cloned())
            .collect();
        send(&mut app, &[Msg::Elsewhere(vec![lines.join("\n"); changes])]);
        let text = app.status().text.clone();
        proptest::prop_assert!(text.ends_with(&lines.join(" · ")), "{}", text);
        send(&mut app, &[act(Action::ShowStatus)]);
        let Some(Overlay::Output { lines: read, .. }) = app.overlay() else {
            return Err(proptest::test_runner::TestCaseError::fail("L shows the status"));
        };
        for line in &lines[1..] {
            proptest::prop_assert!(read.contains(line), "{:?}", read);
        }
    }
}
