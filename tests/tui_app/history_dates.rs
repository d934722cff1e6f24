//! History rows were dated two ways: a follow-up row showed the day it
//! was made, and another day in its text ("2026-11-23 follow-up due
//! 2026-11-13: …"). One rule: a row is dated by the day it speaks of (a
//! follow-up: when it is due, put off to or was done), and a follow-up's
//! state leads its text, so at 80 columns it is never cut.

use super::*;
use givegive::domain::FollowUpState;
use givegive::journal::HistoryItem;

#[test]
fn a_history_row_shows_one_date_and_a_follow_up_keeps_its_state_in_view() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let people = app.data().people.len();
    let mut seen = 0;
    for row in 0..people {
        select_row(&mut app, &mut rt, row);
        let Some(card) = app.card().clone() else {
            continue;
        };
        let screen = draw(&app, 80, 24);
        for item in &card.history {
            let HistoryItem::FollowUp(fu) = item else {
                continue;
            };
            let (day, state) = match fu.state {
                FollowUpState::Open => (fu.due, "due"),
                FollowUpState::Snoozed { until } => (until, "snoozed"),
                FollowUpState::Done { on } => (on, "done"),
            };
            let h = card.headline(item);
            assert_eq!(h.date, day, "{}", h.text);
            // No other date in the row.
            assert!(!h.text.contains(&day.to_string()), "{}", h.text);
            let drawn = format!("{day} follow-up  {state}: ");
            if screen.contains(&format!("{day} follow-up")) {
                assert!(screen.contains(&drawn), "{drawn:?} in\n{screen}");
                seen += 1;
            }
        }
    }
    assert!(seen > 0, "no follow-up row drawn");
}

/// A ledger row's state leads its text too ("… [open]" at the end was
/// cut at 80 columns): every open or declined give or ask, and every
/// ask done, drawn on the card says its state right after its verb.
#[test]
fn a_ledger_row_keeps_its_state_in_view() {
    use givegive::domain::EntryState;
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let people = app.data().people.len();
    let mut seen = 0;
    for row in 0..people {
        select_row(&mut app, &mut rt, row);
        let Some(card) = app.card().clone() else {
            continue;
        };
        let screen = draw(&app, 80, 24);
        for item in &card.history {
            let HistoryItem::Ledger(e) = item else {
                continue;
            };
            let h = card.headline(item);
            if e.state == EntryState::Open {
                assert!(h.text.starts_with("open: "), "{}", h.text);
                let start = format!("{} {}", h.date, h.label);
                let mut rows = screen.lines().filter(|l| l.contains(&start)).peekable();
                if rows.peek().is_some() {
                    let rows: Vec<&str> = rows.collect();
                    assert!(rows.iter().any(|l| l.contains(" open: ")), "{rows:?}");
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 0, "no open ledger row drawn");
}
