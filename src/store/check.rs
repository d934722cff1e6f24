//! The integrity check: every index entry points at a record, every record is
//! indexed, every record decodes, and every running balance equals a
//! recomputation from the records.
//!
//! It works by deriving what each index *should* hold from the records and
//! comparing that with what it *does* hold, so a new index only needs its
//! derivation added here.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::codec::Record;
use super::history::Lines;

use super::keys::{self, RecordKind};
use super::{NEXT_ID_KEY, Result, Store, T, TOTALS_KEY, codec};
use crate::domain::text::count;
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies, TrashEntry,
};

/// One thing found wrong, worded for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem(pub String);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type Index = BTreeSet<(Vec<u8>, Vec<u8>)>;

/// One contact's records that feed its balance.
type Feeds<'a> = (
    Vec<&'a LedgerEntry>,
    Vec<&'a Interaction>,
    Vec<&'a FollowUp>,
);

impl Store {
    /// Runs every check and returns what is wrong (empty when healthy).
    pub fn check(&self) -> Result<Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(lost) = self.log_lost() {
            problems.push(Problem(format!(
                "the write log lost {} the journal has, and takes nothing more; run: givegive --db {} backup",
                count(lost as usize, "change", "changes"),
                self.path.display()
            )));
        }
        let contacts: BTreeMap<Id, Contact> = self.decode_all(T::Contacts, &mut problems)?;
        let interests: BTreeMap<Id, Interest> = self.decode_all(T::Interests, &mut problems)?;
        let interactions: BTreeMap<Id, Interaction> =
            self.decode_all(T::Interactions, &mut problems)?;
        let ledger: BTreeMap<Id, LedgerEntry> = self.decode_all(T::Ledger, &mut problems)?;
        let follow_ups: BTreeMap<Id, FollowUp> = self.decode_all(T::FollowUps, &mut problems)?;
        let signals: BTreeMap<Id, Signal> = self.decode_all(T::Signals, &mut problems)?;
        let balances: BTreeMap<Id, Balance> = self.decode_all(T::Balances, &mut problems)?;
        let trash: BTreeMap<Id, TrashEntry> = self.decode_all(T::Trash, &mut problems)?;

        let mut missing_contact = |what: String, id: Id| {
            if !contacts.contains_key(&id) {
                problems.push(Problem(format!(
                    "{what} refers to contact {id}, which does not exist"
                )));
            }
        };
        for i in interactions.values() {
            for c in &i.contacts {
                missing_contact(format!("interaction {}", i.id), *c);
            }
        }
        for e in ledger.values() {
            for c in e.people() {
                missing_contact(format!("ledger entry {}", e.id), c);
            }
        }
        for f in follow_ups.values() {
            missing_contact(format!("follow-up {}", f.id), f.contact);
        }
        for s in signals.values() {
            missing_contact(format!("signal {}", s.id), s.contact);
        }
        for c in contacts.values() {
            // Both sides of a relationship: the other is here, and links back.
            for link in &c.links {
                match contacts.get(&link.to) {
                    None => problems.push(Problem(format!(
                        "contact {} is related to {}, who does not exist",
                        c.id, link.to
                    ))),
                    Some(other) if !other.links.iter().any(|b| link.answered_by(c.id, b)) => {
                        problems.push(Problem(format!(
                            "contact {} is {}'s {}, but {} does not say so",
                            link.to,
                            c.id,
                            link.word(),
                            link.to
                        )))
                    }
                    Some(_) => {}
                }
            }
            for i in &c.interests {
                if !interests.contains_key(i) {
                    problems.push(Problem(format!(
                        "contact {} links interest {i}, which does not exist",
                        c.id
                    )));
                }
            }
        }

        let mut names = Index::new();
        let mut members = Index::new();
        for c in contacts.values() {
            for n in c.folded_names() {
                names.insert((keys::name(&n, c.id), Vec::new()));
            }
            for i in &c.interests {
                members.insert((keys::pair(*i, c.id).to_vec(), Vec::new()));
            }
        }
        let interest_keys: Index = interests
            .values()
            .map(|i| (i.key.as_bytes().to_vec(), keys::id(i.id).to_vec()))
            .collect();

