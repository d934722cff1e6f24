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

/// "newest first" holds for the dates shown: a follow-up due next week
/// sits above today's meeting, and 12-02 above 12-01 (ties: the newer
/// record first). The card and `show` print the same list.
#[test]
fn every_history_is_in_the_order_of_its_shown_dates() {
    let f = Fixture::demo();
    // Follow-ups made on one day about another: due ahead, due long ago,
    // put off; the store keeps them under the day they were made.
    let ids: Vec<_> = f
        .journal
        .contacts()
        .map(|c| c.expect("contact").id)
        .collect();
    for (n, id) in ids.iter().take(6).enumerate() {
        let n = i64::try_from(n).expect("small");
        for (due, made) in [(9 - 4 * n, n), (-12 + n, 2 * n), (n, 0)] {
            let day = |d: i64| today() + chrono::Duration::days(d);
            let fu = f
                .journal
                .add_follow_up(*id, day(due), "ask how it went", day(-made))
                .expect("follow-up");
            if n % 3 == 1 {
                f.journal
                    .snooze(fu.id, day(due.max(0) + 5))
                    .expect("snoozed");
            }
        }
    }
    let (app, _rt) = f.app();
    let mut follow_ups = 0;
    for person in &app.data().people {
        let card = f.journal.card(person.row.id).expect("card");
        let shown: Vec<_> = card
            .history
            .iter()
            .map(|h| {
                let line = card.headline(h);
                (line.date, line.id)
            })
            .collect();
        let mut sorted = shown.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(shown, sorted, "{}", person.row.name);
        follow_ups += card
            .history
            .iter()
            .filter(|h| matches!(h, HistoryItem::FollowUp(_)))
            .count();
    }
    assert!(follow_ups > 0, "the demo has follow-ups");
}
