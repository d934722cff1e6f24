//! What address books write outside vCard's own properties, kept in the
//! fields a person already has, where the card shows it and every export
//! writes it back (issue 27), rather than dropped:
//!
//! - vCard 4.0's `TEL;VALUE=uri:tel:+39-347-000-1111` is the number, not a
//!   URI: read as `+39-347-000-1111` (an `;ext=` as " ext. 42");
//! - Outlook's `X-MS-TEL;CALLBACK` is a phone labelled "callback", its
//!   `X-MS-IMADDRESS` a chat handle, `FBURL` and the Mac's
//!   `X-SOCIALPROFILE` URLs (the address says what they are);
//! - `ROLE` (what someone does, not their `TITLE`) joins the title in the
//!   role: "TheJobTitle, TheProfession";
//! - the Mac's `X-PHONETIC-FIRST-NAME`/`-LAST-NAME` ("Jon Dow", or a
//!   kana reading) is how the name is read, not another name the person
//!   goes by (trial imd #3: it showed as an alias): a line of the notes,
//!   "Phonetic name: Jon Dow", which the card shows labelled, search finds
//!   and every export writes back with the notes;
//! - FullContact's hex-named `X-FCENCODED-<hex>` properties are decoded:
//!   `X-FC-RelatedNames:Mother` is a related name, `X-FC-OtherDates:Other`
//!   a labelled date.

use calcard::vcard::{VCard, VCardEntry, VCardProperty};

use super::{labels, texts, texts_of};
use crate::domain::{Labelled, Occasion, OccasionKind};

fn named(e: &VCardEntry, name: &str) -> bool {
    matches!(&e.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case(name))
}

/// A phone number as written, a `tel:` URI read as the number it holds.
pub(super) fn number(text: &str) -> String {
    let Some(uri) = text
        .get(..4)
        .filter(|s| s.eq_ignore_ascii_case("tel:"))
        .map(|_| &text[4..])
    else {
        return text.to_string();
    };
    let mut parts = uri.split(';');
    let number = parts.next().unwrap_or_default().to_string();
    let ext = parts.find_map(|p| {
        p.split_once('=')
            .filter(|(k, _)| k.eq_ignore_ascii_case("ext"))
            .map(|(_, v)| v.to_string())
    });
    match ext {
        Some(ext) => format!("{number} ext. {ext}"),
        None => number,
    }
}

/// The card's phones: `TEL` and Outlook's `X-MS-TEL`, numbers as written.
pub(super) fn phones(card: &VCard) -> Vec<Labelled> {
    let mut out = labels::labelled(card, &VCardProperty::Tel);
    for e in card.entries.iter().filter(|e| named(e, "X-MS-TEL")) {
        let label = labels::types(e);
        for v in texts_of(e) {
            crate::domain::labelled::add(&mut out, &Labelled::new(&label, &v));
        }
    }
    out.into_iter()
        .map(|p| Labelled::new(&p.label, &number(p.value())))
        .collect()
}

/// The card's URLs: `URL`, `FBURL` and the Mac's social profiles.
pub(super) fn urls(card: &VCard) -> Vec<String> {
    let mut out = texts(card, &VCardProperty::Url);
    for e in &card.entries {
        let more = matches!(e.name, VCardProperty::Fburl) || named(e, "X-SOCIALPROFILE");
        for u in texts_of(e).into_iter().filter(|_| more) {
            if !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out
}

/// The role: `TITLE`, and `ROLE` after it when it says something else.
pub(super) fn role(card: &VCard) -> String {
    let mut words: Vec<String> = Vec::new();
    for t in [
        texts(card, &VCardProperty::Title).into_iter().next(),
        texts(card, &VCardProperty::Role).into_iter().next(),
    ]
    .into_iter()
    .flatten()
    {
        if !words.iter().any(|w| w.eq_ignore_ascii_case(&t)) {
            words.push(t);
        }
    }
    words.join(", ")
}

/// How the notes name the phonetic reading of the name.
pub(super) const PHONETIC: &str = "Phonetic name: ";

/// The name as the Mac spells how it sounds ("Jon Dow"), if the card
/// says.
pub(super) fn phonetic(card: &VCard) -> Option<String> {
    let sound: Vec<String> = ["X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME"]
        .iter()
        .flat_map(|n| card.entries.iter().filter(|e| named(e, n)))
        .flat_map(texts_of)
        .collect();
    Some(sound.join(" ")).filter(|s| !s.trim().is_empty())
}

/// FullContact's hex-encoded property name, decoded:
/// "X-FC-RelatedNames:Mother".
fn fullcontact(e: &VCardEntry) -> Option<String> {
    let VCardProperty::Other(n) = &e.name else {
        return None;
    };
    let hex = n
        .get(..12)?
        .eq_ignore_ascii_case("X-FCENCODED-")
        .then(|| &n[12..])?;
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    String::from_utf8(bytes?).ok()
}

/// FullContact's related names, labelled by relation.
pub(super) fn related(card: &VCard, out: &mut Vec<Labelled>) {
    for e in &card.entries {
        let Some(label) =
            fullcontact(e).and_then(|n| n.strip_prefix("X-FC-RelatedNames:").map(str::to_string))
        else {
            continue;
        };
        for name in texts_of(e) {
            crate::domain::labelled::add(out, &Labelled::new(&label, &name));
        }
    }
}

/// FullContact's labelled dates: its "Anniversary" is the anniversary
/// (`Occasion::parse` reads a label naming a kind as that kind), any
/// other label a yearly day of that name.
pub(super) fn dates(card: &VCard, out: &mut Vec<Occasion>) {
    for e in &card.entries {
        let Some(label) =
            fullcontact(e).and_then(|n| n.strip_prefix("X-FC-OtherDates:").map(str::to_string))
        else {
            continue;
        };
        // The one label rule: "Other" is "other", "CustomTYPE" as given.
        let label = crate::domain::labelled::label(&label);
        let day = texts_of(e)
            .into_iter()
            .next()
            .and_then(|t| Occasion::parse(OccasionKind::Other, &label, &t).ok());
        if let Some(mut o) = day {
            o.yearly = true;
            crate::domain::occasion::set(out, o);
        }
    }
}
