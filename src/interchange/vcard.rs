//! vCard 2.1, 3.0 and 4.0 as phones and address books write them, parsed
//! leniently with calcard: folded lines, QUOTED-PRINTABLE, escapes, grouped
//! properties, several cards per file, BOMs and odd line ends.
//!
//! Files are bytes, not always UTF-8: old phones write raw Shift_JIS or
//! Latin-1 and say so in a `CHARSET` parameter. Such lines are decoded from
//! their declared charset before parsing; other stray bytes become `�`.

use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardType,
    VCardValue,
};
use calcard::{Entry, Parser};
use mail_parser::decoders::charsets::map::charset_decoder;

use crate::domain::text::count;
use crate::domain::{Address, NameParts};
use crate::journal::ContactDraft;

mod days;
mod kept;
mod labels;
mod lines;
mod people;
mod write;

#[cfg(test)]
mod kept_tests;
#[cfg(test)]
pub(crate) mod round_trip;
#[cfg(test)]
mod unmatched_tests;

pub use write::{VcardVersion, imported, vcards, vdir_file};

/// Why a file whose BEGIN:VCARD and END:VCARD lines do not pair is
/// refused, counted in words: "1 card begins but none ends".
fn unmatched(begins: usize, ends: usize) -> String {
    let ended = match ends {
        0 => "none ends".to_string(),
        1 => "1 ends".to_string(),
        n => format!("{n} end"),
    };
    let why = if begins > ends {
        "a card has no END:VCARD (is the file cut short?)"
    } else {
        "an END:VCARD has no BEGIN:VCARD"
    };
    format!(
        "{} but {ended}: {why}",
        count(begins, "card begins", "cards begin")
    )
}

/// One card, ready to import.
#[derive(Clone, Debug)]
pub struct Card {
    pub draft: ContactDraft,
    /// What the card holds that the journal cannot keep, each said once by
    /// the import ("card Anna Rossi: birthday 'spring' is not a date, left
    /// out"), so nothing a file says is lost unsaid.
    pub left_out: Vec<String>,
}

/// Decodes a vCard file to text, honouring per-line `CHARSET` parameters on
/// raw (not quoted-printable) values.
pub fn decode(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    let mut out = String::with_capacity(bytes.len());
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        if let Ok(text) = std::str::from_utf8(line) {
            out.push_str(text);
            continue;
        }
        let colon = line.iter().position(|b| *b == b':');
        let head = colon.map_or(line, |c| &line[..c]);
        let head_text = String::from_utf8_lossy(head).to_ascii_uppercase();
        let charset = head_text
            .split(';')
            .find_map(|p| p.strip_prefix("CHARSET="))
            .map(str::to_string);
        match (colon, charset) {
            (Some(c), Some(cs)) if !head_text.contains("QUOTED-PRINTABLE") => {
                if let Some(decoder) = charset_decoder(cs.as_bytes()) {
                    // The value is UTF-8 now: drop the CHARSET parameter so
                    // the parser does not decode it a second time.
                    let head = String::from_utf8_lossy(&line[..c]);
                    let kept: Vec<&str> = head
                        .split(';')
                        .filter(|p| !p.to_ascii_uppercase().starts_with("CHARSET="))
                        .collect();
                    out.push_str(&kept.join(";"));
                    out.push(':');
                    out.push_str(&decoder(&line[c + 1..]));
                } else {
                    out.push_str(&String::from_utf8_lossy(line));
                }
            }
            _ => out.push_str(&String::from_utf8_lossy(line)),
        }
    }
    out
}

