//! Issue 26, trial 26y3 #1 and #6: after `y` on a draft that sends what a
//! follow-up promised, the status says what was done, by name, and that
//! `g` records the give; `g` then opens the gave form filled with what was
//! promised, whatever stays in the person's review. `g` on a review line
//! whose follow-up promises something is filled the same way.

use super::*;

fn person(f: &Fixture, name: &str) -> givegive::domain::Id {
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
}

fn row_of(app: &App, who: givegive::domain::Id) -> usize {
    app.data()
        .review
        .items
        .iter()
        .position(|i| i.contact == who)
        .expect("a review line")
}

fn gave_form(app: &App) -> (String, String) {
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the gave form: {:?}", app.status());
    };
    (form.title.clone(), form.fields[0].input.value().to_string())
}

fn tom_with_two_follow_ups(f: &Fixture) -> givegive::domain::Id {
    let tom = person(f, "Tom Hale");
    let before = today() - chrono::Days::new(5);
    for text in [
        "call Tom about Nina",
        "send Tom the deck of the Fintech Club",
    ] {
        f.journal
            .add_follow_up(tom, today(), text, before)
            .expect("follow-up");
    }
    tom
}

/// Tom's two due follow-ups; `w` `y` on the one that sends the deck: the
/// draft calls it a follow-up, the status names it done and says `g`
/// records the give; `L` reads the status whole, and `g` then opens the
/// gave form filled with the deck.
#[test]
fn after_y_the_status_names_what_was_done_and_g_gives_what_was_sent() {
    let f = Fixture::empty();
    let tom = tom_with_two_follow_ups(&f);
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.contact == tom && format!("{:?}", i.reason).contains("deck"))
        .expect("the deck's line");
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("a draft: {:?}", app.status());
    };
    let notes = view.notes.join("\n");
    assert!(
        notes.contains("marks your follow-up #3 done: attach \"the deck of the Fintech Club\"")
            && !notes.contains("promise #3"),
        "{notes}"
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.contains("done: follow-up with Tom Hale: send Tom the deck of the Fintech Club")
            && said.ends_with("g records the give"),
        "{said}"
    );
    send(
        &mut app,
        &mut rt,
        &[act(Action::ShowStatus), Msg::Cancel, act(Action::Gave)],
    );
    assert_eq!(
        gave_form(&app),
        (
            "gave Tom Hale".into(),
            "the deck of the Fintech Club".into()
        )
    );
}

/// Marco keeps a line only a give ends ("you asked more"): after `y` on
/// the draft that sends the two firmware leads, the status does not hedge
/// ("if you sent Marco something") and `g` is filled with the leads.
#[test]
fn beside_a_line_that_stays_g_gives_what_the_draft_sent() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let marco = f.journal.resolve("marco").expect("marco");
    let at = row_of(&app, marco);
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Draft), Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.contains("done: follow-up with Marco Bianchi: send Marco the two firmware leads")
            && said.contains("stays in the review")
            && said.ends_with("g records the give")
            && !said.contains("if you sent"),
        "{said}"
    );
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    assert_eq!(
        gave_form(&app),
        ("gave Marco Bianchi".into(), "the two firmware leads".into())
    );
}

/// `g` on a review line: filled with what the follow-up says it sends,
/// or with what their request asks for.
#[test]
fn g_on_a_line_is_filled_with_what_the_line_is_about() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let marco = f.journal.resolve("marco").expect("marco");
    let at = row_of(&app, marco);
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    assert_eq!(gave_form(&app).1, "the two firmware leads");
    let f = Fixture::empty();
    let rita = person(&f, "Rita Fox");
    f.journal
        .record(&givegive::journal::LedgerDraft {
            contact: rita,
            direction: givegive::domain::Direction::ThemToMe,
            nature: givegive::domain::Nature::Ask,
            kind: givegive::domain::FavourKind::Other,
            text: "feedback on her pitch deck".into(),
            weight: 1,
            state: givegive::domain::EntryState::Open,
            date: today(),
        })
        .expect("asked-by");
    let (mut app, mut rt) = f.opened();
    let at = row_of(&app, rita);
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    assert_eq!(gave_form(&app).1, "feedback on her pitch deck");
}
