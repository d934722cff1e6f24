//! Moments as places and occasions: meals shared ("over coffee", "a
//! pranzo"), occasions owned by someone ("her product dinner") and hosted
//! by the recipient ("cena da Laura"). Decided here only.

use chrono::NaiveDate;

use super::calendar::calendar_word;
use super::italian::names_an_occasion;
use super::{English, Italian, Language, Moment, RECENT_DAYS, first_word, is_proper, possessive};
use crate::domain::channel::{CALL_WORDS, MESSAGE_WORDS};
use crate::domain::text::fold;

/// Words that make a summary a sentence about what happened ("we worked
/// together at Acme"), not a place one can be "at".
const NOT_PLACES: &[&str] = &["we", "i", "she", "he", "they", "you"];

/// A moment that is only a meal or a drink ("coffee", "a coffee",
/// "lunch"): said "over" it in English.
const EN_OVER: &[&str] = &[
    "coffee",
    "coffees",
    "tea",
    "drinks",
    "beer",
    "beers",
    "lunch",
    "dinner",
    "breakfast",
    "brunch",
];
/// Third-person possessives: "her product dinner" says whose it was only
/// to the one who logged it, and to the recipient "her" is nobody (or
/// themselves, said wrong): such a moment is named neutrally.
const OWNERS: &[&str] = &["his", "her", "their", "suo", "sua", "suoi", "sue", "loro"];

/// Whether a folded summary holds a third-person possessive ("her
/// dinner", "la sua cena", "call about his round"): said to them, "his"
/// would be nobody's, or theirs said wrong.
pub(in crate::domain::draft) fn owned_by_someone(folded: &str) -> bool {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| OWNERS.contains(&w))
}

/// Whether a summary is a meal or a drink, alone or with where it was
/// ("coffee", "a coffee", "dinner at Paolo's").
pub(super) fn shared_over(summary: &str) -> bool {
    let mut ws = summary
        .trim_start_matches("a ")
        .split_whitespace()
        .map(fold);
    ws.next().is_some_and(|w| EN_OVER.contains(&w.as_str()))
        && ws
            .next()
            .is_none_or(|w| ["at", "in", "with"].contains(&w.as_str()))
}

/// An Italian meal or coffee as where we were, alone or with where and
/// with whom ("pranzo", "cena da Paolo", "un caffè"): "a pranzo", "a cena
/// da Paolo", "davanti a un caffè".
pub(super) fn it_meal(summary: &str) -> Option<String> {
    let rest = summary.strip_prefix("un ").unwrap_or(summary);
    let mut ws = rest.split_whitespace();
    let head = fold(ws.next()?);
    let tail = ws.next().map(fold);
    if !tail
        .as_deref()
        .is_none_or(|t| ["da", "con", "in"].contains(&t))
    {
        return None;
    }
    match head.as_str() {
        "pranzo" | "cena" | "colazione" => Some(format!("a {rest}")),
        "caffe" => Some(format!("davanti a un {rest}")),
        _ => None,
    }
}

/// The occasion a summary names as `first`'s own ("cena da Laura",
/// "dinner at Laura's", "Laura's dinner", "la cena di Laura"), without
/// them: "cena", "dinner". `None` when it names them any other way.
pub(in crate::domain::draft) fn hosted_by(summary: &str, first: &str) -> Option<String> {
    let own = fold(first);
    let words: Vec<&str> = summary.split_whitespace().collect();
    let is = |w: &str| fold(w.trim_end_matches(['\'', '’', 's'])) == own || fold(w) == own;
    let rest = match words.as_slice() {
        [head @ .., link, name]
            if ["da", "di", "at"].contains(&fold(link).as_str()) && is(name) =>
        {
            head.to_vec()
        }
        [name, tail @ ..] if possessive(name) && is(name) => tail.to_vec(),
        _ => return None,
    };
    let rest = rest.join(" ");
    (!rest.is_empty() && !fold(&rest).split_whitespace().any(|w| w == own)).then_some(rest)
}