/// Every card in `text`, or the first problem found. Comment lines (`#`),
/// which some exporters write, are dropped first.
pub fn parse(text: &str) -> Result<Vec<Card>, String> {
    // A `#` line is a comment, unless it continues a quoted-printable
    // value whose previous line ended in a soft break (`=`).
    let mut cleaned = String::with_capacity(text.len());
    let mut soft_break = false;
    for line in text.split_inclusive('\n') {
        let comment = line.trim_start_matches('\u{feff}').starts_with('#');
        if !comment || soft_break {
            match lines::unglued(line) {
                Some((end, begin)) => {
                    cleaned.push_str(&end);
                    cleaned.push_str(begin);
                }
                None => cleaned.push_str(line),
            }
        }
        soft_break = line.trim_end_matches(['\r', '\n']).ends_with('=') && (!comment || soft_break);
    }
    let count = |marker: &str| {
        cleaned
            .lines()
            .filter(|l| {
                l.trim_start_matches('\u{feff}')
                    .trim()
                    .eq_ignore_ascii_case(marker)
            })
            .count()
    };
    let (begins, ends) = (count("BEGIN:VCARD"), count("END:VCARD"));
    if begins != ends {
        return Err(unmatched(begins, ends));
    }
    let cleaned = days::compact(&cleaned);
    let mut parser = Parser::new(&cleaned);
    let mut cards = Vec::new();
    loop {
        match parser.entry() {
            Entry::VCard(card) => cards.push(convert(&card)?),
            Entry::Eof => break,
            Entry::InvalidLine(line) => return Err(lines::unreadable(text, &line)),
            Entry::UnterminatedComponent(what) => {
                return Err(format!("a {what} has no END (the file is cut short?)"));
            }
            Entry::ICalendar(_) => return Err("this is a calendar file, not vCard".into()),
            Entry::UnexpectedComponentEnd { .. } | Entry::TooManyComponents => {
                return Err("the cards are not properly nested".into());
            }
            _ => return Err("unexpected content".into()),
        }
    }
    if cards.is_empty() {
        return Err("no vCard found".into());
    }
    people::by_uid(&mut cards);
    Ok(cards)
}

fn texts(card: &VCard, prop: &VCardProperty) -> Vec<String> {
    card.properties(prop).flat_map(texts_of).collect()
}

