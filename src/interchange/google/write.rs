//! Writing people as Google Contacts' own CSV, in the columns Google's
//! current export writes ("First Name", "E-mail 1 - Label", "Event 1 -
//! Value"...), so that Google Contacts' import (and `import --format
//! google`) reads back every email and phone with its label, the birthday
//! and other days, addresses, organisation, websites, related names, chat
//! handles, tags and notes.
//!
//! Each email, phone, address... has its own numbered group, however many
//! a person has; the file has as many groups as the person with the most.

use crate::domain::text::inert;
use crate::domain::{Contact, Labelled, Occasion, OccasionKind};
use crate::interchange::safe::{Reader, cell};

/// The columns before the numbered groups, in Google's order.
const HEAD: [&str; 17] = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
];

/// The parts of one numbered address, after its label, in Google's order.
const ADDRESS: [&str; 8] = [
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
];

/// A cell of text (a name, an organisation, a note...) guarded exactly as
/// the `csv` export guards it ([`Reader::Spreadsheet`]: `-1+1` is
/// `'-1+1`, which a spreadsheet would compute to 0; trial 27t #6), the
/// `'` taken off again by the import ([`super::super::safe::uncell`]),
/// without what could drive a terminal.
fn text(t: &str) -> String {
    cell(&inert(t), Reader::Spreadsheet).into_owned()
}

/// A phone or a day, in the columns Google Contacts reads as a number or
/// a date: written as it is where it is only a number's characters
/// ([`Reader::Contacts`]: `+39 333 1234567`, `--12-01`), which Google
/// would keep a `'` in front of (report 27c #5) and which can only
/// compute, guarded as any text otherwise.
fn number(t: &str) -> String {
    cell(&inert(t), Reader::Contacts).into_owned()
}

/// The name in Google's five name columns (prefix, first, middle, last,
/// suffix), when joining them gives the name back, as Google's import
/// joins them (report 27d #3: "Mr. John Doe Sr." went whole into First
/// Name); else in the three when they give it back; else the whole name
/// as the first name, so that it is never changed on the way.
fn names(c: &Contact) -> [String; 5] {
    let p = c.parts();
    let joined = |parts: &[&String]| {
        let words: Vec<&str> = parts
            .iter()
            .map(|s| s.as_str())
            .filter(|s| !s.is_empty())
            .collect();
        words.join(" ") == c.name
    };
    let none = String::new;
    if joined(&[&p.prefix, &p.given, &p.additional, &p.family, &p.suffix]) {
        [p.given, p.additional, p.family, p.prefix, p.suffix]
    } else if joined(&[&p.given, &p.additional, &p.family]) {
        [p.given, p.additional, p.family, none(), none()]
    } else {
        [c.name.clone(), none(), none(), none(), none()]
    }
}

/// A numbered group's header: "E-mail 1 - Label", "E-mail 1 - Value"...
fn group(header: &mut Vec<String>, what: &str, n: usize, parts: &[&str]) {
    for i in 1..=n {
        header.extend(parts.iter().map(|p| format!("{what} {i} - {p}")));
    }
}

/// Labelled values as `n` groups of label (in Google's spelling) and
/// value cells, each value written by `value`.
fn labelled(row: &mut Vec<String>, items: &[Labelled], n: usize, value: fn(&str) -> String) {
    for i in 0..n {
        match items.get(i) {
            Some(item) => row.extend([text(&spelled(&item.label)), value(item.value())]),
            None => row.extend([String::new(), String::new()]),
        }
    }
}

