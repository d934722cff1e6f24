//! The TUI without a terminal: the app state machine driven with messages
//! against a real (temporary) journal, and every screen drawn on ratatui's
//! `TestBackend` and snapshotted.

use chrono::NaiveDate;
use givegive::app::{Action, App, EditTarget, Msg, Overlay, Pane, Part, Screen};
use givegive::config::Config;
use givegive::domain::review::Settings;
use givegive::journal::Journal;
use givegive::tui::{Runtime, load_data};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;
use tui_input::InputRequest;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

struct Fixture {
    _dir: TempDir,
    journal: Journal,
}

impl Fixture {
    fn demo() -> Fixture {
        let f = Fixture::empty();
        givegive::cli::demo::seed(&f.journal, today()).expect("demo");
        f
    }

    fn empty() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = Journal::open(&dir.path().join("journal")).expect("open");
        Fixture { _dir: dir, journal }
    }

    /// The app as it opens, then on the contacts screen (most tests start
    /// there; the review has its own).
    fn app(&self) -> (App, Runtime<'_>) {
        let (mut app, mut runtime) = self.opened();
        if app.screen() == Screen::Review {
            send(&mut app, &mut runtime, &[act(Action::ScreenContacts)]);
        }
        (app, runtime)
    }

    fn opened(&self) -> (App, Runtime<'_>) {
        let data = load_data(&self.journal, today(), &Settings::default(), &[]).expect("load");
        let mut app = App::new(data, today(), "~/.local/share/givegive/journal".into());
        let mut runtime = Runtime::new(&self.journal, today(), Config::defaults());
        let first = app.card_effects();
        runtime.perform(&mut app, first);
        (app, runtime)
    }
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

/// A key typed into the draft's text area.
fn key(key: ratatui_textarea::Key) -> ratatui_textarea::Input {
    ratatui_textarea::Input {
        key,
        ..Default::default()
    }
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    format!("{}", terminal.backend())
}

/// Selects row `row` of the list in view, as the keys would.
fn select_row(app: &mut App, rt: &mut Runtime<'_>, row: usize) {
    send(app, rt, &[act(Action::Top)]);
    send(app, rt, &vec![act(Action::Down); row]);
}

fn selected_name(app: &App) -> String {
    app.contacts()
        .selected_row(app.data())
        .map(|p| p.row.name.to_string())
        .unwrap_or_default()
}

#[test]
fn filtering_narrows_highlights_and_clears() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let everyone = app.contacts().visible.len();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("zoe"));
    assert_eq!(app.contacts().visible.len(), 1);
    assert_eq!(selected_name(&app), "Zoë Müller");
    assert_eq!(app.contacts().visible[0].hits, vec![0, 1, 2]);
    assert_eq!(
        app.card().as_ref().map(|c| c.contact.name.as_str()),
        Some("Zoë Müller")
    );
    send(&mut app, &mut rt, &[Msg::Cancel]);
    assert_eq!(app.contacts().visible.len(), everyone);
    assert!(app.prompt().is_none());
}

/// The filter matches word starts of names, aliases, organisations,
/// interests and tags (issue 26): `f climbing` lists the climbers, `f
/// anna` does not list Valentina Santoro; `/` searches organisations and
/// says what matched.
#[test]
fn the_filter_and_search_find_what_the_user_means() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let listed = |app: &App| -> Vec<String> {
        let mut names: Vec<String> = app
            .contacts()
            .visible
            .iter()
            .map(|v| app.data().people[v.index].row.name.to_string())
            .collect();
        names.sort();
        names
    };
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("climbing"));
    assert_eq!(
        listed(&app),
        [
            "Anna Rossi",
            "Elena Moretti",
            "Hugo Lefèvre",
            "Lea Barbieri",
            "Luca Ferri",
            "Matteo Lombardi",
            "Paolo Esposito"
        ]
    );
    let climbers = listed(&app);
    // A write touching a climber reads their interests again.
    let signal = givegive::command::Command::Signal {
        who: givegive::command::Who::Typed("Luca Ferri".into()),
        text: "loved the new crag".into(),
        on: None,
    };
    rt.perform(&mut app, vec![givegive::app::Effect::run(signal)]);
    assert_eq!(listed(&app), climbers);
    send(&mut app, &mut rt, &[Msg::Cancel]);
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("anna"));
    assert_eq!(listed(&app), ["Anna Rossi"]);
    send(&mut app, &mut rt, &[Msg::Cancel]);
    send(&mut app, &mut rt, &[act(Action::Search)]);
    send(&mut app, &mut rt, &typed("fintastic"));
    let hit = &app.search().results[0];
    assert_eq!((&*hit.name, hit.label), ("Anna Rossi", "organisation"));
    assert!(draw(&app, 80, 24).contains("organisation Fintastic"));
}

