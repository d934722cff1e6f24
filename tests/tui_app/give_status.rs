//! What a give tells on the status line (issue 26, trial 26w #8): a give
//! of mine that is what a follow-up promised to send does that follow-up
//! (`followed::holds`), and the TUI says so in the shell's words, "also
//! done: follow-up with …", whatever the path that ran the give. Trial 26w
//! saw only "1 follow-up sent, 1 give" after `g` on Tom's review line.

use super::*;

/// The status after `g` and "the two firmware leads" on Marco's review line,
/// or on his card in the contacts list (`review`: from the review).
fn gave_marco_the_leads(review: bool) -> String {
    let f = Fixture::demo();
    let (mut app, mut rt) = match review {
        true => f.opened(),
        false => f.app(),
    };
    if review {
        let at = app
            .data()
            .review
            .items
            .iter()
            .position(|i| &*i.name == "Marco Bianchi")
            .expect("Marco's follow-up");
        select_row(&mut app, &mut rt, at);
    } else {
        send(&mut app, &mut rt, &[act(Action::Filter)]);
        send(&mut app, &mut rt, &typed("marco"));
        send(&mut app, &mut rt, &[Msg::Submit]);
        assert_eq!(selected_name(&app), "Marco Bianchi");
    }
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    send(&mut app, &mut rt, &typed("the two firmware leads"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let said = app.status().text.clone();
    // Read whole on the status line's rows at 80 columns.
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"').trim()).collect();
    assert!(rows[rows.len() - 3..].join(" ").contains(&said), "{screen}");
    said
}

#[test]
fn a_give_from_the_review_says_the_follow_up_it_did() {
    let said = gave_marco_the_leads(true);
    assert!(
        said.starts_with("1 reviewed:")
            && said.contains(
                "· also done: follow-up with Marco Bianchi: send Marco the two firmware leads (#"
            ),
        "{said}"
    );
}

#[test]
fn a_give_from_a_card_says_the_follow_up_it_did() {
    let said = gave_marco_the_leads(false);
    assert!(
        said.starts_with("gave Marco Bianchi: the two firmware leads")
            && said.contains(
                "· also done: follow-up with Marco Bianchi: send Marco the two firmware leads (#"
            ),
        "{said}"
    );
}
