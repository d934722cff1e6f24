//! The labels of a card's phones and emails: `TYPE=cell`, `TYPE=work,fax`
//! (3.0 and 4.0 alike), and Apple's grouped `X-ABLabel`, read into the
//! label givegive keeps ("cell", "work fax", "iPhone"); and written back
//! the same way, so a label survives export and import.

use calcard::common::IanaString;
use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty};

use super::{group_label, texts_of};
use crate::domain::Labelled;

/// Types that say nothing a person would call a label: which value comes
/// first, that a phone is for voice, that an email is on the internet,
/// how a 2.1 value is encoded.
const SILENT: [&str; 8] = [
    "pref",
    "voice",
    "internet",
    "x400",
    "msg",
    "quoted-printable",
    "base64",
    "8bit",
];

/// Types a label may be written back as, each a word of the label.
pub(super) const TYPES: [&str; 8] = [
    "cell",
    "home",
    "work",
    "fax",
    "pager",
    "text",
    "video",
    "textphone",
];

/// Every `prop` of the card with its label.
pub(super) fn labelled(card: &VCard, prop: &VCardProperty) -> Vec<Labelled> {
    card.properties(prop)
        .flat_map(|e| {
            let label = group_label(card, e.group.as_deref()).unwrap_or_else(|| types(e));
            texts_of(e)
                .into_iter()
                .map(move |v| Labelled::new(&label, &v))
        })
        .collect()
}

/// The entry's types, in the order written, as one label.
pub(super) fn types(entry: &VCardEntry) -> String {
    let words: Vec<String> = entry
        .params
        .iter()
        .filter_map(|p| match (&p.name, &p.value) {
            (VCardParameterName::Type, VCardParameterValue::Type(t)) => {
                Some(t.as_str().to_lowercase())
            }
            (VCardParameterName::Type, VCardParameterValue::Text(t)) => Some(t.to_lowercase()),
            // vCard 2.1 writes a type alone (`TEL;MODEM`, `TEL;X-NEC-HOTEL`),
            // which calcard keeps as a parameter of that name.
            (VCardParameterName::Other(n), VCardParameterValue::Null) => Some(n.to_lowercase()),
            _ => None,
        })
        .flat_map(|t| {
            t.split(',')
                .map(|w| w.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty() && !SILENT.contains(&w.as_str()))
        .collect();
    let mut unique: Vec<String> = Vec::new();
    for w in words {
        if !unique.contains(&w) {
            unique.push(w);
        }
    }
    unique.join(" ")
}

/// How a label is written on a property: as `TYPE` when every word of it
/// is one of vCard's types, else as Apple's grouped `X-ABLabel` (`None`).
pub(super) fn type_param(label: &str) -> Option<String> {
    let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    words
        .iter()
        .all(|w| TYPES.contains(&w.as_str()))
        .then(|| words.join(","))
}

/// The relations vCard 4.0's `RELATED` has a `TYPE` for (RFC 6350 6.6.6).
const RELATIONS: [&str; 20] = [
    "contact",
    "acquaintance",
    "friend",
    "met",
    "co-worker",
    "colleague",
    "co-resident",
    "neighbor",
    "child",
    "parent",
    "sibling",
    "spouse",
    "kin",
    "muse",
    "crush",
    "date",
    "sweetheart",
    "me",
    "agent",
    "emergency",
];

/// `label` as a `RELATED` type, when it is one.
pub(super) fn type_word(label: &str) -> Option<String> {
    let word = label.trim().to_lowercase();
    RELATIONS.contains(&word.as_str()).then_some(word)
}
