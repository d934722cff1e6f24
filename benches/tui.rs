//! Per-keystroke work of the TUI on large synthetic networks: the fuzzy
//! filter of the contact list and drawing one frame. No store is involved;
//! the data is built in memory. Run with `cargo bench --bench tui`; figures
//! go to docs/performance.md.

use chrono::NaiveDate;
use givegive::app::{App, Data, PersonRow};
use givegive::config::Config;
use givegive::domain::text::fold;
use givegive::domain::{Id, Tier};
use givegive::journal::ListRow;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const FIRST: [&str; 16] = [
    "Anna", "Marco", "Giulia", "Luca", "Sara", "Zoë", "José", "Chiara", "Paolo", "Elena", "Kai",
    "Ana", "Ivan", "Yuki", "Omar", "Lea",
];
const LAST: [&str; 16] = [
    "Rossi", "Bianchi", "Verdi", "Conti", "Greco", "Ferri", "Müller", "García", "Novak", "Tanaka",
    "Haddad", "Costa", "Ricci", "Lombardi", "Moretti", "Barbieri",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn data(n: usize) -> Data {
    let people = (0..n)
        .map(|i| {
            let name = format!("{} {} {i}", FIRST[i % 16], LAST[(i / 16) % 16]);
            PersonRow {
                folded: fold(&name),
                row: ListRow {
                    id: Id(i as u64 + 1),
                    name,
                    org: String::new(),
                    role: String::new(),
                    tier: Tier::None,
                    tags: Vec::new(),
                    closed: false,
                    last_touch: today().checked_sub_days(chrono::Days::new((i % 400) as u64)),
                    lean: (i % 7) as i64 - 3,
                },
            }
        })
        .collect();
    Data {
        people,
        ..Data::default()
    }
}

/// One keystroke of the contact filter: the query grew to "mar r".
#[divan::bench(args = [1_000, 10_000, 100_000])]
fn filter_keystroke(bencher: divan::Bencher<'_, '_>, n: usize) {
    let data = data(n);
    let mut app = App::new(data.clone(), today(), "journal".into());
    bencher.bench_local(|| {
        app.contacts.filter = "mar r".into();
        app.contacts.refresh(&app.data, None);
        app.contacts.visible.len()
    });
}

/// Drawing the contacts screen (120x40) with the whole list present.
#[divan::bench(args = [1_000, 10_000, 100_000])]
fn render_contacts(bencher: divan::Bencher<'_, '_>, n: usize) {
    let app = App::new(data(n), today(), "journal".into());
    let config = Config::defaults();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| panic!("{e}"));
    bencher.bench_local(|| {
        terminal
            .draw(|frame| givegive::ui::render(&app, &config, frame))
            .map(|_| ())
    });
}
