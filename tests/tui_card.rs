//! The card to work from: how to reach someone (emails, phones, web pages,
//! addresses, with their labels) and their notes before the rest, readable
//! at 80x24 and using the room at 120x36; the copy key walking those
//! addresses; and no drawn word of the card or the review cut without a
//! mark, at any width.

use std::collections::HashSet;

use chrono::NaiveDate;
use givegive::app::{Action, App, Effect, Msg, Screen};
use givegive::config::Config;
use givegive::domain::Address;
use givegive::domain::review::Settings;
use givegive::journal::{ContactDraft, FirstMeeting, Journal};
use givegive::tui::{Runtime, load_data};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;
use tui_input::InputRequest;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// What the copy key walks on Nadia's card, in order.
const REACH: [&str; 7] = [
    "nadia@klarheit.de",
    "nadia.okafor@gmail.com",
    "+39 333 123 4567",
    "+39 02 1234 5678",
    "https://nadia.design/case-studies/onboarding-flows-for-payment-apps",
    "Via Roma 1, 20121 Milano, MI, Italy",
    "Torstraße 109, 10119 Berlin, Germany",
];

/// The demo and Nadia, met three days ago at a meetup whose page is one
/// long word, with two of each way to reach her and notes.
fn journal() -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("open");
    givegive::cli::demo::seed(&journal, today()).expect("demo");
    let address = |text: &str| Address::parse(text).expect("address");
    let draft = ContactDraft {
        name: "Nadia Okafor-Lindqvist".into(),
        org: "Klarheit".into(),
        role: "head of product".into(),
        met_text: "the Klarheit product meetup \
                   (https://meetup.com/klarheit-berlin-product-people/events/2026-11)"
            .into(),
        met_on: today().checked_sub_days(chrono::Days::new(3)),
        emails: vec![
            "work=nadia@klarheit.de".into(),
            "nadia.okafor@gmail.com".into(),
        ],
        phones: vec![
            "cell=+39 333 123 4567".into(),
            "home=+39 02 1234 5678".into(),
        ],
        urls: vec![REACH[4].into()],
        addresses: vec![
            address("home=Via Roma 1;Milano;MI;20121;Italy"),
            address("work=Torstraße 109;Berlin;;10119;Germany"),
        ],
        notes: "Prefers WhatsApp over email.\nTwo kids, Leo and Sara; vegetarian, \
                allergic to nuts. Moving to Berlin in the spring, wants a flat in \
                Kreuzberg near the office."
            .into(),
        interests: vec!["Climbing".into(), "Jazz".into()],
        needs: vec!["a payments lawyer in Berlin".into()],
        tags: vec!["fintech".into()],
        ..Default::default()
    };
    let meeting = FirstMeeting {
        on: today().checked_sub_days(chrono::Days::new(3)).expect("day"),
        details: "launching in Italy in March; wants Italian bank partners".into(),
        follow_up: Some(today()),
        unwanted: false,
    };
    journal
        .add_person(&draft, Some(&meeting), today())
        .expect("add");
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

fn send(app: &mut App, runtime: &mut Runtime<'_>, msgs: &[Msg]) -> Vec<Effect> {
    let mut all = Vec::new();
    for msg in msgs {
        let effects = app.update(msg.clone());
        all.extend(effects.iter().cloned());
        runtime.perform(app, effects);
    }
    all
}

/// Nadia's card on the contacts screen.
fn nadia(app: &mut App, rt: &mut Runtime<'_>) {
    send(
        app,
        rt,
        &[Msg::Act(Action::ScreenContacts), Msg::Act(Action::Filter)],
    );
    let typed: Vec<Msg> = "nadia"
        .chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect();
    send(app, rt, &typed);
    send(app, rt, &[Msg::Submit]);
    let name = app.card().as_ref().map(|c| c.contact.name.clone());
    assert_eq!(name.as_deref(), Some("Nadia Okafor-Lindqvist"));
}

/// The screen's rows, wide characters' hidden cells dropped.
fn draw(app: &App, (width, height): (u16, u16)) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    format!("{}", terminal.backend())
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

