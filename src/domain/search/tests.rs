use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::domain::text::{fold, loose, transliterate};

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, n).unwrap_or_default()
}

fn person(id: u64, name: &str) -> Contact {
    Contact::new(Id(id), name.to_string(), day(1))
}

/// Anna (a founder at Fintastic, a note), Chiara at Klarheit (closed),
/// Valentina, and a few records of theirs.
fn journal() -> Index {
    let mut index = Index::default();
    let mut anna = person(1, "Anna Rossi");
    anna.org = "Fintastic".into();
    anna.notes = "Prefers WhatsApp over email.\nHates cold calls.".into();
    anna.emails = vec!["anna.rossi@example.org".into()];
    let anna_name = index.add_person(&anna, &["Arrampicata"]);
    let mut chiara = person(2, "Chiara Romano");
    chiara.org = "Klarheit GmbH".into();
    chiara.aliases = vec!["Chiarina".into()];
    chiara.status = crate::domain::Status::Closed {
        reason: "moved".into(),
        on: day(2),
    };
    let chiara_name = index.add_person(&chiara, &[]);
    let mut valentina = person(3, "Valentina Santoro");
    valentina.met.text = "panel on pricing at Talent Garden".into();
    index.add_person(&valentina, &[]);
    let record = |contact, name: &Arc<str>, closed, id, date, label, field, texts| Record {
        contact: Id(contact),
        name: Arc::clone(name),
        closed,
        id: Id(id),
        date,
        label,
        field,
        texts,
    };
    index.add_record(record(
        1,
        &anna_name,
        false,
        10,
        day(5),
        "gave",
        Field::Ledger,
        &["sent the pricing deck"],
    ));
    index.add_record(record(
        1,
        &anna_name,
        false,
        11,
        day(9),
        "coffee",
        Field::History,
        &["Caffè in Brera", "talked about Satispay and her pricing"],
    ));
    index.add_record(record(
        2,
        &chiara_name,
        true,
        12,
        day(7),
        "asked",
        Field::Ledger,
        &["an intro to the Klarheit board"],
    ));
    index
}

fn found(index: &Index, query: &str) -> Vec<(u64, Option<u64>, Field)> {
    index
        .search(query, 50)
        .hits
        .iter()
        .map(|h| (h.id.0, h.record.map(|r| r.0), h.field))
        .collect()
}

#[test]
fn every_field_and_record_is_searched_folded() {
    let j = journal();
    assert_eq!(
        found(&j, "KLARHEIT"),
        [(2, None, Field::Organisation), (2, Some(12), Field::Ledger)],
        "an organisation, then the record that names it"
    );
    assert_eq!(found(&j, "whatsapp"), [(1, None, Field::Note)]);
    assert_eq!(found(&j, "arrampicata"), [(1, None, Field::Interest)]);
    assert_eq!(found(&j, "chiarina"), [(2, None, Field::Alias)]);
    assert_eq!(found(&j, "example.org"), [(1, None, Field::Email)]);
    assert_eq!(found(&j, "caffe brera"), [(1, Some(11), Field::History)]);
    assert_eq!(
        found(&j, "pricing"),
        [
            (3, None, Field::HowWeMet),
            (1, Some(11), Field::History),
            (1, Some(10), Field::Ledger)
        ],
        "a person's fields, then history newest first"
    );
    // Every word in one person or one record: Anna's name is not in the
    // deck's text, and Satispay is in another record than the deck.
    assert!(found(&j, "satispay deck").is_empty());
    assert_eq!(found(&j, "anna fintastic"), [(1, None, Field::Name)]);
    assert!(found(&j, " ").is_empty());
}

#[test]
fn a_result_shows_what_matched_as_written() {
    let j = journal();
    let hits = j.search("caffe", 5).hits;
    let hit = &hits[0];
    assert_eq!(hit.label, "coffee");
    assert_eq!(hit.excerpt, "Caffè in Brera");
    assert_eq!(hit.marks, [(0, "Caffè".len())]);
    let hit = &j.search("cold", 5).hits[0];
    assert_eq!(hit.label, "notes");
    assert_eq!(
        hit.excerpt, "Prefers WhatsApp over email. Hates cold calls.",
        "whole when it fits"
    );
    let (s, e) = hit.marks[0];
    assert_eq!(&hit.excerpt[s..e], "cold");
    let hit = &j.search("whatsapp", 5).hits[0];
    assert_eq!(
        hit.excerpt,
        "Prefers WhatsApp over email. Hates cold calls."
    );
    let closed = &j.search("klarheit", 5).hits[0];
    assert!(closed.closed);
    assert_eq!(closed.label, "organisation");
}

#[test]
fn only_the_best_are_kept_and_all_are_counted() {
    let mut index = Index::default();
    for n in 0..30 {
        let mut c = person(n, &format!("Person {n}"));
        c.notes = "pricing".into();
        index.add_person(&c, &[]);
    }
    let mut named = person(99, "Pricing Pete");
    named.notes = "other".into();
    index.add_person(&named, &[]);
    let f = index.search("pricing", 5);
    assert_eq!(f.total, 31);
    assert_eq!(f.hits.len(), 5);
    assert_eq!(f.hits[0].name.as_ref(), "Pricing Pete", "a name first");
    assert_eq!(
        f.hits[1].name.as_ref(),
        "Person 0",
        "then in the order added"
    );
}

