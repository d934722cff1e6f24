//! Trial four: the contacts list read "Elena Russo +1" with nothing
//! saying the number is the balance, and the card's history read
//! "gave other w1: ..." before its text.

use super::*;

#[test]
fn the_list_says_its_numbers_are_the_balance_and_history_rows_lead_with_the_text() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    assert!(app.data().people.iter().any(|p| p.row.lean != 0));
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("+n: you gave n more"), "{drawn}");
    send(&mut app, &mut rt, &[act(Action::Open)]);
    let drawn = draw(&app, 120, 40);
    assert!(!drawn.contains(" w1"), "{drawn}");
    assert!(!drawn.contains(" other "), "{drawn}");
}