/// A label as Google Contacts spells it ("Mobile", "Work Fax", "Home"):
/// each word address books label with capitalised, vCard's "cell" as
/// Google's "Mobile"; a label of the person's own ("iPhone") as it is.
/// The import reads each back as it was ([`crate::domain::labelled::label`]).
fn spelled(label: &str) -> String {
    label
        .split(' ')
        .map(|w| match w {
            "cell" => "Mobile".to_string(),
            w if crate::domain::labelled::is_word(w) => {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
            w => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The label of the custom field that names the person in the journal
/// that wrote the file.
pub(crate) const OWN_ID: &str = "givegive";

/// Who a row is in the journal tagged `journal` (`backups::tag`):
/// "givegive-contact-12@1a2b3c4d".
pub(crate) fn own_id(id: crate::domain::Id, journal: &str) -> String {
    format!("givegive-contact-{}@{journal}", id.0)
}

/// Everyone given, as Google Contacts' CSV. Each row ends with a custom
/// field naming the person in the journal tagged `journal` (trial imd #1:
/// a Sara with no email or phone, or renamed since, came back from the
/// user's own export as a second Sara): "Custom Field 1 - Label/Value" is
/// a column Google's own export writes, so a row that went through Google
/// Contacts still carries it, and the import matches it first.
pub fn contacts_csv(people: &[Contact], journal: Option<&str>) -> Result<String, String> {
    let most = |f: fn(&Contact) -> usize| people.iter().map(f).max().unwrap_or(0).max(1);
    let emails = most(|c| c.emails.len());
    let phones = most(|c| c.phones.len());
    let addresses = most(|c| c.addresses.len());
    let sites = most(|c| c.urls.len());
    let events = most(|c| {
        c.dates
            .iter()
            .filter(|d| d.kind != OccasionKind::Birthday)
            .count()
    });
    let relations = most(|c| c.related.len());
    let chats = most(|c| c.handles.len());
    let mut header: Vec<String> = HEAD.iter().map(ToString::to_string).collect();
    group(&mut header, "E-mail", emails, &["Label", "Value"]);
    group(&mut header, "Phone", phones, &["Label", "Value"]);
    let mut address_parts = vec!["Label"];
    address_parts.extend(ADDRESS);
    group(&mut header, "Address", addresses, &address_parts);
    group(&mut header, "Relation", relations, &["Label", "Value"]);
    group(&mut header, "Website", sites, &["Label", "Value"]);
    group(&mut header, "Event", events, &["Label", "Value"]);
    group(&mut header, "IM", chats, &["Label", "Service", "Value"]);
    group(&mut header, "Custom Field", 1, &["Label", "Value"]);
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    w.write_record(&header).map_err(fail)?;
    for c in people {
        let [given, middle, family, prefix, suffix] = names(c);
        let birthday = c
            .dates
            .iter()
            .find(|d| d.kind == OccasionKind::Birthday)
            .map(|d| d.iso())
            .unwrap_or_default();
        let mut row: Vec<String> = vec![
            text(&given),
            text(&middle),
            text(&family),
            String::new(),
            String::new(),
            String::new(),
            text(&prefix),
            text(&suffix),
            text(&c.aliases.join(" ::: ")),
            String::new(),
            text(&c.org),
            text(&c.role),
            String::new(),
            number(&birthday),
            text(&crate::interchange::note::write(c)),
            String::new(),
            text(&c.tags.join(" ::: ")),
        ];
        labelled(&mut row, &c.emails, emails, text);
        labelled(&mut row, &c.phones, phones, number);
        for i in 0..addresses {
            match c.addresses.get(i) {
                Some(a) => row.extend(
                    [
                        &spelled(&a.label),
                        &a.one_line(),
                        &a.street,
                        &a.city,
                        "",
                        &a.region,
                        &a.postcode,
                        &a.country,
                        "",
                    ]
                    .map(text),
                ),
                None => row.extend(std::iter::repeat_n(String::new(), ADDRESS.len() + 1)),
            }
        }
        labelled(&mut row, &c.related, relations, text);
        let urls: Vec<Labelled> = c.urls.iter().map(|u| Labelled::new("", u)).collect();
        labelled(&mut row, &urls, sites, text);
        let days: Vec<&Occasion> = c
            .dates
            .iter()
            .filter(|d| d.kind != OccasionKind::Birthday)
            .collect();
        for i in 0..events {
            match days.get(i) {
                // Google's "Anniversary"; a named day's title as written.
                Some(d) if d.kind == OccasionKind::Anniversary => {
                    row.extend(["Anniversary".to_string(), number(&d.iso())]);
                }
                Some(d) => row.extend([text(d.title()), number(&d.iso())]),
                None => row.extend([String::new(), String::new()]),
            }
        }
        for i in 0..chats {
            match c.handles.get(i) {
                Some(h) => row.extend([String::new(), text(&h.label), text(h.value())]),
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        match journal {
            Some(journal) => row.extend([OWN_ID.to_string(), text(&own_id(c.id, journal))]),
            None => row.extend([String::new(), String::new()]),
        }
        w.write_record(&row).map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
