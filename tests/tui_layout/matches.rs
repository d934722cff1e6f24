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