#[test]
fn a_capture_key_records_and_every_pane_updates() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("kai"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let before = app
        .card()
        .as_ref()
        .map(|c| c.balance.tallies.my_gives)
        .unwrap_or_default();
    let totals_before = app.data().totals.my_gives.weight;
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    send(&mut app, &mut rt, &typed("sent my invoicing template"));
    send(&mut app, &mut rt, &[Msg::Complete, Msg::Complete]);
    send(&mut app, &mut rt, &typed("9"));
    insta::assert_snapshot!("give_form_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::Submit]);
    // A refused command reopens the form with everything typed.
    assert!(
        app.status().text.contains("weight 9 is out of range"),
        "{:?}",
        app.status()
    );
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("the form should be back, got {:?}", app.overlay());
    };
    assert_eq!(form.fields[0].input.value(), "sent my invoicing template");
    send(
        &mut app,
        &mut rt,
        &[Msg::Edit(InputRequest::DeletePrevChar)],
    );
    send(&mut app, &mut rt, &typed("2"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(app.overlay().is_none());
    assert!(
        app.status()
            .text
            .starts_with("gave Kai Novak: sent my invoicing template"),
        "{:?}",
        app.status()
    );
    let after = app
        .card()
        .as_ref()
        .map(|c| c.balance.tallies.my_gives)
        .unwrap_or_default();
    assert_eq!(after.weight, before.weight + 2);
    assert_eq!(app.data().totals.my_gives.weight, totals_before + 2);
    assert!(draw(&app, 120, 40).contains("sent my invoicing template"));
    // The ledger is loaded when its screen is shown, with the new entry.
    assert!(!app.data().has(Part::Ledger));
    send(&mut app, &mut rt, &[act(Action::ScreenLedger)]);
    assert!(
        app.data()
            .ledger
            .iter()
            .any(|l| l.entry.text == "sent my invoicing template")
    );
    assert!(draw(&app, 120, 40).contains("sent my invoicing template"));
    // A write made on the ledger screen shows there at once.
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("gave kai 'a second template'"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status().text.contains("a second template"),
        "{:?}",
        app.status()
    );
    assert!(draw(&app, 120, 40).contains("a second template"));
}

#[test]
fn adding_and_editing_people_through_forms() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::AddContact)]);
    send(&mut app, &mut rt, &typed("Nadia Ferrante"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    send(&mut app, &mut rt, &typed("book club"));
    for _ in 0..7 {
        send(&mut app, &mut rt, &[Msg::Complete]);
    }
    send(&mut app, &mut rt, &typed("Jazz, reading"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    // Person, meeting and its follow-up: on the status line, whole.
    assert_eq!(app.overlay(), &None);
    let said = &app.status().text;
    let lines: Vec<&str> = said.split(" · ").collect();
    assert_eq!(lines[0].split(" (#").next(), Some("added Nadia Ferrante"));
    assert!(
        lines[1].starts_with("logged meeting: book club"),
        "{lines:?}"
    );
    assert!(
        lines[2].starts_with("follow-up due tomorrow, Tuesday 24 November"),
        "{lines:?}"
    );
    let nadia = f.journal.resolve("nadia").expect("added");
    assert_eq!(
        app.contacts().selected_id(app.data()),
        Some(nadia),
        "who was just added is selected"
    );
    // Found through the filter, still selected once it is cleared.
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("omar"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::Back)]);
    assert!(app.contacts().filter.is_empty());
    assert_eq!(
        app.contacts()
            .selected_row(app.data())
            .map(|p| &*p.row.name),
        Some("Omar Haddad")
    );
    let card = f.journal.card(nadia).expect("card");
    assert_eq!(card.contact.met.text, "book club");
    assert_eq!(card.interests.len(), 2);

    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("nadia"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::EditContact)]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("expected the edit form, got {:?}", app.overlay());
    };
    assert_eq!(form.fields[0].input.value(), "Nadia Ferrante");
    for _ in 0..4 {
        send(&mut app, &mut rt, &[Msg::Complete]);
    }
    send(&mut app, &mut rt, &typed("Editor"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status().text.starts_with("updated Nadia Ferrante"),
        "{:?}",
        app.status()
    );
    assert_eq!(f.journal.contact(nadia).expect("contact").role, "Editor");
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn asking_first_shows_the_warning() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("asked hugo a ride to Toulouse"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(app.status().warning);
    assert!(
        app.status()
            .text
            .contains("you have never given to Hugo Lefèvre"),
        "{:?}",
        app.status()
    );
}

#[test]
fn an_ambiguous_name_opens_a_picker_that_finishes_the_command() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("gave luca a book"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Picker { candidates, .. }) = &app.overlay() else {
        panic!("expected a picker, got {:?}", app.overlay());
    };
    assert_eq!(candidates.len(), 2);
    insta::assert_snapshot!("picker_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[act(Action::Down), Msg::Submit]);
    assert!(app.overlay().is_none());
    assert!(
        app.status()
            .text
            .starts_with("gave Tommaso De Luca: a book"),
        "{:?}",
        app.status()
    );
}

#[test]
fn command_line_completes_names() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("met tomm"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    let value = app.prompt().as_ref().map(|(_, i)| i.value().to_string());
    assert_eq!(value.as_deref(), Some("met \"Tommaso De Luca\" "));
    send(&mut app, &mut rt, &typed("mrcbnch"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    let value = app.prompt().as_ref().map(|(_, i)| i.value().to_string());
    assert_eq!(
        value.as_deref(),
        Some("met \"Tommaso De Luca\" \"Marco Bianchi\" "),
        "fuzzy"
    );
    send(&mut app, &mut rt, &typed("luca"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    let value = app.prompt().as_ref().map(|(_, i)| i.value().to_string());
    assert!(
        value.is_some_and(|v| v.ends_with(" luca")),
        "ambiguous stays as typed"
    );
    // Trial four: tab said nothing; it says who fits, each by name.
    let said = app.status().text.clone();
    let fit: Vec<&str> = app
        .data()
        .people
        .iter()
        .map(|p| &*p.row.name)
        .filter(|n| n.to_lowercase().contains("luca"))
        .collect();
    assert!(said.starts_with(&format!("{} fit: ", fit.len())), "{said}");
    for name in fit {
        assert!(said.contains(name), "{name} in {said}");
    }
}

#[test]
fn deleting_asks_first_and_goes_to_the_trash() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let name = selected_name(&app);
    send(&mut app, &mut rt, &[act(Action::Delete)]);
    assert!(matches!(app.overlay(), Some(Overlay::Confirm { .. })));
    insta::assert_snapshot!("confirm_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::No]);
    assert_eq!(selected_name(&app), name);
    send(&mut app, &mut rt, &[act(Action::Delete), Msg::Yes]);
    assert_ne!(selected_name(&app), name);
    assert!(
        app.status().text.contains("moved contact"),
        "{:?}",
        app.status()
    );
    assert_eq!(f.journal.trash().expect("trash").len(), 1);
}

#[test]
fn e_edits_notes_or_the_selected_meetings_details() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("hugo"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::EditNotes)]);
    let hugo = app.contacts().selected_id(app.data()).expect("Hugo");
    assert_eq!(rt.take_editor_requests(), vec![EditTarget::Notes(hugo)]);
    send(
        &mut app,
        &mut rt,
        &[act(Action::FocusNext), act(Action::EditNotes)],
    );
    let requests = rt.take_editor_requests();
    let [EditTarget::Details(meeting)] = requests.as_slice() else {
        panic!("expected the meeting's details, got {requests:?}");
    };
    f.journal
        .set_details(*meeting, "wants to open a jazz bar in Toulouse +dreamer")
        .expect("saved");
    let card = f.journal.card(hugo).expect("card");
    assert!(card.contact.tags.contains(&"dreamer".to_string()));
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn the_review_opens_first_and_every_key_acts() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review);
    let mut people: Vec<_> = app.data().review.items.iter().map(|i| i.contact).collect();
    people.dedup();
    assert_eq!(people.len(), 10, "ten people, each with all their reasons");
    insta::assert_snapshot!("review_120x40", draw(&app, 120, 40));
    insta::assert_snapshot!("review_80x24", draw(&app, 80, 24));
    // Each hint says what its key does; the header says what waits.
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("z until a day you pick"), "{screen}");
    assert!(screen.contains("more in line ─"), "{screen}");
    let first = app.data().review.items[0].clone();
    assert_eq!(
        app.card().as_ref().map(|c| c.contact.id),
        Some(first.contact),
        "context shown"
    );

    // d: the overdue follow-up is done.
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(!app.data().review.items.iter().any(|i| i.key == first.key));
    assert_eq!(app.review().summary.done, 1);

    // s and x: snoozed until tomorrow, dismissed for the cycle.
    let snoozed = app.selected_item().expect("a line").key.clone();
    send(&mut app, &mut rt, &[act(Action::Snooze)]);
    assert!(!app.data().review.items.iter().any(|i| i.key == snoozed));
    // The running count, and what the snooze hid until when.
    let said = &app.status().text;
    assert!(
        said.starts_with("2 reviewed: 1 done, 1 snoozed · ")
            && said.contains("until tomorrow, Tuesday 24 November"),
        "{said}"
    );
    let dismissed = app.selected_item().expect("a line").key.clone();
    send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    assert!(!app.data().review.items.iter().any(|i| i.key == dismissed));

    // g: a give through its form counts as a give.
    send(&mut app, &mut rt, &[act(Action::Gave)]);
    send(&mut app, &mut rt, &typed("sent the grant template"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(app.review().summary.gives, 1);
    assert_eq!(
        app.review().summary.line(),
        "4 reviewed: 1 done, 1 give, 1 snoozed, 1 dismissed"
    );

    // z: a day gone by is refused under the field, in one line; the form
    // stays open and nothing is counted. A day to come snoozes.
    let picked = app.selected_item().expect("a line").key.clone();
    send(&mut app, &mut rt, &[act(Action::SnoozeDate)]);
    send(&mut app, &mut rt, &typed("yesterday"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status()
            .text
            .ends_with("'yesterday' is 22 November 2026, before today: a follow-up is due today or later, a snooze ends after today"),
        "{}",
        app.status().text
    );
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    assert!(app.data().review.items.iter().any(|i| i.key == picked));
    assert_eq!(app.review().summary.snoozed, 1);
    send(&mut app, &mut rt, &[Msg::Edit(InputRequest::DeleteLine)]);
    send(&mut app, &mut rt, &typed("2026-12-24"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(!app.data().review.items.iter().any(|i| i.key == picked));
    assert_eq!(app.review().summary.snoozed, 2);

    // The state persists: a new session hides what this one set aside.
    // (This pass keeps whom it showed while they have lines; a new one
    // picks the day's most urgent again.)
    let (again, _rt) = f.opened();
    for hidden in [&first.key, &snoozed, &dismissed, &picked] {
        assert!(!again.data().review.items.iter().any(|i| &i.key == hidden));
    }

    // Working through everything ends with the summary.
    for _ in 0..40 {
        if app.data().review.items.is_empty() {
            break;
        }
        send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    }
    assert!(app.data().review.items.is_empty());
    assert!(
        app.status()
            .text
            .contains("u undoes it · review finished: "),
        "{:?}",
        app.status()
    );
    insta::assert_snapshot!("review_done_80x24", draw(&app, 80, 24));
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn a_draft_is_personal_copied_and_marked_sent() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    // Aisha's follow-up of the jury dinner, planned by default: it waits
    // behind the people waiting on me.
    let aisha = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.name == "Aisha Bello")
        .expect("in review");
    select_row(&mut app, &mut rt, aisha);
    let first = app.data().review.items[aisha].clone();
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = &app.overlay() else {
        panic!(
            "expected a draft, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    assert!(view.text.starts_with("Hi Aisha,"));
    assert!(
        view.text
            .contains("looking for European co-investors in fintech"),
        "{}",
        view.text
    );
    assert!(view.text.contains("both into jazz"), "{}", view.text);
    insta::assert_snapshot!("draft_80x24", draw(&app, 80, 24));

    let effects = app.update(Msg::Copy);
    assert!(
        matches!(effects.as_slice(), [givegive::app::Effect::Copy(t)] if t.starts_with("Hi Aisha"))
    );
    rt.perform(&mut app, effects);
    assert_eq!(rt.take_clipboard().len(), 1);

    send(&mut app, &mut rt, &[Msg::Yes]);
    assert!(app.overlay().is_none());
    assert_eq!(app.review().summary.follow_ups_sent, 1);
    assert!(
        !app.data().review.items.iter().any(|i| i.key == first.key),
        "the follow-up is done"
    );
    let card = f.journal.card(first.contact).expect("card");
    assert!(card.history.iter().any(|h| {
        card.headline(h)
            .text
            .starts_with("sent a follow-up message")
    }));

    // Francesca's meeting has no details, but you share cooking; she needs
    // a website and nobody you know offers one: the draft says what you
    // share, promises no help, and says so beside it.
    let francesca = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.name == "Francesca Ricci")
        .expect("in review");
    select_row(&mut app, &mut rt, francesca);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = &app.overlay() else {
        panic!(
            "expected a draft, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    assert!(!view.text.contains("what we talked about"), "{}", view.text);
    assert!(view.text.contains("cooking"), "{}", view.text);
    assert!(!view.text.contains("help"), "{}", view.text);
    assert!(
        view.notes
            .iter()
            .any(|n| n.contains("left out their need \"a website that takes orders\"")),
        "{:?}",
        view.notes
    );
    // Edited right there: the text is what was typed.
    send(&mut app, &mut rt, &[Msg::EditHere]);
    send(
        &mut app,
        &mut rt,
        &[Msg::DraftKey(key(ratatui_textarea::Key::Enter))],
    );
    for c in "P.S. see you Sunday".chars() {
        send(
            &mut app,
            &mut rt,
            &[Msg::DraftKey(key(ratatui_textarea::Key::Char(c)))],
        );
    }
    insta::assert_snapshot!("draft_editing_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Draft(view)) = &app.overlay() else {
        panic!("the draft stays open after editing");
    };
    assert!(view.editor.is_none());
    assert!(
        view.text.ends_with("Talk soon\nP.S. see you Sunday"),
        "{}",
        view.text
    );
    send(&mut app, &mut rt, &[Msg::No]);

    // Someone you know nothing about yet: no draft, and it says why.
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("add Nora Ek"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let nora = f.journal.resolve("nora ek").expect("added");
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    app.update(Msg::Act(Action::Filter));
    send(&mut app, &mut rt, &typed("nora ek"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(app.contacts().selected_id(app.data()), Some(nora));
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    assert!(app.overlay().is_none());
    assert!(
        app.status()
            .text
            .starts_with("nothing is recorded with Nora Ek yet"),
        "{:?}",
        app.status()
    );
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn who_could_help_records_the_introduction_in_one_step() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    // Her "a designer for the new app" the introduction to Giulia, a
    // designer, answered already: a need nobody met yet.
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(
        &mut app,
        &mut rt,
        &typed("edit 'anna rossi' --need 'a service designer'"),
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("anna rossi"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::WhoCouldHelp)]);
    let Some(Overlay::Matches { report, .. }) = &app.overlay() else {
        panic!(
            "expected matches, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    // The demo introduced Anna to Giulia already: she is not offered again.
    assert!(!report.could_help.iter().any(|m| m.name == "Giulia Conti"));
    let ana = report
        .could_help
        .iter()
        .position(|m| m.name == "Ana Costa")
        .expect("Ana, a service designer, could help Anna");
    // The need the introduction to her answered shows too, as `match`
    // prints it.
    let screen = draw(&app, 120, 40);
    assert!(
        screen.contains(
            "\"a designer for the new app\": your introduction to Giulia Conti answers it"
        ),
        "{screen}"
    );
    insta::assert_snapshot!("matches_120x40", screen);
    for _ in 0..ana {
        send(&mut app, &mut rt, &[act(Action::Down)]);
    }
    let anna = app.contacts().selected_id(app.data()).expect("Anna");
    let gives = f.journal.card(anna).expect("card").balance.tallies.my_gives;
    let (before, before_weight) = (gives.count, gives.weight);
    // enter asks why, how big, and what it answers before recording.
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("expected the introduction's form, got {:?}", app.overlay());
    };
    assert_eq!(form.title, "introduce Anna Rossi and Ana Costa");
    insta::assert_snapshot!("intro_form_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::Complete]);
    send(&mut app, &mut rt, &typed("3"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let card = f.journal.card(anna).expect("card");
    assert_eq!(card.balance.tallies.my_gives.count, before + 1);
    assert_eq!(card.balance.tallies.my_gives.weight, before_weight + 3);
    assert!(card.history.iter().any(|h| {
        card.headline(h)
            .text
            .contains("check how the introduction to Ana Costa went")
    }));
    assert!(
        card.history
            .iter()
            .any(|h| { card.headline(h).text.contains("a service designer") })
    );
    // Asked again, who could help no longer offers her.
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    let Some(Overlay::Matches { report, .. }) = &app.overlay() else {
        panic!(
            "expected matches, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    assert!(!report.all().iter().any(|(_, m)| m.name == "Ana Costa"));
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn piled_up_signals_lead_to_closing_with_a_reason() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    for _ in 0..12 {
        if app
            .data()
            .review
            .items
            .iter()
            .any(|i| i.reason.kind() == "signals_piled_up")
        {
            break;
        }
        send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    }
    let zoe = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "signals_piled_up")
        .expect("Zoë's signals reach the review");
    select_row(&mut app, &mut rt, zoe);
    let effects = app.card_effects();
    rt.perform(&mut app, effects);
    let id = app.data().review.items[zoe].contact;
    assert!(
        draw(&app, 120, 40).contains("3 warning signals: "),
        "the card lists the signals"
    );
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(
        matches!(app.overlay(), Some(Overlay::Form(_))),
        "closing asks for a reason"
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(app.status().text.contains("needed"), "{:?}", app.status());
    send(&mut app, &mut rt, &typed("only gets in touch to recruit"));
    let before = app.review().summary.clone();
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(f.journal.contact(id).expect("kept").is_closed());
    // A close is said as a close, and counted as one: never "1 done".
    let status = &app.status().text;
    assert!(status.contains("closed"), "{status}");
    assert_eq!(app.review().summary.closed, before.closed + 1, "{status}");
    assert_eq!(app.review().summary.done, before.done, "{status}");
    assert!(
        !app.data().review.items.iter().any(|i| i.contact == id),
        "closed people leave the review"
    );
    assert!(
        !app.contacts()
            .visible
            .iter()
            .any(|v| app.data().people[v.index].row.id == id)
    );
}

#[test]
fn x_merges_a_duplicate_into_the_selected_person() {
    let f = Fixture::demo();
    f.journal
        .add_contact(
            &givegive::journal::ContactDraft {
                name: "Anna R.".into(),
                emails: vec!["anna.r@example.org".into()],
                ..Default::default()
            },
            today(),
        )
        .expect("a duplicate");
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("anna rossi"));
    send(
        &mut app,
        &mut rt,
        &[Msg::Submit, act(Action::MergeDuplicate)],
    );
    send(&mut app, &mut rt, &typed("anna r."));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status()
            .text
            .starts_with("merged Anna R. into Anna Rossi"),
        "{:?}",
        app.status()
    );
    let card = app.card().as_ref().expect("card");
    assert!(
        card.contact
            .emails
            .iter()
            .any(|e| e.value() == "anna.r@example.org")
    );
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn import_and_export_from_the_tui() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    let vcf = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vcard/one.vcf");
    send(&mut app, &mut rt, &[act(Action::Import)]);
    send(&mut app, &mut rt, &typed("vcard"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    send(&mut app, &mut rt, &typed(&format!("'{}'", vcf.display())));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.status().text.starts_with("added 1 person"),
        "{:?}",
        app.status()
    );
    assert_eq!(
        app.screen(),
        Screen::Contacts,
        "the welcome screen gives way"
    );
    assert_eq!(app.data().people.len(), 1);

    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("lucia.md");
    send(&mut app, &mut rt, &[act(Action::Export)]);
    send(&mut app, &mut rt, &typed("markdown"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    send(&mut app, &mut rt, &typed("lucia"));
    send(&mut app, &mut rt, &[Msg::Complete]);
    send(&mut app, &mut rt, &typed(&out.display().to_string()));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        app.overlay().is_none(),
        "{:?} {:?}",
        app.overlay(),
        app.status()
    );
    let md = std::fs::read_to_string(&out).expect("exported");
    assert!(md.starts_with("# Lucia Neri"));
}

#[test]
fn stats_and_events_screens() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenStats)]);
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("stats_{w}x{h}"), draw(&app, w, h));
    }
    send(&mut app, &mut rt, &[act(Action::ScreenEvents)]);
    let rustlab = app
        .data()
        .events
        .iter()
        .position(|e| e.name == "RustLab Florence")
        .expect("the demo event");
    let e = &app.data().events[rustlab];
    // Yuki's only record since is her ask: hers, not my follow-up.
    assert_eq!((e.met, e.followed_up), (3, 1), "{e:?}");
    for _ in 0..rustlab {
        send(&mut app, &mut rt, &[act(Action::Down)]);
    }
    send(&mut app, &mut rt, &[act(Action::Open)]);
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("events_{w}x{h}"), draw(&app, w, h));
    }
    send(&mut app, &mut rt, &[act(Action::Open)]);
    assert_eq!(app.screen(), Screen::Contacts);
    assert!(app.card().is_some());
}

#[test]
fn sorting_and_closed_toggle() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    assert_eq!(selected_name(&app), "Marco Bianchi", "the review's first");
    send(
        &mut app,
        &mut rt,
        &[act(Action::CycleSort), act(Action::Top)],
    );
    assert_eq!(app.contacts().sort.label(), "last touch");
    assert_eq!(
        selected_name(&app),
        "José García",
        "longest without contact first"
    );
    let shown = app.contacts().visible.len();
    send(&mut app, &mut rt, &[act(Action::ToggleClosed)]);
    assert_eq!(app.contacts().visible.len(), shown + 1);
}

#[test]
fn search_jumps_to_the_person_and_the_entry() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Search)]);
    send(&mut app, &mut rt, &typed("jazz bar"));
    assert_eq!(app.screen(), Screen::Search);
    assert!(!app.search().results.is_empty());
    insta::assert_snapshot!("search_120x40", draw(&app, 120, 40));
    insta::assert_snapshot!("search_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(app.screen(), Screen::Contacts);
    assert_eq!(selected_name(&app), "Hugo Lefèvre");
    assert_eq!(app.contacts().pane, Pane::Detail);

    // A hit in the history (or the ledger) selects that entry in the card.
    for (query, name) in [
        ("thesis on payments", "Elena Moretti"),
        ("jazz bar", "Hugo Lefèvre"),
    ] {
        send(
            &mut app,
            &mut rt,
            &[act(Action::Search), Msg::Edit(InputRequest::DeleteLine)],
        );
        send(&mut app, &mut rt, &typed(query));
        let hit = app.search().results[0].clone();
        let record = hit.record.expect("a hit in an entry");
        send(&mut app, &mut rt, &[Msg::Submit]);
        assert_eq!(selected_name(&app), name);
        let card = app.card().clone().expect("the card");
        let at = app.contacts().history_scroll;
        let shown = card.history.get(at).map(|h| card.headline(h).id);
        assert_eq!(shown, Some(record), "{query}: the entry is selected");
        // Shown selected: a bar across the pane, the details' row too.
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        let config = Config::defaults();
        terminal
            .draw(|frame| {
                givegive::ui::render(&app, &config, frame);
            })
            .expect("draw");
        let buffer = terminal.backend().buffer();
        let reversed = |y: u16| {
            (40..78)
                .filter(|x| {
                    buffer[(*x, y)]
                        .modifier
                        .contains(ratatui::style::Modifier::REVERSED)
                })
                .count()
        };
        let bar: Vec<u16> = (0..24).filter(|y| reversed(*y) == 38).collect();
        assert!(!bar.is_empty(), "{query}: no bar\n{}", terminal.backend());
        if !card.headline(&card.history[at]).details.is_empty() {
            assert_eq!(bar.len(), 2, "{query}: the details are in the bar");
        }
    }
}

#[test]
fn ledger_filters_cycle() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenLedger)]);
    let all = app.ledger().visible.len();
    send(&mut app, &mut rt, &[act(Action::CycleState)]);
    let open = app.ledger().visible.len();
    assert!(open > 0 && open < all);
    assert!(
        app.ledger()
            .visible
            .iter()
            .all(|i| app.data().ledger[*i].entry.state.as_str() == "open")
    );
    send(
        &mut app,
        &mut rt,
        &[
            act(Action::CycleState),
            act(Action::CycleState),
            act(Action::CycleState),
        ],
    );
    assert_eq!(app.ledger().visible.len(), all);
}

