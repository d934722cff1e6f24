//! Trials 26q and 26r: numbers and words that disagreed. The status line
//! said "0 follow-ups due" under "review: 3 people today"; the event form
//! said "3d" where empty meant the next day; the filter's title cut what
//! was typed with room to spare; a draft sent with a promise kept asked
//! for a `:gave` that would count the help twice.

use super::*;

/// Runs `line` on the command line, as typed after `:`.
fn run(app: &mut App, rt: &mut Runtime<'_>, line: &str) {
    send(app, rt, &[act(Action::CommandLine)]);
    send(app, rt, &typed(line));
    send(app, rt, &[Msg::Submit]);
}

/// On every day of the demo's fortnight, the review's header and the
/// status line say one count, and it is the number of people the review
/// lists (each once, however many lines they have). With people waiting beyond the day's capacity, both say how many
/// (trial 26s: "· 2 more in line" in the header only).
#[test]
fn the_status_line_says_the_reviews_own_count() {
    let f = Fixture::demo();
    let mut waited = 0;
    let small = Settings {
        capacity: 2,
        ..Settings::default()
    };
    for (ahead, settings) in (0..14)
        .map(|a| (a, Settings::default()))
        .chain((0..14).map(|a| (a, small.clone())))
    {
        let day = today() + chrono::Days::new(ahead);
        let data = load_data(&f.journal, day, &settings, &[]).expect("load");
        waited += data.review.waiting;
        let waiting = match data.review.waiting {
            0 => String::new(),
            n => format!(" · {n} more in line"),
        };
        let mut people: Vec<_> = data.review.items.iter().map(|i| i.contact).collect();
        people.sort_unstable();
        people.dedup();
        let words = format!(
            "review: {} {} today",
            people.len(),
            if people.len() == 1 {
                "person"
            } else {
                "people"
            }
        ) + &waiting;
        // A long path gives way to the count (the demo's, in /tmp, cut it
        // to "10 more in …" at 80 columns).
        let path = if ahead % 2 == 0 {
            "journal"
        } else {
            "/tmp/givegive-demo-8233-sr0g7K/journal"
        };
        let app = App::new(data, day, path.into());
        for (width, height) in [(80, 24), (120, 36)] {
            let screen = draw(&app, width, height);
            let rows: Vec<&str> = screen.lines().collect();
            let status = rows[rows.len() - 1];
            assert!(status.contains(&words), "{day} {width}: {status}");
            assert!(!status.contains("follow-up"), "{day} {width}: {status}");
            assert!(
                rows[..rows.len() - 1].iter().any(|r| r.contains(&words)),
                "{day} {width}: the header\n{screen}"
            );
        }
    }
    assert!(waited > 0, "some day has people waiting");
}

/// The event form's follow-up field says what empty means, from the
/// config the journal's commands use: the event it makes is followed up
/// that many days after, as the label said.
#[test]
fn the_event_forms_follow_up_says_its_default() {
    for days in [0, 1, 3] {
        let f = Fixture::empty();
        let mut config = Config::defaults();
        config.review.follow_up_days = days;
        let data = load_data(&f.journal, today(), &config.review, &[]).expect("load");
        let mut app = App::new(data, today(), "journal".into());
        let mut rt = Runtime::new(&f.journal, today(), config);
        send(&mut app, &mut rt, &[act(Action::LogEvent)]);
        let Some(Overlay::Form(form)) = app.overlay() else {
            panic!("no form: {:?}", app.status());
        };
        let label = form.fields.last().map(|f| f.label.to_string());
        let said = match days {
            0 => "empty: the same day".to_string(),
            1 => "empty: 1 day after".to_string(),
            n => format!("empty: {n} days after"),
        };
        assert!(
            label.as_ref().is_some_and(|l| l.contains(&said)),
            "{label:?}"
        );
        assert!(draw(&app, 80, 24).contains(&said), "shown at 80x24");
        send(&mut app, &mut rt, &typed("Fintech drinks"));
        send(&mut app, &mut rt, &[act(Action::Down), act(Action::Down)]);
        send(&mut app, &mut rt, &typed("Ada Lovelace"));
        send(&mut app, &mut rt, &[Msg::Submit]);
        let ada = f.journal.resolve("ada").expect("Ada");
        let due: Vec<_> = f
            .journal
            .card(ada)
            .expect("card")
            .history
            .iter()
            .filter_map(|h| match h {
                givegive::journal::HistoryItem::FollowUp(f) => Some(f.due),
                _ => None,
            })
            .collect();
        let after = u64::try_from(days).expect("days");
        assert_eq!(due, [today() + chrono::Days::new(after)], "{label:?}");
    }
}

