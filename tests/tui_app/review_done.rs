//! `d` on one of a person's review lines marks that line done; their other
//! lines whose reason still applies stay in the review, in the same pass
//! (docs/review.md, "Capacity": a person the pass has shown stays in it
//! while they have a line). People are ordered by their most urgent line,
//! so the line left moves down (out of view at 80x24): the cursor follows
//! the person and the status says why they are still there (trial three
//! saw "you asked more" vanish and the cursor on the next person).

use super::*;

#[test]
fn done_on_a_follow_up_keeps_the_persons_other_line() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review);
    let lines_of = |app: &App, who: &str| -> Vec<&'static str> {
        app.data()
            .review
            .items
            .iter()
            .filter(|i| &*i.name == who)
            .map(|i| i.reason.kind())
            .collect()
    };
    assert_eq!(
        lines_of(&app, "Marco Bianchi"),
        ["follow_up_due", "one_sided"]
    );
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| &*i.name == "Marco Bianchi")
        .expect("Marco's follow-up");
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert_eq!(
        lines_of(&app, "Marco Bianchi"),
        ["one_sided"],
        "{:?}",
        app.status()
    );
    assert_eq!(
        app.selected_item().map(|i| &*i.name),
        Some("Marco Bianchi"),
        "the cursor stays on Marco"
    );
    let said = &app.status().text;
    assert!(
        said.contains("Marco Bianchi stays in the review, now 10th: you asked more (5)"),
        "{said}"
    );
}
