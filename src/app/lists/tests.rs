use super::*;
use crate::domain::text::loose;
use proptest::prelude::*;

#[test]
fn the_filter_finds_letters_typed_plainly() {
    let names: Vec<(String, bool)> = ["Søren Kierkegaard", "Łukasz Nowak", "Hanna Weiß"]
        .iter()
        .map(|n| (n.to_string(), false))
        .collect();
    let data = people(&names);
    for (query, who) in [("soren", 0), ("lukasz", 1), ("weiss", 2)] {
        let mut s = ContactsState {
            filter: query.into(),
            ..ContactsState::default()
        };
        s.refresh(&data, None);
        let shown: Vec<usize> = s.visible.iter().map(|v| v.index).collect();
        assert_eq!(shown, [who], "{query}");
    }
}

#[test]
fn whole_words_then_word_starts_and_work_is_matched_after_names() {
    let rows = [
        ("Valentina Santoro", "Indeed", "Talent partner"),
        ("Anna Rossi", "Fintastic", "Head of product"),
        ("Giovanni Annaro", "", ""),
        ("Chiara Romano", "Zalando", "Product manager"),
    ];
    let people = rows
        .iter()
        .enumerate()
        .map(|(n, (name, org, role))| {
            PersonRow::new(crate::journal::ListRow {
                id: Id(n as u64 + 1),
                name: (*name).into(),
                org: (*org).into(),
                role: (*role).into(),
                tier: crate::domain::Tier::None,
                tags: vec!["fintech".to_string()].into(),
                closed: false,
                last_touch: None,
                lean: 0,
                help: crate::domain::Tallies::default().help(),
            })
        })
        .collect();
    let data = Data {
        people,
        ..Data::default()
    };
    let shown = |query: &str| -> Vec<&str> {
        let mut s = ContactsState {
            filter: query.into(),
            ..ContactsState::default()
        };
        s.refresh(&data, None);
        s.visible
            .iter()
            .map(|v| &*data.people[v.index].row.name)
            .collect()
    };
    // A whole word, then a word's start; never letters scattered in a name
    // (valentinA sANtoro) or over someone's work ("zalANdo maNAger").
    assert_eq!(shown("anna"), ["Anna Rossi", "Giovanni Annaro"]);
    assert_eq!(shown("zal"), ["Chiara Romano"], "a word's start");
    // Nobody is named so: the organisation, the role, the tags.
    assert_eq!(shown("zalando"), ["Chiara Romano"]);
    assert_eq!(shown("product"), ["Anna Rossi", "Chiara Romano"]);
    assert_eq!(shown("fintech").len(), 4);
}

fn people(names: &[(String, bool)]) -> Data {
    let people = names
        .iter()
        .enumerate()
        .map(|(n, (name, closed))| PersonRow {
            folded: crate::domain::text::loose(name),
            other: String::new(),
            row: crate::journal::ListRow {
                id: Id(n as u64 + 1),
                name: name.as_str().into(),
                org: "".into(),
                role: "".into(),
                tier: crate::domain::Tier::None,
                tags: Vec::new().into(),
                closed: *closed,
                last_touch: None,
                lean: 0,
                help: crate::domain::Tallies::default().help(),
            },
        })
        .collect();
    Data {
        people,
        ..Data::default()
    }
}

proptest! {
    /// Filtering contacts as the query is typed (narrowing the last
    /// matches), with the closed toggle flipped on the way and a
    /// backspace at the end, shows what filtering from scratch shows.
    #[test]
    fn the_contact_filter_narrows_as_you_type(
        names in prop::collection::vec(("[abé ]{0,10}", any::<bool>()), 0..40),
        query in "[abe ]{1,6}",
        flip_at in 0usize..6,
    ) {
        let data = people(&names);
        let fresh = |filter: &str, show_closed: bool| {
            let mut s = ContactsState { show_closed, ..ContactsState::default() };
            s.filter = filter.to_string();
            s.refresh(&data, None);
            s.visible
        };
        let mut typed = ContactsState::default();
        for (n, c) in query.chars().enumerate() {
            if n == flip_at {
                typed.show_closed = !typed.show_closed;
            }
            typed.filter.push(c);
            typed.refresh(&data, None);
            prop_assert_eq!(&typed.visible, &fresh(&typed.filter, typed.show_closed));
        }
        typed.filter.pop();
        typed.refresh(&data, None);
        prop_assert_eq!(&typed.visible, &fresh(&typed.filter, typed.show_closed));
    }
}

/// The filter's rule recomputed plainly: each word typed (folded) starts a
/// word (at the start or after a character that is not a letter or digit)
/// of the name, an alias, the organisation, the role, an interest or a tag.
/// No word typed: no filter, everyone.
fn fits_plainly(fields: &[String], query: &str) -> bool {
    let starts = |field: &str, word: &str| {
        let field = loose(field);
        field.char_indices().any(|(at, _)| {
            field[at..].starts_with(word)
                && field[..at]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let words: Vec<String> = loose(query).split_whitespace().map(String::from).collect();
    words.iter().all(|w| fields.iter().any(|f| starts(f, w)))
}

proptest! {
    /// The contacts filter lists exactly the people its rule fits, as the
    /// query is typed a letter at a time, the people whose name it fits
    /// first when it is one word.
    #[test]
    fn the_contact_filter_lists_whom_its_rule_fits(
        people in prop::collection::vec(
            (
                "[anø ]{1,8}",
                prop::collection::vec("[anbé -]{0,6}", 0..3),
                "[abn.]{0,6}",
                prop::collection::vec("[abn]{0,5}", 0..2),
                any::<bool>(),
            ),
            0..20,
        ),
        query in "[anbo ]{1,5}",
    ) {
        let rows: Vec<PersonRow> = people
            .iter()
            .enumerate()
            .map(|(n, (name, more, org, tags, closed))| {
                PersonRow::with(
                    crate::journal::ListRow {
                        id: Id(n as u64 + 1),
                        name: name.as_str().into(),
                        org: org.as_str().into(),
                        role: "".into(),
                        tier: crate::domain::Tier::None,
                        tags: tags.clone().into(),
                        closed: *closed,
                        last_touch: None,
                        lean: 0,
                        help: crate::domain::Tallies::default().help(),
                    },
                    &more.join(" "),
                )
            })
            .collect();
        let data = Data { people: rows, ..Data::default() };
        let mut s = ContactsState::default();
        for c in query.chars() {
            s.filter.push(c);
            s.refresh(&data, None);
            let mut shown: Vec<usize> = s.visible.iter().map(|v| v.index).collect();
            let name_first: Vec<bool> = shown
                .iter()
                .map(|i| fits_plainly(&[people[*i].0.clone()], &s.filter))
                .collect();
            if loose(&s.filter).split_whitespace().count() == 1 {
                prop_assert!(name_first.windows(2).all(|w| w[0] || !w[1]), "{:?}", name_first);
            }
            shown.sort_unstable();
            let expected: Vec<usize> = people
                .iter()
                .enumerate()
                .filter(|(_, (name, more, org, tags, closed))| {
                    let mut fields = vec![name.clone(), org.clone()];
                    fields.extend(more.iter().cloned());
                    fields.extend(tags.iter().cloned());
                    !closed && fits_plainly(&fields, &s.filter)
                })
                .map(|(n, _)| n)
                .collect();
            prop_assert_eq!(shown, expected, "{:?}", s.filter);
        }
    }
}