/// On the ledger `d` marks the open entry selected done and `x` declines
/// one, by the shell's commands; on an entry already settled they say so.
#[test]
fn the_ledger_settles_open_entries() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenLedger), act(Action::CycleState)],
    );
    let state = |app: &App, id| {
        app.data()
            .ledger
            .iter()
            .find(|l| l.entry.id == id)
            .map(|l| l.entry.state.as_str())
    };
    let first = app
        .ledger()
        .selected_line(app.data())
        .expect("an open entry")
        .entry
        .id;
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert_eq!(state(&app, first), Some("done"), "{:?}", app.status());
    let second = app
        .ledger()
        .selected_line(app.data())
        .expect("another")
        .entry
        .id;
    send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    assert_eq!(state(&app, second), Some("declined"), "{:?}", app.status());
    // Every state shown: the entry just declined is there, and says so.
    send(
        &mut app,
        &mut rt,
        &[
            act(Action::CycleState),
            act(Action::CycleState),
            act(Action::CycleState),
        ],
    );
    let at = app
        .ledger()
        .visible
        .iter()
        .position(|i| app.data().ledger[*i].entry.id == second);
    select_row(&mut app, &mut rt, at.expect("listed"));
    send(&mut app, &mut rt, &[act(Action::Done)]);
    assert!(
        app.status().text.contains("declined already"),
        "{:?}",
        app.status()
    );
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[test]
fn interests_list_people_and_open_them() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenInterests)]);
    assert!(app.data().interests[0].mine);
    send(
        &mut app,
        &mut rt,
        &[act(Action::Open), act(Action::Down), act(Action::Open)],
    );
    assert_eq!(app.screen(), Screen::Contacts);
    assert!(app.card().is_some());
}

