//! `/` search is worked from the query line: up and down move the
//! highlighted result while the query is typed, and `enter` opens the
//! highlighted result's person at once. What opens is always the row
//! highlighted, whatever was typed, moved or reloaded before (issue 26,
//! trial three: a second `enter` opened someone else).

use super::*;
use givegive::domain::Id;
use givegive::domain::search::Hit;

/// What tells a result apart: whose, which record, which field (a shared
/// meeting is listed once under each person in it).
fn key(hit: &Hit) -> (Id, Option<Id>, String) {
    (hit.id, hit.record, format!("{:?}", hit.field))
}

#[test]
fn arrows_move_the_highlighted_result_while_typing_and_enter_opens_it() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Search)]);
    send(&mut app, &mut rt, &typed("the"));
    assert!(app.search().results.len() > 3, "the demo has results");
    send(&mut app, &mut rt, &[act(Action::Down), act(Action::Down)]);
    assert_eq!(app.search().selected, 2, "down moves while typing");
    send(&mut app, &mut rt, &[act(Action::Up)]);
    assert_eq!(app.search().selected, 1, "up too");
    assert!(app.prompt().is_some(), "the query line stays open");
    let wanted = app.search().results[1].id;
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(app.screen(), Screen::Contacts, "one enter opens");
    assert_eq!(app.contacts().selected_id(app.data()), Some(wanted));
    assert_eq!(app.card().as_ref().map(|c| c.contact.id), Some(wanted));
}

/// One step of a user at the search.
#[derive(Clone, Debug)]
enum Step {
    Type(&'static str),
    Backspace,
    Move(Action),
    /// A change saved elsewhere: every list is loaded again.
    Reload,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        prop::sample::select(vec!["a", "e", "the", " ", "co", "meet", "ri", "lu"])
            .prop_map(Step::Type),
        Just(Step::Backspace),
        prop::sample::select(vec![
            Action::Up,
            Action::Down,
            Action::PageDown,
            Action::PageUp,
        ])
        .prop_map(Step::Move),
        Just(Step::Reload),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// For random queries and keys, the highlighted result stays the one
    /// moved to across a reload (while it is listed), and `enter` opens
    /// exactly its person.
    #[test]
    fn enter_opens_exactly_the_highlighted_result(
        // "rustlab" finds one meeting listed under each of three people.
        start in prop::sample::select(vec!["me", "rustlab"]),
        steps in prop::collection::vec(step(), 1..24),
    ) {
        let f = Fixture::demo();
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &[act(Action::Search)]);
        send(&mut app, &mut rt, &typed(start));
        for step in &steps {
            match step {
                Step::Type(text) => send(&mut app, &mut rt, &typed(text)),
                Step::Backspace => send(
                    &mut app,
                    &mut rt,
                    &[Msg::Edit(InputRequest::DeletePrevChar)],
                ),
                Step::Move(action) => send(&mut app, &mut rt, &[act(*action)]),
                Step::Reload => {
                    let before = app.search().selected_hit().map(key);
                    rt.reload(&mut app);
                    let after = app.search().selected_hit().map(key);
                    let listed = before
                        .as_ref()
                        .is_some_and(|k| app.search().results.iter().any(|h| key(h) == *k));
                    if listed {
                        prop_assert_eq!(after, before, "a reload keeps the highlighted result");
                    }
                }
            }
            prop_assert!(app.prompt().is_some(), "{:?} closed the query line", step);
        }
        let highlighted = app.search().selected_hit().map(|h| h.id);
        send(&mut app, &mut rt, &[Msg::Submit]);
        match highlighted {
            Some(id) => {
                prop_assert_eq!(app.screen(), Screen::Contacts);
                prop_assert_eq!(app.contacts().selected_id(app.data()), Some(id));
                prop_assert_eq!(app.card().as_ref().map(|c| c.contact.id), Some(id));
            }
            None => prop_assert_eq!(app.screen(), Screen::Search),
        }
    }
}

/// On the command line, which has no list, an arrow says so.
#[test]
fn an_arrow_on_the_command_line_says_it_moves_nothing() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let before = app.contacts().selected;
    send(
        &mut app,
        &mut rt,
        &[act(Action::CommandLine), act(Action::Down)],
    );
    assert_eq!(app.contacts().selected, before);
    assert!(
        app.status()
            .text
            .starts_with("the command line has no list")
    );
    assert!(app.prompt().is_some());
}

/// The contacts filter works the same way: an arrow moves the person
/// highlighted while the letters are typed.
#[test]
fn an_arrow_in_the_filter_moves_the_person() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("a"));
    assert!(app.contacts().visible.len() > 2);
    send(
        &mut app,
        &mut rt,
        &[act(Action::Down), act(Action::Down), act(Action::Up)],
    );
    assert_eq!(app.contacts().selected, 1);
    assert!(app.prompt().is_some());
    let id = app.contacts().selected_id(app.data());
    assert_eq!(app.card().as_ref().map(|c| c.contact.id), id, "its card");
}
