//! In-process work on generated journals of 10,000 and 100,000 people
//! (the store `givegive demo --generate N --seed 42` writes): the review
//! queue, the balance table, `show` of the person with the longest history,
//! what the TUI loads before its first frame, one keystroke of the contact
//! filter and of the history search, and drawing one frame of each screen.
//!
//! Run with `cargo bench --bench tui`; each size's store is generated once
//! per run into a temporary directory (about 4 s for 10,000 people, 45 s and
//! 700 MB for 100,000). Whole-process figures (start, open, exit, memory)
//! come from `benches/whole-process.sh`. Figures go to docs/performance.md.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::Bencher;
use givegive::app::{Action, App, Msg, Screen};
use givegive::config::Config;
use givegive::domain::Id;
use givegive::domain::review::Settings;
use givegive::journal::{Journal, synthetic};
use givegive::tui::{Runtime, load_data};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [10_000, 100_000];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

/// A generated journal, kept open for the whole run.
struct Store {
    journal: Journal,
    /// The person with the most ledger entries (over a thousand).
    busiest: Id,
    _dir: tempfile::TempDir,
}

fn store(n: usize) -> &'static Store {
    static SMALL: OnceLock<Store> = OnceLock::new();
    static LARGE: OnceLock<Store> = OnceLock::new();
    let cell = if n == SIZES[0] { &SMALL } else { &LARGE };
    cell.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let path = dir.path().join("journal");
        let open = || Journal::open(&path).unwrap_or_else(|e| panic!("open: {e}"));
        let export = synthetic::generate(n, 42, today());
        let mut entries: HashMap<Id, usize> = HashMap::new();
        for e in &export.ledger {
            *entries.entry(e.contact).or_default() += 1;
        }
        let busiest = entries
            .into_iter()
            .max_by_key(|(id, count)| (*count, *id))
            .map(|(id, _)| id)
            .unwrap_or_default();
        open()
            .write_generated(&export, 20_000)
            .unwrap_or_else(|e| panic!("generate: {e}"));
        // Measured as a user's later sessions find it: opened afresh.
        let journal = open();
        // The first review builds every review digest, as a user's first
        // review after an import does; the figures are for the days after.
        journal
            .review(&Settings::default(), today())
            .unwrap_or_else(|e| panic!("review: {e}"));
        Store {
            journal,
            busiest,
            _dir: dir,
        }
    })
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn review_queue(bencher: Bencher<'_, '_>, n: usize) {
    let s = store(n);
    bencher.bench_local(|| {
        s.journal
            .review(&Settings::default(), today())
            .map(|q| q.waiting)
    });
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn balance_table(bencher: Bencher<'_, '_>, n: usize) {
    let s = store(n);
    bencher.bench_local(|| s.journal.balance_table().map(|t| t.rows.len()));
}

/// `show` of the person with the longest history (the card: contact,
/// balance, interests and every history line decoded).
#[divan::bench(args = SIZES, sample_count = 20)]
fn show_busiest(bencher: Bencher<'_, '_>, n: usize) {
    let s = store(n);
    bencher.bench_local(|| s.journal.card(s.busiest).map(|c| c.history.len()));
}

/// What the TUI reads before its first frame: people, totals and the
/// review (opening the store is in the whole-process figures).
#[divan::bench(args = SIZES, sample_count = 10)]
fn tui_first_load(bencher: Bencher<'_, '_>, n: usize) {
    let s = store(n);
    bencher.bench_local(|| load_data(&s.journal, today(), &Settings::default(), &[]).is_ok());
}

/// The app as it opens, on `screen`, with its data and card loaded.
fn app_on(s: &'static Store, screen: Action) -> App {
    let data = load_data(&s.journal, today(), &Settings::default(), &[])
        .unwrap_or_else(|e| panic!("load: {e}"));
    let mut app = App::new(data, today(), "journal".into());
    let mut runtime = Runtime::new(&s.journal, today(), Config::defaults());
    let first = app.card_effects();
    runtime.perform(&mut app, first);
    let effects = app.update(Msg::Act(screen));
    runtime.perform(&mut app, effects);
    app
}

/// A keystroke of the contact filter that scores every name: the first
/// letters typed, pasted, or after a backspace.
#[divan::bench(args = SIZES)]
fn filter_keystroke_full(bencher: Bencher<'_, '_>, n: usize) {
    let app = app_on(store(n), Action::ScreenContacts);
    let mut state = app.contacts().clone();
    bencher.bench_local(|| {
        state.filter.clear();
        state.people_changed();
        state.filter.push_str("mar r");
        state.refresh(app.data(), None);
        state.visible.len()
    });
}

/// A keystroke of the contact filter that types on ("mar " to "mar r"): it
/// scores only the names the last query matched.
#[divan::bench(args = SIZES)]
fn filter_keystroke_typing_on(bencher: Bencher<'_, '_>, n: usize) {
    let app = app_on(store(n), Action::ScreenContacts);
    let mut primed = app.contacts().clone();
    primed.filter = "mar ".into();
    primed.refresh(app.data(), None);
    bencher
        .with_inputs(|| primed.clone())
        .bench_local_values(|mut state| {
            state.filter.push('r');
            state.refresh(app.data(), None);
            state.visible.len()
        });
}

/// The app with `/`'s corpus loaded: every interaction, ledger entry,
/// follow-up and signal text.
fn searching(n: usize) -> App {
    let s = store(n);
    let mut app = app_on(s, Action::ScreenContacts);
    let mut runtime = Runtime::new(&s.journal, today(), Config::defaults());
    let effects = app.update(Msg::Act(Action::Search));
    runtime.perform(&mut app, effects);
    assert!(app.search().is_loaded(), "the search index loaded");
    app
}

/// A keystroke of `/` that searches every text: the first word typed,
/// pasted, or after a backspace.
#[divan::bench(args = SIZES, sample_count = 20)]
fn search_keystroke_full(bencher: Bencher<'_, '_>, n: usize) {
    let mut search = searching(n).search().clone();
    bencher.bench_local(|| {
        search.refresh("");
        search.refresh("intro");
        search.results.len()
    });
}

/// A keystroke of `/` with a second word: the texts holding the first are
/// checked for it.
#[divan::bench(args = SIZES)]
fn search_keystroke_typing_on(bencher: Bencher<'_, '_>, n: usize) {
    let mut search = searching(n).search().clone();
    search.refresh("intro");
    bencher.bench_local(|| {
        search.refresh("intro c");
        search.results.len()
    });
}

fn draw(bencher: Bencher<'_, '_>, app: &App) {
    let config = Config::defaults();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| panic!("{e}"));
    bencher.bench_local(|| {
        terminal
            .draw(|frame| {
                givegive::ui::render(app, &config, frame);
            })
            .map(|_| ())
    });
}

