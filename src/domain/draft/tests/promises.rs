//! A note never contradicts the draft's text: what a draft says is never
//! noted as left out, whichever of my promises say it and in what words.

use proptest::prelude::*;

use super::super::InteractionKind;
use super::table::{Case, NONE, run};
use crate::domain::text::fold;

/// Promises as I write them, in both languages, some the same thing in
/// other words (a give "i due contatti firmware" and a follow-up "manda a
/// Marco i due contatti firmware").
const PROMISES: &[&str] = &[
    "manda a Marco i due contatti firmware",
    "i due contatti firmware",
    "send Marco the two firmware leads",
    "the two firmware leads",
    "the pricing article",
    "il link al bando",
    "ask about the designer",
    "Revolut Business",
];

/// The texts a note quotes ("left out \"…\" (#4): …").
fn quoted(note: &str) -> Vec<String> {
    note.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

proptest! {
    #[test]
    fn no_note_leaves_out_what_the_draft_says(
        picked in prop::sample::subsequence(PROMISES, 1..5),
        italian in any::<bool>(),
    ) {
        let promised: &'static [&'static str] = Vec::leak(picked.clone());
        let case = Case {
            what: "marco",
            lang: if italian { "it" } else { "en" },
            name: "Marco Bianchi",
            moment: Some((InteractionKind::Met, "Rust meetup", 2, false)),
            promised,
            ..NONE
        };
        let Ok(d) = run(&case) else { return Ok(()) };
        let text = fold(&d.text);
        for note in d.notes.iter().filter(|n| n.starts_with("left out")) {
            for q in quoted(note) {
                prop_assert!(
                    !text.contains(&fold(&q)),
                    "{note:?} quotes what the draft says: {:?} from {picked:?}", d.text
                );
            }
        }
    }
}
