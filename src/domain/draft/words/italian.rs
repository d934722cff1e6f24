//! Italian articles and the euphonic "d": the words an Italian draft puts
//! before a place or a name ("al meetup", "all'evento", "ad Aperitivo"),
//! decided here only.

use super::first_word;

const IT_MASCULINE_IN_A: &[&str] = &[
    "problema",
    "tema",
    "programma",
    "sistema",
    "clima",
    "cinema",
    "panorama",
    "pigiama",
];

/// Italian "a" and "e" before a word that starts with the same vowel
/// take a "d" ("ad Aperitivo", "ed Elena"): the one place drafts decide it.
pub(super) fn it_euphonic(word: &'static str, next: &str) -> &'static str {
    let starts = next
        .trim_start_matches(['«', '"', '“'])
        .chars()
        .next()
        .map(|c| crate::domain::text::fold(&c.to_string()));
    match (word, starts.as_deref()) {
        ("a", Some("a")) => "ad",
        ("e", Some("e")) => "ed",
        _ => word,
    }
}

/// Nouns an occasion's name opens or ends with ("Meetup Rust Milano",
/// "Serata Women in Tech", "Product Breakfast"): capitalised, they still
/// take their article ("al Meetup …", "alla Serata …", "the Product
/// Breakfast"); a name without one ("RustLab", "Talent Garden") is said
/// bare ("a RustLab", "at Talent Garden").
const OCCASION_NOUNS: &[&str] = &[
    "meetup",
    "aperitivo",
    "serata",
    "cena",
    "pranzo",
    "colazione",
    "caffe",
    "evento",
    "festa",
    "conferenza",
    "workshop",
    "hackathon",
    "incontro",
    "talk",
    "webinar",
    "demo",
    "brunch",
    "summit",
    "forum",
    "festival",
    "convegno",
    "seminario",
    "corso",
    "torneo",
    "pitch",
    "party",
    "dinner",
    "lunch",
    "breakfast",
    "conference",
    "night",
    "meeting",
];

/// Whether a name opens or ends with an occasion's noun, which keeps its
/// article.
pub(super) fn names_an_occasion(phrase: &str) -> bool {
    let last = phrase.split_whitespace().last().unwrap_or("");
    [first_word(phrase), first_word(last)]
        .iter()
        .any(|w| OCCASION_NOUNS.contains(&w.as_str()))
}

fn starts_with_vowel(word: &str) -> bool {
    matches!(word.chars().next(), Some('a' | 'e' | 'i' | 'o' | 'u' | 'h'))
}

/// An Italian noun phrase's definite article and "a" + article, guessed
/// from its first word: enough for the occasions people log ("la cena",
/// "lo startup weekend", "l'evento", "il meetup").
/// The definite article an Italian phrase takes ("il ", "la ", "l'").
pub(in crate::domain::draft) fn it_article(phrase: &str) -> &'static str {
    it_articles(phrase).0
}

pub(super) fn it_articles(phrase: &str) -> (&'static str, &'static str) {
    let w = first_word(phrase);
    let feminine = (w.ends_with('a') && !IT_MASCULINE_IN_A.contains(&w.as_str()))
        || w.ends_with("ione")
        || w.ends_with("tà")
        || w.ends_with("tù");
    let mut chars = w.chars();
    let (a, b) = (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '));
    if starts_with_vowel(&w) {
        ("l'", "all'")
    } else if feminine {
        ("la ", "alla ")
    } else if (a == 's' && !"aeiou".contains(b))
        || a == 'z'
        || a == 'x'
        || a == 'y'
        || w.starts_with("gn")
        || w.starts_with("ps")
        || w.starts_with("pn")
    {
        ("lo ", "allo ")
    } else {
        ("il ", "al ")
    }
}

/// An Italian phrase that starts with an article, with "a" merged into it
/// ("il pranzo" → "al pranzo").
pub(super) fn it_merge_a(phrase: &str) -> Option<String> {
    let lower = phrase.to_lowercase();
    for (article, merged) in [
        ("il ", "al "),
        ("lo ", "allo "),
        ("la ", "alla "),
        ("l'", "all'"),
        ("i ", "ai "),
        ("gli ", "agli "),
        ("le ", "alle "),
        ("un ", "a un "),
        ("uno ", "a uno "),
        ("una ", "a una "),
        ("un'", "a un'"),
    ] {
        if lower.starts_with(article) {
            return Some(format!("{merged}{}", &phrase[article.len()..]));
        }
    }
    None
}
