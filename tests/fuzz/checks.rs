//! What each fuzz target asserts about one input, shared by the targets
//! (`fuzz_targets/`) and by `tests/fuzz_corpus.rs`, which replays the
//! committed corpus on the stable toolchain in every `cargo test`.

use chrono::NaiveDate;
use givegive::backups;
use givegive::domain::dates::{Toward, parse_date};
use givegive::interchange::{google, linkedin, vcard};
use givegive::words;

/// An importer's error: one line, short enough to read.
fn one_short_line(e: &str) {
    assert!(!e.contains('\n') && e.len() < 400, "{e:?}");
}

/// Any bytes given to the vCard importer: cards with names, or one error
/// line.
pub fn vcard(data: &[u8]) {
    match vcard::parse(&vcard::decode(data)) {
        Ok(cards) => {
            for card in cards {
                assert!(!card.draft.name.trim().is_empty(), "a card without a name");
            }
        }
        Err(e) => one_short_line(&e),
    }
}

/// Any text given to the LinkedIn importer (connections, invitations or
/// messages).
pub fn linkedin(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = linkedin::parse_any(text) {
        one_short_line(&e);
    }
}

/// Any text given to the Google Contacts importer: people with names and
/// the rows it could not read, or one error line.
pub fn google(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match google::parse(text) {
        Ok((people, _bad)) => {
            for p in people {
                assert!(!p.name.trim().is_empty(), "a person without a name");
            }
        }
        Err(e) => one_short_line(&e),
    }
}

/// Any bytes given to `restore` or `import --format json`: sealed or not,
/// gzip or not, an export or one error line.
pub fn json_export(data: &[u8]) {
    if let Err(e) = backups::parse(data, &givegive::seal::Unlock::none()) {
        assert!(!e.contains('\n'), "{e:?}");
    }
}

/// Any command line (words split on NUL, as the shell hands them over), the
/// way the TUI's `:` line and forwarded captures parse them; and any text as
/// a date, the way every `--on`/`--due`/`until` argument is read.
pub fn command_line(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let words: Vec<String> = text.split('\0').map(str::to_string).collect();
    let Some(today) = NaiveDate::from_ymd_opt(2026, 11, 23) else {
        return;
    };
    if let Err(e) = words::parse(&words, today) {
        assert!(!e.contains('\n'), "{e}");
    }
    for toward in [Toward::Past, Toward::Future] {
        let _ = parse_date(text, today, toward);
    }
}