#[divan::bench(args = SIZES)]
fn render_contacts(bencher: Bencher<'_, '_>, n: usize) {
    draw(bencher, &app_on(store(n), Action::ScreenContacts));
}

/// The contacts screen on the person with the longest history, the history
/// pane focused.
#[divan::bench(args = SIZES)]
fn render_busiest_person(bencher: Bencher<'_, '_>, n: usize) {
    let s = store(n);
    let mut app = app_on(s, Action::ScreenContacts);
    let mut runtime = Runtime::new(&s.journal, today(), Config::defaults());
    let name = app
        .data()
        .people
        .iter()
        .find(|p| p.row.id == s.busiest)
        .map(|p| p.row.name.clone())
        .unwrap_or_default();
    let mut msgs = vec![Msg::Act(Action::Filter)];
    msgs.extend(
        name.chars()
            .map(|c| Msg::Edit(tui_input::InputRequest::InsertChar(c))),
    );
    msgs.extend([Msg::Submit, Msg::Act(Action::FocusNext)]);
    for msg in msgs {
        let effects = app.update(msg);
        runtime.perform(&mut app, effects);
    }
    let lines = app.card().as_ref().map_or(0, |c| c.history.len());
    assert!(
        lines >= 1_000,
        "the busiest person has {lines} history lines"
    );
    draw(bencher, &app);
}

#[divan::bench(args = SIZES)]
fn render_ledger(bencher: Bencher<'_, '_>, n: usize) {
    let app = app_on(store(n), Action::ScreenLedger);
    assert_eq!(app.screen(), Screen::Ledger);
    draw(bencher, &app);
}

#[divan::bench(args = SIZES)]
fn render_interests(bencher: Bencher<'_, '_>, n: usize) {
    draw(bencher, &app_on(store(n), Action::ScreenInterests));
}

#[divan::bench(args = SIZES)]
fn render_review(bencher: Bencher<'_, '_>, n: usize) {
    draw(bencher, &app_on(store(n), Action::ScreenReview));
}

#[divan::bench(args = SIZES)]
fn render_stats(bencher: Bencher<'_, '_>, n: usize) {
    draw(bencher, &app_on(store(n), Action::ScreenStats));
}

#[divan::bench(args = SIZES)]
fn render_events(bencher: Bencher<'_, '_>, n: usize) {
    draw(bencher, &app_on(store(n), Action::ScreenEvents));
}
