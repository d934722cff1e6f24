//! The lossless JSON export and its import: everything in the journal, in a
//! documented, versioned schema (`docs/export-format.md`), ordered by id so
//! the same journal always exports to the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Journal, JournalError, Result};
use crate::domain::dates::day_serde;
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, Interest, LedgerEntry, Signal, Tallies,
    TrashEntry, TrashItem, Voice,
};
use crate::store::{Tx, TxResult};

/// The export schema version. Bump it (and keep reading the old one) when
/// the shape changes. Version 2: interactions say whose words they hold
/// (`from`).
pub const EXPORT_VERSION: u32 = 2;

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

/// The export serialized straight from the store, record by record, with
/// the same fields in the same order as [`Export`] and so the same bytes:
/// a daily backup of 100,000 people need not hold them all in memory.
pub struct Streamed<'a> {
    journal: &'a Journal,
}

impl Export {
    /// An export of an older version in today's shape: an interaction of
    /// version 1 did not say whose words it holds, and reads as
    /// [`Voice::of_old`] says (the message "mark sent" logged is mine).
    pub fn upgraded(mut self) -> Export {
        if self.version < 2 {
            let trashed = self.trash.iter_mut().flat_map(|t| match &mut t.item {
                TrashItem::Contact(b) => b.interactions.iter_mut().collect(),
                TrashItem::Merged(m) => m.interactions.iter_mut().collect(),
                TrashItem::Interaction(i) => vec![i],
                _ => Vec::new(),
            });
            for i in self.interactions.iter_mut().chain(trashed) {
                i.from = Voice::of_old(i.kind, &i.summary);
            }
        }
        self
    }
}

impl Journal {
    /// Everything, as [`Journal::export`] has it, read as it is written.
    pub fn export_streamed(&self) -> Streamed<'_> {
        Streamed { journal: self }
    }
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeStruct};
        let store = &self.journal.store;
        let hidden: Vec<HiddenItem> = store
            .review_state()
            .map_err(S::Error::custom)?
            .into_iter()
            .map(|(key, until)| HiddenItem { key, until })
            .collect();
        let mut st = s.serialize_struct("Export", 10)?;
        st.serialize_field("format", "givegive")?;
        st.serialize_field("version", &EXPORT_VERSION)?;
        st.serialize_field("interests", &Records::new(store.interests()))?;
        st.serialize_field("contacts", &Records::new(store.contacts()))?;
        st.serialize_field("interactions", &Records::new(store.interactions()))?;
        st.serialize_field("ledger", &Records::new(store.ledger()))?;
        st.serialize_field("follow_ups", &Records::new(store.follow_ups()))?;
        st.serialize_field("signals", &Records::new(store.signals()))?;
        st.serialize_field("trash", &Records::new(store.trash()))?;
        st.serialize_field("review_state", &hidden)?;
        st.end()
    }
}

/// A store iterator serialized as a sequence, once.
struct Records<I>(std::cell::RefCell<Option<I>>);

impl<I> Records<I> {
    fn new(records: I) -> Records<I> {
        Records(std::cell::RefCell::new(Some(records)))
    }
}

impl<T: Serialize, I: Iterator<Item = Result<T, crate::store::StoreError>>> Serialize
    for Records<I>
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let records = self
            .0
            .borrow_mut()
            .take()
            .ok_or_else(|| S::Error::custom("records serialized twice"))?;
        let mut seq = s.serialize_seq(None)?;
        for record in records {
            seq.serialize_element(&record.map_err(S::Error::custom)?)?;
        }
        seq.end()
    }
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
    /// It cannot be undone (the step would hold the whole journal), nor can
    /// what came before it.
    pub fn import_export(&self, export: &Export) -> Result<Imported> {
        self.write_export(export, usize::MAX)
    }

    /// Writes a generated journal in transactions of `batch` records each.
    ///
    /// sled keeps a transaction's writes in memory until it commits, so one
    /// transaction over a 100,000-person journal would need tens of
    /// gigabytes. A synthetic journal has nothing to lose if the generation
    /// is cut short, so it trades all-or-nothing for bounded memory (and
    /// keeps no undo steps); a user's export always goes through
    /// [`Journal::import_export`].
    pub fn write_generated(&self, export: &Export, batch: usize) -> Result<Imported> {
        self.write_export(export, batch.max(1))
    }

    /// Why `export` would not be restored into this journal, or `Ok`: what
    /// `import --format json --dry-run` says, the same refusals as the run
    /// itself (a dry run into a full journal said "would restore 25 people").
    pub fn can_restore(&self, export: &Export) -> Result<()> {
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
        validate(export)
    }

    fn write_export(&self, export: &Export, batch: usize) -> Result<Imported> {
        self.can_restore(export)?;
        let balances: Vec<(Id, Balance)> = balances(export).into_iter().collect();
        let mut totals = Tallies::default();
        for (_, b) in &balances {
            totals.merge(&b.tallies);
        }
        let last = Part::Last {
            totals: &totals,
            highest: highest_id(export),
        };
        let parts: Vec<Part<'_>> = std::iter::empty()
            .chain(export.interests.chunks(batch).map(Part::Interests))
            .chain(export.contacts.chunks(batch).map(Part::Contacts))
            .chain(export.interactions.chunks(batch).map(Part::Interactions))
            .chain(export.ledger.chunks(batch).map(Part::Ledger))
            .chain(export.follow_ups.chunks(batch).map(Part::FollowUps))
            .chain(export.signals.chunks(batch).map(Part::Signals))
            .chain(export.trash.chunks(batch).map(Part::Trash))
            .chain(export.review_state.chunks(batch).map(Part::Hidden))
            .chain(balances.chunks(batch).map(Part::Balances))
            .chain(std::iter::once(last))
            .collect();
        if batch == usize::MAX {
            self.store.transact_bulk(|tx| {
                for part in &parts {
                    part.write(tx)?;
                }
                Ok(())
            })?;
        } else {
            for part in &parts {
                self.store.transact_bulk(|tx| part.write(tx))?;
            }
        }
        Ok(Imported {
            contacts: export.contacts.len(),
            records: export.interactions.len()
                + export.ledger.len()
                + export.follow_ups.len()
                + export.signals.len(),
        })
    }
}

