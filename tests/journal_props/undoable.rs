//! A change's report says whether `undo` takes it back now (`Done::
//! undoable`, which the TUI turns into "u undoes it"): after any sequence
//! of commands, a change said to be undoable is taken back exactly by the
//! next undo, and one said not to be left the journal as it was (so `u`
//! would take back something older). An edit to the same value is still
//! a step of its own: `u` then takes back that, which changes nothing.

use chrono::NaiveDate;
use givegive::command::{self, Command, Env, ExportFormat, ExportRequest, Report, Sealing};
use givegive::config::Config;
use givegive::journal::Journal;
use proptest::prelude::*;

/// Shell lines over two people, some of which change nothing.
const LINES: [&str; 16] = [
    "add Anna Rossi --email anna@x.it",
    "add Bruno Neri",
    "edit anna --org Paymo",
    "edit anna --org Paymo",
    "edit anna --phone cell=+39_333_1234567",
    "gave anna sent the deck",
    "asked bruno an intro",
    "met anna coffee --details talked_pricing",
    "close bruno --reason moved",
    "reopen bruno",
    "interest add climbing",
    "interest add climbing",
    "follow-up anna 3d call back",
    "signal bruno went_quiet",
    "undo",
    "redo",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

/// Everything in the journal, as its export says it.
fn state(journal: &Journal, env: &Env<'_>) -> String {
    let export = Command::Export(ExportRequest {
        format: ExportFormat::Json,
        args: Vec::new(),
        output: None,
        force: false,
        vcard_version: 3,
        as_todo: false,
        sealing: Sealing::Open,
        vdir: None,
        skip_imported: false,
    });
    match command::run(journal, env, export) {
        Ok(Report::Document(text)) => text,
        other => panic!("the export runs: {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_change_said_undoable_is_what_the_next_undo_takes_back(
        picks in prop::collection::vec(0..LINES.len(), 1..14),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let config = Config::defaults();
        let env = Env::unattended(today(), &config, String::new());
        for i in picks {
            let words: Vec<String> =
                LINES[i].split(' ').map(|w| w.replace('_', " ")).collect();
            let typed = givegive::words::parse(&words, today())
                .map_err(TestCaseError::fail)?;
            let before = state(&journal, &env);
            let Ok(Report::Done(done)) = command::run(&journal, &env, typed.command) else {
                continue;
            };
            let after = state(&journal, &env);
            if done.undoable {
                prop_assert!(command::run(&journal, &env, Command::Undo).is_ok());
                prop_assert_eq!(&state(&journal, &env), &before, "undo took back {}", LINES[i]);
                prop_assert!(command::run(&journal, &env, Command::Redo).is_ok());
                prop_assert_eq!(&state(&journal, &env), &after, "redo of {}", LINES[i]);
            } else if !matches!(LINES[i], "undo" | "redo") {
                prop_assert_eq!(&before, &after, "{} changed the journal", LINES[i]);
            }
        }
    }
}
