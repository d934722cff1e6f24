//! What the TUI must show at 80x24 and 120x36, on the demo plus people
//! whose names and notes are hard to lay out (a Japanese name, emoji, a
//! very long name, a "met" line that wraps): the selected person's
//! balance on every screen that selects a person, the whole reason of the
//! selected review item, and the whole status message. Every screen and
//! overlay is snapshotted at both sizes.

use chrono::NaiveDate;
use givegive::app::{Action, App, Msg, Screen};
use givegive::config::Config;
use givegive::domain::review::Settings;
use givegive::journal::{ContactDraft, FirstMeeting, Journal};
use givegive::tui::{Runtime, load_data};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;
use tui_input::InputRequest;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// The demo, and three people who are hard to draw, each met three days
/// ago with a follow-up due today and something given.
fn journal() -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("open");
    givegive::cli::demo::seed(&journal, today()).expect("demo");
    let hard = [
        (
            "山田太郎",
            "株式会社ソニーグループ",
            "the Tokyo developer conference after-party on the rooftop of the Shibuya Stream building, introduced by a friend of Marco's",
        ),
        (
            "👩‍💻 Zoë 🎉 Okonkwo",
            "Lagos 🚀 Labs",
            "a long walk after the climbing gym, talking about her move to Berlin and the hardware startup",
        ),
        (
            "Maximiliana Konstantinopolskaya-Worthington",
            "An organisation whose name goes on and on and on",
            "the board game night at the library, where she explained the whole rulebook of a four-hour game",
        ),
    ];
    for (name, org, met) in hard {
        let draft = ContactDraft {
            name: name.into(),
            org: org.into(),
            role: "founder".into(),
            met_text: met.into(),
            met_on: today().checked_sub_days(chrono::Days::new(3)),
            interests: vec!["Climbing".into(), "写真".into(), "Board games 🎲".into()],
            needs: vec!["a lawyer who knows Japanese and Italian company law".into()],
            tags: vec!["conference".into(), "東京".into()],
            ..Default::default()
        };
        let meeting = FirstMeeting {
            on: today().checked_sub_days(chrono::Days::new(3)).expect("day"),
            details: "raising a seed round in March; wants to meet hardware people".into(),
            follow_up: None,
            unwanted: false,
        };
        let added = journal
            .add_person(&draft, Some(&meeting), today())
            .expect("add");
        // A follow-up in my own words, due today: among the day's people,
        // as someone waiting on me (one a meeting planned waits behind
        // the demo's requests).
        journal
            .add_follow_up(
                added.contact.id,
                today(),
                "send them the lawyer contacts",
                today(),
            )
            .expect("follow-up");
    }
    (dir, journal)
}

fn opened(journal: &Journal) -> (App, Runtime<'_>) {
    let data = load_data(journal, today(), &Settings::default(), &[]).expect("load");
    let mut app = App::new(data, today(), "~/.local/share/givegive/journal".into());
    let mut runtime = Runtime::new(journal, today(), Config::defaults());
    let first = app.card_effects();
    runtime.perform(&mut app, first);
    (app, runtime)
}

fn send(app: &mut App, runtime: &mut Runtime<'_>, msgs: &[Msg]) {
    for msg in msgs {
        let effects = app.update(msg.clone());
        runtime.perform(app, effects);
    }
}

fn act(a: Action) -> Msg {
    Msg::Act(a)
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect()
}

/// The screen as rows of text, wide characters' hidden cells dropped.
fn draw(app: &App, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    format!("{}", terminal.backend())
}

fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|row| {
            let row = row
                .split("\" Hidden by multi-width symbols")
                .next()
                .unwrap_or(row);
            row.trim_start_matches('"')
                .trim_end_matches('"')
                .to_string()
        })
        .collect()
}

/// Words separated by single spaces, so a text wrapped over rows compares
/// with the same text on one line.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the left pane (up to where the right pane's border starts
/// on each row), as words.
fn left_pane(screen: &str) -> String {
    let text: Vec<String> = rows(screen)
        .iter()
        .map(|row| {
            let end = ["││", "│┌", "│└", "┐┌", "┘└"]
                .iter()
                .filter_map(|edge| row.find(edge))
                .min()
                .unwrap_or(row.len());
            let left = &row[..end];
            left.trim_matches('│').to_string()
        })
        .collect();
    words(&text.join(" "))
}

/// How the card states a lean: the words after "balance".
fn verdict(lean: i64) -> String {
    match lean {
        0 => "balance help even".into(),
        n if n > 0 => format!("balance +{n}: you gave more help than you received"),
        n => format!("balance {n}: you received more help than you gave"),
    }
}

