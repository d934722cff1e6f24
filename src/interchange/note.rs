//! How we met, carried in a card's note: vCard and Google's CSV have no
//! field for it, so it is written as the note's first line, "How we met:
//! TEXT (DATE)", and read back from there into how we met, not the notes.
//! One rule for both formats, both ways.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::Contact;

const MET: &str = "How we met:";

/// How we met, then the notes, as one note.
pub(crate) fn write(c: &Contact) -> String {
    let mut note = String::new();
    if !c.met.text.is_empty() || c.met.on.is_some() {
        note.push_str(MET);
        note.push(' ');
        note.push_str(&c.met.text);
        if let Some(on) = c.met.on {
            let _ = write!(note, " ({on})");
        }
    }
    if !c.notes.is_empty() {
        if !note.is_empty() {
            note.push('\n');
        }
        note.push_str(&c.notes);
    }
    note.trim().to_string()
}

/// What a note holds: how we met (its text and day) and the rest, the
/// notes. A note that does not start with [`MET`] is notes alone.
pub(crate) fn read(note: &str) -> (String, Option<NaiveDate>, String) {
    let note = note.trim();
    let Some(rest) = note.strip_prefix(MET) else {
        return (String::new(), None, note.to_string());
    };
    let (first, notes) = rest.split_once('\n').unwrap_or((rest, ""));
    let first = first.trim();
    let dated = first
        .strip_suffix(')')
        .and_then(|f| f.rsplit_once('('))
        .and_then(|(text, day)| Some((text.trim(), day.parse::<NaiveDate>().ok()?)));
    let (text, on) = match dated {
        Some((text, on)) => (text, Some(on)),
        None => (first, None),
    };
    (text.to_string(), on, notes.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;
    use proptest::prelude::*;

    proptest! {
        /// Whatever how we met and the notes say, the note gives them
        /// back as they were (trimmed, as the journal keeps them).
        #[test]
        fn how_we_met_comes_back_from_the_note(
            text in "[a-z() ]{0,12}",
            on in prop::option::of(0u32..3000),
            notes in "[a-zA-Z:()\n ]{0,20}",
        ) {
            let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
            let mut c = Contact::new(Id(1), "Anna".into(), day);
            c.met.text = text.trim().to_string();
            c.met.on = on.map(|d| day + chrono::Days::new(u64::from(d)));
            c.notes = notes.trim().to_string();
            let (text, on, notes) = read(&write(&c));
            prop_assert_eq!((text, on, notes), (c.met.text, c.met.on, c.notes));
        }
    }
}
