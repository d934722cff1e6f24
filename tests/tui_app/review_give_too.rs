//! Trial 28c #14: in the review, `d` on a follow-up line and then `g` (the
//! give it offers) said "2 reviewed: 1 done, 1 give": one line was
//! reviewed. The give is counted with the line it ends.

use super::*;

#[test]
fn a_give_after_done_on_the_same_line_is_counted_with_it() {
    let f = Fixture::empty();
    let tom = f
        .journal
        .add_contact(
            &givegive::journal::ContactDraft {
                name: "Tom Hale".into(),
                ..Default::default()
            },
            today() - chrono::Days::new(20),
        )
        .expect("add")
        .id;
    f.journal
        .add_follow_up(
            tom,
            today(),
            "send Tom the deck of the Fintech Club",
            today() - chrono::Days::new(5),
        )
        .expect("follow-up");
    let (mut app, mut rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review);
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(
        app.status().text.ends_with("g records the give"),
        "{:?}",
        app.status()
    );
    send(&mut app, &mut rt, &[act(Action::Gave), Msg::Submit]);
    let said = app.status().text.clone();
    assert!(
        said.contains("1 reviewed: 1 done, and a give logged with it"),
        "{said}"
    );
    assert_eq!(app.review().summary.reviewed(), 1);
    // `u` takes the give back off, and the done stays counted.
    send(&mut app, &mut rt, &[act(Action::Undo)]);
    assert_eq!(app.review().summary.line(), "1 reviewed: 1 done");
}
