//! The match rule against a reference model written the plain way, with
//! texts instead of hashed keys, on random journals and rows.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::{Found, Known, name_words};
use crate::domain::labelled::Labelled;
use crate::domain::text::fold;
use crate::domain::{Contact, Id};
use crate::journal::ContactDraft;

/// A person's identifying fields, from small pools so that they collide.
#[derive(Clone, Debug)]
struct Person {
    name: &'static str,
    /// A nickname (vCard `NICKNAME`), or none.
    nick: &'static str,
    urls: Vec<&'static str>,
    uids: Vec<&'static str>,
    emails: Vec<&'static str>,
    phones: Vec<&'static str>,
    org: &'static str,
}

fn some(pool: Vec<&'static str>) -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(pool), 0..2)
}

prop_compose! {
    fn person()(
        name in prop::sample::select(vec![
            "Priya Shah", "priya shah", "Anna Rossi", "Sara Rossi", "A. Rossi", "Rossi",
            "Anna", "Giorgio Rossi", "Ann Rossi", "Anna Shah", "Dr. Sara Rossi Jr.",
            "Rossi Sara", "Shah Priya",
        ]),
        nick in prop::sample::select(vec!["", "", "Sara", "Gio", "Annie Rossi"]),
        urls in some(vec!["https://in/p", "https://in/p/", "https://in/q"]),
        uids in some(vec!["vcard:1", "vcard:2"]),
        emails in some(vec!["p@x.io", "P@X.io", "q@x.io"]),
        phones in some(vec!["+39 333 1234567", "333-123-4567", "(111) 555-4444", "555 12"]),
        org in prop::sample::select(vec!["", "LedgerLoop", "ledgerloop, Ops", "Nestwise"]),
    ) -> Person {
        Person { name, nick, urls, uids, emails, phones, org }
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

fn contact(id: u64, p: &Person) -> Contact {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut c = Contact::new(Id(id), p.name.into(), today);
    c.urls = strings(&p.urls);
    c.external_ids = strings(&p.uids);
    c.emails = p.emails.iter().map(|e| Labelled::from(*e)).collect();
    c.phones = p.phones.iter().map(|e| Labelled::from(*e)).collect();
    c.org = p.org.into();
    c.aliases = strings(&[p.nick]);
    c.aliases.retain(|a| !a.is_empty());
    c
}

fn draft(p: &Person) -> ContactDraft {
    ContactDraft {
        name: p.name.into(),
        aliases: strings(&[p.nick])
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect(),
        urls: strings(&p.urls),
        external_ids: strings(&p.uids),
        emails: p.emails.iter().map(|e| Labelled::from(*e)).collect(),
        phones: p.phones.iter().map(|e| Labelled::from(*e)).collect(),
        org: p.org.into(),
        ..ContactDraft::default()
    }
}

fn shares(a: &[&str], b: &[&str], norm: impl Fn(&str) -> String) -> bool {
    a.iter().any(|x| b.iter().any(|y| norm(x) == norm(y)))
}

/// The organisation's first unit ("LedgerLoop, Ops" is at LedgerLoop).
fn org(p: &Person) -> String {
    fold(p.org.split(", ").next().unwrap_or_default())
}

/// Whether something says two people are two: each has their own URL,
/// identifier or email, or their organisations differ.
fn disagree(p: &Person, row: &Person) -> bool {
    let both = |a: &[&str], b: &[&str]| !a.is_empty() && !b.is_empty();
    both(&p.urls, &row.urls)
        || both(&p.uids, &row.uids)
        || both(&p.emails, &row.emails)
        || (!org(p).is_empty() && !org(row).is_empty() && org(p) != org(row))
}

/// Whether two given names can be one: equal, an initial of the other, or
/// a short form (the same first two letters, the rest found in order).
fn given_agree(a: &str, b: &str) -> bool {
    let (short, long): (Vec<char>, Vec<char>) = if a.chars().count() <= b.chars().count() {
        (a.chars().collect(), b.chars().collect())
    } else {
        (b.chars().collect(), a.chars().collect())
    };
    if short.len() == 1 {
        return long.first() == short.first();
    }
    if short.len() < 2 || short[..2] != long[..2] {
        return false;
    }
    let mut at = 2;
    for c in &short[2..] {
        match long[at..].iter().position(|d| d == c) {
            Some(i) => at += i + 1,
            None => return false,
        }
    }
    true
}

/// Whether a shared phone may say two people are one: the same name
/// folded, or family names that agree (one missing, or equal) and given
/// names that agree (one side none, or any of name's and nickname's first
/// words agree).
fn names_agree(p: &Person, row: &Person) -> bool {
    if fold(p.name) == fold(row.name) || same_words(p.name, row.name) {
        return true;
    }
    let parts = |q: &Person| {
        let titles = [
            "mr", "mrs", "ms", "miss", "dr", "prof", "jr", "sr", "ii", "iii",
        ];
        let words: Vec<String> = fold(q.name)
            .split_whitespace()
            .filter(|w| !titles.contains(&w.trim_end_matches('.')))
            .map(String::from)
            .collect();
        let family = if words.len() >= 2 {
            words[words.len() - 1].clone()
        } else {
            String::new()
        };
        let mut given: Vec<String> = words.first().cloned().into_iter().collect();
        given.extend(fold(q.nick).split_whitespace().next().map(String::from));
        let given: Vec<String> = given
            .iter()
            .map(|g| g.trim_end_matches('.').to_string())
            .collect();
        (family, given)
    };
    let ((fa, ga), (fb, gb)) = (parts(p), parts(row));
    let family = fa.is_empty() || fb.is_empty() || fa == fb;
    let given =
        ga.is_empty() || gb.is_empty() || ga.iter().any(|a| gb.iter().any(|b| given_agree(a, b)));
    family && given
}

/// The same words in any order, titles aside ("Rossi Sara" is "Dr. Sara
/// Rossi Jr."; trial imd #5).
fn same_words(a: &str, b: &str) -> bool {
    let titles = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "jr", "sr", "ii", "iii",
    ];
    let words = |n: &str| {
        let mut w: Vec<String> = fold(n)
            .split_whitespace()
            .filter(|w| !titles.contains(&w.trim_end_matches('.')))
            .map(String::from)
            .collect();
        w.sort();
        w
    };
    words(a) == words(b)
}

/// What `Known::find` should answer: the people it may claim, the
/// namesakes it may flag, and whom it may flag for sharing a phone.
struct Expected {
    same: Vec<usize>,
    namesakes: Vec<usize>,
    phone: Option<usize>,
}

/// The rule as the doc comment of `Known::find` states it.
fn model(journal: &[Person], row: &Person) -> Expected {
    let (same, namesakes, phone) = model_parts(journal, row);
    Expected {
        same,
        namesakes,
        phone,
    }
}

fn model_parts(journal: &[Person], row: &Person) -> (Vec<usize>, Vec<usize>, Option<usize>) {
    let url = |u: &str| fold(u.trim_end_matches('/'));
    let same: Vec<usize> = (0..journal.len())
        .filter(|&i| {
            let p = &journal[i];
            shares(&p.uids, &row.uids, str::to_string)
                || shares(&p.urls, &row.urls, url)
                || shares(&p.emails, &row.emails, fold)
        })
        .collect();
    if !same.is_empty() {
        return (same, Vec::new(), None);
    }
    // A number of seven digits or more (its last nine compared) that one
    // person alone has.
    let digits = |n: &str| {
        let d: String = n.chars().filter(char::is_ascii_digit).collect();
        d[d.len().saturating_sub(9)..].to_string()
    };
    let mut phone = None;
    for n in row
        .phones
        .iter()
        .map(|n| digits(n))
        .filter(|d| d.len() >= 7)
    {
        let holders: Vec<usize> = (0..journal.len())
            .filter(|&i| journal[i].phones.iter().any(|m| digits(m) == n))
            .collect();
        if let [i] = holders.as_slice() {
            let p = &journal[*i];
            // The full name with the only number: whatever else differs
            // (report 27d #2; no birthdays here).
            if same_words(p.name, row.name) {
                return (vec![*i], Vec::new(), None);
            }
            if !disagree(p, row) {
                if names_agree(p, row) {
                    return (vec![*i], Vec::new(), None);
                }
                phone = Some(*i);
            }
            break;
        }
    }
    let namesakes: Vec<usize> = (0..journal.len())
        .filter(|&i| fold(journal[i].name) == fold(row.name))
        .collect();
    let [i] = namesakes.as_slice() else {
        // Two people of that name, or nobody: neither is claimed.
        return (Vec::new(), namesakes, phone);
    };
    let p = &journal[*i];
    let disagree = disagree(p, row);
    let bare = |q: &Person| {
        q.urls.is_empty() && q.uids.is_empty() && q.emails.is_empty() && q.org.is_empty()
    };
    let tie = (!org(p).is_empty() && org(p) == org(row)) || bare(p) || bare(row);
    if !disagree && tie {
        (namesakes, Vec::new(), None)
    } else {
        (Vec::new(), namesakes, None)
    }
}

proptest! {
    #[test]
    fn find_is_the_stated_rule(
        journal in prop::collection::vec(person(), 1..4),
        row in person(),
    ) {
        let mut known = Known::default();
        for (i, p) in journal.iter().enumerate() {
            known.add(&contact(i as u64 + 1, p));
        }
        let Expected { same, namesakes, phone } = model(&journal, &row);
        let id = |i: &usize| Id(*i as u64 + 1);
        match known.find(&draft(&row)) {
            Found::Same(found) => prop_assert!(same.iter().map(id).any(|i| i == found), "{:?}", found),
            Found::Namesake(found) => {
                prop_assert!(same.is_empty());
                prop_assert!(namesakes.iter().map(id).any(|i| i == found));
            }
            Found::SharesPhone(found) => {
                prop_assert!(same.is_empty() && namesakes.is_empty());
                prop_assert_eq!(phone.as_ref().map(id), Some(found));
            }
            Found::New => prop_assert!(same.is_empty() && namesakes.is_empty() && phone.is_none()),
        }
    }
}

/// A name from words that collide once folded ("Anna", "ÀNNA"), short
/// words the hint ignores, and now and then a name of many words.
fn near_name() -> impl Strategy<Value = String> {
    let common = vec![
        "Anna", "anna", "ÀNNA", "Maria", "Rossi", "rossi", "Shah", "Li", "de", "Priya",
    ];
    let filler: Vec<String> = (0..20).map(|i| format!("W{i:02}x")).collect();
    let word = prop_oneof![
        3 => prop::sample::select(common).prop_map(str::to_string),
        1 => prop::sample::select(filler),
    ];
    let sep = prop::sample::select(vec![" ", "-", "'", " "]);
    let words = prop_oneof![
        4 => prop::collection::vec((word.clone(), sep.clone()), 0..5),
        1 => prop::collection::vec((word, sep), 10..20),
    ];
    words.prop_map(|ws| ws.into_iter().map(|(w, s)| w + s).collect())
}

/// A person coming to the index: someone new, or someone already there
/// again (a merge), as an import does.
#[derive(Clone, Debug)]
enum Came {
    New(String),
    Again(prop::sample::Index),
}

/// The near-duplicate rule the plain way: everyone holding the name's
/// first word, in the order they came, and the first whose name shares
/// two of its words, or one when either name has one word.
fn near_by_scan(people: &[(Id, String)], name: &str) -> Option<Id> {
    let words = name_words(name);
    let first = words.first()?;
    people.iter().find_map(|(id, theirs)| {
        let theirs = name_words(theirs);
        if !theirs.contains(first) {
            return None;
        }
        let shared = words.iter().filter(|w| theirs.contains(w)).count();
        (shared >= 2 || (shared == 1 && (words.len() == 1 || theirs.len() == 1))).then_some(*id)
    })
}

proptest! {
    #[test]
    fn near_finds_whom_the_plain_scan_finds(
        came in prop::collection::vec(prop_oneof![
            4 => near_name().prop_map(Came::New),
            1 => any::<prop::sample::Index>().prop_map(Came::Again),
        ], 0..40),
        names in prop::collection::vec(near_name(), 1..20),
    ) {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let mut known = Known::default();
        let mut people: Vec<(Id, String)> = Vec::new();
        for c in came {
            let (id, name) = match c {
                Came::New(name) => (Id(people.len() as u64 * 7 + 3), name),
                Came::Again(i) if !people.is_empty() => people[i.index(people.len())].clone(),
                Came::Again(_) => continue,
            };
            known.add(&Contact::new(id, name.clone(), today));
            if !people.iter().any(|(p, _)| *p == id) {
                people.push((id, name));
            }
        }
        for name in names {
            prop_assert_eq!(known.near_id(&name), near_by_scan(&people, &name), "{}", name);
        }
    }
}

/// Report 27b #2: the Outlook card of "Mr. Michael Angstadt Jr." (NICKNAME
/// Mike, ORG TheCompany, cell (111) 555-4444) is the journal's Mike
/// Angstadt by his phone; without it, the hint names Mike at TheCompany,
/// not the Michael Angstadt at OtherCo. Before, it was a new person "like
/// Michael Angstadt".
#[test]
fn a_phone_identifies_and_a_nickname_at_the_same_org_is_the_hint() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut known = Known::default();
    let mut michael = Contact::new(Id(1), "Michael Angstadt".into(), today);
    michael.org = "OtherCo".into();
    let mut mike = Contact::new(Id(2), "Mike Angstadt".into(), today);
    mike.org = "TheCompany".into();
    mike.phones = vec![Labelled::from("(111) 555-4444")];
    known.add(&michael);
    known.add(&mike);
    let mut card = ContactDraft {
        name: "Mr. Michael Angstadt Jr.".into(),
        aliases: vec!["Mike".into()],
        org: "TheCompany, TheDepartment".into(),
        phones: vec![Labelled::from("cell=+1 111-555-4444")],
        emails: vec![Labelled::from("mike.angstadt@gmail.com")],
        ..ContactDraft::default()
    };
    assert_eq!(known.find(&card), Found::Same(Id(2)));
    card.phones.clear();
    assert_eq!(known.find(&card), Found::New);
    assert_eq!(
        known.near_one(&card).and_then(|id| known.name(id)),
        Some("Mike Angstadt")
    );
}

/// Trial imd #5: a card written family name first in another script
/// ("Sokolov Ivan") with the number Иван Соколов alone has is him, even
/// with an email of its own.
#[test]
fn a_transliterated_name_in_either_order_with_the_only_phone_is_the_person() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut known = Known::default();
    let mut ivan = Contact::new(Id(1), "Иван Соколов".into(), today);
    ivan.phones = vec![Labelled::from("+7 916 123 4567")];
    ivan.emails = vec![Labelled::from("ivan@home.example")];
    known.add(&ivan);
    let card = ContactDraft {
        name: "Sokolov Ivan".into(),
        phones: vec![Labelled::from("+79161234567")],
        emails: vec![Labelled::from("i.sokolov@work.example")],
        ..ContactDraft::default()
    };
    assert_eq!(known.find(&card), Found::Same(Id(1)));
}