/// The card's balance row for the person whose card is loaded.
fn assert_balance_shown(app: &App, screen: &str, what: &str) {
    let card = app.card().as_ref().expect("a card");
    let want = verdict(card.lean);
    let right: Vec<String> = rows(screen)
        .iter()
        .map(|row| row.rsplit('│').nth(1).unwrap_or_default().to_string())
        .collect();
    assert!(
        words(&right.join(" ")).contains(&want),
        "{what}: no {want:?} for {}\n{screen}",
        card.contact.name
    );
}

/// Every box's title either fits between its corners or ends with `…`:
/// ratatui cuts a long title without a mark, and it reads as whole.
fn assert_titles_fit(screen: &str, what: &str) {
    for row in rows(screen) {
        let cells: Vec<char> = row.chars().collect();
        for pair in cells.windows(2) {
            assert!(
                pair[1] != '┐' || matches!(pair[0], '─' | ' ' | '…' | '┌'),
                "{what}: a title cut without …: {row}\n{screen}"
            );
        }
    }
}

fn assert_status_whole(app: &App, screen: &str, what: &str) {
    let rows = rows(screen);
    let tail = rows[rows.len().saturating_sub(3)..].join(" ");
    assert!(
        words(&tail).contains(&words(&app.status().text)),
        "{what}: the status {:?} is cut\n{screen}",
        app.status().text
    );
}

#[test]
fn the_review_shows_each_selected_reason_whole_and_the_balance() {
    let (_dir, journal) = journal();
    for size in SIZES {
        let (mut app, mut rt) = opened(&journal);
        assert_eq!(app.screen(), Screen::Review);
        let items = app.data().review.items.len();
        assert!(items >= 10, "{items}");
        let hard = app
            .data()
            .review
            .items
            .iter()
            .filter(|i| i.name.contains("山田") || i.name.contains("Zoë"))
            .count();
        assert!(hard >= 2, "the hard people are in the review");
        for n in 0..items {
            let screen = draw(&app, size);
            let item = &app.data().review.items[n];
            assert_eq!(app.review().selected, n);
            let what = format!("item {n} at {size:?}");
            assert!(
                left_pane(&screen).contains(&words(&item.why)),
                "{what}: {:?} is not whole\n{screen}",
                item.why
            );
            assert_balance_shown(&app, &screen, &what);
            send(&mut app, &mut rt, &[act(Action::Down)]);
        }
    }
}

#[test]
fn contacts_interests_and_events_show_the_balance() {
    let (_dir, journal) = journal();
    for size in SIZES {
        let (mut app, mut rt) = opened(&journal);
        send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
        for name in ["山田", "okonkwo", "konstantin", "marco", "zoe muller"] {
            send(&mut app, &mut rt, &[act(Action::Filter)]);
            send(&mut app, &mut rt, &typed(name));
            send(&mut app, &mut rt, &[Msg::Submit]);
            let screen = draw(&app, size);
            assert!(app.card().is_some(), "{name} found\n{screen}");
            assert_balance_shown(&app, &screen, &format!("{name} at {size:?}"));
            send(&mut app, &mut rt, &[act(Action::Back)]);
        }
        // Interests and events list people with their lean beside them.
        send(&mut app, &mut rt, &[act(Action::ScreenInterests)]);
        let screen = draw(&app, size);
        assert!(screen.contains("Cooking"), "{screen}");
        let lean = |screen: &str| {
            rows(screen)
                .iter()
                .any(|r| r.contains(" +") || r.contains(" -"))
        };
        assert!(lean(&screen), "interests at {size:?}\n{screen}");
        send(&mut app, &mut rt, &[act(Action::ScreenEvents)]);
        let screen = draw(&app, size);
        assert!(lean(&screen), "events at {size:?}\n{screen}");
    }
}

#[test]
fn a_long_status_message_is_shown_whole() {
    let (_dir, journal) = journal();
    for size in SIZES {
        let (mut app, mut rt) = opened(&journal);
        send(&mut app, &mut rt, &[act(Action::CommandLine)]);
        send(
            &mut app,
            &mut rt,
            &typed(
                "gave marco \"the list of every hardware investor in Milan and Turin, with notes on who funds firmware\"",
            ),
        );
        send(&mut app, &mut rt, &[Msg::Submit]);
        assert!(app.status().text.len() > 80, "{:?}", app.status().text);
        let screen = draw(&app, size);
        assert_status_whole(&app, &screen, &format!("a give at {size:?}"));
        // The review still shows its card's balance with the taller status.
        assert_balance_shown(&app, &screen, &format!("after a give at {size:?}"));
    }
}

