//! The merge rule against what it promises, on random pairs of people:
//! it never takes anything the journal has, the result holds everything
//! the file has, and merging again adds nothing.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::{Kind, merge};
use crate::domain::labelled::Labelled;
use crate::domain::occasion::OccasionKind;
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::fold;
use crate::domain::{Address, Contact, Id, Occasion};

fn words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::sample::select(vec!["a", "A", "b", "c ", "d"]), 0..3)
        .prop_map(|v| v.into_iter().map(str::to_string).collect())
}

/// Phones or emails: the same few values, with or without a label, so
/// that a value already there under another label is met often.
fn labelled() -> impl Strategy<Value = Vec<Labelled>> {
    let label = prop::sample::select(vec!["", "work", "cell"]);
    prop::collection::vec(
        (label, prop::sample::select(vec!["a", "A", "b", "c "])),
        0..3,
    )
    .prop_map(|v| v.into_iter().map(|(l, x)| Labelled::new(l, x)).collect())
}

fn single() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "", "Acme", "acme", "Nestwise", "Line 1\nLine 2 "])
        .prop_map(str::to_string)
}

fn dates() -> impl Strategy<Value = Vec<Occasion>> {
    let kinds = prop::sample::select(vec![OccasionKind::Birthday, OccasionKind::Anniversary]);
    prop::collection::vec(
        (
            kinds,
            1..3u8,
            prop::option::of(prop::sample::select(vec![1985, 1990])),
        ),
        0..3,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(kind, day, year)| Occasion {
                kind,
                label: String::new(),
                month: 3,
                day,
                year,
                yearly: true,
            })
            .collect()
    })
}

fn addresses() -> impl Strategy<Value = Vec<Address>> {
    prop::collection::vec(prop::sample::select(vec!["Milano", "Roma", ""]), 0..3).prop_map(|v| {
        v.into_iter()
            .map(|city| Address {
                city: city.into(),
                ..Address::default()
            })
            .collect()
    })
}

prop_compose! {
    fn fields()(
        phones in labelled(), emails in labelled(), urls in words(), aliases in words(),
        tags in words(), dates in dates(), addresses in addresses(),
        org in single(), role in single(), notes in single(), met in single(),
    ) -> PersonFields {
        let some = |s: String| Some(s);
        PersonFields {
            phones, emails, urls, aliases, tags, dates, addresses,
            org: some(org), role: some(role), notes: some(notes), met: some(met),
            ..PersonFields::default()
        }
    }
}

fn person(f: &PersonFields) -> Contact {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut c = Contact::new(Id(1), "Jane Doe".into(), today);
    let _ = f.apply(&Dropped::default(), &mut c);
    c
}

fn applied(c: &Contact, file: &PersonFields, ids: &[String]) -> Contact {
    let m = merge(c, "Jane Doe", file, ids);
    let mut out = c.clone();
    let _ = m.add.apply(&Dropped::default(), &mut out);
    out.external_ids.extend(m.ids);
    out
}

fn keys(list: &[Labelled]) -> Vec<String> {
    list.iter()
        .map(|s| fold(s.value()))
        .filter(|s| !s.is_empty())
        .collect()
}

proptest! {
    #[test]
    fn merging_keeps_the_journal_adds_the_file_and_settles(
        have in fields(), file in fields(), ids in words()
    ) {
        let c = person(&have);
        let after = applied(&c, &file, &ids);
        // Nothing the journal had is gone or changed, but for a label a
        // value without one gains.
        for (before, now) in [(&c.phones, &after.phones), (&c.emails, &after.emails)] {
            prop_assert!(now.len() >= before.len());
            for (b, n) in before.iter().zip(now.iter()) {
                prop_assert!(b.value == n.value && (b.label.is_empty() || b.label == n.label));
            }
        }
        for (before, now) in [(&c.aliases, &after.aliases), (&c.tags, &after.tags)] {
            prop_assert!(now.starts_with(before));
        }
        // A day keeps its date; a year-less one may gain its year.
        prop_assert!(after.dates.len() >= c.dates.len());
        for (b, n) in c.dates.iter().zip(&after.dates) {
            prop_assert!(
                b == n
                    || (b.year.is_none()
                        && (b.kind, &b.label, b.month, b.day) == (n.kind, &n.label, n.month, n.day)),
                "{:?} became {:?}", b, n
            );
        }
        prop_assert!(after.addresses.starts_with(&c.addresses));
        for (was, is) in [(&c.org, &after.org), (&c.role, &after.role),
            (&c.notes, &after.notes), (&c.met.text, &after.met.text)] {
            prop_assert!(was.is_empty() || was == is);
        }
        // Notes the journal lacked are the file's as written, line breaks
        // too (report 27d #4: they came as one line).
        if c.notes.is_empty() {
            prop_assert_eq!(&after.notes, file.notes.as_deref().unwrap_or_default().trim());
        }
        // Everything the file had is there.
        for (theirs, now) in [(&file.phones, &after.phones), (&file.emails, &after.emails)] {
            let now = keys(now);
            prop_assert!(keys(theirs).iter().all(|k| now.contains(k)));
        }
        for d in &file.dates {
            prop_assert!(after.dates.iter().any(|a| a.kind == d.kind));
        }
        // A second import of the same file changes nothing.
        let again = merge(&after, "Jane Doe", &file, &ids);
        prop_assert!(again.adds_nothing(), "{:?}", again.added);
        prop_assert_eq!(applied(&after, &file, &ids), after);
    }
}

