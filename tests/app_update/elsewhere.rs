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
    /// What else a change from another shell did is said after it, as
    /// many of those lines as the status line's rows hold at 80 columns,
    /// then how many more: never cut, never left out unsaid.
    #[test]
    fn what_else_a_change_did_is_said_within_the_status_room(
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
        let change = std::iter::once("gave Anna: the deck (#9, 2026-11-23)".to_string())
            .chain(also.iter().cloned())
            .collect::<Vec<_>>()
            .join("\n");
        send(&mut app, &[Msg::Elsewhere(vec![change; changes])]);
        let text = app.status().text.clone();
        let options = textwrap::Options::new(79).break_words(false);
        proptest::prop_assert!(textwrap::wrap(&format!(" {text} "), options).len() <= 3, "{}", text);
        let shown = also.iter().filter(|a| text.contains(a.as_str())).count();
        let more = also.len() - shown;
        proptest::prop_assert_eq!(
            text.contains(&format!("{more} more also done")),
            more > 0,
            "{}",
            text
        );
        proptest::prop_assert!(text.contains("gave Anna: the deck (#9, 2026-11-23)"), "{}", text);
    }
}
