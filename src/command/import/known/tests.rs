//! The match rule against a reference model written the plain way, with
//! texts instead of hashed keys, on random journals and rows.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::{Found, Known};
use crate::domain::labelled::Labelled;
use crate::domain::text::fold;
use crate::domain::{Contact, Id};
use crate::journal::ContactDraft;

/// A person's identifying fields, from small pools so that they collide.
#[derive(Clone, Debug)]
struct Person {
    name: &'static str,
    urls: Vec<&'static str>,
    uids: Vec<&'static str>,
    emails: Vec<&'static str>,
    org: &'static str,
}

fn some(pool: Vec<&'static str>) -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(pool), 0..2)
}

prop_compose! {
    fn person()(
        name in prop::sample::select(vec!["Priya Shah", "priya shah", "Anna Rossi"]),
        urls in some(vec!["https://in/p", "https://in/p/", "https://in/q"]),
        uids in some(vec!["vcard:1", "vcard:2"]),
        emails in some(vec!["p@x.io", "P@X.io", "q@x.io"]),
        org in prop::sample::select(vec!["", "LedgerLoop", "ledgerloop", "Nestwise"]),
    ) -> Person {
        Person { name, urls, uids, emails, org }
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
    c.org = p.org.into();
    c
}

fn draft(p: &Person) -> ContactDraft {
    ContactDraft {
        name: p.name.into(),
        urls: strings(&p.urls),
        external_ids: strings(&p.uids),
        emails: p.emails.iter().map(|e| Labelled::from(*e)).collect(),
        org: p.org.into(),
        ..ContactDraft::default()
    }
}

fn shares(a: &[&str], b: &[&str], norm: impl Fn(&str) -> String) -> bool {
    a.iter().any(|x| b.iter().any(|y| norm(x) == norm(y)))
}

/// The rule as the doc comment of `Known::find` states it.
fn model(journal: &[Person], row: &Person) -> (Vec<usize>, Vec<usize>) {
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
        return (same, Vec::new());
    }
    let both = |a: &[&str], b: &[&str]| !a.is_empty() && !b.is_empty();
    let namesakes: Vec<usize> = (0..journal.len())
        .filter(|&i| fold(journal[i].name) == fold(row.name))
        .collect();
    let (agree, disagree) = namesakes.into_iter().partition(|&i| {
        let p = &journal[i];
        !(both(&p.urls, &row.urls)
            || both(&p.uids, &row.uids)
            || both(&p.emails, &row.emails)
            || (!p.org.is_empty() && !row.org.is_empty() && fold(p.org) != fold(row.org)))
    });
    (agree, disagree)
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
        let (same, namesakes) = model(&journal, &row);
        let id = |i: &usize| Id(*i as u64 + 1);
        match known.find(&draft(&row)) {
            Found::Same(found) => prop_assert!(same.iter().map(id).any(|i| i == found)),
            Found::Namesake(found) => {
                prop_assert!(same.is_empty());
                prop_assert!(namesakes.iter().map(id).any(|i| i == found));
            }
            Found::New => prop_assert!(same.is_empty() && namesakes.is_empty()),
        }
    }
}