#[test]
fn quit_and_help() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Help)]);
    insta::assert_snapshot!("help_80x24", draw(&app, 80, 24));
    insta::assert_snapshot!("help_120x40", draw(&app, 120, 40));
    // Every page at 80 columns: words, wrapped, never cut, no action names.
    for _ in 0..12 {
        let screen = draw(&app, 80, 24);
        assert!(!screen.contains('…'), "{screen}");
        assert!(
            !screen.contains("screen_review") && !screen.contains("who_could_help"),
            "{screen}"
        );
        send(&mut app, &mut rt, &[act(Action::PageDown)]);
    }
    send(&mut app, &mut rt, &[act(Action::Top)]);
    send(&mut app, &mut rt, &[act(Action::Quit)]);
    assert!(app.running(), "q closes the help first");
    send(&mut app, &mut rt, &[act(Action::Quit)]);
    assert!(!app.running());
}

#[test]
fn snapshots_of_every_screen() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("contacts_{w}x{h}"), draw(&app, w, h));
    }
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenInterests), act(Action::Open)],
    );
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("interests_{w}x{h}"), draw(&app, w, h));
    }
    send(&mut app, &mut rt, &[act(Action::ScreenLedger)]);
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("ledger_{w}x{h}"), draw(&app, w, h));
    }
    send(
        &mut app,
        &mut rt,
        &[act(Action::CycleKind), act(Action::CycleState)],
    );
    send(
        &mut app,
        &mut rt,
        &[act(Action::CycleState), act(Action::CycleState)],
    );
    insta::assert_snapshot!("ledger_empty_filter_80x24", draw(&app, 80, 24));
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenContacts), act(Action::Filter)],
    );
    send(&mut app, &mut rt, &typed("qqqq"));
    insta::assert_snapshot!("contacts_nobody_matches_80x24", draw(&app, 80, 24));
    send(&mut app, &mut rt, &[Msg::Cancel]);
    insta::assert_snapshot!("contacts_narrow_list_50x20", draw(&app, 50, 20));
    send(&mut app, &mut rt, &[act(Action::FocusNext)]);
    insta::assert_snapshot!("contacts_narrow_card_50x20", draw(&app, 50, 20));
}

