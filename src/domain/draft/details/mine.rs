//! What is mine in a person's notes: how I see them, never said back.
//!
//! Details mix what they told me ("her daughter started climbing") with my
//! own assessment of them ("weak on research", "always pays"). A draft is
//! sent to them, so only the first may be quoted back: a clause is theirs
//! to hear when it has a verb, which tells something they did or that
//! happens to them. A fragment with no verb (an adjective phrase, a
//! judgement, a few nouns), a habit of theirs ("always pays", "paga
//! sempre", "never on time") or a judgement with a verb ("he is arrogant
//! with juniors", `judged.rs`) is how I see them: kept as my note.

use super::super::forms::{EN_DOING, EN_PAST, EN_VERBS};
use super::super::lexicon::MODALS;
use super::super::second::{it_verb, lookup};

/// Words of a habit: a clause with one describes them rather than telling
/// something that happened.
const HABIT: &[&str] = &[
    "always",
    "never",
    "usually",
    "often",
    "rarely",
    "sempre",
    "mai",
    "spesso",
    "solito",
    "raramente",
];

/// Words ending in "-ing" or "-ed" that are not verbs ("the morning", "a
/// good meeting", "need"): the fragment stays a note.
const NOT_VERBS: &[&str] = &[
    "morning",
    "evening",
    "thing",
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "meeting",
    "wedding",
    "ceiling",
    "king",
    "ring",
    "spring",
    "string",
    "sing",
    "bed",
    "need",
    "speed",
    "feed",
    "red",
    "seed",
    "weed",
    "coed",
    "shed",
    "hundred",
];

/// The verbs that carry a clause in English and Italian, which the
/// tables of turning do not hold (they turn the rest of the clause).
const EN_BE: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "does"];
const IT_BE: &[&str] = &[
    "è", "era", "sarà", "ha", "aveva", "avrà", "sta", "stava", "va", "fa", "può", "vuole", "deve",
    "sono", "hanno", "stanno", "vanno", "fanno",
];

/// Whether a clause is my note about them, never sent: it has no verb, it
/// says a habit of theirs, or it judges them (`judged.rs`: "he is arrogant
/// with juniors", "undercharging by half").
pub(super) fn my_note(clause: &str) -> bool {
    // Lowercase, not folded: Italian's "è", "può" are verbs by their accent.
    let lower = clause.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let raw: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| HABIT.contains(w))
        || !words.iter().any(|w| verb(w))
        || super::judged::judges(&words, &raw)
}

/// The thing a give's text names, without the notes of mine after it:
/// "the coffee every morning, always pays" thanks for "the coffee every
/// morning". The thing is a noun phrase and stays; a part after a comma
/// that is my note, or their request of me, ends it.
pub(in crate::domain::draft) fn thing_given(text: &str) -> &str {
    let mut end = text.find(',').unwrap_or(text.len());
    while end < text.len() {
        let rest = &text[end + 1..];
        let next = rest.find(',').map_or(text.len(), |i| end + 1 + i);
        let clause = &text[end + 1..next];
        if my_note(clause) || super::asked::asks_of_me(clause) {
            break;
        }
        end = next;
    }
    text[..end].trim()
}

/// Whether a word is a verb of a clause: a form in the tables, a past or
/// a form in "-ing" (English notes leave "is" out: "raising a seed round").
pub(super) fn verb(w: &str) -> bool {
    let long = w.chars().count() > 4;
    !NOT_VERBS.contains(&w)
        && (lookup(EN_VERBS, w).is_some()
            || it_verb(w)
            || EN_PAST.contains(&w)
            || EN_DOING.contains(&w)
            || MODALS.contains(&w)
            || EN_BE.contains(&w)
            || IT_BE.contains(&w)
            || (long && (w.ends_with("ing") || w.ends_with("ed"))))
        // "vanno", "sono", "lavorano": Italian's third person plural.
        || (long && (w.ends_with("ano") || w.ends_with("ono")))
}

#[cfg(test)]
mod tests {
    use super::{my_note, thing_given};

    #[test]
    fn a_thing_given_loses_my_notes_after_it() {
        let cases = [
            (
                "the coffee every morning, always pays",
                "the coffee every morning",
            ),
            ("il caffè, paga sempre", "il caffè"),
            ("a code review of my parser", "a code review of my parser"),
            (
                "intro to a client, who then hired her",
                "intro to a client, who then hired her",
            ),
        ];
        for (text, thing) in cases {
            assert_eq!(thing_given(text), thing, "{text}");
        }
    }

    /// The demo's notes and their news, each read the way the rule says.
    #[test]
    fn notes_and_news() {
        for note in [
            "weak on research",
            "strong microcopy",
            "arrogant with juniors",
            "sharp on numbers",
            "always pays",
            "debole sulla ricerca",
            "arrogante con i junior",
            "paga sempre",
            "bravo con i numeri",
            "he is arrogant with juniors",
            "you are undercharging by half",
            "è arrogante con i junior",
            "sembra stanca",
            "è una persona difficile",
        ] {
            assert!(my_note(note), "{note}");
        }
        for news in [
            "she started a new job",
            "her daughter started climbing",
            "raising a seed round in March",
            "booked until March",
            "ha cambiato lavoro",
            "sua figlia ha iniziato ad arrampicare",
            "si trasferisce a Berlino",
            "vuole lasciare il lavoro",
            "she is moving to Berlin",
            "she is pregnant",
            "she is a founder now",
            "he is CTO at Acme",
            "her studio is booked until March",
            "è stata promossa direttrice",
            "ma lei non è sicura",
            "è appena tornata da Tokyo",
            "sta cercando un nuovo lavoro perché il suo team è stato sciolto",
            "il negozio è stato chiuso",
            "her app launches in March",
            "she starts at Klarna in May",
        ] {
            assert!(!my_note(news), "{news}");
        }
    }
}