        let mut history = Index::new();
        let mut due = Index::new();
        let mut add_history = |c: Id, day, id: Id, kind: RecordKind| {
            history.insert((keys::history(c, day, id).to_vec(), vec![kind as u8]));
        };
        for i in interactions.values() {
            for c in &i.contacts {
                add_history(*c, i.date, i.id, RecordKind::Interaction);
            }
        }
        for e in ledger.values() {
            for c in e.people() {
                add_history(c, e.date, e.id, RecordKind::Ledger);
            }
        }
        for f in follow_ups.values() {
            add_history(f.contact, f.created, f.id, RecordKind::FollowUp);
            if let Some(day) = f.pending_on() {
                due.insert((keys::due(day, f.id).to_vec(), keys::id(f.contact).to_vec()));
            }
        }
        for s in signals.values() {
            add_history(s.contact, s.date, s.id, RecordKind::Signal);
        }

        for (tree, label, expected) in [
            (T::Names, "name index", names),
            (T::InterestKeys, "interest key index", interest_keys),
            (T::Members, "interest membership index", members),
            (T::Due, "due follow-up index", due),
        ] {
            let actual = self.index(tree)?;
            compare_index(tree, label, &expected, &actual, &mut problems);
        }
        let lines: BTreeMap<Id, Lines> = self.decode_all(T::History, &mut problems)?;
        let actual = lines
            .iter()
            .flat_map(|(contact, l)| l.as_index(*contact))
            .collect();
        compare_index(
            T::History,
            "history index",
            &history,
            &actual,
            &mut problems,
        );

        self.check_balances(
            &contacts,
            &ledger,
            &interactions,
            &follow_ups,
            &balances,
            &mut problems,
        )?;

        // A counter behind the records would hand out an id in use and
        // overwrite a record.
        let highest = [
            contacts.keys().max(),
            interests.keys().max(),
            interactions.keys().max(),
            ledger.keys().max(),
            follow_ups.keys().max(),
            signals.keys().max(),
            trash.keys().max(),
        ]
        .into_iter()
        .flatten()
        .max();
        let counter = self
            .read(T::Meta)
            .get(NEXT_ID_KEY)?
            .and_then(|raw| keys::read_id(&raw));
        if let Some(highest) = highest
            && counter.is_none_or(|c| c < *highest)
        {
            problems.push(Problem(format!(
                "the id counter ({}) is behind the highest id in use ({highest})",
                counter.map_or_else(|| "missing".to_string(), |c| c.to_string())
            )));
        }
        Ok(problems)
    }

    fn decode_all<V: Record>(&self, t: T, problems: &mut Vec<Problem>) -> Result<BTreeMap<Id, V>> {
        let mut out = BTreeMap::new();
        for item in self.read(t).iter() {
            let (k, v) = item?;
            let Some(id) = keys::read_id(&k) else {
                problems.push(Problem(format!(
                    "{}: malformed key {k:?}",
                    super::TREE_NAMES[t as usize]
                )));
                continue;
            };
            match codec::decode(&v) {
                Ok(value) => {
                    out.insert(id, value);
                }
                Err(e) => problems.push(Problem(format!(
                    "{} {id} cannot be read: {e}",
                    super::TREE_NAMES[t as usize]
                ))),
            }
        }
        Ok(out)
    }

    fn index(&self, t: T) -> Result<Index> {
        let mut actual = Index::new();
        for item in self.read(t).iter() {
            let (k, v) = item?;
            actual.insert((k.to_vec(), v.to_vec()));
        }
        Ok(actual)
    }

    /// v9 → v10: every stored balance recomputed from its records, as
    /// [`Balance::recompute`] reads them now (a note is no longer contact).
    /// Written straight to the tree, outside any transaction, like the
    /// other migration steps; says whether any balance changed.
    pub(super) fn recompute_balances(&self) -> Result<bool> {
        let mut ignored = Vec::new();
        let contacts: BTreeMap<Id, Contact> = self.decode_all(T::Contacts, &mut ignored)?;
        let ledger: BTreeMap<Id, LedgerEntry> = self.decode_all(T::Ledger, &mut ignored)?;
        let interactions: BTreeMap<Id, Interaction> =
            self.decode_all(T::Interactions, &mut ignored)?;
        let follow_ups: BTreeMap<Id, FollowUp> = self.decode_all(T::FollowUps, &mut ignored)?;
        let stored: BTreeMap<Id, Balance> = self.decode_all(T::Balances, &mut ignored)?;
        let mut batch = sled::Batch::default();
        let mut changed = false;
        for (id, fresh) in recomputed(&contacts, &ledger, &interactions, &follow_ups) {
            if stored.get(&id).is_some_and(|kept| *kept != fresh) {
                batch.insert(&keys::id(id), codec::encode(&fresh)?);
                changed = true;
            }
        }
        self.tree(T::Balances).apply_batch(batch)?;
        Ok(changed)
    }

    fn check_balances(
        &self,
        contacts: &BTreeMap<Id, Contact>,
        ledger: &BTreeMap<Id, LedgerEntry>,
        interactions: &BTreeMap<Id, Interaction>,
        follow_ups: &BTreeMap<Id, FollowUp>,
        stored: &BTreeMap<Id, Balance>,
        problems: &mut Vec<Problem>,
    ) -> Result<()> {
        let mut totals = Tallies::default();
        for (id, fresh) in recomputed(contacts, ledger, interactions, follow_ups) {
            totals.merge(&fresh.tallies);
            let kept = stored.get(&id).copied().unwrap_or_default();
            if kept != fresh {
                problems.push(Problem(format!(
                    "balance of contact {id} is out of step with its records (stored {kept:?}, recomputed {fresh:?})"
                )));
            }
        }
        for id in stored.keys() {
            if !contacts.contains_key(id) {
                problems.push(Problem(format!(
                    "a balance is stored for contact {id}, which does not exist"
                )));
            }
        }
        let kept_totals = match self.read(T::Meta).get(TOTALS_KEY)? {
            Some(raw) => match codec::decode::<Tallies>(&raw) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Problem(format!("the overall totals cannot be read: {e}")));
                    return Ok(());
                }
            },
            None => Tallies::default(),
        };
        if kept_totals != totals {
            problems.push(Problem(format!(
                "the overall totals are out of step (stored {kept_totals:?}, recomputed {totals:?})"
            )));
        }
        Ok(())
    }
}