/// The words drawn below the tabs, borders taken for spaces.
fn tokens(rows: &[String]) -> Vec<String> {
    rows.iter()
        .skip(1)
        .flat_map(|row| {
            row.chars()
                .map(|c| {
                    if "│─┌┐└┘├┤".contains(c) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect::<String>()
                .split_whitespace()
                // A list's comma is not part of its words.
                .map(|t| t.trim_end_matches(',').to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A word may be drawn if it is one of the words drawn with all the room
/// in the world, or is marked as cut (`…` where it was cut), or is a gauge's
/// bar, or says how much was folded away ("+2 more", "(+3 rows)", the
/// "+ more" row naming the parts left out).
fn unmarked_cuts(drawn: &[String], whole: &HashSet<String>) -> Vec<String> {
    drawn
        .iter()
        .filter(|t| {
            !(whole.contains(*t)
                || t.starts_with('…')
                || t.ends_with('…')
                || t.chars().all(|c| "█·".contains(c))
                || ["+", "more", "rows)", "row)"].contains(&t.as_str())
                // A list's scroll marks: "↓ 1 more line, 2 more people", "↑5".
                || ["person", "people", "line", "line,", "lines", "lines,"].contains(&t.as_str())
                || (t.starts_with(['↑', '↓'])
                    && t[3..].chars().all(|c| c.is_ascii_digit()))
                || t.trim_start_matches("(+")
                    .trim_start_matches('+')
                    .parse::<u32>()
                    .is_ok_and(|_| t.contains('+')))
        })
        .cloned()
        .collect()
}

/// Right of the last pane border on each row: the card.
fn card_words(rows: &[String]) -> String {
    let right: Vec<&str> = rows
        .iter()
        .map(|r| r.trim_end_matches('│'))
        .map(|r| r.rsplit('│').next().unwrap_or_default())
        .collect();
    right
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_card_shows_how_to_reach_them_and_their_notes_first() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    nadia(&mut app, &mut rt);
    for size in [(80, 24), (120, 36)] {
        let rows = draw(&app, size);
        let card = card_words(&rows);
        let screen = rows.join("\n");
        for shown in [
            "email work: nadia@klarheit.de",
            "phone cell: +39 333 123 4567",
            "address home: Via Roma 1,",
            "notes Prefers WhatsApp over email.",
            "balance",
        ] {
            assert!(card.contains(shown), "{shown:?} at {size:?}\n{screen}");
        }
        // Reach and notes come before the rest of the card.
        let at = |w: &str| card.find(w).unwrap_or(usize::MAX);
        assert!(
            at("email") < at("notes") && at("notes") < at("balance"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("nadia_{}x{}", size.0, size.1), screen);
    }
    // With the room, every address and number is there whole.
    let card = card_words(&draw(&app, (120, 36)));
    for value in REACH.iter().take(4).chain(&REACH[5..]) {
        assert!(card.contains(value), "{value}\n{card}");
    }
    // Short of rows, each kind keeps a row and says how many more it has.
    let card = card_words(&draw(&app, (80, 24)));
    assert!(card.contains("+1 more"), "{card}");
}

#[test]
fn the_copy_key_copies_each_address_in_turn() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    assert_eq!(app.screen(), Screen::Review);
    // On the review, Nadia's follow-up is due today: her card is beside it.
    while app.card().as_ref().map(|c| c.contact.name.as_str()) != Some("Nadia Okafor-Lindqvist") {
        let before = app.review().selected;
        send(&mut app, &mut rt, &[Msg::Act(Action::Down)]);
        assert_ne!(app.review().selected, before, "Nadia is not in the review");
    }
    let copy = Msg::Act(Action::CopyAddress);
    assert_eq!(
        send(&mut app, &mut rt, std::slice::from_ref(&copy)),
        [Effect::Copy(REACH[0].into())]
    );
    // What was copied, alone, starts the status line: selecting from its
    // start takes no label (it took "work email").
    assert!(
        app.status()
            .text
            .starts_with("nadia@klarheit.de (work email, 1 of 7, again: next)"),
        "{:?}",
        app.status()
    );
    // On the contacts screen the same card goes on from there, round to
    // the first and on again.
    nadia(&mut app, &mut rt);
    for press in 1..=14 {
        let n = press % REACH.len();
        let effects = send(&mut app, &mut rt, std::slice::from_ref(&copy));
        assert_eq!(effects, [Effect::Copy(REACH[n].into())], "press {press}");
        let text = &app.status().text;
        assert!(
            text.starts_with(&format!("{} (", REACH[n]))
                && text.contains(&format!(", {} of 7", n + 1)),
            "{:?}",
            app.status()
        );
    }
    // Where no card is drawn, the key says so and copies nothing.
    send(&mut app, &mut rt, &[Msg::Act(Action::ScreenStats)]);
    assert!(send(&mut app, &mut rt, &[copy]).is_empty());
    assert!(app.status().warning, "{:?}", app.status());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// At any width from 80 to 200 and any height from 24 to 50, every
    /// word drawn on the review (the queue and the card) and on Nadia's
    /// card is a whole word, or marked where it was cut.
    #[test]
    fn no_drawn_word_is_cut_without_a_mark(
        width in 80u16..=200,
        height in 24u16..=50,
        item in 0usize..12,
    ) {
        let (_dir, journal) = journal();
        let (mut app, mut rt) = opened(&journal);
        for _ in 0..item {
            send(&mut app, &mut rt, &[Msg::Act(Action::Down)]);
        }
        for screen in ["review", "contacts"] {
            if screen == "contacts" {
                nadia(&mut app, &mut rt);
            }
            let whole: HashSet<String> = tokens(&draw(&app, (600, 120))).into_iter().collect();
            let rows = draw(&app, (width, height));
            let cut = unmarked_cuts(&tokens(&rows), &whole);
            prop_assert!(
                cut.is_empty(),
                "{screen} at {width}x{height}: {cut:?} cut without a mark\n{}",
                rows.join("\n")
            );
        }
    }
}

#[path = "tui_card/parts_named.rs"]
mod parts_named;
#[path = "tui_card/screens_cut.rs"]
mod screens_cut;

/// Trial 27t: a card folded to "+1 more" above a history pane of empty
/// rows, and a number cut mid-way. The history keeps no more rows than its
/// entries fill, so a person with no history yet shows every address at
/// 80x24, each whole (wrapped, or broken with marks).
#[test]
fn a_card_shows_every_address_whole_when_the_history_leaves_room() {
    let (_dir, journal) = journal();
    let draft = ContactDraft {
        name: "Tess Vogel".into(),
        emails: vec![
            "work=tess@vogel.de".into(),
            "tess@gmail.com".into(),
            "studio=tess.vogel.design.studio@vogel-design-studio.example".into(),
        ],
        phones: vec![
            "cell=+39 347 555 0001".into(),
            "home=+39 02 555 0002".into(),
        ],
        addresses: vec![
            Address::parse("home=Via Po 2;Torino;TO;10123;Italy").expect("address"),
            Address::parse("work=Torstraße 1;Berlin;;10119;Germany").expect("address"),
        ],
        tags: vec!["design".into()],
        notes: "Prefers calls.".into(),
        ..Default::default()
    };
    journal.add_person(&draft, None, today()).expect("add");
    let (mut app, mut rt) = opened(&journal);
    send(
        &mut app,
        &mut rt,
        &[Msg::Act(Action::ScreenContacts), Msg::Act(Action::Filter)],
    );
    let typed: Vec<Msg> = "tess"
        .chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect();
    send(&mut app, &mut rt, &typed);
    send(&mut app, &mut rt, &[Msg::Submit]);
    let rows = draw(&app, (80, 24));
    let card = card_words(&rows);
    assert!(card.contains("no history yet"), "{}", rows.join("\n"));
    for value in [
        "tess@vogel.de",
        "tess@gmail.com",
        "+39 347 555 0001",
        "+39 02 555 0002",
        "Via Po 2",
        "Torstraße 1",
    ] {
        assert!(card.contains(value), "{value}\n{}", rows.join("\n"));
    }
    assert!(!card.contains("+1 more"), "{}", rows.join("\n"));
    // Too long for its row, an address is broken with marks, never cut.
    let joined = card.replace("… …", "");
    assert!(
        joined.contains("tess.vogel.design.studio@vogel-design-studio.example"),
        "{}",
        rows.join("\n")
    );
}
#[path = "tui_card/reach_whole.rs"]
mod reach_whole;
