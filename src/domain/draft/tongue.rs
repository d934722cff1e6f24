//! The language of a text the user typed (a detail, a ledger text), so a
//! draft says it only in its own language: "Grazie per a code review of my
//! parser" is neither.
//!
//! A closed stop-word rule, not a statistical detector: crates such as
//! `whatlang` guess from letter trigrams and say themselves that a few
//! words are not enough to be reliable, while a detail is often three
//! words. Here each word that only English or only Italian uses (function
//! words, and the verb forms of `draft::forms`) counts for its language;
//! words both share ("a", "in", "me", "come") count for neither. More
//! words of one language than of the other decide; a tie (often: no such
//! word at all, "seed round") is unclear.

use super::Language;
use super::forms::{EN_DOING, EN_PAST, EN_VERBS, IT_PLURAL_VERBS, IT_VERBS};
use super::kin::IT_FAMILY;

mod nouns;
use nouns::{EN_NOUNS, IT_NOUNS, LOANWORDS};

/// Words only English uses, among those short notes are made of.
const EN_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "is",
    "are",
    "was",
    "were",
    "to",
    "my",
    "your",
    "his",
    "her",
    "she",
    "he",
    "they",
    "with",
    "for",
    "at",
    "on",
    "from",
    "this",
    "that",
    "it",
    "has",
    "have",
    "had",
    "about",
    "an",
    "just",
    "will",
    "would",
    "be",
    "been",
    "not",
    "our",
    "their",
    "him",
    "them",
    "into",
    // Numbers in words: "three designer portfolios" (trial 26y3 read it as
    // not clearly English).
    "two",
    "three",
    "four",
    "five",
    "next",
    "month",
    "week",
    "year",
    "new",
    "who",
    "what",
    "by",
    "or",
    "we",
    "you",
    "some",
    "all",
    "she's",
    "he's",
    "it's",
    "after",
    "before",
    "soon",
    "really",
    "today",
    "tomorrow",
    "yesterday",
    "send",
    "share",
    "forward",
    "bring",
    "lend",
    "give",
    "sent",
    "shared",
];

/// Words only Italian uses, among those short notes are made of.
const IT_WORDS: &[&str] = &[
    "tre",
    "quattro",
    "cinque",
    "il",
    "lo",
    "gli",
    "la",
    "le",
    "di",
    "da",
    "del",
    "della",
    "dei",
    "delle",
    "dello",
    "degli",
    "al",
    "alla",
    "allo",
    "ai",
    "alle",
    "nel",
    "nella",
    "sul",
    "sulla",
    "dal",
    "dalla",
    "e",
    "è",
    "che",
    "per",
    "con",
    "un",
    "una",
    "uno",
    "suo",
    "sua",
    "suoi",
    "sue",
    "mio",
    "mia",
    "tuo",
    "tua",
    "non",
    "si",
    "ci",
    "mi",
    "ti",
    "sono",
    "ho",
    "lei",
    "lui",
    "piace",
    "piacciono",
    "molto",
    "anche",
    "ancora",
    "dopo",
    "prossimo",
    "prossima",
    "mese",
    "settimana",
    "anno",
    "nuovo",
    "nuova",
    "figlia",
    "figlio",
    "moglie",
    "marito",
    "oggi",
    "domani",
    "ieri",
    "manda",
    "mandare",
    "mando",
    "inviare",
    "invia",
    "invio",
    "girare",
    "passare",
    "condividere",
    "prestare",
    "presta",
    "mandargli",
    "mandarle",
];

/// Whether a name (an interest, a moment's summary, a need) reads as the draft's
/// language: clearly in it by `tongue`, or, with no word of either,
/// shaped like it. A name of loanwords reads as both; otherwise a name
/// whose every word ends in a vowel ("arrampicata", "serata vini") is
/// Italian's, and one with a word ending in a consonant ("bouldering
/// session", "studio visit") English's.
pub(crate) fn name_in(text: &str, lang: Language) -> bool {
    match tongue(text, lang) {
        Tongue::Same => true,
        Tongue::Other => false,
        Tongue::Unclear => {
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .filter(|w| !LOANWORDS.contains(&w.as_str()))
                .collect();
            // "practice", "coffee" end in "e" too: an Italian name has a
            // word ending in another vowel, and no k, w or y.
            let italian = words.iter().all(|w| {
                w.ends_with(['a', 'e', 'i', 'o', 'u', 'à', 'è', 'é', 'ì', 'ò', 'ù'])
                    && !w.contains(['k', 'w', 'y'])
            }) && words
                .iter()
                .any(|w| w.ends_with(['a', 'i', 'o', 'u', 'à', 'ì', 'ò', 'ù']));
            words.is_empty() || italian == (lang == Language::Italian)
        }
    }
}

/// Whose language a typed text is in, seen from a draft's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tongue {
    /// Clearly the draft's language.
    Same,
    /// Clearly the other shipped language.
    Other,
    /// Neither clearly: a few nouns or names.
    Unclear,
}

