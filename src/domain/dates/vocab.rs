//! The words of date phrases, in English and Italian: what each names, and
//! an Italian phrase put in the English phrase's order, so one grammar
//! ([`super::parse_date`]) reads both. `[drafts] language = "it"` users
//! type "venerdì", "tra 2 settimane" or "il 12 marzo" wherever a date goes.

use chrono::Weekday;

use super::Unit;

/// A month by its name or short name, in either language.
pub(crate) fn month(word: &str) -> Option<u32> {
    let m = match word.trim_end_matches('.') {
        "jan" | "january" | "gen" | "gennaio" => 1,
        "feb" | "february" | "febbraio" => 2,
        "mar" | "march" | "marzo" => 3,
        "apr" | "april" | "aprile" => 4,
        "may" | "mag" | "maggio" => 5,
        "jun" | "june" | "giu" | "giugno" => 6,
        "jul" | "july" | "lug" | "luglio" => 7,
        // Not "ago", the Italian short August: it ends "3 days ago".
        "aug" | "august" | "agosto" => 8,
        "sep" | "sept" | "september" | "set" | "sett" | "settembre" => 9,
        "oct" | "october" | "ott" | "ottobre" => 10,
        "nov" | "november" | "novembre" => 11,
        "dec" | "december" | "dic" | "dicembre" => 12,
        _ => return None,
    };
    Some(m)
}

/// A weekday by its name or short name, in either language, accents
/// already folded ("venerdi"). Italian "mar" is March, never Tuesday.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let w = match word.trim_end_matches('.') {
        "mon" | "monday" | "lun" | "lunedi" => Weekday::Mon,
        "tue" | "tues" | "tuesday" | "martedi" => Weekday::Tue,
        "wed" | "wednesday" | "mer" | "mercoledi" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" | "gio" | "giovedi" => Weekday::Thu,
        "fri" | "friday" | "ven" | "venerdi" => Weekday::Fri,
        "sat" | "saturday" | "sab" | "sabato" => Weekday::Sat,
        "sun" | "sunday" | "dom" | "domenica" => Weekday::Sun,
        _ => return None,
    };
    Some(w)
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

/// Every whole word a date phrase is made of, in English and Italian, as
/// people write them: what a word typed a letter or two off is matched
/// against ("tomorow" → tomorrow, "venrdì" → venerdì). Short forms are
/// left out: "tue" is near too many words to suggest.
const WORDS: &[&str] = &[
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
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
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// `typed` with each word a letter or two off a date word put right,
/// when that makes a phrase `reads` takes ("tomorow" → "tomorrow", "next
/// fridya" → "next friday"): what "did you mean" offers. `None` when no
/// word was off or the mended phrase still does not read.
pub(crate) fn mended(typed: &str, reads: impl Fn(&str) -> bool) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = typed
        .trim()
        .to_lowercase()
        .split_whitespace()
        .map(|w| {
            let known = WORDS.contains(&w) || as_english(w).iter().any(|e| is_english_word(e));
            match (known, w.chars().count() >= 4) {
                (false, true) => match crate::domain::text::nearest(w, WORDS.iter().copied()) {
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
    let said = words.join(" ");
    (changed && reads(&said)).then_some(said)
}

/// Whether an English-ordered word is one the grammar knows.
fn is_english_word(word: &str) -> bool {
    month(word).is_some()
        || weekday(word).is_some()
        || unit(word).is_some()
        || WORDS.contains(&word)
}