/// The text values of one property, tidied.
fn texts_of(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .filter_map(|v| match v {
            VCardValue::Text(t) => Some(t.as_str().into()),
            VCardValue::Component(parts) => Some(parts.join(" ")),
            _ => None,
        })
        // Quoted-printable line breaks arrive as CR LF.
        .map(|t: String| {
            let t = t.replace("\r\n", "\n").replace('\r', "\n");
            t.lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

fn first(card: &VCard, prop: &VCardProperty) -> String {
    texts(card, prop).into_iter().next().unwrap_or_default()
}

fn convert(card: &VCard) -> Result<Card, String> {
    let emails = labels::labelled(card, &VCardProperty::Email);
    let mut name = first(card, &VCardProperty::Fn);
    if name.is_empty() {
        // N is family;given;additional;prefix;suffix.
        if let Some(entry) = card.property(&VCardProperty::N) {
            let parts: Vec<&str> = entry
                .values
                .iter()
                .filter_map(VCardValue::as_text)
                .collect();
            let order = [3usize, 1, 2, 0, 4];
            name = order
                .iter()
                .filter_map(|i| parts.get(*i))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    if name.is_empty() {
        name = emails.first().map(|e| e.value.clone()).unwrap_or_default();
    }
    if name.is_empty() {
        name = first(card, &VCardProperty::Org);
    }
    if name.is_empty() {
        return Err("a card has no name, email or organisation".into());
    }
    let orgs: Vec<String> = card
        .properties(&VCardProperty::Org)
        .map(|e| {
            e.values
                .iter()
                .filter_map(VCardValue::as_text)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    let titles = texts(card, &VCardProperty::Title);
    let mut related = people::related(card);
    kept::related(card, &mut related);
    let org = orgs.first().cloned().unwrap_or_default();
    let (met_text, met_on, mut notes) =
        super::note::read(&texts(card, &VCardProperty::Note).join("\n"));
    // A person has one organisation and role here; a second ORG or TITLE
    // (a second job) is kept in the notes rather than dropped.
    for i in 1..orgs.len().max(titles.len()) {
        let job = [titles.get(i), orgs.get(i)]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" at ");
        if !job.is_empty() {
            notes = format!("{notes}\nAlso: {job}").trim().to_string();
        }
    }
    if let Some(sound) = kept::phonetic(card) {
        notes = format!("{notes}\n{}{sound}", kept::PHONETIC)
            .trim()
            .to_string();
    }
    let mut left_out = Vec::new();
    let dates = days::dates(card, &mut left_out);
    let left_out = left_out
        .into_iter()
        .map(|why| format!("card {name}: {why}"))
        .collect();
    let draft = ContactDraft {
        name,
        aliases: texts(card, &VCardProperty::Nickname),
        org,
        role: kept::role(card),
        emails,
        phones: kept::phones(card),
        urls: kept::urls(card),
        // calcard already splits CATEGORIES on unescaped commas; the
        // group everyone is in is no tag.
        tags: texts(card, &VCardProperty::Categories)
            .into_iter()
            .filter(|t| !super::system_group(t))
            .collect(),
        notes,
        met_text,
        met_on,
        allow_duplicate: true,
        external_ids: external_ids(card),
        dates,
        addresses: addresses(card),
        name_parts: name_parts(card),
        related,
        handles: people::handles(card),
        ..ContactDraft::default()
    };
    Ok(Card { draft, left_out })
}

/// The value at `i` of `ADR`, whose parts a 3.0 card may write with an
/// unescaped comma ("Silicon Alley 5,"): calcard splits them there, and
/// joining them back as they were keeps the comma.
fn adr_part(entry: &VCardEntry, i: usize) -> String {
    match entry.values.get(i) {
        Some(VCardValue::Component(items)) => items.join(",").trim().to_string(),
        _ => part(entry, i),
    }
}

/// The value at `i` of a structured property (`N`, `ADR`), whose parts
/// may themselves be lists (calcard splits them on commas).
fn part(entry: &VCardEntry, i: usize) -> String {
    match entry.values.get(i) {
        Some(VCardValue::Text(t)) => t.trim().to_string(),
        Some(VCardValue::Component(items)) => items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

fn name_parts(card: &VCard) -> Option<NameParts> {
    let n = card.property(&VCardProperty::N)?;
    let p = NameParts {
        family: part(n, 0),
        given: part(n, 1),
        additional: part(n, 2),
        prefix: part(n, 3),
        suffix: part(n, 4),
    };
    (!(p.family.is_empty() && p.given.is_empty())).then_some(p)
}

/// The identifier a card is matched by on import: the UID it had in the
/// address book it first came from when givegive wrote it (givegive's own
/// UID is only its journal's id), else its UID, else the Mac's `X-ABUID`
/// (its cards have no UID), so an edited card read again is the same person.
fn external_ids(card: &VCard) -> Vec<String> {
    let other = |want: &str| {
        card.entries.iter().find_map(|e| match &e.name {
            VCardProperty::Other(name) if name.eq_ignore_ascii_case(want) => {
                e.values.first().and_then(VCardValue::as_text)
            }
            _ => None,
        })
    };
    other(write::SOURCE_UID)
        .or_else(|| card.uid())
        .or_else(|| other("X-ABUID"))
        .map(|u| vec![format!("vcard:{}", u.trim())])
        .unwrap_or_default()
}

/// Apple's label for a grouped item (`item3.X-ABLabel:_$!<Home>!$_`), in
/// plain words: "home", or the label the person typed.
fn group_label(card: &VCard, group: Option<&str>) -> Option<String> {
    let group = group?;
    let label = card.entries.iter().find_map(|e| match &e.name {
        VCardProperty::Other(name)
            if name.eq_ignore_ascii_case("X-ABLabel")
                && e.group
                    .as_deref()
                    .is_some_and(|g| g.eq_ignore_ascii_case(group)) =>
        {
            e.values.first().and_then(VCardValue::as_text)
        }
        _ => None,
    })?;
    Some(crate::domain::labelled::label(label)).filter(|l| !l.is_empty())
}

/// The address's `TYPE`: home, work, or another word an address book
/// wrote (`TYPE=other`); `pref` only says which comes first.
fn type_label(entry: &VCardEntry) -> Option<String> {
    entry
        .params
        .iter()
        .filter(|p| p.name == VCardParameterName::Type)
        .find_map(|p| match &p.value {
            VCardParameterValue::Type(VCardType::Home) => Some("home".to_string()),
            VCardParameterValue::Type(VCardType::Work) => Some("work".to_string()),
            VCardParameterValue::Text(t)
                if !["pref", "postal", "parcel", "dom", "intl"]
                    .iter()
                    .any(|x| t.eq_ignore_ascii_case(x)) =>
            {
                // A TYPE has no case (as a phone's, `labels::types`); then
                // the one label rule, as for every labelled value.
                Some(crate::domain::labelled::label(&t.to_lowercase())).filter(|t| !t.is_empty())
            }
            _ => None,
        })
}

fn addresses(card: &VCard) -> Vec<Address> {
    card.properties(&VCardProperty::Adr)
        .map(|e| Address {
            label: group_label(card, e.group.as_deref())
                .or_else(|| type_label(e))
                .unwrap_or_default(),
            // A post box and an extended address (a floor) belong with the
            // street when the address is written out.
            street: [adr_part(e, 2), adr_part(e, 1), adr_part(e, 0)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            city: adr_part(e, 3),
            region: adr_part(e, 4),
            postcode: adr_part(e, 5),
            country: adr_part(e, 6),
        })
        .filter(|a| !a.is_empty())
        .collect()
}
