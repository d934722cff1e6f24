//! Changes other shells made while the TUI held the journal, through
//! `Msg`s alone.

use super::*;

/// What other shells changed is said in the TUI's words, before why a
/// row moved; a warning (about what the user is doing) stays.
#[test]
fn changes_from_another_shell_are_said_and_a_warning_stays() {
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
        &[Msg::Warning("the disk refused the write".into())],
    );
    send(
        &mut app,
        &[Msg::Elsewhere(vec!["gave Anna: a book".into()])],
    );
    assert_eq!(app.status().text, "the disk refused the write");
}
