//! Any command line (words split on NUL, as the shell hands them over), the
//! way the TUI's `:` line and forwarded captures parse them; and any text as
//! a date, the way every `--date`/`--on`/`until` argument is read.
#![no_main]

use chrono::NaiveDate;
use givegive::cli::parse_journal_command;
use givegive::domain::dates::{Toward, parse_date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let words: Vec<String> = text.split('\0').map(str::to_string).collect();
    let _ = parse_journal_command(&words);
    let Some(today) = NaiveDate::from_ymd_opt(2026, 11, 23) else {
        return;
    };
    for toward in [Toward::Past, Toward::Future] {
        let _ = parse_date(text, today, toward);
    }
});
