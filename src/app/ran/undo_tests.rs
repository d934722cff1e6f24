//! One rule for "u undoes it": whatever command the TUI runs, in a review
//! pass or not, its status line says `u` takes it back exactly when the
//! command layer reports a change `undo` takes back now.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::UNDOES;
use crate::app::review::Counted;
use crate::app::{App, Data, Msg, Printed, Ran};
use crate::command::{self, Env, Report};
use crate::config::Config;
use crate::journal::Journal;

/// Lines as typed at `:`, over two people: captures, edits (one that
/// changes nothing the second time), closes, interests, undo and redo.
const LINES: [&str; 15] = [
    "add Anna Rossi --email anna@x.it",
    "add Bruno Neri --met the_meetup",
    "edit anna --org Paymo",
    "gave anna sent the deck",
    "asked bruno an intro",
    "met anna coffee --details talked_pricing",
    "close bruno --reason moved",
    "reopen bruno",
    "interest add climbing",
    "follow-up anna 3d call back",
    "signal bruno went_quiet",
    "rm bruno",
    "list",
    "undo",
    "redo",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn the_status_says_u_undoes_a_change_exactly_when_it_can(
        steps in prop::collection::vec((0..LINES.len(), any::<bool>()), 1..12),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let config = Config::defaults();
        let env = Env::unattended(today(), &config, String::new());
        let mut app = App::new(Data::default(), today(), "journal".into());
        for (i, reviewing) in steps {
            let words: Vec<String> = LINES[i].split(' ').map(|w| w.replace('_', " ")).collect();
            let typed = crate::words::parse(&words, today()).map_err(TestCaseError::fail)?;
            let result = command::run(&journal, &env, typed.command.clone());
            let undoable = matches!(&result, Ok(Report::Done(d)) if d.undoable);
            let printed = match &result {
                Ok(report) => {
                    let (out, err) = crate::print::lines(report, false, today());
                    Printed { out, err }
                }
                Err(_) => Printed::default(),
            };
            // A review action waits for its command: the status line then
            // gives the pass's running summary instead of the command's.
            if reviewing {
                app.review.counting = Some((Counted::Logged, None));
            }
            app.update(Msg::Ran(Box::new(Ran {
                command: typed.command,
                json: false,
                result,
                printed,
            })));
            let text = &app.status.text;
            let says = text.ends_with(UNDOES)
                || super::UNDO_HINTS.iter().any(|(_, tui)| text.contains(tui));
            prop_assert_eq!(says, undoable, "{}: {:?}", LINES[i], text);
        }
    }
}
