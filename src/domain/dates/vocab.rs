//! The words of date phrases, in English and Italian: what each names, and
//! an Italian phrase put in the English phrase's order, so one grammar
//! ([`super::parse_date`]) reads both. `[drafts] language = "it"` users
//! type "venerdì", "tra 2 settimane" or "il 12 marzo" wherever a date goes.

use chrono::Weekday;

use super::Unit;
use crate::domain::draft::{EN_WEEKDAYS, IT_MONTHS, IT_WEEKDAYS, said_as};
use crate::domain::occasion::MONTHS as EN_MONTHS;
use crate::domain::text::nearest;

/// A month by its name or its first three letters, in either language
/// ("dec", "dic"), and "sept", "sett".
pub(crate) fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let at = match word {
        "sept" | "sett" => Some(8),
        // Not "ago", the Italian short August: it ends "3 days ago".
        "ago" => None,
        _ => (EN_MONTHS.iter().position(|name| said_as(name, word)))
            .or_else(|| IT_MONTHS.iter().position(|name| said_as(name, word))),
    }?;
    u32::try_from(at + 1).ok()
}

/// A weekday by its name or its first three letters, in either language,
/// accents already folded ("venerdi", "ven"), and "tues", "thur",
/// "thurs". Italian "mar" is March, never Tuesday.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('.');
    let at = match word {
        "tues" => Some(1),
        "thur" | "thurs" => Some(3),
        "mar" => None,
        _ => (EN_WEEKDAYS.iter().position(|name| said_as(name, word)))
            .or_else(|| IT_WEEKDAYS.iter().position(|name| said_as(name, word))),
    }?;
    Weekday::try_from(u8::try_from(at).ok()?).ok()
}

/// A calendar unit by its name, in either language.
pub(super) fn unit(word: &str) -> Option<Unit> {
    let u = match word {
        "d" | "day" | "days" | "g" | "giorno" | "giorni" => Unit::Day,
        "w" | "wk" | "week" | "weeks" | "sett" | "settimana" | "settimane" => Unit::Week,
        "m" | "mo" | "month" | "months" | "mese" | "mesi" => Unit::Month,
        "y" | "yr" | "year" | "years" | "anno" | "anni" => Unit::Year,
        _ => return None,
    };
    Some(u)
}

/// A day's number said as an ordinal: "primo" ("il primo dicembre"),
/// "1º", "1°", "1st", "24th": its digits. The birthday's reader
/// (`occasion`) takes the same words.
pub(crate) fn day_number(word: &str) -> Option<&str> {
    if word == "primo" {
        return Some("1");
    }
    let digits = word
        .find(|c: char| !c.is_ascii_digit())
        .filter(|&at| at > 0)?;
    let (n, tail) = word.split_at(digits);
    ["º", "°", "ª", "st", "nd", "rd", "th"]
        .contains(&tail)
        .then_some(n)
}