#[test]
fn an_empty_journal_opens_on_the_welcome_screen() {
    let f = Fixture::empty();
    let (app, _rt) = f.app();
    assert_eq!(app.screen(), Screen::Welcome);
    insta::assert_snapshot!("welcome_80x24", draw(&app, 80, 24));
    insta::assert_snapshot!("welcome_120x40", draw(&app, 120, 40));
    // The contacts pane of an empty journal says it has nobody yet, not
    // that nobody matches (trial 28c).
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    let drawn = draw(&app, 80, 24);
    assert!(drawn.contains("No one in this journal"), "{drawn}");
    assert!(!drawn.contains("nobody here"), "{drawn}");
}

#[test]
fn hostile_names_are_drawn_inert() {
    let f = Fixture::empty();
    // The last, right to left, needs no control characters and keeps its own.
    for name in [
        "Eve \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}[31mRed",
        "Mallory \u{202E}gnp.exe\u{202C} \u{2067}x\u{2069} \u{8}\u{7f}",
        "مريم حداد",
    ] {
        f.journal
            .add_contact(
                &givegive::journal::ContactDraft {
                    name: name.into(),
                    ..Default::default()
                },
                today(),
            )
            .expect("add");
    }
    let (app, _rt) = f.app();
    let screen = draw(&app, 80, 24);
    for c in [
        '\u{1b}', '\u{7}', '\u{202E}', '\u{202C}', '\u{2067}', '\u{2069}', '\u{8}', '\u{7f}',
    ] {
        assert!(!screen.contains(c), "{c:?} drawn raw:\n{screen}");
    }
    // A name keeps only what shows of it (`text::as_seen`), whatever door.
    assert!(screen.contains("Eve Red"), "{screen}");
    assert!(screen.contains("Mallory gnp.exe x"), "{screen}");
    assert!(screen.contains("مريم حداد"), "{screen}");
    // What is typed comes back in the status line, the history and the
    // card: inert there too, whatever the unit that draws it.
    let (mut app, mut rt) = f.app();
    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenContacts), act(Action::Gave)],
    );
    send(
        &mut app,
        &mut rt,
        &typed("a \u{1b}]0;pwned\u{7}deck \u{202E}txt"),
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(app.status().text.contains("pwned"), "{:?}", app.status());
    let screen = draw(&app, 80, 24);
    for c in ['\u{1b}', '\u{7}', '\u{202E}'] {
        assert!(!screen.contains(c), "{c:?} drawn raw:\n{screen}");
    }
}

