//! A draft's note on an open request names a way to mark it done that
//! works today (trial 26z4: "d on its line in the review" of a line
//! snoozed until 18 December). In the TUI, `d` on its line while the
//! review shows that line, `:done N` while it is hidden; the reference is
//! the review's own reading of that line (`review_lines_of`), on random
//! ways of setting it aside.

use givegive::command::{self, Env};
use givegive::config::Config;
use givegive::domain::draft::{Surface, Template};
use givegive::domain::review::Reason;
use givegive::journal::Journal;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_request_is_marked_done_the_way_that_works_today(
        how in 0..5usize,
        days in 1..12u64,
    ) {
        let fail = |e: String| TestCaseError::fail(e);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 9).unwrap_or_default();
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let config = Config::defaults();
        let run = |args: &[&str]| -> Result<(), TestCaseError> {
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            let typed = givegive::words::parse(&args, today).map_err(fail)?;
            let env = Env::unattended(today, &config, givegive::words::label(&typed.command));
            command::run(&journal, &env, typed.command).map_err(|e| fail(e.to_string()))?;
            Ok(())
        };
        run(&["add", "Sara Greco", "--met", "coffee", "--on", "2026-12-01", "--details", "she is moving to Turin"])?;
        run(&["asked-by", "sara", "feedback on a fintech deck", "--on", "2026-12-02"])?;
        let sara = journal.resolve("Sara Greco").map_err(|e| fail(e.to_string()))?;
        let lines = journal.review_lines_of(sara, &config.review, today).map_err(|e| fail(e.to_string()))?;
        let request = lines
            .iter()
            .find_map(|(r, _)| match r {
                Reason::RequestOpen { entry, .. } => Some(entry.id),
                _ => None,
            })
            .ok_or_else(|| fail("no request line".into()))?;
        let until = (today + chrono::Days::new(days)).to_string();
        let key = match how {
            1 => Some(format!("{}:request_open:{}", sara.0, request.0)),
            2 => Some(format!("{}:request_open", sara.0)),
            3 => Some("sara".to_string()),
            4 => Some(format!("{}:fresh_meeting", sara.0)),
            _ => None,
        };
        if let Some(key) = key {
            run(&["snooze", &key, &until])?;
        }
        let hidden = journal
            .review_lines_of(sara, &config.review, today)
            .map_err(|e| fail(e.to_string()))?
            .iter()
            .any(|(r, hidden)| matches!(r, Reason::RequestOpen { .. }) && *hidden);
        let template = Template::for_language("en", None).ok_or_else(|| fail("no template".into()))?;
        let notes = match journal.draft_on(sara, None, today, &template, 7, Surface::Tui) {
            Ok(d) => d.notes.join("\n"),
            Err(e) => e.to_string(),
        };
        prop_assert_eq!(notes.contains("d on its line in the review"), !hidden, "{}", notes);
        prop_assert_eq!(notes.contains(&format!(":done {} marks it done", request.0)), hidden, "{}", notes);
    }
}
