//! The words a label is made of and the one rule that keeps a label, for every
//! source and the shell alike: its own unit because the vocabulary (vCard's,
//! Apple's, Google's, Android's words) grows on its own, apart from how a
//! list of labelled values is added to and read.

use super::*;

/// The words address books label a phone, an email, an address, a date or
/// a related name with: vCard's types and relations (RFC 6350), and
/// Apple's, Google's, Outlook's and Android's own words.
const WORDS: [&str; 51] = [
    "cell",
    "home",
    "work",
    "fax",
    "pager",
    "voice",
    "text",
    "video",
    "textphone",
    "other",
    "mobile",
    "main",
    "assistant",
    "callback",
    "car",
    "company",
    "isdn",
    "modem",
    "radio",
    "telex",
    "school",
    "homepage",
    "anniversary",
    "birthday",
    "spouse",
    "partner",
    "child",
    "parent",
    "sibling",
    "friend",
    "colleague",
    "co-worker",
    "neighbor",
    "kin",
    "acquaintance",
    "co-resident",
    "agent",
    "emergency",
    "mother",
    "father",
    "brother",
    "sister",
    "son",
    "daughter",
    "manager",
    "relative",
    "domestic",
    "fiancé",
    "fiancée",
    "fiance",
    "fiancee",
];

/// Apple's words written as one (`_$!<AssistantPhone>!$_`, or the same
/// word without the marks on a Mac card), in the words of [`WORDS`].
const APPLE: [(&str, &str); 6] = [
    ("assistantphone", "assistant"),
    ("homefax", "home fax"),
    ("workfax", "work fax"),
    ("otherfax", "other fax"),
    ("carphone", "car"),
    ("companymain", "company main"),
];

/// Words address books use for one thing, and the one kept: Google's
/// "Mobile" and Apple's `_$!<Mobile>!$_` are vCard's "cell" (trial 27t #8:
/// the same number was "cell" from a card and "mobile" from Google, and
/// reported as a label that differs).
const SAME: [(&str, &str); 1] = [("mobile", "cell")];

/// Whether `word` (lower case) is one address books label with ([`WORDS`]),
/// rather than the person's own.
pub fn is_word(word: &str) -> bool {
    WORDS.contains(&word)
}

/// A word of a label as kept: its [`SAME`] word, if it has one.
fn kept(word: String) -> String {
    match SAME.iter().find(|(other, _)| *other == word) {
        Some((_, one)) => (*one).to_string(),
        None => word,
    }
}

/// Whether two labels say the same, case, accents and [`SAME`] words
/// aside (a label kept before "mobile" was "cell" is still one).
pub fn same_label(a: &str, b: &str) -> bool {
    fold(&label(a)) == fold(&label(b))
}

/// A label as it is kept, one rule for every source and the shell alike:
/// Apple's marked form (`_$!<Mobile>!$_`) is Apple's word, lower-cased;
/// Apple's joined words are split ("AssistantPhone" is "assistant", as
/// Apple shows it); each word an address book labels with (the
/// [`WORDS`]) is lower-cased, whatever case the file gave it, while a
/// word of the person's own keeps its case ("iPhone", "First day at
/// Nestwise"); and a word that means what another does is that one
/// ([`SAME`]: "mobile" is "cell"). So Google's "Work Fax" and Android's
/// `TYPE=work,fax` are the same "work fax", and vCard 4.0's `TYPE`, which
/// has no case, gives back what went out.
pub fn label(text: &str) -> String {
    let text = tidy(text);
    let (text, marked) = match text
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
    {
        Some(inner) => (inner.to_string(), true),
        None => (text, false),
    };
    let lower = text.to_lowercase();
    if let Some((_, words)) = APPLE.iter().find(|(joined, _)| *joined == lower) {
        return (*words).to_string();
    }
    if marked {
        return lower
            .split(' ')
            .map(|w| kept(w.to_string()))
            .collect::<Vec<_>>()
            .join(" ");
    }
    text.split(' ')
        .map(|w| {
            let l = w.to_lowercase();
            if WORDS.contains(&l.as_str()) {
                kept(l)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