fn any_msg() -> impl Strategy<Value = Msg> {
    let actions = vec![
        Action::Back,
        Action::Help,
        Action::ScreenReview,
        Action::ScreenStats,
        Action::ScreenEvents,
        Action::Done,
        Action::Snooze,
        Action::Dismiss,
        Action::Skip,
        Action::SnoozeDate,
        Action::ScreenContacts,
        Action::ScreenInterests,
        Action::ScreenLedger,
        Action::NextScreen,
        Action::FocusNext,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Filter,
        Action::Search,
        Action::CommandLine,
        Action::CycleSort,
        Action::ToggleClosed,
        Action::Gave,
        Action::Met,
        Action::Signal,
        Action::Delete,
        Action::CycleDirection,
        Action::CycleNature,
        Action::CycleState,
        Action::Open,
    ];
    prop_oneof![
        4 => prop::sample::select(actions).prop_map(Msg::Act),
        2 => "[a-z #\\-]".prop_map(|s: String| Msg::Edit(InputRequest::InsertChar(s.chars().next().unwrap_or('a')))),
        1 => Just(Msg::Edit(InputRequest::DeletePrevChar)),
        1 => Just(Msg::Submit),
        1 => Just(Msg::Cancel),
        1 => Just(Msg::Complete),
        1 => Just(Msg::Yes),
        1 => Just(Msg::No),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_at_random_sizes_never_break_the_app(
        msgs in prop::collection::vec(any_msg(), 0..80),
        sizes in prop::collection::vec((1u16..=300, 1u16..=100), 1..4),
    ) {
        let f = Fixture::demo();
        let (mut app, mut rt) = f.app();
        for (n, msg) in msgs.iter().enumerate() {
            let effects = app.update(msg.clone());
            rt.perform(&mut app, effects);
            if !app.running() {
                break;
            }
            prop_assert!(app.contacts().selected <= app.contacts().visible.len().saturating_sub(1));
            prop_assert!(app.ledger().selected <= app.ledger().visible.len().saturating_sub(1));
            prop_assert!(app.search().selected <= app.search().results.len().saturating_sub(1));
            let (w, h) = sizes[n % sizes.len()];
            draw(&app, w, h);
        }
        prop_assert_eq!(f.journal.check().map_err(|e| TestCaseError::fail(e.to_string()))?, Vec::new());
    }
}

/// What every screen shows from the core of the data, to compare an app
/// updated write by write with a fresh load.
fn core(data: &givegive::app::Data) -> String {
    let rows: Vec<_> = data.people.iter().map(|p| (&p.row, &p.folded)).collect();
    format!(
        "{rows:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        data.review, data.facts, data.totals, data.review.due
    )
}

/// Command lines a person at the TUI types; `WHO` is a person's full name.
const WRITES: [&str; 12] = [
    "gave 'WHO' 'a book on pricing'",
    "got 'WHO' 'advice on rates' --weight 3",
    "asked 'WHO' 'an intro to their CTO' --open",
    "asked-by 'WHO' 'a code review' --open",
    "met 'WHO' 'coffee at the station' --on 2026-11-20",
    "call 'WHO' 'caught up' --on 2026-11-22",
    "follow-up 'WHO' 2026-11-23 'send the deck'",
    "signal 'WHO' 'cancelled again'",
    "close 'WHO' --reason 'one-sided'",
    "reopen 'WHO'",
    "edit 'WHO' --tier inner",
    "add 'WHO Junior' --tier close",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// After each write the TUI refreshes only the people it touched; what
    /// it then shows equals a fresh load of the whole journal.
    #[test]
    fn refreshing_what_a_write_touched_equals_a_fresh_load(
        writes in prop::collection::vec((0..WRITES.len(), any::<prop::sample::Index>()), 1..6)
    ) {
        let f = Fixture::demo();
        let (mut app, mut rt) = f.app();
        for (write, who) in writes {
            let name = who.get(&app.data().people).row.name.clone();
            let line = WRITES[write].replace("WHO", &name);
            // The pass keeps whom it showed while they have a line.
            let shown = app.data().review.items.iter().map(|i| i.contact).collect();
            send(&mut app, &mut rt, &[act(Action::CommandLine)]);
            send(&mut app, &mut rt, &typed(&line));
            send(&mut app, &mut rt, &[Msg::Submit]);
            let mut fresh = load_data(&f.journal, today(), &Settings::default(), &[])
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            fresh.review = f
                .journal
                .review_queue(&fresh.facts, &Settings::default(), today(), &shown, false)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(core(app.data()), core(&fresh), "after `{}`: {:?}", line, app.status());
        }
    }
}

/// A 100,000-character note, emoji with joiners, combining marks and a
/// right-to-left name: every screen keeps its frame (each drawn row exactly
/// as wide as the terminal) at every size, and the card draws the note.
#[test]
fn long_and_odd_text_keeps_the_layout() {
    let f = Fixture::empty();
    let long = "pricing workshop notes ".repeat(4_400);
    assert!(long.chars().count() > 100_000);
    for (name, notes, org) in [
        ("👩‍💻 Zoë 🎉 Müller", "🎉".repeat(300), "Ça va ✓"),
        (
            "e\u{301}\u{301}\u{301}lodie Ågren",
            "a\u{302}\u{303}\u{304}".repeat(50),
            "Ze\u{301}ro",
        ),
        ("مريم العلي", "תודה רבה על ההמלצה".to_string(), "شركة"),
        (
            "Long Notes",
            long.clone(),
            "An organisation whose name goes on and on and on and on",
        ),
    ] {
        f.journal
            .add_contact(
                &givegive::journal::ContactDraft {
                    name: name.into(),
                    notes,
                    org: org.into(),
                    ..Default::default()
                },
                today(),
            )
            .expect("add");
    }
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("long notes"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(
        app.card().as_ref().map(|c| c.contact.notes.len()),
        Some(long.trim_end().len())
    );
    let whole_width = |drawn: &str, width: u16, what: &str| {
        for (n, row) in drawn.lines().enumerate() {
            // TestBackend prints a row in quotes, then which cells wide
            // symbols cover.
            let row = row
                .split("\" Hidden by multi-width symbols")
                .next()
                .unwrap_or(row);
            let row = row.trim_start_matches('"').trim_end_matches('"');
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(row),
                usize::from(width),
                "{what}, row {n}: {row}"
            );
        }
    };
    let sizes = [(80, 24), (120, 40), (40, 12), (200, 60)];
    for (width, height) in sizes {
        let what = format!("the long card at {width}x{height}");
        whole_width(&draw(&app, width, height), width, &what);
    }
    // Everyone listed, on every screen.
    send(&mut app, &mut rt, &[act(Action::Back)]);
    assert_eq!(app.contacts().visible.len(), 4);
    let screens = [
        Action::ScreenContacts,
        Action::ScreenReview,
        Action::ScreenInterests,
        Action::ScreenLedger,
        Action::ScreenStats,
        Action::ScreenEvents,
        Action::ScreenContacts,
    ];
    for (width, height) in sizes {
        for screen in screens {
            send(&mut app, &mut rt, &[act(screen)]);
            let what = format!("{screen:?} at {width}x{height}");
            whole_width(&draw(&app, width, height), width, &what);
        }
    }
    insta::assert_snapshot!("odd_text_contacts_120x40", draw(&app, 120, 40));
}

/// `u` takes back the last change and `ctrl-r` makes it again; the panes
/// follow.
#[test]
fn undo_and_redo_from_the_tui() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("kai"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(
        &mut app,
        &mut rt,
        &typed("gave kai 'a ticket to the meetup'"),
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(draw(&app, 120, 40).contains("a ticket to the meetup"));
    send(&mut app, &mut rt, &[act(Action::Undo)]);
    assert_eq!(
        app.status().text,
        "undid: gave 'Kai Novak' 'a ticket to the meetup'",
        "{:?}",
        app.status()
    );
    let history = |app: &App| format!("{:?}", app.card().as_ref().map(|c| &c.history));
    assert!(!history(&app).contains("a ticket to the meetup"));
    send(&mut app, &mut rt, &[act(Action::Redo)]);
    assert!(
        app.status().text.starts_with("redid: gave 'Kai Novak'"),
        "{:?}",
        app.status()
    );
    assert!(history(&app).contains("a ticket to the meetup"));
    assert!(f.journal.check().expect("check").is_empty());
}

/// Closing someone moves the cursor on; `u` brings them back and the
/// cursor with them, on the review and on the contacts screen alike.
#[test]
fn an_undo_selects_whom_it_brought_back() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    assert_eq!(app.screen(), Screen::Review);
    let on = |app: &App| app.selected_item().map(|i| i.name.clone());
    while on(&app).as_deref() != Some("Marco Bianchi") {
        let at = app.review().selected;
        send(&mut app, &mut rt, &[act(Action::Down)]);
        assert_ne!(app.review().selected, at, "Marco is in the review");
    }
    let close = |app: &mut App, rt: &mut Runtime<'_>| {
        send(app, rt, &[act(Action::CloseRelationship)]);
        send(app, rt, &typed("moved to Lisbon"));
        send(app, rt, &[Msg::Submit]);
    };
    close(&mut app, &mut rt);
    assert_ne!(
        on(&app).as_deref(),
        Some("Marco Bianchi"),
        "{:?}",
        app.status()
    );
    send(&mut app, &mut rt, &[act(Action::Undo)]);
    let names: Vec<_> = app
        .data()
        .review
        .items
        .iter()
        .map(|i| i.name.clone())
        .collect();
    assert_eq!(
        on(&app).as_deref(),
        Some("Marco Bianchi"),
        "{:?} {names:?}",
        app.status()
    );

    send(
        &mut app,
        &mut rt,
        &[act(Action::ScreenContacts), act(Action::Filter)],
    );
    send(&mut app, &mut rt, &typed("marco"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::Back)]);
    let selected = |app: &App| {
        let row = app.contacts().visible[app.contacts().selected].index;
        app.data().people[row].row.name.to_string()
    };
    assert_eq!(selected(&app), "Marco Bianchi");
    close(&mut app, &mut rt);
    assert_ne!(selected(&app), "Marco Bianchi");
    send(&mut app, &mut rt, &[act(Action::Undo)]);
    assert_eq!(selected(&app), "Marco Bianchi", "{:?}", app.status());
    let card = app.card().as_ref().map(|c| c.contact.name.clone());
    assert_eq!(card.as_deref(), Some("Marco Bianchi"), "the card follows");
}

