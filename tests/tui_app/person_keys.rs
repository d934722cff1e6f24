//! Trial four: `w` on an event's people said "w does nothing here". Every
//! screen that lists people answers who is selected, and every key that
//! acts on a person acts on them there, as on the contacts screen.

use super::*;
use givegive::domain::Id;

/// The keys that act on the selected person.
const PERSON_KEYS: [Action; 15] = [
    Action::Gave,
    Action::Got,
    Action::Asked,
    Action::AskedBy,
    Action::Met,
    Action::FollowUp,
    Action::Signal,
    Action::Draft,
    Action::CopyAddress,
    Action::EditContact,
    Action::EditNotes,
    Action::WhoCouldHelp,
    Action::CloseRelationship,
    Action::MergeDuplicate,
    Action::Delete,
];

/// The app on each screen that lists people, with one of them selected
/// (and their card loaded, as moving there loads it).
fn on_every_screen_with_people(f: &Fixture) -> Vec<(&'static str, App, Runtime<'_>)> {
    let mut all = Vec::new();
    let (app, rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review, "the demo opens on the review");
    all.push(("review", app, rt));
    let (app, rt) = f.app();
    all.push(("contacts", app, rt));
    for (name, screen) in [
        ("an interest's people", Action::ScreenInterests),
        ("an event's people", Action::ScreenEvents),
    ] {
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &[act(screen), act(Action::Open)]);
        // The first row with people in it.
        for _ in 0..10 {
            if app.selected_person().is_some() {
                break;
            }
            send(
                &mut app,
                &mut rt,
                &[act(Action::Back), act(Action::Down), act(Action::Open)],
            );
        }
        all.push((name, app, rt));
    }
    // The search's results, reached from the query line by tab (letters
    // are the query's while it is open): no second esc needed.
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Search)]);
    send(&mut app, &mut rt, &typed("the"));
    send(&mut app, &mut rt, &[act(Action::Down), Msg::Complete]);
    assert!(app.prompt().is_none(), "tab leaves the query line");
    assert!(app.status().text.contains("person keys"), "and says how");
    all.push(("search results", app, rt));
    all
}

#[test]
fn every_person_key_acts_on_the_person_selected_wherever_they_are() {
    let f = Fixture::demo();
    for (screen, app, _rt) in on_every_screen_with_people(&f) {
        let who = app.selected_person().expect(screen);
        let name = app
            .data()
            .people
            .iter()
            .find(|p| p.row.id == who)
            .map(|p| p.row.name.to_string())
            .expect("listed");
        assert_eq!(
            app.card().as_ref().map(|c| c.contact.id),
            Some(who),
            "{screen}: their card is loaded"
        );
        for key in PERSON_KEYS {
            let mut app = app.clone();
            let effects = app.update(act(key));
            let said = app.status().text.clone();
            let done = format!("{:?} {effects:?}", app.overlay());
            let on_them = done.contains(&format!("{:?}", Id(who.0))) || said.contains(&name);
            assert!(
                on_them && !said.contains("not on this screen") && !said.contains("nobody"),
                "{screen}, {key:?}: not on {name} ({who:?}): {said:?} {done}"
            );
        }
    }
}
