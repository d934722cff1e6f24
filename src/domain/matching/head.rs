//! The words of a need: its essential words ([`essential`]), which an
//! offer, a role or notes must all name to answer it ("a senior Rust
//! engineer" needs rust and engineer), the groups of words naming the same
//! thing across forms and languages, the places that rule an answer out
//! ("African" for "Italian"), and its head, the noun that says what is
//! needed ("a venue for a workshop" asks for a venue), which a record is
//! first looked for by. `docs/review.md` ("Who could help") says the rule
//! in words.

use crate::domain::text::fold;

/// Words that only link or point (articles, prepositions, possessives)
/// or say nothing of what is needed ("new", "good"), both languages. Before the first word of substance they are skipped;
/// after it the first one ends the noun phrase ("a venue | for a
/// workshop").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "some", "any", "my", "his", "her", "their", "our", "your", "for", "of", "to",
    "and", "or", "in", "on", "at", "with", "by", "from", "about", "into", "near", "who", "that",
    "which", "un", "uno", "una", "il", "lo", "la", "le", "gli", "l", "i", "di", "da", "per", "con",
    "e", "su", "del", "della", "dello", "dei", "degli", "delle", "nel", "nella", "nei", "nelle",
    "al", "alla", "ai", "dal", "dalla", "sul", "sulla", "che", "tra", "fra", "presso", "new",
    "good", "great", "nuovo", "nuova", "buon", "buono", "buona", "bravo", "brava",
];

/// What marks a phrase as Italian, where the head comes first ("uno
/// sviluppatore React"); in English it comes last ("a React developer").
const ITALIAN_MARKS: &[&str] = &[
    "un", "uno", "una", "il", "lo", "la", "gli", "l", "i", "di", "per", "con", "del", "della",
    "dello", "dei", "degli", "delle", "nel", "nella", "nei", "nelle", "dal", "dalla", "che",
];

/// Italian adjectives that come before the noun ("un altro designer").
const ITALIAN_BEFORE: &[&str] = &["altro", "altra", "grande", "piccolo", "piccola"];

/// Words that name the same thing across forms or languages a stem does
/// not join ("developer" and "sviluppatore", "contacts" and
/// "introductions"). The first group is help in general: offering
/// anything is helping with it, so a need for help is answered by an
/// offer sharing one of its other words ("pricing help" by "pricing
/// advice").
static SAME_THING: &[&[&str]] = &[
    &[
        "help",
        "advice",
        "support",
        "tips",
        "feedback",
        "guidance",
        "consigli",
        "consiglio",
        "aiuto",
        "supporto",
    ],
    &[
        "contacts",
        "contact",
        "introductions",
        "introduction",
        "intro",
        "intros",
        "connections",
        "contatti",
        "contatto",
        "introduzioni",
        "presentazioni",
    ],
    &["job", "position", "lavoro", "impiego", "posto"],
    &[
        "developer",
        "development",
        "dev",
        "engineer",
        "engineering",
        "ingegnere",
        "ingegneri",
        "ingegneria",
        "sviluppatore",
        "sviluppatrice",
        "sviluppo",
    ],
    &[
        "venue", "space", "room", "location", "sala", "spazio", "locale",
    ],
    &["market", "markets", "mercato", "mercati"],
    &["accountant", "accounting", "commercialista", "contabile"],
    &["lawyer", "legal", "attorney", "avvocato", "avvocata"],
    &[
        "translator",
        "translation",
        "traduttore",
        "traduttrice",
        "traduzione",
    ],
    &[
        "photographer",
        "photography",
        "fotografo",
        "fotografa",
        "fotografia",
    ],
];

/// Nationalities, markets and languages, both languages: two different
/// ones contradict ("African market introductions" are no "Italian market
/// contacts").
static PLACES: &[&[&str]] = &[
    &[
        "italian", "italy", "italiano", "italiana", "italiani", "italia",
    ],
    &["african", "africa", "africano", "africana"],
    &["german", "germany", "tedesco", "tedesca", "germania"],
    &["french", "france", "francese", "francia"],
    &["spanish", "spain", "spagnolo", "spagnola", "spagna"],
    &["english", "british", "uk", "inglese", "inghilterra"],
    &["american", "usa", "americano", "americana", "america"],
    &["chinese", "china", "cinese", "cina"],
    &["japanese", "japan", "giapponese", "giappone"],
    &["indian", "india", "indiano", "indiana"],
];