/// `words` (lower case) with accents folded, Italian words put as the
/// English grammar has them ("oggi" → "today", "tra 2 settimane" → "in 2
/// weeks", "3 giorni fa" → "3 giorni ago", "venerdì prossimo" → "next
/// venerdi", "il primo dicembre" or "1º dicembre" → "1 dicembre", "ieri
/// l'altro" → "2 days ago"), and a leading article dropped ("il 12 marzo", "la prossima
/// settimana"). English phrases come through unchanged.
pub(super) fn as_english(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .map(|c| match c {
            'à' | 'á' => 'a',
            'è' | 'é' => 'e',
            'ì' | 'í' => 'i',
            'ò' | 'ó' => 'o',
            'ù' | 'ú' => 'u',
            '’' => '\'',
            c => c,
        })
        .collect();
    // The day before yesterday, said either way round or in one word.
    let folded = ["l'altro ieri", "ieri l'altro", "l'altroieri"]
        .iter()
        .fold(folded, |text, said| text.replacen(said, "altroieri", 1));
    let mut words: Vec<String> = folded
        .split_whitespace()
        .map(|w| {
            match w {
                "oggi" => "today",
                "ieri" => "yesterday",
                "domani" => "tomorrow",
                "tra" | "fra" => "in",
                "fa" => "ago",
                "un" | "una" | "uno" | "one" => "a",
                // Counts in words ("in three days", "tra due settimane").
                "two" | "due" => "2",
                "three" | "tre" => "3",
                "four" | "quattro" => "4",
                "five" | "cinque" => "5",
                "six" | "sei" => "6",
                "seven" | "sette" => "7",
                "eight" | "otto" => "8",
                "nine" | "nove" => "9",
                "ten" | "dieci" => "10",
                "prossimo" | "prossima" => "next",
                "scorso" | "scorsa" => "last",
                w => day_number(w).unwrap_or(w),
            }
            .to_string()
        })
        .collect();
    if let Some(first) = words.first()
        && ["il", "lo", "la", "l'", "on", "the"].contains(&first.as_str())
        && words.len() > 1
    {
        words.remove(0);
    }
    match words.as_slice() {
        [one] if one == "dopodomani" => return vec!["in".into(), "2".into(), "days".into()],
        [one] if one == "altroieri" => return vec!["2".into(), "days".into(), "ago".into()],
        // "venerdì prossimo", "settimana scorsa": the Italian order.
        [what, when] if when == "next" || when == "last" => {
            return vec![when.clone(), what.clone()];
        }
        _ => {}
    }
    words
}

/// The words of a date phrase that are not a month or a day, English
/// first then Italian, as people write them.
const EN_WORDS: [&str; 13] = [
    "today",
    "yesterday",
    "tomorrow",
    "next",
    "last",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "days",
    "ago",
];

/// [`EN_WORDS`] in Italian.
const IT_WORDS: [&str; 15] = [
    "oggi",
    "ieri",
    "domani",
    "dopodomani",
    "prossimo",
    "prossima",
    "scorso",
    "scorsa",
    "giorni",
    "settimana",
    "settimane",
    "mese",
    "mesi",
    "anno",
    "anni",
];

/// Every whole word a date phrase is made of, in English and Italian, as
/// people write them: what a word typed a letter or two off is matched
/// against ("tomorow" → tomorrow, "venrdì" → venerdì). Short forms are
/// left out, and May: "tue" and "may" are near too many words to suggest.
fn words() -> impl Iterator<Item = String> {
    let lower = |name: &&str| name.to_lowercase();
    (EN_WORDS.iter().map(lower))
        .chain(EN_WEEKDAYS.iter().map(lower))
        .chain(EN_MONTHS.iter().filter(|m| **m != "May").map(lower))
        .chain(IT_WORDS.iter().map(lower))
        .chain(IT_WEEKDAYS.iter().map(lower))
        .chain(IT_MONTHS.iter().map(lower))
}

/// `typed` with each word a letter or two off a date word put right,
/// when that makes a phrase `reads` takes ("tomorow" → "tomorrow", "next
/// fridya" → "next friday"): what "did you mean" offers. `None` when no
/// word was off or the mended phrase still does not read.
pub(crate) fn mended(typed: &str, reads: impl Fn(&str) -> bool) -> Option<String> {
    let all: Vec<String> = words().collect();
    let mut changed = false;
    let mended: Vec<String> = typed
        .trim()
        .to_lowercase()
        .split_whitespace()
        .map(|w| {
            let known =
                all.iter().any(|k| k == w) || as_english(w).iter().any(|e| is_english_word(e));
            match (known, w.chars().count() >= 4) {
                (false, true) => match nearest(w, all.iter().map(String::as_str)) {
                    Some(near) => {
                        changed = true;
                        near.to_string()
                    }
                    None => w.to_string(),
                },
                _ => w.to_string(),
            }
        })
        .collect();
    let said = mended.join(" ");
    (changed && reads(&said)).then_some(said)
}

/// Whether an English-ordered word is one the grammar knows.
fn is_english_word(word: &str) -> bool {
    month(word).is_some()
        || weekday(word).is_some()
        || unit(word).is_some()
        || words().any(|k| k == word)
}
