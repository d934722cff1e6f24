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
use super::forms::{EN_DOING, EN_PAST, EN_VERBS, IT_VERBS};

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
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
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
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase().replace('’', "'");
        let is = |table: &[(&str, &str)]| table.iter().any(|(third, _)| *third == w);
        if EN_WORDS.contains(&w.as_str())
            || is(EN_VERBS)
            || EN_PAST.contains(&w.as_str())
            || EN_DOING.contains(&w.as_str())
        {
            en += 1;
        } else if IT_WORDS.contains(&w.as_str()) || is(IT_VERBS) {
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

/// Whether a typed text is clearly in the other language than `lang`'s:
/// the journal notes why it left it out.
pub fn foreign(text: &str, lang: Language) -> bool {
    tongue(text, lang) == Tongue::Other
}

impl Language {
    /// A typed text quoted as written, in the quotes the language uses:
    /// what is not clearly in the draft's language reads as a quotation,
    /// not as a sentence of the draft's.
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
            ("seed round", Tongue::Unclear),
        ] {
            assert_eq!(tongue(text, Italian), it, "{text}");
        }
        assert_eq!(
            tongue("her startup just raised a seed round", English),
            Tongue::Same
        );
    }
}
