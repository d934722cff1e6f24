//! Related names become links by one rule, whoever writes the people: an
//! import, `add` or `merge` (src/journal/related.rs). Model: after any
//! sequence of those, no related name is still text when exactly one
//! other person has that name (and the relation has an inverse), and
//! every link is on both people. Before, `add "Jane Doe"` after John's
//! card named her as his spouse left the name as text, and a merge left
//! the merged-away card's related names as text. The journal is kept
//! warm in half the cases, as the holder keeps it, so the names waiting
//! in memory are checked against the store's.

use std::collections::HashMap;
use std::io::Write as _;

use chrono::NaiveDate;
use givegive::command::{self, Env};
use givegive::config::Config;
use givegive::domain::relation::{Link, RelationKind};
use givegive::domain::text::fold;
use givegive::domain::{Contact, Id};
use givegive::journal::Journal;
use proptest::prelude::*;

const NAMES: [&str; 3] = ["John Doe", "Ann Lee", "Bo Kim"];
/// A spouse, a child, a manager (no inverse: always text).
const KINDS: [&str; 3] = ["spouse", "child", "manager"];

#[derive(Clone, Debug)]
enum Op {
    /// A card named NAMES[.0] with related names (NAMES[i], KINDS[k]).
    Import(usize, Vec<(usize, usize)>),
    /// `add NAMES[.0] --duplicate`.
    Add(usize),
    /// `merge` of the people at these places in the journal's list.
    Merge(usize, usize),
    /// `merge` of the first two people who share a name (a duplicate).
    MergeTwins,
    Undo,
    /// `restore` of the newest merge, from the trash.
    Restore,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..NAMES.len(), prop::collection::vec((0..NAMES.len(), 0..KINDS.len()), 0..3))
            .prop_map(|(n, r)| Op::Import(n, r)),
        3 => (0..NAMES.len()).prop_map(Op::Add),
        1 => (0usize..6, 0usize..6).prop_map(|(a, b)| Op::Merge(a, b)),
        3 => Just(Op::MergeTwins),
        1 => Just(Op::Undo),
        1 => Just(Op::Restore),
    ]
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
}

fn card(name: usize, related: &[(usize, usize)]) -> String {
    let mut out = format!("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{}\r\n", NAMES[name]);
    for (who, kind) in related {
        out.push_str(&format!(
            "RELATED;TYPE={};VALUE=text:{}\r\n",
            KINDS[*kind], NAMES[*who]
        ));
    }
    out + "END:VCARD\r\n"
}

/// The rule's fixpoint and both sides of every link, or what breaks it.
fn broken(people: &[Contact]) -> Option<String> {
    let mut named: HashMap<String, Vec<Id>> = HashMap::new();
    for c in people {
        named.entry(fold(&c.name)).or_default().push(c.id);
    }
    for c in people {
        for r in &c.related {
            let Some([to]) = named.get(&fold(&r.value)).map(Vec::as_slice) else {
                continue;
            };
            let kind = Link::parse(*to, &r.label).map(|l| l.kind);
            if *to != c.id && kind.is_ok_and(|k| k != RelationKind::Other) {
                return Some(format!(
                    "{}'s {} {} is still text",
                    c.name, r.label, r.value
                ));
            }
        }
        for l in &c.links {
            let other = people.iter().find(|p| p.id == l.to);
            if !other.is_some_and(|o| o.links.iter().any(|b| b.to == c.id)) {
                return Some(format!("{}'s link to #{} is one-sided", c.name, l.to.0));
            }
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn related_names_are_linked_whoever_writes_the_people(
        ops in prop::collection::vec(op(), 1..10),
        warm in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        // As the holder keeps it: who waits for a name is then kept in
        // memory, and every write must keep it true.
        if warm {
            journal.keep_warm();
        }
        let config = Config::defaults();
        let env = Env::unattended(today(), &config, String::new());
        let file = dir.path().join("card.vcf");
        let mut merged: Vec<Id> = Vec::new();
        for (n, op) in ops.iter().enumerate() {
            let people: Vec<Contact> = journal.contacts().filter_map(Result::ok).collect();
            let words: Vec<String> = match op {
                Op::Import(name, related) => {
                    let mut f = std::fs::File::create(&file)
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                    f.write_all(card(*name, related).as_bytes())
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let path = file.display().to_string();
                    vec!["import".into(), "--format".into(), "vcard".into(), path]
                }
                Op::Add(name) => {
                    let mut w: Vec<String> = vec!["add".into()];
                    w.extend(NAMES[*name].split(' ').map(String::from));
                    w.push("--duplicate".into());
                    w
                }
                Op::Merge(a, b) => {
                    let (Some(a), Some(b)) = (people.get(*a), people.get(*b)) else {
                        continue;
                    };
                    merged.push(b.id);
                    vec!["merge".into(), a.id.0.to_string(), b.id.0.to_string()]
                }
                Op::MergeTwins => {
                    let twins = people.iter().enumerate().find_map(|(i, a)| {
                        let b = people[i + 1..].iter().find(|b| fold(&b.name) == fold(&a.name))?;
                        Some((a.id, b.id))
                    });
                    let Some((a, b)) = twins else {
                        continue;
                    };
                    merged.push(b);
                    vec!["merge".into(), a.0.to_string(), b.0.to_string()]
                }
                Op::Undo => vec!["undo".into()],
                Op::Restore => match merged.pop() {
                    Some(id) => vec!["restore".into(), id.0.to_string()],
                    None => continue,
                },
            };
            let typed = givegive::words::parse(&words, today()).map_err(TestCaseError::fail)?;
            let ran = command::run(&journal, &env, typed.command);
            let people: Vec<Contact> = journal.contacts().filter_map(Result::ok).collect();
            if let Some(why) = broken(&people) {
                return Err(TestCaseError::fail(format!(
                    "after {:?} ({}, {:?}): {why}", &ops[..=n], words.join(" "), ran.is_ok()
                )));
            }
        }
    }
}
