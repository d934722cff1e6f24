//! `:show` of a name typed in any case: the output is titled with the
//! person's name as the journal spells it ("show kai" was titled "show
//! kai"), and the status line that opens with their card's first line goes
//! once another person is selected (it stayed on "Kai Nakamura #3" while
//! browsing others).

use super::*;

#[test]
fn show_names_the_person_and_its_status_goes_with_them() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let first = selected_name(&app);
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("show kai"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Output { title, .. }) = app.overlay() else {
        panic!("a card opens whole: {:?}", app.status());
    };
    assert!(title.starts_with("show Kai "), "{title}");
    let name = title.trim_start_matches("show ").to_string();
    send(&mut app, &mut rt, &[act(Action::Back)]);
    // Browsing from the first person: the card read is no longer theirs.
    assert_ne!(first, name);
    send(&mut app, &mut rt, &[act(Action::Down)]);
    assert_ne!(selected_name(&app), name);
    assert!(
        !app.status().text.contains(&name),
        "{:?} while {} is selected",
        app.status(),
        selected_name(&app)
    );
}