#[test]
fn long_texts_are_cut_around_the_match() {
    let mut index = Index::default();
    let mut c = person(1, "Anna");
    c.notes = format!(
        "{} the word {}",
        "lorem ipsum ".repeat(20),
        "dolor ".repeat(30)
    );
    index.add_person(&c, &[]);
    let hit = &index.search("word", 1).hits[0];
    assert!(hit.excerpt.starts_with('…') && hit.excerpt.ends_with('…'));
    assert!(hit.excerpt.chars().count() <= 72 + 2);
    let (s, e) = hit.marks[0];
    assert_eq!(&hit.excerpt[s..e], "word");
}

proptest! {
    /// `loose` and `fold` a character at a time are what they were as a
    /// whole: NFKD of the whole text, marks dropped, spaces collapsed.
    #[test]
    fn folding_a_character_at_a_time_is_folding(text in "[a-zA-Z éÉøØßﬁ\u{301}\t\n\u{1b}İ]{0,20}") {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        let words: Vec<String> = text
            .nfkd()
            .filter(|c| !is_combining_mark(*c) && !c.is_control() || c.is_whitespace())
            .collect::<String>()
            .split_whitespace()
            .map(|w| w.chars().flat_map(char::to_lowercase).collect())
            .collect();
        let whole = words.join(" ");
        prop_assert_eq!(fold(&text), whole.clone());
        prop_assert_eq!(loose(&text), transliterate(&whole).into_owned());
    }

    /// A result for every person or record holding every word (each a
    /// substring of one of its texts, folded), and only those; the best
    /// `limit` kept, names before other fields before records. A [`Scan`]
    /// handed the people in any order finds exactly what the index does.
    #[test]
    fn search_finds_exactly_what_holds_every_word(
        people in prop::collection::vec(
            (
                "[abø ]{1,8}",
                "[abc ]{0,8}",
                "[abé ]{0,8}",
                prop::collection::vec(("[abc ]{0,6}", 1u32..3), 0..4),
            ),
            0..12,
        ),
        query in "[abcoé ]{1,6}",
        limit in 1usize..8,
    ) {
        let contacts: Vec<Contact> = people
            .iter()
            .enumerate()
            .map(|(n, (name, org, note, _))| {
                let mut c = person(n as u64, name);
                c.org = org.clone();
                c.notes = note.clone();
                c
            })
            .collect();
        // The index gets people in the lists' order, as the journal adds them.
        let mut sorted: Vec<&Contact> = contacts.iter().collect();
        sorted.sort_by_key(|c| person_order(c));
        let mut index = Index::default();
        let names: Vec<Arc<str>> = sorted.iter().map(|c| index.add_person(c, &[])).collect();
        let mut scan = Scan::new(&query, limit);
        contacts.iter().rev().for_each(|c| scan.person(c, &[]));
        let mut docs: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        for (n, (name, org, note, records)) in people.iter().enumerate() {
            docs.push((vec![name.clone()], vec![org.clone(), note.clone()]));
            let at = sorted.iter().position(|c| c.id.0 == n as u64).unwrap_or_default();
            for (r, (text, date)) in records.iter().enumerate() {
                let texts = [text.as_str()];
                let record = || Record {
                    contact: Id(n as u64),
                    name: Arc::clone(&names[at]),
                    closed: false,
                    id: Id(1000 + r as u64),
                    date: day(*date),
                    label: "gave",
                    field: Field::Ledger,
                    texts: &texts,
                };
                index.add_record(record());
                scan.record(record());
                docs.push((Vec::new(), vec![text.clone()]));
            }
        }
        let words: Vec<String> = loose(&query).split_whitespace().map(String::from).collect();
        let holds = |texts: &[String], w: &str| texts.iter().any(|t| loose(t).contains(w));
        let matching: Vec<usize> = docs
            .iter()
            .enumerate()
            .filter(|(_, (names, rest))| {
                !words.is_empty()
                    && words.iter().all(|w| holds(names, w) || holds(rest, w))
            })
            .map(|(n, _)| n)
            .collect();
        let f = index.search(&query, limit);
        prop_assert_eq!(&scan.found(), &f, "the scan finds what the index does");
        prop_assert_eq!(f.total, matching.len());
        prop_assert_eq!(f.hits.len(), matching.len().min(limit));
        let class = |h: &Hit| h.field.class();
        for pair in f.hits.windows(2) {
            prop_assert!(
                class(&pair[0]) <= class(&pair[1]) || pair[0].record.is_none(),
                "{:?} before {:?}", pair[0], pair[1]
            );
            prop_assert!(pair[0].record.is_none() || pair[1].record.is_some());
        }
        for h in &f.hits {
            for (s, e) in &h.marks {
                let marked = loose(&h.excerpt[*s..*e]);
                prop_assert!(words.iter().any(|w| marked.contains(w.as_str())), "{:?}", h);
            }
        }
    }
}
