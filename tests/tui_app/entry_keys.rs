//! `y` and `n` on an entry shown whole (review, `tab`, `enter` on a
//! history row): they act on an open entry or say why not; never
//! nothing at all.

use super::*;

#[test]
fn y_and_n_on_an_entry_act_or_say_why_not() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    send(&mut app, &mut rt, &[act(Action::FocusNext)]);
    let rows = app.card().as_ref().map_or(0, |c| c.history.len());
    assert!(rows > 1, "a history to walk");
    let mut said = 0;
    for _ in 0..rows {
        for msg in [Msg::Yes, Msg::No] {
            send(&mut app, &mut rt, &[act(Action::Open)]);
            assert!(matches!(app.overlay(), Some(Overlay::Output { .. })));
            let effects = app.update(msg.clone());
            if effects.is_empty() {
                let text = &app.status().text;
                assert!(text.contains("does nothing here: "), "{msg:?}: {text}");
                said += 1;
            }
            send(&mut app, &mut rt, &[Msg::Cancel]);
        }
        send(&mut app, &mut rt, &[act(Action::Down)]);
    }
    assert!(said > 0, "some entry is not open");
}

/// What the copy key took is said of one person: once another is
/// selected the line no longer reads as about them.
#[test]
fn a_status_about_a_person_goes_when_another_is_selected() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let people = app.data().people.len();
    let mut moved = 0;
    for row in 0..people.saturating_sub(1) {
        select_row(&mut app, &mut rt, row);
        send(&mut app, &mut rt, &[act(Action::CopyAddress)]);
        if app.status().warning {
            continue;
        }
        let said = app.status().text.clone();
        send(&mut app, &mut rt, &[act(Action::Down)]);
        assert_ne!(app.status().text, said);
        moved += 1;
    }
    assert!(moved > 0, "someone with an address");
}