/// A phrase's words, folded, every one kept.
pub(crate) fn all_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a word carries meaning (not an article or a preposition).
pub(crate) fn content(word: &str) -> bool {
    !FUNCTION_WORDS.contains(&word)
}

/// The head of a need: the noun of its first noun phrase, the last word
/// in English, the first in Italian (past its articles and the few
/// adjectives that come first). None when it holds no word of substance.
pub(crate) fn head(need: &str) -> Option<String> {
    let words = all_words(need);
    let italian = words.iter().any(|w| ITALIAN_MARKS.contains(&w.as_str()));
    let phrase: Vec<&String> = words
        .iter()
        .skip_while(|w| !content(w))
        .take_while(|w| content(w))
        .collect();
    let head = if italian {
        phrase
            .iter()
            .find(|w| !ITALIAN_BEFORE.contains(&w.as_str()))
            .or(phrase.first())
    } else {
        phrase.last()
    };
    head.map(|w| (*w).clone())
}

/// Endings of form, English and Italian (the longest that leaves a stem
/// is taken): a plural, a gender, a doer, an act ("designer", "design";
/// "sviluppatore", "sviluppatrice"). A closed list, so a word that merely
/// begins like another is not it ("commercialista" is no "commerce",
/// "contabile" no "contacts", "sala" no "salary").
const ENDINGS: &[&str] = &[
    "ments", "ment", "ings", "ing", "ions", "ion", "ists", "ist", "ers", "er", "ors", "or", "es",
    "ed", "s", "zioni", "zione", "trice", "tore", "tori", "rice", "ore", "ori", "iste", "isti",
    "ista", "a", "e", "i", "o",
];

/// Words whose ending is part of the word, with the stem they keep: a
/// trade named like a thing ("marketing" is no "market", so it is no
/// "mercato" either: a trial listed someone in marketing for "contatti
/// nel mercato tedesco"). A closed list.
const OWN_STEMS: &[(&str, &str)] = &[
    ("marketing", "marketing"),
    ("marketer", "marketing"),
    ("marketers", "marketing"),
];

/// A word without its longest ending of form, when four letters or more
/// are left.
fn stem(word: &str) -> &str {
    if let Some((_, own)) = OWN_STEMS.iter().find(|(w, _)| *w == word) {
        return own;
    }
    ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .filter(|s| s.chars().count() >= 4)
        .min_by_key(|s| s.len())
        .unwrap_or(word)
}

/// Whether two words are one by their stem: the same but for an ending
/// of form ("designer", "design"; "developer", "development"; "mentor",
/// "mentoring"), or a plural ("app", "apps"). Words in two languages
/// join only through a group of [`SAME_THING`].
pub(crate) fn same_stem(a: &str, b: &str) -> bool {
    let (sa, sb) = (stem(a), stem(b));
    a == b || sa == sb || sa == b || sb == a || a.trim_end_matches('s') == b.trim_end_matches('s')
}

/// The group of words naming the same thing as `word`, if it has one.
fn group(word: &str) -> Option<&'static [&'static str]> {
    SAME_THING
        .iter()
        .find(|g| g.iter().any(|w| same_stem(w, word)))
        .copied()
}

/// Whether two words name the same thing: one stem, or one group.
pub(crate) fn same_thing(a: &str, b: &str) -> bool {
    same_stem(a, b) || group(a).is_some_and(|g| g.iter().any(|w| same_stem(w, b)))
}

/// Whether a need's head says little alone: help, contacts, a job ("a
/// job at Paymo" is about Paymo).
pub(crate) fn is_general(head: &str) -> bool {
    group(head).is_some_and(|g| SAME_THING[..3].iter().any(|s| std::ptr::eq(g, *s)))
}