fn compare_index(t: T, label: &str, expected: &Index, actual: &Index, problems: &mut Vec<Problem>) {
    for stray in actual.difference(expected) {
        problems.push(Problem(format!(
            "{label}: entry {} points at nothing that exists",
            describe_key(t, &stray.0)
        )));
    }
    for lost in expected.difference(actual) {
        problems.push(Problem(format!(
            "{label}: record for {} is not indexed",
            describe_key(t, &lost.0)
        )));
    }
}

fn describe_key(t: T, key: &[u8]) -> String {
    let described = match t {
        T::Names => keys::read_name(key).map(|(n, id)| format!("'{n}' → contact {id}")),
        T::Members => keys::read_pair(key).map(|(i, c)| format!("interest {i} → contact {c}")),
        T::History => {
            keys::read_history(key).map(|(c, d, r)| format!("contact {c}, {d}, record {r}"))
        }
        T::Due => keys::read_due(key).map(|(d, r)| format!("{d} → follow-up {r}")),
        T::InterestKeys => std::str::from_utf8(key).ok().map(|k| format!("'{k}'")),
        _ => None,
    };
    described.unwrap_or_else(|| format!("{key:?}"))
}

/// Every contact's balance as its records say it (see [`Balance::recompute`]).
fn recomputed(
    contacts: &BTreeMap<Id, Contact>,
    ledger: &BTreeMap<Id, LedgerEntry>,
    interactions: &BTreeMap<Id, Interaction>,
    follow_ups: &BTreeMap<Id, FollowUp>,
) -> BTreeMap<Id, Balance> {
    let mut by_contact: BTreeMap<Id, Feeds<'_>> = contacts
        .keys()
        .map(|id| (*id, Default::default()))
        .collect();
    for e in ledger.values() {
        for c in e.people() {
            by_contact.entry(c).or_default().0.push(e);
        }
    }
    for i in interactions.values() {
        for c in &i.contacts {
            by_contact.entry(*c).or_default().1.push(i);
        }
    }
    for f in follow_ups.values() {
        by_contact.entry(f.contact).or_default().2.push(f);
    }
    by_contact
        .into_iter()
        .map(|(id, (l, i, f))| {
            let fresh = Balance::recompute(l.iter().copied(), i.iter().copied(), f.iter().copied());
            (id, fresh)
        })
        .collect()
}