impl Language {
    /// The thanks for a moment they hosted (`Moment::hosted`: its summary
    /// is the occasion, "cena"): "thanks for the dinner on Tuesday",
    /// "grazie per la cena di martedì". None once it is older than a
    /// moment is thanked for. An occasion this language cannot name ("cena"
    /// in English) is thanked for all the same, without its name: "thanks
    /// for having me today", "grazie per l'ospitalità di oggi" (trial 28e:
    /// the English draft only said "great to meet you"). One rule for the
    /// opening that greets it and for the thanks said before a newer
    /// moment's line (`Context::hosted`).
    pub(in crate::domain::draft) fn thanks_for_hosted(
        self,
        m: &Moment,
        today: NaiveDate,
    ) -> Option<String> {
        let p = m.summary.trim();
        if !m.hosted || (today - m.date).num_days() > RECENT_DAYS {
            return None;
        }
        let when = self.when(m.date, today);
        let named = is_place(p) && self.names(p);
        Some(match (self, named) {
            (English, true) => format!("thanks for {} {when}", self.the(p)),
            (English, false) => format!("thanks for having me {when}"),
            (Italian, true) => format!("grazie per {} {}", self.the(p), self.of_day(&when)),
            (Italian, false) => format!("grazie per l'ospitalità {}", self.of_day(&when)),
        })
    }
}

/// Words of how often or when: a summary holding one says a habit or a
/// time ("coworking kitchen, every morning"), not where we were.
const TIMES: &[&str] = &[
    "every", "each", "daily", "weekly", "monthly", "always", "usually", "often", "ogni", "tutti",
    "tutte", "sempre", "spesso", "morning", "mornings", "mattina", "mattine",
];

/// Whether a summary can stand for a place or an occasion: one noun
/// phrase ("the pitch night", "Talent Garden"), said after "at"/"a". How
/// we met is free text, so anything else is no place and the moment is
/// named neutrally ("great to meet you on 22 November", "our meeting"):
/// a summary with a comma or a stop in it ("coworking kitchen, every
/// morning"), a word of how often or when anywhere in it, or one that
/// opens with a day or a month ("Sunday at the bakery": the draft says
/// the day already, "at the Sunday at the bakery" is no place).
pub(super) fn is_place(summary: &str) -> bool {
    let folded = fold(summary);
    !summary.trim().is_empty()
        && !owned_by_someone(&folded)
        && !summary.contains([',', ';', ':', '.', '!', '?', '(', '/'])
        && !calendar_word(&first_word(summary))
        && !folded
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| {
                NOT_PLACES.contains(&w)
                    || CALL_WORDS.contains(&w)
                    || MESSAGE_WORDS.contains(&w)
                    || TIMES.contains(&w)
            })
}

/// Whether a summary names an occasion by its name, which reads in any
/// language as the user wrote it: a name ("Talent Garden", "Meetup Rust
/// Milano"), or a name with an occasion's noun before or after it
/// ("Fintech Club aperitivo", "cena Rust Milano": trial 26y, where the
/// Italian "aperitivo" kept an English draft from naming it at all). The
/// name alone must not be an occasion's noun: "Dinner party" is a dinner
/// party written with a capital.
pub(super) fn is_name(summary: &str) -> bool {
    let s = summary.trim();
    if opens_with_common_noun(s) {
        return false;
    }
    if is_proper(s) {
        return true;
    }
    let ws: Vec<&str> = s.split_whitespace().collect();
    let named = |noun: &str, rest: &[&str]| {
        let rest = rest.join(" ");
        names_an_occasion(noun) && is_proper(&rest) && !names_an_occasion(&rest)
    };
    match ws.as_slice() {
        [noun, rest @ ..] if !rest.is_empty() && named(noun, rest) => true,
        [rest @ .., noun] if !rest.is_empty() => named(noun, rest),
        _ => false,
    }
}

/// Whether a summary is an occasion's noun typed with a capital only
/// because it opens what was typed, alone or before a lower-case word
/// ("Cena", "Cena da Sara", "Dinner at Paolo's"): a common noun, not a
/// name ("Cena Rust Milano", "Pitch Night" are names).
fn opens_with_common_noun(s: &str) -> bool {
    let mut ws = s.split_whitespace();
    let Some(w) = ws.next() else {
        return false;
    };
    let common = names_an_occasion(w) || EN_OVER.contains(&fold(w).as_str());
    common
        && ws
            .next()
            .is_none_or(|n| n.chars().next().is_some_and(char::is_lowercase))
}

/// A summary as said inside a sentence: a common noun typed with a
/// capital goes lower case ("grazie per la cena di ieri", "a cena da
/// Sara", "over dinner at Paolo's"), in both languages; a name keeps its
/// capitals ("al Product Breakfast", "all'Aperitivo Fintech Club"), and
/// so does a word written in capitals ("AI night": trial 26z4).
pub(super) fn in_sentence(summary: &str) -> String {
    let s = summary.trim();
    let w = s.split_whitespace().next().unwrap_or("");
    let capital_only = w.chars().skip(1).all(|c| !c.is_uppercase());
    if opens_with_common_noun(s) && capital_only {
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        s.to_string()
    }
}