/// A slice of an export that one transaction can write; the last part
/// writes the totals and reserves the ids, so a cut-short generation never
/// hands out an id that is already taken.
enum Part<'a> {
    Interests(&'a [Interest]),
    Contacts(&'a [Contact]),
    Interactions(&'a [Interaction]),
    Ledger(&'a [LedgerEntry]),
    FollowUps(&'a [FollowUp]),
    Signals(&'a [Signal]),
    Trash(&'a [TrashEntry]),
    Hidden(&'a [HiddenItem]),
    Balances(&'a [(Id, Balance)]),
    Last { totals: &'a Tallies, highest: Id },
}

impl Part<'_> {
    fn write(&self, tx: &Tx<'_>) -> TxResult<()> {
        match self {
            Part::Interests(all) => all.iter().try_for_each(|i| tx.put_interest(i)),
            Part::Contacts(all) => all.iter().try_for_each(|c| tx.put_contact(c, None)),
            Part::Interactions(all) => all.iter().try_for_each(|i| tx.put_interaction(i, None)),
            Part::Ledger(all) => all.iter().try_for_each(|e| tx.put_ledger(e)),
            Part::FollowUps(all) => all.iter().try_for_each(|f| tx.put_follow_up(f, None)),
            Part::Signals(all) => all.iter().try_for_each(|s| tx.put_signal(s)),
            Part::Trash(all) => all.iter().try_for_each(|t| tx.put_trash(t)),
            Part::Hidden(all) => all
                .iter()
                .try_for_each(|h| tx.hide_review_item(&h.key, h.until)),
            Part::Balances(all) => all.iter().try_for_each(|(id, b)| tx.put_balance(*id, b)),
            Part::Last { totals, highest } => {
                tx.put_totals(totals)?;
                tx.reserve_ids_through(*highest)
            }
        }
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
    let by_id: BTreeMap<Id, &Contact> = e.contacts.iter().map(|c| (c.id, c)).collect();
    for c in &e.contacts {
        if let Some(i) = c.interests.iter().find(|i| !interests.contains(i)) {
            return Err(invalid(format!(
                "contact {} links interest {i}, which is not in it",
                c.id
            )));
        }
        // A relationship is kept on both people: both must say it.
        for link in &c.links {
            known(&link.to, &format!("contact {}'s relationship", c.id))?;
            if !by_id
                .get(&link.to)
                .is_some_and(|other| other.links.iter().any(|b| link.answered_by(c.id, b)))
            {
                return Err(invalid(format!(
                    "contact {} is {}'s {}, but contact {} does not say so",
                    link.to,
                    c.id,
                    link.word(),
                    link.to
                )));
            }
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
/// Everyone's balance, recomputed from the records. One pass groups the
/// records by person: filtering all records once per person was quadratic
/// and took minutes on a 100,000-person journal.
fn balances(e: &Export) -> BTreeMap<Id, Balance> {
    type Records<'a> = (
        Vec<&'a LedgerEntry>,
        Vec<&'a Interaction>,
        Vec<&'a FollowUp>,
    );
    let mut by_person: HashMap<Id, Records<'_>> = HashMap::new();
    let once = |ids: &mut Vec<Id>| {
        ids.sort_unstable();
        ids.dedup();
    };
    for l in &e.ledger {
        let mut people: Vec<Id> = l.people().collect();
        once(&mut people);
        for p in people {
            by_person.entry(p).or_default().0.push(l);
        }
    }
    for i in &e.interactions {
        let mut people = i.contacts.clone();
        once(&mut people);
        for p in people {
            by_person.entry(p).or_default().1.push(i);
        }
    }
    for f in &e.follow_ups {
        by_person.entry(f.contact).or_default().2.push(f);
    }
    let mut out = BTreeMap::new();
    for c in &e.contacts {
        let Some((ledger, interactions, follow_ups)) = by_person.remove(&c.id) else {
            continue;
        };
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