/// The language of `text` as a draft in `lang` sees it.
pub(crate) fn tongue(text: &str, lang: Language) -> Tongue {
    let (mut en, mut it) = (0, 0);
    // "a job in a product team": the English article opens it; Italian
    // "a" is a preposition, which no need or occasion opens with.
    if text.trim_start().starts_with("a ") {
        en += 1;
    }
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase().replace('’', "'");
        let is = |table: &[(&str, &str)]| table.iter().any(|(third, _)| *third == w);
        if LOANWORDS.contains(&w.as_str()) {
            continue;
        }
        // "incorporating": an "-ing" word is English's ("marketing", said
        // in Italian too, is a loanword above).
        if EN_WORDS.contains(&w.as_str())
            || super::words::english_calendar_word(&w)
            || (w.ends_with("ing") && w.chars().count() > 5)
            || is(EN_VERBS)
            || EN_PAST.contains(&w.as_str())
            || EN_DOING.contains(&w.as_str())
            || EN_NOUNS.contains(&w.as_str())
        {
            en += 1;
        } else if IT_WORDS.contains(&w.as_str())
            || is(IT_VERBS)
            // "i figli giocano": close family and a plural verb are as
            // Italian as "suoi" is (trial 28d).
            || IT_FAMILY.contains(&w.as_str())
            || IT_PLURAL_VERBS.contains(&w.as_str())
            || it_plural_of_listed(&w)
            || IT_NOUNS.contains(&w.as_str())
            || super::words::italian_calendar_word(&w)
        {
            it += 1;
        }
    }
    let (ours, theirs) = match lang {
        Language::English => (en, it),
        Language::Italian => (it, en),
    };
    match ours.cmp(&theirs) {
        std::cmp::Ordering::Greater => Tongue::Same,
        std::cmp::Ordering::Less => Tongue::Other,
        std::cmp::Ordering::Equal => Tongue::Unclear,
    }
}

/// Whether a word is the third person plural of a listed Italian verb,
/// by the regular ending: "gioca" → "giocano", "vende" → "vendono".
fn it_plural_of_listed(word: &str) -> bool {
    let stem = word
        .strip_suffix("ano")
        .map(|s| format!("{s}a"))
        .or_else(|| word.strip_suffix("ono").map(|s| format!("{s}e")));
    stem.is_some_and(|third| third.chars().count() > 2 && IT_VERBS.iter().any(|(t, _)| *t == third))
}

/// Why a typed text is not said in a draft in `lang`, when it is not
/// clearly in that language: a draft says typed text only in its own
/// language and never quotes what it cannot tell (the user's notes may be
/// their private assessment: "strong microcopy; weak on research").
pub fn not_in_language(text: &str, lang: Language) -> Option<String> {
    match tongue(text, lang) {
        Tongue::Same => None,
        Tongue::Other => Some(format!(
            "it is written in {}, and this draft is in {}",
            lang.other().name(),
            lang.name()
        )),
        Tongue::Unclear => Some(format!(
            "it is not clearly written in {}, the draft's language, and a draft quotes no typed text",
            lang.name()
        )),
    }
}

impl Language {
    /// A name quoted in the quotes the language uses («cooking»): an
    /// interest not clearly in the draft's language is said as a name.
    pub(crate) fn quote(self, text: &str) -> String {
        match self {
            Language::English => format!("“{text}”"),
            Language::Italian => format!("«{text}»"),
        }
    }

    /// The language's name, for the notes beside a draft.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Italian => "Italian",
        }
    }

    /// The other shipped language.
    pub(crate) fn other(self) -> Language {
        match self {
            Language::English => Language::Italian,
            Language::Italian => Language::English,
        }
    }
}

/// Why a need is left out for its language, if it is: a need is said
/// whole and only in the draft's language, never cut to fit. Checked
/// first, for every need, before who could help: an Italian need in an
/// English draft is noted as written in Italian, not as one nobody offers.
pub(crate) fn need_not_in(need: &str, lang: Language) -> Option<String> {
    if name_in(need, lang) {
        return None;
    }
    let why = not_in_language(need, lang)
        .unwrap_or_else(|| format!("it is not clearly written in {}", lang.name()));
    Some(format!("left out their need \"{need}\": {why}"))
}

/// The name a message opens with: the first word of their name that has
/// a letter in it ("👩‍💻 Zoë Okonkwo" is greeted as Zoë, not as the emoji).
pub fn first_name(name: &str) -> &str {
    name.split_whitespace()
        .find(|w| w.chars().any(char::is_alphabetic))
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trials_texts_are_told_apart() {
        use Language::{English, Italian};
        for (text, it) in [
            ("a code review of my parser", Tongue::Other),
            ("starting at Satispay next month", Tongue::Other),
            ("lavora da Satispay come designer", Tongue::Same),
            ("le piace la vela", Tongue::Same),
            ("seed round", Tongue::Other),
            ("Revolut Business", Tongue::Unclear),
            // English words Italian offices say as they are.
            ("consigli sul pricing", Tongue::Same),
            ("il suo team è stato sciolto", Tongue::Same),
        ] {
            assert_eq!(tongue(text, Italian), it, "{text}");
        }
        assert_eq!(
            tongue("her startup just raised a seed round", English),
            Tongue::Same
        );
        // Numbers in words say the language (trial 26y3).
        assert_eq!(tongue("three designer portfolios", English), Tongue::Same);
        assert_eq!(tongue("tre portfolio di designer", Italian), Tongue::Same);
    }
}
