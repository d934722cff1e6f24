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
