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
        said.contains("Marco Bianchi stays in the review, now 10th: you asked more (5)")
            && said.ends_with("you asked more (5) than you gave (0) · g records the give"),
        "{said}"
    );
    // Read whole on the status line's rows at 80 columns.
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"').trim()).collect();
    assert!(rows[rows.len() - 3..].join(" ").contains(said), "{screen}");
}

/// A follow-up done records no give, whatever its words promised: when
/// the person keeps a line only a give ends, `y` on the draft says so with
/// where they went, and how to record what was sent (`command::StillOwed`),
/// on the status line at 80x24.
#[test]
fn a_draft_sent_for_a_follow_up_says_the_line_a_give_would_end() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| &*i.name == "Marco Bianchi")
        .expect("Marco's follow-up");
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("a draft: {:?}", app.status());
    };
    assert!(
        view.text.contains("the two firmware leads"),
        "{}",
        view.text
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.starts_with("1 reviewed: 1 follow-up sent")
            && said.contains("Marco Bianchi stays in the review, now 10th: you asked more (5)")
            && said.ends_with("· g records the give"),
        "{said}"
    );
    // Read whole on the status line's rows at 80 columns.
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"').trim()).collect();
    assert!(rows[rows.len() - 3..].join(" ").contains(&said), "{screen}");
}

/// `d` acts on the line the cursor is on, by the one rule of what done
/// is (`domain::review::Doing`): a request is marked done and named; a
/// line with nothing to mark done (asked more than gave) is refused in
/// words, never snoozed, and nothing is counted (a tester's `d` on "you
/// asked more" said "1 done" and `u` undid a snooze).
#[test]
fn done_acts_on_the_line_under_the_cursor_and_refuses_what_cannot_be_done() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let go_to = |app: &mut App, rt: &mut Runtime<'_>, kind: &str| {
        let items = &app.data().review.items;
        let at = items
            .iter()
            .position(|i| i.reason.kind() == kind)
            .unwrap_or_else(|| panic!("a {kind} line"));
        let item = items[at].clone();
        send(app, rt, &[act(Action::Top)]);
        send(app, rt, &vec![act(Action::Down); at]);
        assert_eq!(app.selected_item(), Some(&item));
        item
    };
    let before = app.data().review.items.clone();
    let one_sided = go_to(&mut app, &mut rt, "one_sided");
    let first = one_sided.name.split_whitespace().next().unwrap_or_default();
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert_eq!(
        app.status().text,
        format!(
            "nothing to mark done: this line goes when you give {first} something (g), or S snoozes it"
        )
    );
    assert_eq!(app.data().review.items, before, "nothing changed");
    assert_eq!(app.review().summary.reviewed(), 0);

    let request = go_to(&mut app, &mut rt, "request_open");
    let givegive::domain::review::Reason::RequestOpen { entry, .. } = &request.reason else {
        unreachable!("a request");
    };
    let first = request.name.split_whitespace().next().unwrap_or_default();
    send(&mut app, &mut rt, &[act(Action::Done)]);
    let gone: Vec<_> = before
        .iter()
        .filter(|i| !app.data().review.items.iter().any(|n| n.key == i.key))
        .map(|i| i.key.as_str())
        .collect();
    // Their request granted is help given: it follows up the meeting
    // before it too, so that meeting's line (late by now) goes with it.
    let meeting = format!("{}:fresh_meeting:", request.contact.0);
    assert_eq!(
        gone.iter()
            .filter(|k| !k.starts_with(&meeting))
            .collect::<Vec<_>>(),
        [&request.key.as_str()],
        "only the line under the cursor"
    );
    let said = &app.status().text;
    assert!(
        said.starts_with(&format!(
            "done: {first}'s request '{}' · 1 reviewed: 1 done",
            entry.text
        )),
        "{said}"
    );
}

/// Done typed on the command line, with someone else selected: the
/// status names the TUI's key all the same (trial 26x saw the command
/// line's `:gave davide …` in the TUI), and `g` right after gives to
/// Marco, not to whoever is selected.
#[test]
fn a_follow_up_done_elsewhere_names_the_give_to_type() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let follow_up = app
        .data()
        .review
        .items
        .iter()
        .find(|i| &*i.name == "Marco Bianchi")
        .and_then(|i| i.reason.record())
        .expect("Marco's follow-up");
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenContacts), act(Action::Top)],
    );
    assert_ne!(
        app.selected_person(),
        Some(f.journal.resolve("marco").expect("Marco"))
    );
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed(&format!("done {}", follow_up.0)));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let said = &app.status().text;
    assert!(
        said.starts_with(
            "done: follow-up with Marco Bianchi: send Marco the two firmware leads · "
        ) && said.ends_with(
            "Marco Bianchi's review line stays: you asked more (5) than you gave (0); \
                 g records the give"
        ),
        "{said}"
    );
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("the gave form: {:?}", app.status());
    };
    assert!(form.title.contains("Marco Bianchi"), "{}", form.title);
}

/// `y` on the draft for their request sends a message; it does not grant
/// the request, so the line stays, and the status says that `d` marks it
/// done (before, it said only "1 follow-up sent" over a line that stayed).
#[test]
fn a_draft_sent_for_their_request_says_d_marks_it_done() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "request_open" && &*i.name == "Yuki Tanaka")
        .expect("Yuki's request");
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(_)) = app.overlay() else {
        panic!("a draft: {:?}", app.status());
    };
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.contains("Yuki's request 'give a talk at her meetup' stays open: d marks it done"),
        "{said}"
    );
    assert!(
        app.data()
            .review
            .items
            .iter()
            .any(|i| i.reason.kind() == "request_open" && &*i.name == "Yuki Tanaka")
    );
}