/// An ask to someone I never gave to asks first, readable at 80x24; giving
/// first brings the ask back, and then both are in the journal.
#[test]
fn an_ask_before_any_give_offers_to_give_first() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("ivan"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::Asked)]);
    send(&mut app, &mut rt, &typed("an intro to his CTO friend"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(matches!(app.overlay(), Some(Overlay::GiveFirst { .. })));
    insta::assert_snapshot!("give_first_80x24", draw(&app, 80, 24));
    let ivan = f.journal.resolve("ivan").expect("ivan");
    let asks = |f: &Fixture| {
        f.journal
            .card(ivan)
            .expect("card")
            .balance
            .tallies
            .my_asks
            .count
    };
    assert_eq!(asks(&f), 0, "nothing is saved before the answer");

    send(&mut app, &mut rt, &[act(Action::Gave)]);
    send(&mut app, &mut rt, &typed("my notes on enterprise pricing"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("the ask is back after the give: {:?}", app.overlay());
    };
    assert_eq!(form.fields[0].input.value(), "an intro to his CTO friend");
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(app.overlay().is_none(), "{:?}", app.overlay());
    let card = f.journal.card(ivan).expect("card");
    assert_eq!(card.balance.tallies.my_gives.count, 1);
    assert_eq!(card.balance.tallies.my_asks.count, 1);
    assert!(!app.status().warning, "{:?}", app.status());
}

/// `enter` on a history entry shows it whole, with its id and what acts on
/// it; `esc` goes back to the card.
#[test]
fn enter_on_a_history_entry_shows_it_whole() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("ivan"));
    send(&mut app, &mut rt, &[Msg::Submit, act(Action::Open)]);
    let card = app.card().clone().expect("Ivan's card");
    let at = card
        .history
        .iter()
        .position(|h| card.headline(h).text.contains("find a CTO"))
        .expect("his open request");
    for _ in 0..at {
        send(&mut app, &mut rt, &[act(Action::Down)]);
    }
    send(&mut app, &mut rt, &[act(Action::Open)]);
    let Some(Overlay::Output { title, lines, .. }) = &app.overlay() else {
        panic!("the entry is shown: {:?}", app.overlay());
    };
    let id = card.headline(&card.history[at]).id;
    assert_eq!(title, &format!("asked-by {id}"));
    let text = lines.join("\n");
    assert!(text.contains("find a CTO for his side project"), "{text}");
    assert!(text.contains("y marks it done · n declines it"), "{text}");
    insta::assert_snapshot!("history_entry_80x24", draw(&app, 80, 24));
    // y there marks it done, through the same command as `givegive done`.
    let effects = app.update(Msg::Yes);
    assert_eq!(
        effects,
        vec![givegive::app::Effect::run(
            givegive::command::Command::Done { id }
        )]
    );
    send(&mut app, &mut rt, &[Msg::Cancel]);
    assert!(app.overlay().is_none());

    // `e` on that entry does not open Ivan's notes: an ask has no details.
    let effects = app.update(act(Action::EditNotes));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        app.status()
            .text
            .starts_with("this asked-by entry has no details"),
        "{:?}",
        app.status()
    );
}

#[test]
fn an_emptied_review_says_what_is_still_due() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.opened();
    for _ in 0..60 {
        if app.data().review.items.is_empty() {
            break;
        }
        send(&mut app, &mut rt, &[act(Action::Dismiss)]);
    }
    assert!(app.data().review.items.is_empty());
    let due = &app.data().review.due;
    assert!(!due.set_aside.is_empty(), "dismissed, not done");
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Nothing more needs you today."), "{screen}");
    // Dismissed for good: no "pause you gave" to come back after.
    assert!(!screen.contains("pause you gave"), "{screen}");
    assert!(
        screen.contains(&format!(
            "{} follow-ups due are set aside",
            due.set_aside.len()
        )),
        "{screen}"
    );
    assert!(
        screen.contains("dismissed (they come back only"),
        "{screen}"
    );
}

