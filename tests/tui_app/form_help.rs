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

/// A fresh tester: the hints of the forms (g, V, E, n) and of the `/`
/// and `f` fields lacked "· f1 keys", though the README says every text
/// field's hint shows it. Each shows it, in every state, and f1 there
/// opens the help.
#[test]
fn every_text_field_hint_names_f1_and_f1_opens_the_help() {
    let f = Fixture::demo();
    let opens: [(&str, Vec<Msg>); 9] = [
        ("g", vec![act(Action::Gave)]),
        ("V", vec![act(Action::LogEvent)]),
        ("E", vec![act(Action::EditContact)]),
        ("C", vec![act(Action::CloseRelationship)]),
        (
            "n",
            vec![act(Action::ScreenContacts), act(Action::AddContact)],
        ),
        ("/", vec![act(Action::Search)]),
        (
            "/ typed",
            [vec![act(Action::Search)], typed("anna")].concat(),
        ),
        (
            "/ nothing found",
            [vec![act(Action::Search)], typed("zzqx")].concat(),
        ),
        (
            "f typed",
            [
                vec![act(Action::ScreenContacts), act(Action::Filter)],
                typed("an"),
            ]
            .concat(),
        ),
    ];
    for (what, msgs) in opens {
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &msgs);
        let drawn = draw(&app, 80, 24);
        assert!(drawn.contains("f1 keys"), "{what}: {drawn}");
        send(&mut app, &mut rt, &[act(Action::Help)]);
        assert!(
            matches!(app.overlay(), Some(givegive::app::Overlay::Help { .. })),
            "{what}: f1 did not open the help: {:?}",
            app.overlay()
        );
    }
}
