//! `H` at 80x24: a row's reasons were cut at the box's edge ("offers
//! \"contatti con editori\" f…"), and enter records an introduction for
//! the selected one. The selected row's reasons are read whole (wrapped).

use super::*;
use givegive::app::Overlay;

#[test]
fn the_selected_match_shows_its_whole_reason() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
    let people = app.data().review.items.len();
    let mut checked = 0;
    for at in 0..people {
        send(&mut app, &mut rt, &[act(Action::Top)]);
        send(&mut app, &mut rt, &vec![act(Action::Down); at]);
        send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
        let rows = match app.overlay() {
            Some(Overlay::Matches { report, .. }) => report.all().len(),
            _ => 0,
        };
        for row in 0..rows {
            let Some(Overlay::Matches { report, selected }) = app.overlay() else {
                panic!("H closed: {:?}", app.status());
            };
            assert_eq!(*selected, row);
            let reason = words(&report.all()[row].1.reasons.join(" · "));
            let inside: Vec<String> = rows_of(&app)
                .iter()
                .filter_map(|r| {
                    // Inside the overlay's frame: the widest piece between borders.
                    r.split('│')
                        .max_by_key(|s| s.chars().count())
                        .map(str::to_string)
                })
                .collect();
            let drawn = words(&inside.join(" "));
            assert!(
                drawn.contains(&reason),
                "row {row}: {reason:?} not whole in:\n{}",
                rows_of(&app).join("\n")
            );
            checked += 1;
            send(&mut app, &mut rt, &[act(Action::Down)]);
        }
        send(&mut app, &mut rt, &[Msg::Cancel]);
    }
    assert!(checked > 5, "only {checked} rows");
}

fn rows_of(app: &App) -> Vec<String> {
    rows(&draw(app, (80, 24)))
}

/// Trial 26z4: `H`'s last row was "+5 more not offered (givegive match
/// NAME --all)" and end did nothing. Who is not offered, and why, is read
/// in the box with its keys: ↓ goes on into them (each reason whole), end
/// reaches the last, and no row sends the user to the shell. At 80x24 and
/// in a shorter terminal, where even fewer fit.
#[test]
fn every_one_not_offered_is_reached_with_the_lists_keys() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
    let people = app.data().review.items.len();
    let mut reached = 0;
    for size in [(80, 24), (80, 16)] {
        for at in 0..people {
            send(&mut app, &mut rt, &[act(Action::Top)]);
            send(&mut app, &mut rt, &vec![act(Action::Down); at]);
            send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
            let Some(Overlay::Matches { report, .. }) = app.overlay() else {
                continue;
            };
            let offered = report.all().len();
            let left_out: Vec<(String, String)> = report
                .not_offered()
                .into_iter()
                .map(|(m, why)| (m.name.to_string(), why))
                .collect();
            let total = offered + left_out.len();
            let mut seen = Vec::new();
            for _ in 0..total {
                let screen = draw(&app, size);
                assert!(!screen.contains("givegive match"), "{screen}");
                let inside: Vec<String> = rows(&screen)
                    .iter()
                    .filter_map(|r| {
                        r.split('│')
                            .max_by_key(|s| s.chars().count())
                            .map(str::to_string)
                    })
                    .collect();
                seen.push(words(&inside.join(" ")));
                send(&mut app, &mut rt, &[act(Action::Down)]);
            }
            for (name, why) in &left_out {
                let whole = words(&format!("{name} {why}"));
                assert!(
                    seen.iter().any(|s| s.contains(&whole)),
                    "{size:?}: {whole:?} never read whole"
                );
                reached += 1;
            }
            send(&mut app, &mut rt, &[act(Action::Top), act(Action::Bottom)]);
            let Some(Overlay::Matches { selected, .. }) = app.overlay() else {
                panic!("H closed: {:?}", app.status());
            };
            assert_eq!(
                *selected,
                total.saturating_sub(1),
                "end goes to the last row"
            );
            send(&mut app, &mut rt, &[Msg::Cancel]);
        }
    }
    assert!(reached > 2, "only {reached} not offered");
}
