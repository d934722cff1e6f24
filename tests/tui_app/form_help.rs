//! Trial five: `?` over a form listed the screen's keys too, and said
//! "close without saving" for an esc that asks first once something is
//! typed, and "next field" for a tab that completes a name in the event
//! form. The help over a form lists that form's keys, as it does them.

use super::*;

#[test]
fn the_help_over_a_form_is_its_keys_as_it_does_them() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    // A capture form, typed into.
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    send(&mut app, &mut rt, &typed("the deck"));
    send(&mut app, &mut rt, &[act(Action::Help)]);
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("In a form"), "{drawn}");
    for screen_part in ["On every screen", "On the contacts screen", "screen_review"] {
        assert!(!drawn.contains(screen_part), "{screen_part}: {drawn}");
    }
    assert!(drawn.contains("esc again discards"), "{drawn}");
    assert!(
        !drawn.contains("completes it first"),
        "no names here: {drawn}"
    );
    assert!(
        !drawn.contains("another person"),
        "no rows of people: {drawn}"
    );
    // The event form: tab completes a name; nothing typed yet, esc closes.
    send(
        &mut app,
        &mut rt,
        &[act(Action::Back), Msg::Cancel, Msg::Cancel],
    );
    assert!(app.overlay().is_none(), "{:?}", app.overlay());
    send(
        &mut app,
        &mut rt,
        &[act(Action::LogEvent), act(Action::Help)],
    );
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("completes it first"), "{drawn}");
    assert!(drawn.contains("another person"), "{drawn}");
    assert!(drawn.contains("nothing typed yet"), "{drawn}");
}
