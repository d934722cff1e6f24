//! Every label and date survives givegive's Google CSV export and import:
//! the same random people as vCard's round trip
//! (`interchange::vcard::round_trip`), with an organisation, role, notes,
//! aliases, tags and websites, written as Google Contacts' CSV and read
//! back come back equal: name, emails and phones (value and label, in
//! order), addresses, related names, chat handles, organisation, role,
//! notes, and every date, year or none. One loss is Google's, and
//! expected: Google's events come back every year, so a one-off named day
//! comes back yearly.

use proptest::prelude::*;

use super::{contacts_csv, parse};
use crate::domain::{Contact, NameParts, OccasionKind};
use crate::interchange::vcard::round_trip::person;

/// [`person`] with what Google's CSV and a vCard also carry: organisation,
/// role, notes, aliases, tags, websites and name parts (also for the
/// command layer's vdir and JSON round trip).
pub(crate) fn richer() -> impl Strategy<Value = Contact> {
    (
        person(),
        "([A-Z][a-z]{2,8}( & [A-Z][a-z]{2,6})?)?",
        "([A-Z][a-z]{2,8})?",
        "([a-z =+@,\"-]{1,30})?",
        prop::collection::vec("[A-Z][a-z]{2,6}", 0..3),
        prop::collection::vec("[A-Z][a-z]{2,6}", 0..3),
        prop::collection::vec("https://[a-z]{2,8}\\.org/[a-z]{1,5}", 0..3),
        name_parts(),
    )
        .prop_map(|(mut c, org, role, notes, aliases, tags, urls, parts)| {
            if let Some((prefix, additional, suffix)) = parts {
                let (given, family) = c.name.split_once(' ').unwrap_or_default();
                let p = NameParts {
                    given: given.into(),
                    family: family.into(),
                    prefix: prefix.into(),
                    additional: additional.into(),
                    suffix: suffix.into(),
                };
                let words = [&p.prefix, &p.given, &p.additional, &p.family, &p.suffix];
                let words: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
                c.name = words
                    .into_iter()
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                c.name_parts = Some(p);
            }
            c.org = org;
            c.role = role;
            c.notes = notes.trim().to_string();
            c.aliases = dedup(aliases);
            c.tags = dedup(tags);
            c.urls = dedup(urls);
            c
        })
}

/// Name parts an address book gave (prefix, middle, suffix), or none.
fn name_parts() -> impl Strategy<Value = Option<(&'static str, &'static str, &'static str)>> {
    prop::option::of((
        prop::sample::select(vec!["", "Mr.", "Dr."]),
        prop::sample::select(vec!["", "Richter, James"]),
        prop::sample::select(vec!["", "Sr.", "PhD"]),
    ))
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    items.sort();
    items.dedup();
    items
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn people_come_back_from_googles_csv(people in prop::collection::vec(richer(), 1..4)) {
        let text = contacts_csv(&people, None).map_err(TestCaseError::fail)?;
        let (drafts, bad) = parse(&text).map_err(TestCaseError::fail)?;
        prop_assert!(bad.is_empty(), "{:?}\n{}", bad, text);
        prop_assert_eq!(drafts.len(), people.len(), "{}", text);
        for (c, d) in people.iter().zip(&drafts) {
            prop_assert_eq!(&d.name, &c.name, "{}", text);
            // Report 27d #3: the parts an address book gave, each in its
            // column (before, "Mr. John Doe" went whole into First Name).
            if c.name_parts.is_some() {
                prop_assert_eq!(&d.name_parts, &c.name_parts, "{}", text);
            }
            prop_assert_eq!(&d.org, &c.org, "{}", text);
            prop_assert_eq!(&d.role, &c.role, "{}", text);
            prop_assert_eq!(&d.notes, &c.notes, "{}", text);
            prop_assert_eq!(&d.aliases, &c.aliases, "{}", text);
            prop_assert_eq!(&d.tags, &c.tags, "{}", text);
            prop_assert_eq!(&d.urls, &c.urls, "{}", text);
            prop_assert_eq!(&d.emails, &c.emails, "{}", text);
            prop_assert_eq!(&d.phones, &c.phones, "{}", text);
            prop_assert_eq!(&d.addresses, &c.addresses, "{}", text);
            prop_assert_eq!(&d.related, &c.related, "{}", text);
            prop_assert_eq!(&d.handles, &c.handles, "{}", text);
            let mut days = c.dates.clone();
            for day in &mut days {
                day.yearly |= day.kind == OccasionKind::Other;
            }
            prop_assert_eq!(&d.dates, &days, "{}", text);
        }
    }
}