#[test]
fn snapshots_at_80x24_and_120x36() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    let snap = |app: &App, name: &str| {
        for size in SIZES {
            assert_titles_fit(&draw(app, size), name);
            insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), draw(app, size));
        }
    };
    snap(&app, "review");
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    snap(&app, "review_draft");
    send(
        &mut app,
        &mut rt,
        &[Msg::Cancel, act(Action::ScreenContacts)],
    );
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("山田"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    snap(&app, "contacts_cjk");
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    snap(&app, "give_form");
    send(&mut app, &mut rt, &[Msg::Cancel, act(Action::FocusNext)]);
    snap(&app, "history_focused");
    send(&mut app, &mut rt, &[act(Action::Open)]);
    snap(&app, "history_entry");
    // Out of the entry, out of the history, then the filter cleared.
    send(
        &mut app,
        &mut rt,
        &[Msg::Cancel, act(Action::Back), act(Action::Back)],
    );
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("okonkwo"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    snap(&app, "contacts_emoji");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    snap(&app, "who_could_help");
    send(&mut app, &mut rt, &[Msg::Cancel, act(Action::Help)]);
    snap(&app, "help");
    send(
        &mut app,
        &mut rt,
        &[act(Action::Help), act(Action::ScreenInterests)],
    );
    snap(&app, "interests");
    send(&mut app, &mut rt, &[act(Action::ScreenLedger)]);
    snap(&app, "ledger");
    send(&mut app, &mut rt, &[act(Action::ScreenStats)]);
    snap(&app, "stats");
    send(&mut app, &mut rt, &[act(Action::ScreenEvents)]);
    snap(&app, "events");
    send(&mut app, &mut rt, &[act(Action::Search)]);
    // Worked from the query line: enter would open the highlighted person.
    send(&mut app, &mut rt, &typed("hardware"));
    snap(&app, "search");
}

/// The screen and where it drew what a click can reach.
fn draw_regions(app: &App, (width, height): (u16, u16)) -> (Vec<String>, givegive::ui::Regions) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    let mut regions = givegive::ui::Regions::default();
    terminal
        .draw(|frame| regions = givegive::ui::render(app, &config, frame))
        .expect("draw");
    (rows(&format!("{}", terminal.backend())), regions)
}

/// Where `text` starts on the screen, in cells (wide characters count two).
fn cell_of(rows: &[String], text: &str) -> (u16, u16) {
    for (y, row) in rows.iter().enumerate() {
        if let Some(at) = row.find(text) {
            let x = unicode_width::UnicodeWidthStr::width(&row[..at]);
            return (u16::try_from(x).expect("x"), u16::try_from(y).expect("y"));
        }
    }
    panic!("{text:?} is not on the screen:\n{}", rows.join("\n"));
}

#[test]
fn a_click_selects_focuses_and_changes_screen_and_the_wheel_scrolls() {
    use givegive::app::{Pane, Spot};
    let (_dir, journal) = journal();
    for size in SIZES {
        let (mut app, mut rt) = opened(&journal);
        // From the top of the list (the review's first person is carried).
        send(
            &mut app,
            &mut rt,
            &[act(Action::ScreenContacts), act(Action::Top)],
        );
        let (rows, regions) = draw_regions(&app, size);
        let (x, y) = cell_of(&rows, "Marco Bianchi");
        let spot = regions.at(x + 1, y).expect("a row there");
        assert!(matches!(spot, Spot::Row(Pane::List, _)), "{spot:?}");
        send(&mut app, &mut rt, &[Msg::Click(spot)]);
        let name = |app: &App| {
            app.contacts()
                .selected_row(app.data())
                .map(|p| p.row.name.to_string())
                .unwrap_or_default()
        };
        assert_eq!(name(&app), "Marco Bianchi");
        assert_eq!(
            app.card().as_ref().map(|c| c.contact.name.as_str()),
            Some("Marco Bianchi")
        );
        // The wheel over the list moves the selection three rows a notch.
        let before = app.contacts().selected;
        let pane = regions.pane_at(x, y).expect("a pane");
        send(&mut app, &mut rt, &[Msg::Wheel { pane, down: true }]);
        assert_eq!(app.contacts().selected, before + 3);
        send(&mut app, &mut rt, &[Msg::Wheel { pane, down: false }]);
        assert_eq!(app.contacts().selected, before);
        // A click in the history focuses it and selects the entry.
        let (rows, regions) = draw_regions(&app, size);
        let (x, y) = cell_of(&rows, "history ");
        let spot = regions.at(x, y + 2).expect("the second entry");
        assert_eq!(spot, Spot::Row(Pane::Detail, 1), "{}", rows.join("\n"));
        send(&mut app, &mut rt, &[Msg::Click(spot)]);
        assert_eq!(app.contacts().pane, Pane::Detail);
        assert_eq!(app.contacts().history_scroll, 1);
        // A tab changes screen; on the review a click picks the item.
        let (x, y) = cell_of(&rows, "1 Review");
        send(
            &mut app,
            &mut rt,
            &[Msg::Click(regions.at(x, y).expect("tab"))],
        );
        assert_eq!(app.screen(), Screen::Review);
        let (rows, regions) = draw_regions(&app, size);
        let (x, y) = cell_of(&rows, "山田太郎");
        send(
            &mut app,
            &mut rt,
            &[Msg::Click(regions.at(x, y).expect("item"))],
        );
        assert_eq!(
            app.selected_item().map(|i| i.name.as_str()),
            Some("山田太郎")
        );
        // The reason's rows belong to the same item.
        let spot = regions.at(x, y + 1);
        assert_eq!(spot, Some(Spot::Row(Pane::List, app.review().selected)));
        // With an overlay open, nothing behind it is clicked through.
        send(&mut app, &mut rt, &[act(Action::Help)]);
        let (_, regions) = draw_regions(&app, size);
        assert_eq!(regions.at(x, y), None);
        // The search's results take a click while the query is typed, and
        // enter opens the one clicked.
        send(&mut app, &mut rt, &[Msg::Cancel, act(Action::Search)]);
        send(&mut app, &mut rt, &typed("hardware"));
        let (rows, regions) = draw_regions(&app, size);
        let (x, y) = cell_of(&rows, "山田太郎");
        send(
            &mut app,
            &mut rt,
            &[Msg::Click(regions.at(x, y).expect("a result"))],
        );
        let hit = app.search().selected_hit().expect("the result clicked");
        assert_eq!(&*hit.name, "山田太郎");
        let id = hit.id;
        send(&mut app, &mut rt, &[Msg::Submit]);
        assert_eq!(app.contacts().selected_id(app.data()), Some(id));
    }
}