#[test]
fn a_differing_org_is_reported_and_kept() {
    let have = PersonFields {
        org: Some("LedgerLoop".into()),
        ..PersonFields::default()
    };
    let file = PersonFields {
        org: Some("Nestwise".into()),
        phones: vec!["+1 555 0100".into()],
        ..PersonFields::default()
    };
    let m = merge(&person(&have), "Jane Doe", &file, &[]);
    assert_eq!(m.add.org, None);
    assert_eq!(m.added, [(Kind::Phone, "+1 555 0100".to_string())]);
    assert_eq!(
        (m.differs[0].journal.as_str(), m.differs[0].file.as_str()),
        ("LedgerLoop", "Nestwise")
    );
}

/// The day we met is listed as that day, not as how we met: LinkedIn's
/// "Connected On" read "+ how we met 2024-11-03".
#[test]
fn the_day_we_met_is_listed_as_met_on() {
    let have = Contact::new(Id(1), "Sara Conti".into(), NaiveDate::default());
    let file = PersonFields {
        met: Some("LinkedIn".into()),
        on: NaiveDate::from_ymd_opt(2024, 11, 3),
        ..PersonFields::default()
    };
    let m = merge(&have, "Sara Conti", &file, &[]);
    assert_eq!(
        m.added,
        [
            (Kind::Met, "LinkedIn".to_string()),
            (Kind::MetOn, "2024-11-03".to_string())
        ]
    );
    assert_eq!(Kind::MetOn.words().0, "met on");
}

/// Report 27d #5: a number the journal holds with no label, on a card
/// that labels it, is a label gained, not a second phone ("2 phones").
#[test]
fn a_label_gained_is_no_new_value() {
    let have = PersonFields {
        phones: vec!["905 666 1234".into()],
        emails: vec!["john.doe@ibm.com".into()],
        ..PersonFields::default()
    };
    let file = PersonFields {
        phones: vec!["cell=905-666-1234".into(), "work=905-555-1234".into()],
        emails: vec!["work=John.Doe@ibm.com".into()],
        ..PersonFields::default()
    };
    let m = merge(&person(&have), "Jane Doe", &file, &[]);
    let added = |k: &str| (Kind::Label, k.to_string());
    assert_eq!(
        m.added,
        [
            (Kind::Phone, "work: 905-555-1234".to_string()),
            added("cell on 905 666 1234"),
            added("work on john.doe@ibm.com"),
        ]
    );
}

proptest! {
    /// Report 27t #7: the name a file gives someone it matched by other
    /// means is one of theirs after the merge (their name, or an alias
    /// unless it is their name written otherwise), and a second merge of
    /// the same file adds nothing.
    #[test]
    fn a_file_s_name_becomes_one_of_theirs(
        name in prop::sample::select(vec![
            "Jane Doe", "jane  DOE", "Doe Jane", "Jane Doe-Smith", "Джейн Доу", "J. Doe", "",
        ]),
        aliases in words(),
    ) {
        let have = PersonFields { aliases, ..PersonFields::default() };
        let c = person(&have);
        let m = merge(&c, name, &PersonFields::default(), &[]);
        prop_assert!(m.differs.is_empty(), "{:?}", m.differs);
        let mut after = c.clone();
        let _ = m.add.apply(&Dropped::default(), &mut after);
        let known = |n: &str| {
            std::iter::once(&after.name)
                .chain(&after.aliases)
                .any(|a| crate::domain::text::same_name(a, n))
        };
        prop_assert!(name.is_empty() || known(name));
        let added_alias = !crate::domain::text::same_name(name, "Jane Doe")
            && !c.aliases.iter().any(|a| crate::domain::text::same_name(a, name));
        prop_assert_eq!(m.add.aliases.len(), usize::from(!name.is_empty() && added_alias));
        prop_assert!(merge(&after, name, &PersonFields::default(), &[]).adds_nothing());
    }
}

fn related() -> impl Strategy<Value = Vec<Labelled>> {
    let label = prop::sample::select(vec!["spouse", "wife", "child", "friend", ""]);
    let name = prop::sample::select(vec!["Marco Rossi", "Mario Rossi", "marco rossi", "Sofia"]);
    prop::collection::vec((label, name), 0..4)
        .prop_map(|v| v.into_iter().map(|(l, x)| Labelled::new(l, x)).collect())
}

proptest! {
    /// Trial imd #4: a partner the file names where the journal has
    /// another, whom the file does not name, is listed as a difference;
    /// every related name the journal lacks is added, nothing lost;
    /// nothing of the journal's is taken out.
    #[test]
    fn a_partner_named_otherwise_is_listed_and_nothing_lost(have in related(), file in related()) {
        let mut c = Contact::new(Id(1), "Anna Rossi".into(), NaiveDate::MIN);
        c.related.clone_from(&have);
        let m = merge(&c, "Anna Rossi", &PersonFields::default(), &[])
            .with_people(&c, &[], &file, &[], None);
        let partner = |r: &Labelled| super::partner(&r.label);
        let named = |a: &Labelled| file.iter().any(|r| fold(r.value()) == fold(a.value()));
        let other_partner = have.iter().any(partner) && !have.iter().filter(|r| partner(r)).any(named);
        prop_assert!(m.drop_related.is_empty());
        for r in &file {
            let held = have.iter().any(|h| fold(h.value()) == fold(r.value()));
            let added = m.related.iter().any(|a| fold(a.value()) == fold(r.value()));
            let listed = m.differs.iter().any(|d| d.field == "related name" && fold(&d.file).ends_with(&fold(r.value())));
            if held {
                continue;
            }
            // One value is one related name, under the label it first has.
            let as_partner = file
                .iter()
                .find(|f| fold(f.value()) == fold(r.value()))
                .is_some_and(partner);
            prop_assert!(added, "{:?} not added: {:?}", r, m.related);
            if other_partner && partner(r) && as_partner {
                prop_assert!(listed, "{:?} not listed: {:?}", r, m.differs);
            }
        }
    }
}
