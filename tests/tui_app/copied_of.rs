//! What the copy key took is said of the person it was taken from: the
//! clipboard's outcome ("… sent to the clipboard", a warning that stays
//! until replaced) goes once someone else is shown, as the copy key's own
//! line does (trial 26w #11: Tom's phone stayed on the status line on
//! Jonas's card, after `down` and `enter` on the search results).

use super::*;

/// `y` on whoever is selected, then the clipboard's outcome as the
/// terminal loop reports it when no clipboard tool confirms it.
fn copy(app: &mut App, rt: &mut Runtime<'_>) -> String {
    send(app, rt, &[act(Action::CopyAddress)]);
    let copied = app.status().text.clone();
    assert!(copied.contains("@example.org"), "{copied}");
    send(
        app,
        rt,
        &[Msg::Copied {
            said: format!("{copied} sent to the clipboard · L if paste fails"),
            warning: true,
        }],
    );
    assert!(app.status().text.contains(&copied), "{:?}", app.status());
    copied
}

#[test]
fn the_clipboards_word_goes_when_another_person_is_selected() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let at = app
        .contacts()
        .visible
        .iter()
        .position(|v| &*app.data().people[v.index].row.name == "Anna Rossi")
        .expect("Anna");
    select_row(&mut app, &mut rt, at);
    let copied = copy(&mut app, &mut rt);
    send(&mut app, &mut rt, &[act(Action::Down)]);
    assert_ne!(selected_name(&app), "Anna Rossi");
    assert!(
        !app.status().text.contains(&copied),
        "{:?} on {}",
        app.status(),
        selected_name(&app)
    );
}

#[test]
fn the_clipboards_word_goes_when_a_search_opens_someone_else() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Search)]);
    send(&mut app, &mut rt, &typed("the"));
    // Tab: the results take the keys.
    send(&mut app, &mut rt, &[Msg::Complete]);
    let anna = app
        .data()
        .people
        .iter()
        .find(|p| &*p.row.name == "Anna Rossi")
        .map(|p| p.row.id)
        .expect("Anna");
    let at = app
        .search()
        .results
        .iter()
        .position(|h| h.id == anna)
        .expect("Anna's result");
    let other = app
        .search()
        .results
        .iter()
        .position(|h| h.id != anna)
        .expect("someone else's result");
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    let copied = copy(&mut app, &mut rt);
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); other]);
    send(&mut app, &mut rt, &[act(Action::Open)]);
    assert_ne!(selected_name(&app), "Anna Rossi");
    assert!(!app.status().text.contains(&copied), "{:?}", app.status());
}