/// `d` on a warning pattern records it as a signal: the pass says "1
/// signal recorded", never "1 done" (noting a sign does nothing with the
/// person).
#[test]
fn a_pattern_recorded_with_d_is_counted_as_a_signal() {
    let f = Fixture::demo();
    let nora = f
        .journal
        .add_contact(
            &givegive::journal::ContactDraft {
                name: "Nora Blum".into(),
                ..Default::default()
            },
            today(),
        )
        .expect("add")
        .id;
    for n in 0..5 {
        let ask = givegive::journal::LedgerDraft {
            contact: nora,
            direction: givegive::domain::Direction::ThemToMe,
            nature: givegive::domain::Nature::Ask,
            kind: givegive::domain::FavourKind::Other,
            text: format!("favour {n}"),
            weight: 1,
            state: givegive::domain::EntryState::Declined,
            date: today(),
        };
        f.journal.record(&ask).expect("ask");
    }
    let (mut app, mut rt) = f.opened();
    let pattern = |app: &App| {
        app.data()
            .review
            .items
            .iter()
            .position(|i| i.reason.kind() == "pattern_seen")
    };
    for _ in 0..12 {
        if pattern(&app).is_some() {
            break;
        }
        send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    }
    let at = pattern(&app).expect("a pattern reaches the review");
    select_row(&mut app, &mut rt, at);
    let before = app.review().summary.clone();
    send(&mut app, &mut rt, &[act(Action::Done)]);
    let summary = &app.review().summary;
    assert_eq!(summary.signals, before.signals + 1, "{:?}", app.status());
    assert_eq!(summary.done, before.done, "{:?}", app.status());
    assert!(
        summary.line().contains("1 signal recorded"),
        "{}",
        summary.line()
    );
}

/// `g` from their request's line answers that request: one record, the
/// request granted, help given counted once. Before, it recorded a give
/// and the request line stayed; `d` then granted it too, "help given 2"
/// for one favour.
#[test]
fn a_give_from_their_request_line_answers_it_once() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "request_open")
        .expect("a request line");
    let item = app.data().review.items[at].clone();
    let given = |f: &Fixture| f.journal.card(item.contact).expect("card").help.given.count;
    let before = given(&f);
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &vec![act(Action::Down); at]);
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    send(&mut app, &mut rt, &typed("an hour on it"));
    let effects = app.update(Msg::Submit);
    rt.perform(&mut app, effects);
    assert_eq!(given(&f), before + 1, "{:?}", app.status());
    assert!(
        !app.data().review.items.iter().any(|i| i.key == item.key),
        "the request is granted: {:?}",
        app.status()
    );
    assert!(!app.status().text.contains("stays"), "{:?}", app.status());
}

/// `d` on their request grants it, which is help given, so it also does
/// the follow-up the meeting before it planned (`domain::followed`): the
/// status says so in the command's own words, as the shell does. Trial
/// 26q saw only "1 done" and found the follow-up closed in `show`.
#[test]
fn done_on_a_request_says_the_follow_up_it_also_did() {
    let f = Fixture::empty();
    let j = &f.journal;
    let laura = j
        .add_contact(
            &givegive::journal::ContactDraft {
                name: "Laura Bassi".into(),
                ..Default::default()
            },
            today() - chrono::Days::new(2),
        )
        .expect("add")
        .id;
    let logged = j
        .log_interaction(
            &givegive::journal::InteractionDraft {
                contacts: vec![laura],
                kind: givegive::domain::InteractionKind::Met,
                summary: "Fintech drinks".into(),
                details: String::new(),
                from: givegive::domain::Voice::Both,
                date: today() - chrono::Days::new(1),
                follow_up: Some(today()),
                unwanted: false,
            },
            today() - chrono::Days::new(1),
        )
        .expect("met");
    let follow_up = logged.follow_ups[0].id;
    // Someone else stays in the review, so the pass goes on.
    let tom = j
        .add_contact(
            &givegive::journal::ContactDraft {
                name: "Tom Hale".into(),
                ..Default::default()
            },
            today(),
        )
        .expect("add")
        .id;
    j.log_interaction(
        &givegive::journal::InteractionDraft {
            contacts: vec![tom],
            kind: givegive::domain::InteractionKind::Met,
            summary: "a coffee".into(),
            details: String::new(),
            from: givegive::domain::Voice::Both,
            date: today(),
            follow_up: None,
            unwanted: false,
        },
        today(),
    )
    .expect("met");
    j.record(&givegive::journal::LedgerDraft {
        contact: laura,
        direction: givegive::domain::Direction::ThemToMe,
        nature: givegive::domain::Nature::Ask,
        kind: givegive::domain::FavourKind::Other,
        text: "feedback on her hiring post".into(),
        weight: 1,
        state: givegive::domain::EntryState::Open,
        date: today(),
    })
    .expect("asked-by");
    let (mut app, mut rt) = f.opened();
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "request_open")
        .expect("her request's line");
    select_row(&mut app, &mut rt, at);
    send(&mut app, &mut rt, &[act(Action::Done)]);
    let said = app.status().text.clone();
    assert!(
        said.starts_with(&format!(
            "done: Laura's request 'feedback on her hiring post' · \
             also done: follow-up with Laura Bassi: Fintech drinks ({follow_up}) · 1 reviewed: 1 done"
        )),
        "{said}"
    );
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"').trim()).collect();
    assert!(rows[rows.len() - 3..].join(" ").contains(&said), "{screen}");
}