/// Tab reaches the review's card: its history scrolls and opens like the
/// contacts screen's, and shift-tab comes back to the queue.
#[test]
fn tab_moves_between_the_review_and_the_card_history() {
    use givegive::app::{Overlay, Pane};
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    let selected = app.review().selected;
    send(&mut app, &mut rt, &[act(Action::FocusNext)]);
    assert_eq!(app.review().pane, Pane::Detail);
    send(&mut app, &mut rt, &[act(Action::Down)]);
    assert_eq!(app.contacts().history_scroll, 1);
    assert_eq!(app.review().selected, selected, "the queue stays put");
    send(&mut app, &mut rt, &[act(Action::Open)]);
    assert!(
        matches!(app.overlay(), Some(Overlay::Output { .. })),
        "{:?}",
        app.overlay()
    );
    send(&mut app, &mut rt, &[Msg::Cancel, act(Action::FocusPrev)]);
    assert_eq!(app.review().pane, Pane::List);
    send(&mut app, &mut rt, &[act(Action::Down)]);
    assert_eq!(app.review().selected, selected + 1);
}

/// An empty journal's screens say what to do whole, wrapped in their
/// pane; a command's output is titled by the command, cut with `…`.
#[test]
fn empty_screens_wrap_their_hint_and_long_titles_end_with_a_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("open");
    let (mut app, mut rt) = opened(&journal);
    let hints = [
        (
            Action::ScreenContacts,
            "No one in this journal yet: n adds someone, : runs any command",
        ),
        (
            Action::ScreenInterests,
            "no interests yet: :interest add climbing --mine",
        ),
        (Action::ScreenLedger, "no entries match"),
        (
            Action::ScreenEvents,
            "no events yet: log a meeting (m) of kind event",
        ),
        (Action::ScreenStats, "stats: depth, not count"),
        (Action::ScreenReview, "Nothing needs you today."),
    ];
    for (screen, hint) in hints {
        send(&mut app, &mut rt, &[act(screen)]);
        let drawn = draw(&app, (80, 24));
        assert_titles_fit(&drawn, hint);
        assert!(left_pane(&drawn).contains(hint), "{hint}\n{drawn}");
    }
    let (_dir, journal) = self::journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    let command = "list --interest Climbing --tag conference --tier none --closed --json";
    send(&mut app, &mut rt, &typed(command));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let drawn = draw(&app, (80, 24));
    assert!(app.overlay().is_some(), "{:?}\n{drawn}", app.status());
    assert_titles_fit(&drawn, command);
    // Titled in words, not by the shell's words typed.
    assert!(drawn.contains("┌ list (esc closes) "), "{drawn}");
    assert!(!drawn.contains("--interest"), "{drawn}");
}

#[path = "tui_layout/edges.rs"]
mod edges;
#[path = "tui_layout/event_form.rs"]
mod event_form;
#[path = "tui_layout/form_room.rs"]
mod form_room;
#[path = "tui_layout/marks.rs"]
mod marks;
#[path = "tui_layout/matches.rs"]
mod matches;
#[path = "tui_layout/namesakes.rs"]
mod namesakes;
#[path = "tui_layout/scroll.rs"]
mod scroll;
