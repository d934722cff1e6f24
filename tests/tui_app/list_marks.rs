//! Every list of rows says on its border how many rows lie above and
//! below what it shows, "↑N" and "↓N", as the contacts list does: the
//! interests, the people sharing one, the ledger (issue 26: they showed a
//! full window and no sign of more).

use super::*;

/// Thirty people, each with an interest of their own and one they share.
fn thirty_interests() -> Fixture {
    let f = Fixture::empty();
    for n in 0..30 {
        f.journal
            .add_contact(
                &givegive::journal::ContactDraft {
                    name: format!("Person {n:02}"),
                    interests: vec![format!("Hobby {n:02}"), "Chess".into()],
                    ..Default::default()
                },
                today(),
            )
            .expect("add");
    }
    f
}

#[test]
fn the_interests_and_their_people_mark_the_rows_out_of_view() {
    let f = thirty_interests();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenInterests)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); 25]);
    let screen = draw(&app, 80, 24);
    insta::assert_snapshot!("interests_scrolled_80x24", screen);
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[1].contains("↑6"), "{screen}");
    assert!(rows[22].contains("↓5"), "{screen}");
    // The people sharing Chess, scrolled to the last of the thirty.
    send(&mut app, &mut rt, &[act(Action::Top), act(Action::Open)]);
    send(&mut app, &mut rt, &[act(Action::Bottom)]);
    let screen = draw(&app, 80, 24);
    insta::assert_snapshot!("interest_people_scrolled_80x24", screen);
    assert!(
        screen.lines().nth(1).is_some_and(|r| r.contains("↑10")),
        "{screen}"
    );
}

#[test]
fn the_ledger_marks_the_rows_out_of_view() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenLedger)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); 20]);
    let screen = draw(&app, 80, 24);
    insta::assert_snapshot!("ledger_scrolled_80x24", screen);
    let total = app.ledger().visible.len();
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[1].contains("↑10"), "{screen}");
    let below = format!("↓{}", total - 21);
    assert!(rows[13].contains(&below), "{below}: {screen}");
}
