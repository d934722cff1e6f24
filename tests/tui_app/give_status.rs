//! What a give tells on the status line (issue 26, trial 26w #8): a give
//! of mine that is what a follow-up promised to send does that follow-up
//! (`followed::holds`), and the TUI says so in the shell's words, "also
//! done: follow-up with …", whatever the path that ran the give. Trial 26w
//! saw only "1 follow-up sent, 1 give" after `g` on Tom's review line.

use super::*;

/// How the give is made: `g` on a line or a card, or typed on the
/// command line.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    Key,
    Typed,
}

/// The status after giving Marco "the two firmware leads" from his review
/// line, or from his card in the contacts list (`review`: from the review).
fn gave_marco_the_leads(review: bool, way: Way) -> String {
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
    match way {
        Way::Key => {
            send(&mut app, &mut rt, &[act(Action::Gave)]);
            send(&mut app, &mut rt, &typed("the two firmware leads"));
        }
        Way::Typed => {
            send(&mut app, &mut rt, &[act(Action::CommandLine)]);
            send(
                &mut app,
                &mut rt,
                &typed("gave marco \"the two firmware leads\""),
            );
        }
    }
    send(&mut app, &mut rt, &[Msg::Submit]);
    let said = app.status().text.clone();
    // On the status line's rows at 80 columns (a longer line is cut
    // after it, and L shows it all).
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"').trim()).collect();
    assert!(
        rows[rows.len() - 3..]
            .join(" ")
            .contains("also done: follow-up with Marco Bianchi: send Marco the two firmware leads"),
        "{screen}"
    );
    said
}

#[test]
fn a_give_from_the_review_says_the_follow_up_it_did() {
    let said = gave_marco_the_leads(true, Way::Key);
    assert!(
        said.starts_with("1 reviewed:")
            && said.contains(
                "· also done: follow-up with Marco Bianchi: send Marco the two firmware leads (#"
            ),
        "{said}"
    );
}

#[test]
fn a_give_from_a_card_or_the_command_line_says_the_follow_up_it_did() {
    for (review, way) in [(false, Way::Key), (false, Way::Typed), (true, Way::Typed)] {
        let said = gave_marco_the_leads(review, way);
        assert!(
            said.starts_with("gave Marco Bianchi: the two firmware leads")
                && said.contains(
                    "· also done: follow-up with Marco Bianchi: send Marco the two firmware leads (#"
                ),
            "{said}"
        );
    }
}

/// Trial 26x #7: `y` on a draft that sends what a follow-up promised
/// ("send Davide the two developer profiles"); Davide has no line left,
/// so the cursor is on Elena. The status says the TUI's key, never the
/// command line's `:gave davide …`, and `g` right after opens the gave
/// form for Davide, filled with what was promised; saved, it is his give.
#[test]
fn after_a_promise_sent_g_records_its_give_for_that_person() {
    let f = Fixture::empty();
    let add = |name: &str| {
        f.journal
            .add_contact(
                &givegive::journal::ContactDraft {
                    name: name.into(),
                    ..Default::default()
                },
                today() - chrono::Days::new(20),
            )
            .expect("add")
            .id
    };
    let (davide, elena) = (add("Davide Neri"), add("Elena Russo"));
    let before = today() - chrono::Days::new(5);
    f.journal
        .add_follow_up(
            davide,
            today(),
            "send Davide the two developer profiles",
            before,
        )
        .expect("follow-up");
    f.journal
        .add_follow_up(elena, today(), "ask how the move went", before)
        .expect("follow-up");
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.contact == davide)
        .expect("Davide's follow-up");
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    assert!(
        matches!(app.overlay(), Some(Overlay::Draft(_))),
        "{:?}",
        app.status()
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.ends_with("g records the give") && !said.contains(":gave"),
        "{said}"
    );
    assert_eq!(app.selected_item().map(|i| i.contact), Some(elena));
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the gave form: {:?}", app.status());
    };
    assert!(form.title.contains("Davide Neri"), "{}", form.title);
    assert_eq!(form.fields[0].input.value(), "the two developer profiles");
    send(&mut app, &mut rt, &[Msg::Submit]);
    let card = f.journal.card(davide).expect("card");
    assert_eq!(card.help.given.count, 1, "{:?}", app.status());
    // Any other key first: `g` is the selected person's again.
    send(&mut app, &mut rt, &[act(Action::Down), act(Action::Up)]);
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the gave form: {:?}", app.status());
    };
    assert!(form.title.contains("Elena Russo"), "{}", form.title);
}
