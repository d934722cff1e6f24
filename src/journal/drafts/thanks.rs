//! What a draft thanks them for: what they gave me lately, named when its
//! words can be said to them, else their help, dated when it came on
//! another day than the moment the draft opens with.

use chrono::NaiveDate;

use crate::domain::LedgerEntry;
use crate::domain::draft::{self, Fact, Language, Moment};

/// The thanks for `e`, what they gave me, to `name` in `lang`: what they
/// gave is thanked for whatever its words; when they cannot be said to
/// them, the thanks is for their help (with a note), and help with no
/// name is dated unless it came the moment's day ("Thank you for your
/// help last Wednesday", never read as thanks for the evening).
pub(super) fn thanks(
    e: &LedgerEntry,
    (name, lang): (&str, Language),
    (moment, today): (Option<&Moment>, NaiveDate),
    notes: &mut Vec<String>,
) -> Fact<String> {
    let what = draft::thanked_for(&e.text, name, lang).unwrap_or_else(|| {
        let why = draft::not_in_language(&e.text, lang)
            .unwrap_or_else(|| "it cannot be worded for them".into());
        notes.push(format!(
            "thanked for their help without the specifics of \"{}\" ({}): {why}; add them yourself if you like",
            e.text, e.id
        ));
        draft::your_help(lang)
    });
    let what = match moment {
        Some(m) if what == draft::your_help(lang) && m.date != e.date => {
            draft::your_help_on(lang, e.date, today)
        }
        _ => what,
    };
    Fact { what, from: e.id }
}
