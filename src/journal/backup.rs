//! The lossless JSON export and its import: everything in the journal, in a
//! documented, versioned schema (`docs/export-format.md`), ordered by id so
//! the same journal always exports to the same bytes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Journal, JournalError, Result};
use crate::domain::dates::day_serde;
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies, TrashEntry,
};

/// The export schema version. Bump it (and keep reading the old one) when
/// the shape changes.
pub const EXPORT_VERSION: u32 = 1;

/// The whole journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// Always "givegive": tells a givegive export from any other JSON.
    pub format: String,
    pub version: u32,
    pub interests: Vec<Interest>,
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub ledger: Vec<LedgerEntry>,
    pub follow_ups: Vec<FollowUp>,
    pub signals: Vec<Signal>,
    pub trash: Vec<TrashEntry>,
    pub review_state: Vec<HiddenItem>,
}

/// A review item hidden until a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HiddenItem {
    pub key: String,
    #[serde(with = "day_serde")]
    pub until: NaiveDate,
}

/// What an import brought in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub contacts: usize,
    pub records: usize,
}

impl Journal {
    /// Everything, ordered by id.
    pub fn export(&self) -> Result<Export> {
        let s = &self.store;
        Ok(Export {
            format: "givegive".into(),
            version: EXPORT_VERSION,
            interests: s.interests().collect::<Result<_, _>>()?,
            contacts: s.contacts().collect::<Result<_, _>>()?,
            interactions: s.interactions().collect::<Result<_, _>>()?,
            ledger: s.ledger().collect::<Result<_, _>>()?,
            follow_ups: s.follow_ups().collect::<Result<_, _>>()?,
            signals: s.signals().collect::<Result<_, _>>()?,
            trash: s.trash().collect::<Result<_, _>>()?,
            review_state: s
                .review_state()?
                .into_iter()
                .map(|(key, until)| HiddenItem { key, until })
                .collect(),
        })
    }

    /// Restores an export into this journal, which must be empty: all of it
    /// in one transaction, with every index and balance rebuilt, or nothing.
    pub fn import_export(&self, export: &Export) -> Result<Imported> {
        if export.format != "givegive" {
            return Err(JournalError::Invalid(
                "this JSON is not a givegive export".into(),
            ));
        }
        if export.version > EXPORT_VERSION {
            return Err(JournalError::Invalid(format!(
                "this export is version {}, newer than this givegive reads ({EXPORT_VERSION}); upgrade givegive",
                export.version
            )));
        }
        if self.store.contact_count() > 0 || self.store.interests().next().is_some() {
            return Err(JournalError::Invalid(
                "a JSON export restores into an empty journal; choose a new one with --db PATH"
                    .into(),
            ));
        }
        validate(export)?;
        let balances = balances(export);
        let mut totals = Tallies::default();
        for b in balances.values() {
            totals.merge(&b.tallies);
        }
        let highest = highest_id(export);
        self.store.transact(|tx| {
            for i in &export.interests {
                tx.put_interest(i)?;
            }
            for c in &export.contacts {
                tx.put_contact(c, None)?;
            }
            for i in &export.interactions {
                tx.put_interaction(i, None)?;
            }
            for e in &export.ledger {
                tx.put_ledger(e)?;
            }
            for f in &export.follow_ups {
                tx.put_follow_up(f, None)?;
            }
            for s in &export.signals {
                tx.put_signal(s)?;
            }
            for t in &export.trash {
                tx.put_trash(t)?;
            }
            for h in &export.review_state {
                tx.hide_review_item(&h.key, h.until)?;
            }
            for (id, b) in &balances {
                tx.put_balance(*id, b)?;
            }
            tx.put_totals(&totals)?;
            tx.reserve_ids_through(highest)
        })?;
        Ok(Imported {
            contacts: export.contacts.len(),
            records: export.interactions.len()
                + export.ledger.len()
                + export.follow_ups.len()
                + export.signals.len(),
        })
    }
}

fn invalid(what: String) -> JournalError {
    JournalError::Invalid(format!(
        "the export is inconsistent: {what}; nothing was imported"
    ))
}

/// Every reference points at a record of the export, ids are unique,
/// weights are in range.
fn validate(e: &Export) -> Result<()> {
    let contacts: BTreeSet<Id> = e.contacts.iter().map(|c| c.id).collect();
    let interests: BTreeSet<Id> = e.interests.iter().map(|i| i.id).collect();
    let mut seen = BTreeSet::new();
    for id in all_ids(e) {
        if !seen.insert(id) {
            return Err(invalid(format!("id {id} is used twice")));
        }
    }
    let known = |id: &Id, what: &str| {
        if contacts.contains(id) {
            Ok(())
        } else {
            Err(invalid(format!(
                "{what} refers to contact {id}, which is not in it"
            )))
        }
    };
    for c in &e.contacts {
        if let Some(i) = c.interests.iter().find(|i| !interests.contains(i)) {
            return Err(invalid(format!(
                "contact {} links interest {i}, which is not in it",
                c.id
            )));
        }
    }
    for i in &e.interactions {
        for c in &i.contacts {
            known(c, &format!("interaction {}", i.id))?;
        }
    }
    for l in &e.ledger {
        for c in l.people() {
            known(&c, &format!("ledger entry {}", l.id))?;
        }
        if !(1..=LedgerEntry::MAX_WEIGHT).contains(&l.weight) {
            return Err(invalid(format!(
                "ledger entry {} has weight {}",
                l.id, l.weight
            )));
        }
    }
    for f in &e.follow_ups {
        known(&f.contact, &format!("follow-up {}", f.id))?;
    }
    for s in &e.signals {
        known(&s.contact, &format!("signal {}", s.id))?;
    }
    Ok(())
}

/// Every contact's balance, recomputed from the export's records.
fn balances(e: &Export) -> BTreeMap<Id, Balance> {
    let mut out = BTreeMap::new();
    for c in &e.contacts {
        let ledger: Vec<&LedgerEntry> = e
            .ledger
            .iter()
            .filter(|l| l.people().any(|p| p == c.id))
            .collect();
        let interactions: Vec<&Interaction> = e
            .interactions
            .iter()
            .filter(|i| i.contacts.contains(&c.id))
            .collect();
        let follow_ups: Vec<&FollowUp> =
            e.follow_ups.iter().filter(|f| f.contact == c.id).collect();
        let b = Balance::recompute(ledger, interactions, follow_ups);
        if b != Balance::default() {
            out.insert(c.id, b);
        }
    }
    out
}

/// Every record id in the export.
fn all_ids(e: &Export) -> impl Iterator<Item = Id> + '_ {
    e.interests
        .iter()
        .map(|i| i.id)
        .chain(e.contacts.iter().map(|c| c.id))
        .chain(e.interactions.iter().map(|i| i.id))
        .chain(e.ledger.iter().map(|l| l.id))
        .chain(e.follow_ups.iter().map(|f| f.id))
        .chain(e.signals.iter().map(|s| s.id))
        .chain(e.trash.iter().map(|t| t.id))
}

fn highest_id(e: &Export) -> Id {
    all_ids(e).max().unwrap_or_default()
}
