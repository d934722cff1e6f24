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

/// Trial 26y: `/333`, tab, `y` copied Anna's email, not the phone the
/// result showed. On a search result, the copy key takes first the way to
/// reach them that the query matched, then goes round all of them.
#[test]
fn on_a_search_result_the_copy_key_takes_what_matched_first() {
    let f = Fixture::empty();
    let line = [
        "add",
        "Anna Rossi",
        "--email",
        "anna@fintastic.it",
        "--phone",
        "+39 333 1234567",
        "--phone",
        "+39 347 555 0101",
    ];
    let typed_line = givegive::words::parse(&line.map(String::from), today()).expect("parse");
    let config = Config::defaults();
    let env = givegive::command::Env::unattended(
        today(),
        &config,
        givegive::words::label(&typed_line.command),
    );
    givegive::command::run(&f.journal, &env, typed_line.command).expect("run");
    let all = ["anna@fintastic.it", "+39 333 1234567", "+39 347 555 0101"];
    for (query, first) in [
        ("333", all[1]),
        ("3331234567", all[1]),
        ("0101", all[2]),
        ("fintastic", all[0]),
        ("rossi", all[0]),
    ] {
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &[act(Action::Search)]);
        send(&mut app, &mut rt, &typed(query));
        send(&mut app, &mut rt, &[Msg::Complete]);
        assert!(!app.search().results.is_empty(), "{query}");
        let mut copied = Vec::new();
        for _ in 0..all.len() {
            send(&mut app, &mut rt, &[act(Action::CopyAddress)]);
            let said = app.status().text.clone();
            let value = all.iter().find(|v| said.starts_with(&format!("{v} (")));
            copied.push(*value.unwrap_or_else(|| panic!("{query}: {said}")));
        }
        assert_eq!(copied[0], first, "{query}");
        copied.sort_unstable();
        let mut every = all.to_vec();
        every.sort_unstable();
        assert_eq!(copied, every, "{query}: round all of them");
    }
}
