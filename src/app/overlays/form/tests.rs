//! A refusal moves the focus to the field it names, on every form: what is
//! typed next goes into that field, never into the one that had the focus
//! (a fixed name typed into "what they told you" saved a person named by a
//! sentence).

use proptest::prelude::*;
use tui_input::InputRequest;

use crate::app::{Action, App, Data, Msg, Overlay, PersonRow};
use crate::domain::{Id, Tier};
use crate::journal::ListRow;

fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect()
}

/// Sara Greco (1) and Sara Neri (2), on the contacts screen.
fn app() -> App {
    let person = |id, name: &str| {
        PersonRow::new(ListRow {
            id: Id(id),
            name: name.into(),
            org: "".into(),
            role: "".into(),
            tier: Tier::None,
            tags: Vec::new().into(),
            closed: false,
            last_touch: None,
            lean: 0,
            help: crate::domain::Tallies::default().help(),
        })
    };
    let data = Data {
        people: vec![person(1, "Sara Greco"), person(2, "Sara Neri")],
        ..Data::default()
    };
    let mut app = App::new(data, chrono::NaiveDate::default(), "journal".into());
    app.update(Msg::Act(Action::ScreenContacts));
    app
}

/// Opens a form with `open`, types each value into its field in turn
/// (moving down, so no name is completed), goes to field `from`, saves.
/// A refusal names a field: that field has the focus and its words.
fn refused_on_the_field_it_names(open: Action, values: &[&str], from: usize) {
    let mut app = app();
    app.update(Msg::Act(open));
    for value in values {
        for msg in typed(value) {
            app.update(msg);
        }
        app.update(Msg::Act(Action::Down));
    }
    for _ in 0..values.len() {
        app.update(Msg::Act(Action::Up));
    }
    for _ in 0..from {
        app.update(Msg::Act(Action::Down));
    }
    let effects = app.update(Msg::Submit);
    let Some(Overlay::Form(form)) = &app.overlay else {
        return;
    };
    if !effects.is_empty() || !app.status.warning {
        return;
    }
    let (at, why) = form.problem.clone().expect("a refusal names its field");
    assert_eq!(form.focus, at, "{why}");
    assert_eq!(why, app.status.text);
}

/// Trial 26z: the event form asked about a name that reads as a sentence
/// with the focus left on "what they told you"; typing the fix went there.
#[test]
fn the_event_form_asks_about_a_sentence_name_on_that_name() {
    let mut app = app();
    app.update(Msg::Act(Action::LogEvent));
    let mut msgs = typed("Test");
    msgs.extend([Msg::Act(Action::Down), Msg::Act(Action::Down)]);
    msgs.extend(typed("ginevra mi ha detto che cerca un socio"));
    msgs.push(Msg::Act(Action::Down));
    for msg in msgs {
        app.update(msg);
    }
    assert!(app.update(Msg::Submit).is_empty());
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("the form stays open");
    };
    assert!(app.status.text.starts_with("nobody is called"));
    assert_eq!(
        form.fields[form.focus].slot,
        crate::app::form::Slot::Attendee
    );
    assert_eq!(form.problem.as_ref().map(|p| p.0), Some(form.focus));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Each field of the event form from values it takes or refuses, a
    /// new name that reads as a sentence among them.
    #[test]
    fn the_event_form_focuses_the_field_refused(
        event in prop::sample::select(vec!["", "Tea"]),
        when in prop::sample::select(vec!["", "yesterday", "nope day"]),
        name in prop::sample::select(vec![
            "", "Zoe", "sara", "ginevra mi ha detto che cerca un socio",
        ]),
        told in prop::sample::select(vec!["", "moving to Berlin"]),
        needs in prop::sample::select(vec!["", "a flat"]),
        follow_up in prop::sample::select(vec!["", "3d", "un appartamento"]),
        from in 0usize..7,
    ) {
        let values = [event, when, name, told, needs, follow_up];
        refused_on_the_field_it_names(Action::LogEvent, &values, from);
    }

    #[test]
    fn the_add_form_focuses_the_field_refused(
        values in prop::collection::vec(
            prop::sample::select(vec![
                "", "Nadia", "not an email", "nadia@x.it", "31 febbraio", "weekly", "often",
            ]),
            0..8,
        ),
        from in 0usize..8,
    ) {
        refused_on_the_field_it_names(Action::AddContact, &values, from);
    }
}
