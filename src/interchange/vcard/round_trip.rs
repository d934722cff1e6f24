//! Every label and date survives givegive's vCard export and import.
//!
//! "Equal" here means: the card read back has the same name, organisation,
//! role, emails and phones (value and label, in order), addresses (label
//! and every part, a street's comma included) and dates (kind, label, day,
//! month, year or none, yearly or once) as the person written, in vCard
//! 3.0 and 4.0 alike, and the same related names and chat handles, each
//! with its label. A vdir is the same writer one card per file, read by
//! the same parser; its leg through the export and import commands, and
//! JSON's, over the same random people, is `command::transfer`'s
//! `round_trip_tests`. Google CSV's leg is `interchange::google`'s
//! `round_trip`. Not compared: a person's interests, needs,
//! offers, tier and cadence, which vCard has no place for.
//!
//! The second property reads every form a day is written in by other
//! programs (3.0 and 4.0, with and without dashes, without a year, Apple's
//! placeholder year) as the same day.

use proptest::prelude::*;

use super::{VcardVersion, parse, vcards};
use crate::domain::{Address, Contact, Id, Labelled, Occasion, OccasionKind};

fn labelled(
    labels: &'static [&'static str],
    value: &'static str,
) -> impl Strategy<Value = Labelled> {
    (prop::sample::select(labels), value).prop_map(|(l, v)| Labelled::new(l, &v))
}

/// Distinct by value, as the journal keeps them.
fn distinct(items: Vec<Labelled>) -> Vec<Labelled> {
    let mut out: Vec<Labelled> = Vec::new();
    for i in items {
        if !out.iter().any(|o| o.value == i.value) {
            out.push(i);
        }
    }
    out
}

fn address() -> impl Strategy<Value = Address> {
    (
        prop::sample::select(&["", "home", "work", "cottage"][..]),
        "[A-Z][a-z]{2,8} (Alley|Road) [0-9]{1,3},?",
        "[A-Z][a-z]{2,8}",
        "([A-Z]{2})?",
        "[0-9]{5}",
        "(Italy|United States of America)",
    )
        .prop_map(|(label, street, city, region, postcode, country)| Address {
            label: label.into(),
            street,
            city,
            region,
            postcode,
            country,
        })
}

/// A day of a kind, with or without a year (a named day may be once, and
/// ahead; a birthday or an anniversary is never ahead of the tests' days
/// in 2026, as `add` and an import refuse one).
fn day(kind: OccasionKind, label: &'static str) -> impl Strategy<Value = Occasion> {
    let last = match kind {
        OccasionKind::Other => 2030,
        _ => 2026,
    };
    (
        1u8..=12,
        1u8..=28,
        prop::option::of(1900i32..last),
        any::<bool>(),
    )
        .prop_map(move |(month, day, year, once)| Occasion {
            kind,
            label: label.into(),
            month,
            day,
            year,
            yearly: kind != OccasionKind::Other || year.is_none() || !once,
        })
}

/// A random person with everything a card carries (also for Google's
/// round trip).
pub(crate) fn person() -> impl Strategy<Value = Contact> {
    (
        "[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}",
        prop::collection::vec(
            labelled(
                &["", "work", "home", "iCloud"],
                "[a-z]{1,6}@[a-z]{1,6}\\.(it|de)",
            ),
            0..4,
        ),
        prop::collection::vec(
            labelled(
                &[
                    "",
                    "cell",
                    "work",
                    "home",
                    "fax",
                    "work fax",
                    "pager",
                    "main line",
                ],
                "\\+39 [0-9]{3} [0-9]{6}",
            ),
            0..5,
        ),
        prop::collection::vec(address(), 0..3),
        (
            prop::option::of(day(OccasionKind::Birthday, "")),
            prop::option::of(day(OccasionKind::Anniversary, "")),
            prop::option::of(day(OccasionKind::Other, "first day at Nove")),
        ),
        prop::collection::vec(
            // Apple spells its relations "Spouse", "Child", "Friend".
            labelled(
                &[
                    "", "spouse", "child", "brother", "Spouse", "Child", "Friend",
                ],
                "[A-Z][a-z]{2,8}",
            ),
            0..3,
        ),
        prop::collection::vec(
            labelled(&["", "Skype", "GTalk"], "(xmpp|skype):[a-z]{2,8}"),
            0..3,
        ),
    )
        .prop_map(
            |(name, emails, phones, addresses, (b, a, o), related, handles)| {
                let mut c = Contact::new(Id(7), name, chrono::NaiveDate::MIN);
                c.emails = distinct(emails);
                c.phones = distinct(phones);
                c.addresses = addresses;
                c.addresses.dedup();
                c.dates = [b, a, o].into_iter().flatten().collect();
                c.related = distinct(related);
                c.handles = distinct(handles);
                c
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_person_comes_back_from_their_vcard(c in person(), v4 in any::<bool>()) {
        let version = if v4 { VcardVersion::V4 } else { VcardVersion::V3 };
        let text = vcards(std::slice::from_ref(&c), version);
        let cards = parse(&text).map_err(TestCaseError::fail)?;
        prop_assert_eq!(cards.len(), 1);
        let d = &cards[0].draft;
        prop_assert_eq!(&d.name, &c.name, "{}", text);
        prop_assert_eq!(&d.emails, &c.emails, "{}", text);
        prop_assert_eq!(&d.phones, &c.phones, "{}", text);
        prop_assert_eq!(&d.addresses, &c.addresses, "{}", text);
        prop_assert_eq!(&d.dates, &c.dates, "{}", text);
        prop_assert_eq!(&d.related, &c.related, "{}", text);
        prop_assert_eq!(&d.handles, &c.handles, "{}", text);
    }

    #[test]
    fn every_written_form_of_a_day_reads_as_that_day(
        (month, day, year) in (1u8..=12, 1u8..=28, prop::option::of(1900i32..2030)),
        form in 0usize..3,
        v4 in any::<bool>(),
        anniversary in any::<bool>(),
    ) {
        let (m, d) = (month, day);
        let text = match (year, form) {
            (Some(y), 0) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), 1) => format!("{y:04}{m:02}{d:02}"),
            // Apple's year-less birthday.
            (Some(_), _) => format!("1604-{m:02}-{d:02}"),
            (None, 0) => format!("--{m:02}-{d:02}"),
            (None, _) => format!("--{m:02}{d:02}"),
        };
        let year = year.filter(|_| form < 2);
        let omit = if text.starts_with("1604") { ";X-APPLE-OMIT-YEAR=1604" } else { "" };
        let (prop, kind) = if anniversary {
            (if v4 { "ANNIVERSARY" } else { "X-ANNIVERSARY" }, OccasionKind::Anniversary)
        } else {
            ("BDAY", OccasionKind::Birthday)
        };
        let card = format!(
            "BEGIN:VCARD\r\nVERSION:{}\r\nFN:Ada\r\n{prop}{omit}:{text}\r\nEND:VCARD\r\n",
            if v4 { "4.0" } else { "3.0" }
        );
        let cards = parse(&card).map_err(TestCaseError::fail)?;
        let want = Occasion { kind, label: String::new(), month, day, year, yearly: true };
        prop_assert_eq!(&cards[0].draft.dates, &vec![want], "{}", card);
    }
}