/// What was typed in the filter is shown whole when the title can hold
/// it, at 80x24 and 120x36, and cut with `…` only when it cannot. Finding
/// nobody, the pane says that `/` searches what the filter does not read.
#[test]
fn the_filter_title_keeps_what_was_typed() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("contab"));
    assert!(app.contacts().visible.is_empty());
    for (width, height) in [(80, 24), (120, 36)] {
        let screen = draw(&app, width, height);
        assert!(screen.contains("0 matching 'contab'"), "{screen}");
        // The list pane's rows, read as one text.
        let pane: Vec<&str> = screen
            .lines()
            .filter_map(|r| r.split('│').nth(1))
            .map(str::trim)
            .collect();
        assert!(
            pane.join(" ").contains("/ searches notes and details"),
            "{screen}"
        );
    }
    send(&mut app, &mut rt, &typed(" and a great deal more besides"));
    let screen = draw(&app, 80, 24);
    let title = screen.lines().nth(1).unwrap_or_default();
    assert!(title.contains("'contab and"), "{screen}");
    assert!(title.contains('…'), "cut, and marked: {title}");
}

/// Selects `who`'s line of kind `kind` in the review.
fn select_line(app: &mut App, rt: &mut Runtime<'_>, who: &str, kind: &str) {
    send(app, rt, &[act(Action::ScreenReview)]);
    let at = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == kind && &*i.name == who)
        .unwrap_or_else(|| panic!("{who}'s {kind}: {:?}", app.data().review.items));
    send(app, rt, &[act(Action::Top)]);
    send(app, rt, &vec![act(Action::Down); at]);
}

/// `y` on a draft whose "as promised" line delivers a follow-up that said
/// to send something: the status says plainly that the ledger has no give
/// for it and how to record one. When the thing sent is a promise in the
/// ledger, kept by the same `y`, it is counted: no give is asked for.
#[test]
fn a_draft_sent_says_plainly_what_is_left_to_record() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.opened();
    for line in [
        "add Giulia Conti",
        "add Marco Bianchi",
        "follow-up giulia today \"send Giulia the two studio contacts\"",
        "gave marco \"the two firmware leads\" --open",
        "follow-up marco today \"send Marco the two firmware leads\"",
    ] {
        run(&mut app, &mut rt, line);
    }
    select_line(&mut app, &mut rt, "Giulia Conti", "follow_up_due");
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("no draft: {:?}", app.status());
    };
    assert!(
        view.text.contains("the two studio contacts"),
        "{}",
        view.text
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        said.contains("done: follow-up with Giulia Conti: send Giulia the two studio contacts")
            && said.ends_with("g records the give"),
        "{said}"
    );
    assert!(!said.contains("if you sent"), "{said}");

    select_line(&mut app, &mut rt, "Marco Bianchi", "follow_up_due");
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("no draft: {:?}", app.status());
    };
    assert!(
        view.text.contains("the two firmware leads"),
        "{}",
        view.text
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    let said = app.status().text.clone();
    assert!(
        ["gave", "records", "marks it kept", "your ledger"]
            .iter()
            .all(|w| !said.contains(w)),
        "nothing left to record: {said}"
    );
    assert!(
        said.contains("the two firmware leads"),
        "the promise kept: {said}"
    );
}