/// Whether a word is help in general ("advice", "tips", "consigli"):
/// an offer headed by it is help ABOUT its other words, not the one who
/// does them ("rust engineering advice" is no "rust engineer").
pub(crate) fn is_help(word: &str) -> bool {
    group(word).is_some_and(|g| std::ptr::eq(g, SAME_THING[0]))
}

/// The words a need's word may be found as, for a record to be read at
/// all: the word, the words of its group and the place it names.
pub(crate) fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if let Some(g) = group(word) {
        out.extend(g.iter().map(|w| (*w).to_string()));
    }
    if let Some(p) = place(word) {
        out.extend(PLACES[p].iter().map(|w| (*w).to_string()));
    }
    out
}

/// Qualifiers that say how good, not what: a need does not ask for them
/// ("a senior Rust engineer" asks for rust and engineer). A small closed
/// list, both languages.
const QUALIFIERS: &[&str] = &[
    "senior",
    "junior",
    "good",
    "great",
    "new",
    "experienced",
    "skilled",
    "fractional",
    "someone",
    "somebody",
    "qualcuno",
    "bravo",
    "brava",
    "bravi",
    "esperto",
    "esperta",
    "esperti",
    "buon",
    "buono",
    "buona",
    "nuovo",
    "nuova",
];

/// A need's essential words: its words of substance (of two letters or
/// more) but the generic qualifiers, once each. An answer must name
/// every one. A purpose phrase ("for the new app", "per il workshop")
/// after a specific word only says what the thing is for: "a designer
/// for the new app" asks for a designer. After help, contacts or a job
/// alone it says what they are about ("advice for a startup"), so it
/// counts.
pub(crate) fn essential(need: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in all_words(need) {
        if PURPOSE.contains(&w.as_str()) && out.iter().any(|o| !is_general(o)) {
            break;
        }
        if content(&w)
            && !QUALIFIERS.contains(&w.as_str())
            && w.chars().count() >= 2
            && !out.contains(&w)
        {
            out.push(w);
        }
    }
    out
}

/// The words that open a purpose phrase, both languages.
const PURPOSE: &[&str] = &["for", "per"];

/// Whether `text_word` names the need's word `word`: one stem, one group
/// of words naming the same thing, or one place in two languages.
pub(crate) fn names(word: &str, text_word: &str) -> bool {
    same_thing(word, text_word) || alike(word, text_word)
}

/// The place (nationality, market, language) a word names, if any.
fn place(word: &str) -> Option<usize> {
    PLACES.iter().position(|g| g.contains(&word))
}

/// The place `text` names and the one `need` names, when they differ and
/// `text` does not name the need's own: "African market introductions"
/// for "Italian market contacts" gives ("african", "italian").
pub(crate) fn contradicts(need: &[String], text: &[String]) -> Option<(String, String)> {
    let wanted: Vec<(usize, &String)> = need.iter().filter_map(|w| Some((place(w)?, w))).collect();
    let named: Vec<(usize, &String)> = text.iter().filter_map(|w| Some((place(w)?, w))).collect();
    if named
        .iter()
        .any(|(p, _)| wanted.iter().any(|(q, _)| p == q))
    {
        return None;
    }
    Some((named.first()?.1.clone(), wanted.first()?.1.clone()))
}

/// Whether two words of substance are one: by stem, or naming one place
/// in two languages ("German", "tedesco").
pub(crate) fn alike(a: &str, b: &str) -> bool {
    same_stem(a, b) || place(a).is_some_and(|p| place(b) == Some(p))
}

/// Whether `text` speaks to `need` without answering it whole: it names
/// a specific essential word of it ("the two firmware leads" for
/// "firmware clients") and contradicts none. A draft sending such a thing
/// does not call the need one nobody offers (`draft/kept.rs`).
pub(crate) fn touches(need: &str, text: &str) -> bool {
    let tw: Vec<String> = all_words(text).into_iter().filter(|w| content(w)).collect();
    essential(need)
        .iter()
        .any(|w| !is_general(w) && tw.iter().any(|t| names(w, t)))
        && contradicts(&all_words(need), &tw).is_none()
}