/// The spellings other shapes of Google's CSV use for a column the export
/// calls otherwise: Google's import template ("Email 1 - Value"), British
/// English exports ("Organisation Name", "Postcode").
const SPELLINGS: [(&str, &str); 3] = [
    ("E-mail ", "Email "),
    ("Organization ", "Organisation "),
    (" - Postal Code", " - Postcode"),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Model: a column means the same whatever the spelling, so the file
    /// with its header spelled the template's or a British export's way
    /// reads exactly as the export's own spelling does.
    #[test]
    fn every_spelling_of_a_column_is_read_alike(
        people in prop::collection::vec(richer(), 1..3),
        which in prop::collection::vec(any::<bool>(), SPELLINGS.len()),
    ) {
        let text = contacts_csv(&people, None).map_err(TestCaseError::fail)?;
        let (header, rows) = text.split_once('\n').unwrap_or((&text, ""));
        let mut other = header.to_string();
        for ((from, to), on) in SPELLINGS.iter().zip(&which) {
            if *on {
                other = other.replace(from, to);
            }
        }
        let read = |t: &str| parse(t).map(|r| format!("{r:?}"));
        prop_assert_eq!(read(&format!("{other}\n{rows}")), read(&text), "{}", other);
    }
}

/// The header of a Google Contacts export as Google writes it today (the
/// exports quoted in docs/import-export.md): the fixed columns, then the
/// numbered groups in Google's order, relations before websites and
/// events; chat handles, which those exports did not show, last.
const GOOGLES_HEADER: &str = "First Name,Middle Name,Last Name,Phonetic First Name,\
Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,\
Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,\
E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,\
Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,\
Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,\
Address 1 - Extended Address,Relation 1 - Label,Relation 1 - Value,\
Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value";

#[test]
fn the_header_is_the_one_google_writes() {
    let text = contacts_csv(&[], None).unwrap_or_default();
    let header = text.lines().next().unwrap_or_default();
    assert_eq!(
        header,
        format!(
            "{GOOGLES_HEADER},IM 1 - Label,IM 1 - Service,IM 1 - Value,\
             Custom Field 1 - Label,Custom Field 1 - Value"
        )
    );
}

#[test]
fn a_file_in_googles_header_is_read() {
    let row = "Anna,,Rossi,,,,,,,,Nestwise,CTO,,--12-01,,,* myContacts ::: Friends,\
* Work,anna@nestwise.io,Mobile,+39 333 1234567,Home,\"Via Po 1, Torino\",Via Po 1,Torino,,,10100,Italy,,\
Spouse,Marco Rossi,Blog,https://anna.example,Anniversary,2010-06-20";
    let (drafts, bad) = parse(&format!("{GOOGLES_HEADER}\n{row}\n")).unwrap_or_default();
    assert!(bad.is_empty(), "{bad:?}");
    let d = &drafts[0];
    assert_eq!(d.name, "Anna Rossi");
    assert_eq!(d.emails[0].value, "anna@nestwise.io");
    assert_eq!(d.emails[0].label, "work");
    assert_eq!(d.phones[0].label, "cell");
    assert_eq!(d.related[0].value, "Marco Rossi");
    assert_eq!(d.urls, vec!["https://anna.example".to_string()]);
    assert_eq!(d.addresses[0].city, "Torino");
    assert_eq!(d.dates.len(), 2, "{:?}", d.dates);
}
