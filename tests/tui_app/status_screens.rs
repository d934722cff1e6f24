//! Trial 28c #18: what the status said of one screen stayed on the next
//! ("nothing to mark done: …" of a review line, on Stats and Events). It
//! goes when the screen changes, by key or by a click on a tab, warnings
//! too; a screen's own new words stay.

use super::*;
use givegive::app::Spot;

#[test]
fn a_review_refusal_goes_when_the_screen_changes() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "one_sided")
        .expect("a one_sided line");
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(
        app.status().warning && app.status().text.starts_with("nothing to mark done"),
        "{:?}",
        app.status()
    );
    send(&mut app, &mut rt, &[act(Action::ScreenStats)]);
    assert_eq!(app.status().text, "", "on Stats");
    let drawn = draw(&app, 80, 24);
    assert!(!drawn.contains("nothing to mark"), "{drawn}");

    // By a click on a tab, the same.
    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(app.status().warning, "{:?}", app.status());
    send(&mut app, &mut rt, &[Msg::Click(Spot::Tab(Screen::Events))]);
    assert_eq!(app.status().text, "", "on Events");
}
