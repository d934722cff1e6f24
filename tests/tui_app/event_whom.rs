//! The event form (`V`): a name typed that matches nobody made a new
//! person with no word of it. Under the name being typed, the form says
//! whom saving takes it for: a known person named whole, several that
//! fit, or "new person: …".

use super::*;

/// The rows of the event form at 80x24 with `name` typed on its first
/// person's name.
fn typed_name(f: &Fixture, name: &str) -> String {
    let (mut app, mut rt) = f.app();
    send(
        &mut app,
        &mut rt,
        &[act(Action::LogEvent), act(Action::Down), act(Action::Down)],
    );
    send(&mut app, &mut rt, &typed(name));
    draw(&app, 80, 24)
}

#[test]
fn the_event_form_says_whom_a_typed_name_is() {
    let f = Fixture::demo();
    let (app, _rt) = f.app();
    let people: Vec<String> = app
        .data()
        .people
        .iter()
        .map(|p| p.row.name.to_string())
        .collect();
    for name in &people {
        let screen = typed_name(&f, &name.to_lowercase());
        assert!(screen.contains(&format!("↳ known: {name}")), "{screen}");
        assert!(!screen.contains("new person"), "{screen}");
    }
    for nobody in ["Zed Nobody", "Ottavia Quercia"] {
        let screen = typed_name(&f, nobody);
        assert!(
            screen.contains(&format!("↳ new person: {nobody}")),
            "{screen}"
        );
    }
    let screen = typed_name(&f, "an");
    assert!(screen.contains("↳ could be"), "{screen}");
}

/// Trial 26z4: `↳ known: Luca Ferri` showed only while the name was
/// typed; after tab nothing said whether "Priya Shah" was taken as known
/// or new. Every name typed keeps its words under it, focused or not.
#[test]
fn whom_a_name_is_taken_for_stays_after_tab() {
    let f = Fixture::demo();
    let (app, _rt) = f.app();
    let known = app.data().people[0].row.name.to_string();
    for (typed_as, said) in [
        (known.to_lowercase(), format!("↳ known: {known}")),
        (
            "Zed Nobody".to_string(),
            "↳ new person: Zed Nobody".to_string(),
        ),
    ] {
        let (mut app, mut rt) = f.app();
        send(
            &mut app,
            &mut rt,
            &[act(Action::LogEvent), act(Action::Down), act(Action::Down)],
        );
        send(&mut app, &mut rt, &typed(&typed_as));
        // Tab out of the name, then on past the row's other fields.
        for _ in 0..3 {
            send(&mut app, &mut rt, &[Msg::Complete]);
            let screen = draw(&app, 80, 24);
            assert!(screen.contains(&said), "{said}\n{screen}");
        }
    }
}
