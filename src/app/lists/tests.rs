use super::*;
use crate::app::SearchDoc;
use crate::domain::text::fold;
use chrono::NaiveDate;
use proptest::prelude::*;

fn docs(texts: &[String]) -> Vec<SearchDoc> {
    texts
        .iter()
        .enumerate()
        .map(|(n, text)| SearchDoc {
            contact: Id(1),
            name: "Anna".into(),
            record: Id(n as u64 + 2),
            date: NaiveDate::from_num_days_from_ce_opt(739_000 + n as i32 % 40).unwrap_or_default(),
            label: "note",
            text: text.clone(),
        })
        .collect()
}

#[test]
fn every_word_must_be_there_and_word_starts_rank_first() {
    let mut s = SearchState::default();
    s.set_docs(docs(&[
        "Intro to her CTO".into(),
        "sent the pricing article".into(),
        "reintroduced the CTO".into(),
        "coffee".into(),
    ]));
    s.refresh("cto intro");
    let texts: Vec<&str> = s
        .results
        .iter()
        .map(|i| s.docs()[*i].text.as_str())
        .collect();
    assert_eq!(texts, ["Intro to her CTO", "reintroduced the CTO"]);
    s.refresh("Prìcing");
    assert_eq!(s.results.len(), 1, "folded like the texts");
    s.refresh("  ");
    assert!(s.results.is_empty());
}

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
fn whole_words_beat_scattered_letters_and_work_is_matched_after_names() {
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
    // A whole word, a word's start, then letters scattered in a name;
    // never scattered over someone's work ("zalANdo maNAger").
    assert_eq!(
        shown("anna"),
        ["Anna Rossi", "Giovanni Annaro", "Valentina Santoro"]
    );
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

    /// Typing a query letter by letter (narrowing the last matches), and
    /// deleting one, finds exactly what searching all texts finds.
    #[test]
    fn narrowing_as_you_type_equals_a_fresh_search(
        texts in prop::collection::vec("[abcé\\x00 ]{0,12}", 0..40),
        query in "[abcé\\x00 ]{1,6}",
    ) {
        let mut typed = SearchState::default();
        typed.set_docs(docs(&texts));
        let mut so_far = String::new();
        for c in query.chars() {
            so_far.push(c);
            typed.refresh(&so_far);
        }
        let mut fresh = SearchState::default();
        fresh.set_docs(docs(&texts));
        fresh.refresh(&query);
        prop_assert_eq!(&typed.results, &fresh.results);
        // The texts found are those holding every word, folded.
        let clean = |t: &str| fold(t).replace('\0', "");
        let q = clean(&query);
        let words: Vec<&str> = q.split_whitespace().collect();
        let mut expected: Vec<usize> = (0..texts.len())
            .filter(|i| !words.is_empty() && words.iter().all(|w| clean(&texts[*i]).contains(w)))
            .collect();
        // Docs are kept newest first: name them by their record.
        let mut found: Vec<usize> = fresh
            .results
            .iter()
            .map(|i| (fresh.docs()[*i].record.0 - 2) as usize)
            .collect();
        found.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(found, expected);
        // A backspace widens the search again.
        so_far.pop();
        typed.refresh(&so_far);
        fresh.refresh(&so_far);
        prop_assert_eq!(&typed.results, &fresh.results);
    }
}
