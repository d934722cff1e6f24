//! `givegive search` looks at a generated journal once, keeping only its
//! results ([`Journal::search`]); it finds exactly what the TUI's index
//! finds, results, ranking, names and count, for common and rare words.

use chrono::NaiveDate;
use givegive::journal::Journal;

#[test]
fn one_pass_search_finds_what_the_index_does() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let export = givegive::journal::synthetic::generate(300, 7, today);
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("j")).expect("open");
    journal.import_export(&export).expect("restore");
    let index = journal.search_index().expect("index");
    let mut queries: Vec<String> = [
        "a",
        "e",
        "in",
        "intro",
        "coffee",
        "anna pricing",
        "zzq",
        "ø",
    ]
    .map(String::from)
    .to_vec();
    // Names, first names alone (shared by several people) and a word of
    // each of a few people's notes and records.
    for c in export.contacts.iter().step_by(50) {
        queries.push(c.name.clone());
        queries.extend(c.name.split(' ').next().map(String::from));
        queries.extend(c.notes.split(' ').nth(2).map(String::from));
    }
    for e in export.ledger.iter().step_by(500) {
        queries.extend(e.text.split(' ').take(2).map(String::from));
    }
    for q in &queries {
        for limit in [3, 100] {
            let one_pass = journal.search(q, limit).expect("search");
            assert_eq!(one_pass, index.search(q, limit), "{q:?}, {limit} shown");
        }
    }
}