/// The *got* form offers my requests to that person still open: with one,
/// it answers that one unless its id is cleared, so one favour counts once
/// without anyone remembering an id; with two, it lists them and the id
/// typed chooses. No line tells the person to type a flag.
#[test]
fn the_got_form_answers_the_open_request_by_default() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    let kai = f.journal.resolve("kai").expect("kai");
    let open = |f: &Fixture| {
        let card = f.journal.card(kai).expect("card");
        card.open_requests()
            .iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    let ask = |app: &mut App, rt: &mut Runtime<'_>, what: &str| {
        send(app, rt, &[act(Action::CommandLine)]);
        send(app, rt, &typed(&format!("asked kai '{what}'")));
        send(app, rt, &[Msg::Submit]);
    };
    // What the form makes when saved, then run as the runtime would.
    let save = |app: &mut App, rt: &mut Runtime<'_>| {
        let effects = app.update(Msg::Submit);
        let line = effects
            .iter()
            .find_map(|e| match e {
                givegive::app::Effect::Run { command, .. } => Some(givegive::words::line(command)),
                _ => None,
            })
            .expect("the form runs a command");
        rt.perform(app, effects);
        line
    };
    let answers_field = |app: &App| match &app.overlay() {
        Some(Overlay::Form(form)) => (form.fields[4].input.value().to_string(), form.notes.clone()),
        other => panic!("no form: {other:?}"),
    };

    // One request open: the form answers it unless told otherwise.
    send(&mut app, &mut rt, &[act(Action::Filter)]);
    send(&mut app, &mut rt, &typed("kai"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    ask(&mut app, &mut rt, "a second opinion on my rates");
    let first = open(&f);
    assert_eq!(first.len(), 1);
    send(&mut app, &mut rt, &[act(Action::Got)]);
    let (value, notes) = answers_field(&app);
    assert_eq!(value, first[0].to_string());
    assert!(
        notes[0].contains("a second opinion on my rates"),
        "{notes:?}"
    );
    send(&mut app, &mut rt, &typed("looked over my rates"));
    let line = save(&mut app, &mut rt);
    assert!(line.starts_with("got "), "{line}");
    assert!(
        line.ends_with(&format!("--answers {}", first[0].0)),
        "{line}"
    );
    assert!(open(&f).is_empty(), "the request is granted");
    assert!(
        app.status().text.contains("counted once"),
        "{:?}",
        app.status()
    );
    let card = f.journal.card(kai).expect("card");
    assert_eq!(card.help.received.count, 1, "one favour, counted once");

    // Cleared, it records a plain got, and no note asks for a flag.
    ask(&mut app, &mut rt, "an intro to a data team");
    send(&mut app, &mut rt, &[act(Action::Got)]);
    send(&mut app, &mut rt, &typed("coffee"));
    send(&mut app, &mut rt, &vec![Msg::Complete; 4]);
    send(
        &mut app,
        &mut rt,
        &vec![Msg::Edit(InputRequest::DeletePrevChar); 12],
    );
    assert_eq!(answers_field(&app).0, "");
    let line = save(&mut app, &mut rt);
    assert!(!line.contains("--answers"), "{line}");
    assert_eq!(open(&f).len(), 1, "still open");
    assert!(!app.status().text.contains("--"), "{:?}", app.status());

    // Two open: the form lists both, answers none until one is chosen.
    ask(&mut app, &mut rt, "a Rust pipeline review");
    let both = open(&f);
    assert_eq!(both.len(), 2);
    send(&mut app, &mut rt, &[act(Action::Got)]);
    let (value, notes) = answers_field(&app);
    assert_eq!(value, "", "nothing chosen for the person");
    for id in &both {
        assert!(
            notes.iter().any(|n| n.contains(&id.to_string())),
            "{id} in {notes:?}"
        );
    }
    send(&mut app, &mut rt, &typed("reviewed the pipeline"));
    send(&mut app, &mut rt, &vec![Msg::Complete; 4]);
    insta::assert_snapshot!("got_form_80x24", draw(&app, 80, 24));
    let chosen = both[1];
    send(&mut app, &mut rt, &typed(&chosen.0.to_string()));
    let line = save(&mut app, &mut rt);
    assert!(line.ends_with(&format!("--answers {}", chosen.0)), "{line}");
    assert_eq!(open(&f), vec![both[0]]);
    assert!(f.journal.check().expect("check").is_empty());
}

/// A draft that says "as promised, I am sending you …", marked sent,
/// delivers what was promised: the promise is done, and the next draft
/// does not promise it again (issue 24).
#[test]
fn a_draft_marked_sent_delivers_what_it_promised() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    for line in [
        "add 'Marco Verdi' --met 'firmware meetup' --on 2d --details 'building a drone controller' --no-follow-up",
        "gave marco 'the two firmware leads' --open",
    ] {
        send(&mut app, &mut rt, &[act(Action::CommandLine)]);
        send(&mut app, &mut rt, &typed(line));
        send(&mut app, &mut rt, &[Msg::Submit]);
    }
    let marco = f.journal.resolve("marco").expect("added");
    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
    let row = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.contact == marco)
        .expect("Marco's meeting is fresh");
    select_row(&mut app, &mut rt, row);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = &app.overlay() else {
        panic!(
            "expected a draft, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    assert!(
        view.text
            .contains("As promised, I am sending you the two firmware leads."),
        "{}",
        view.text
    );
    send(&mut app, &mut rt, &[Msg::Yes]);
    // The status says the promise was kept, with the message's count.
    let said = &app.status().text;
    assert!(
        said.contains("1 follow-up sent") && said.contains("the two firmware leads"),
        "{said}"
    );
    let open: Vec<String> = f
        .journal
        .card(marco)
        .expect("card")
        .history
        .iter()
        .filter_map(|h| match h {
            givegive::journal::HistoryItem::Ledger(e)
                if e.state == givegive::domain::EntryState::Open =>
            {
                Some(e.text.clone())
            }
            _ => None,
        })
        .collect();
    assert!(open.is_empty(), "still open: {open:?}");
    let next = f
        .journal
        .draft(
            marco,
            None,
            today(),
            &givegive::domain::draft::Template::for_language("en", None).expect("en"),
            7,
        )
        .map(|d| d.text)
        .unwrap_or_default();
    assert!(!next.contains("firmware leads"), "{next}");
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

/// Wishes sent for their birthday act on the review's line about it: it
/// is set aside until the day after (issue 24), and the pass counts them
/// as wishes.
#[test]
fn birthday_wishes_marked_sent_set_the_days_line_aside() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    let born = today() + chrono::Days::new(2);
    let line = format!(
        "add 'Sara Bianchi' --birthday 1990-{}",
        born.format("%m-%d")
    );
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed(&line));
    send(&mut app, &mut rt, &[Msg::Submit]);
    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
    let row = app
        .data()
        .review
        .items
        .iter()
        .position(|i| i.reason.kind() == "date_coming")
        .expect("her birthday is in the review");
    select_row(&mut app, &mut rt, row);
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = &app.overlay() else {
        panic!(
            "expected a draft, got {:?} / {:?}",
            app.overlay(),
            app.status()
        );
    };
    assert!(view.text.contains("a wonderful birthday"), "{}", view.text);
    send(&mut app, &mut rt, &[Msg::Yes]);
    // Said as what it was, not "1 follow-up sent" (trial 28e).
    let said = app.status().text.clone();
    assert!(said.contains("1 reviewed: 1 wish sent"), "{said}");
    assert!(
        !app.data()
            .review
            .items
            .iter()
            .any(|i| i.reason.kind() == "date_coming"),
        "{:?}",
        app.data().review.items
    );
    assert_eq!(f.journal.check().expect("check"), Vec::new());
}

#[path = "tui_app/addresses_edit.rs"]
mod addresses_edit;
#[path = "tui_app/counts_words.rs"]
mod counts_words;
#[path = "tui_app/draft_line.rs"]
mod draft_line;
#[path = "tui_app/draft_status.rs"]
mod draft_status;
#[path = "tui_app/entry_keys.rs"]
mod entry_keys;
#[path = "tui_app/review_give_too.rs"]
mod review_give_too;
#[path = "tui_app/status_screens.rs"]
mod status_screens;

#[path = "tui_app/copied_of.rs"]
mod copied_of;
#[path = "tui_app/days_said.rs"]
mod days_said;
#[path = "tui_app/give_status.rs"]
mod give_status;
#[path = "tui_app/history_dates.rs"]
mod history_dates;
#[path = "tui_app/set_aside.rs"]
mod set_aside;

#[path = "tui_app/event_whom.rs"]
mod event_whom;

#[path = "tui_app/card_hint.rs"]
mod card_hint;

#[path = "tui_app/every_key.rs"]
mod every_key;

#[path = "tui_app/form_help.rs"]
mod form_help;
#[path = "tui_app/list_marks.rs"]
mod list_marks;
#[path = "tui_app/matches_none.rs"]
mod matches_none;
#[path = "tui_app/matches_org.rs"]
mod matches_org;

#[path = "tui_app/in_line.rs"]
mod in_line;
#[path = "tui_app/intro_note.rs"]
mod intro_note;
#[path = "tui_app/intro_request.rs"]
mod intro_request;
#[path = "tui_app/matches_help.rs"]
mod matches_help;
#[path = "tui_app/matches_rows.rs"]
mod matches_rows;
#[path = "tui_app/matches_stale.rs"]
mod matches_stale;
#[path = "tui_app/matches_why.rs"]
mod matches_why;
#[path = "tui_app/owed_words.rs"]
mod owed_words;
#[path = "tui_app/person_keys.rs"]
mod person_keys;
#[path = "tui_app/review_done.rs"]
mod review_done;
#[path = "tui_app/review_tally.rs"]
mod review_tally;
#[path = "tui_app/rows.rs"]
mod rows;
#[path = "tui_app/search_nav.rs"]
mod search_nav;
#[path = "tui_app/selection.rs"]
mod selection;
#[path = "tui_app/show_output.rs"]
mod show_output;
