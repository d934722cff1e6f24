//! Earlier record layouts, frozen as they were written, and their upgrades.
//! bincode stores fields by position, so a layout that changes keeps its old
//! shape here for as long as journals written with it may exist.
//!
//! - `Contact` v1: no `external_ids` (added in v2).
//! - `TrashEntry` v1: holds `Contact` v1 inside deleted and merged people.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codec::{CodecError, Record, decode_body};
use crate::domain::dates::day_serde;
use crate::domain::summary::Summary;
use crate::domain::{
    Balance, Contact, ContactBundle, FollowUp, HowWeMet, Id, Interaction, Interest, LedgerEntry,
    MergeBundle, Signal, Status, Tallies, Tier, TrashEntry, TrashItem,
};

impl Record for Interest {}
impl Record for Interaction {}
impl Record for LedgerEntry {}
impl Record for FollowUp {}
impl Record for Signal {}
impl Record for Balance {}
impl Record for Tallies {}
impl Record for Summary {}

impl Record for Contact {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<ContactV1>(body).map(Contact::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

impl Record for TrashEntry {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<TrashEntryV1>(body).map(TrashEntry::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

/// `Contact` as layout 1 wrote it.
#[derive(Deserialize, Serialize)]
pub struct ContactV1 {
    id: Id,
    name: String,
    aliases: Vec<String>,
    met: HowWeMet,
    org: String,
    role: String,
    emails: Vec<String>,
    phones: Vec<String>,
    urls: Vec<String>,
    tags: Vec<String>,
    interests: Vec<Id>,
    needs: Vec<String>,
    offers: Vec<String>,
    notes: String,
    cadence_days: Option<u16>,
    tier: Tier,
    status: Status,
    #[serde(with = "day_serde")]
    created: NaiveDate,
}

impl From<ContactV1> for Contact {
    fn from(c: ContactV1) -> Contact {
        Contact {
            id: c.id,
            name: c.name,
            aliases: c.aliases,
            met: c.met,
            org: c.org,
            role: c.role,
            emails: c.emails,
            phones: c.phones,
            urls: c.urls,
            tags: c.tags,
            interests: c.interests,
            needs: c.needs,
            offers: c.offers,
            notes: c.notes,
            cadence_days: c.cadence_days,
            tier: c.tier,
            status: c.status,
            created: c.created,
            external_ids: Vec::new(),
        }
    }
}

#[derive(Deserialize, Serialize)]
struct TrashEntryV1 {
    id: Id,
    #[serde(with = "day_serde")]
    deleted_on: NaiveDate,
    item: TrashItemV1,
}

#[derive(Deserialize, Serialize)]
enum TrashItemV1 {
    Contact(Box<ContactBundleV1>),
    Interaction(Interaction),
    Ledger(LedgerEntry),
    FollowUp(FollowUp),
    Signal(Signal),
    Merged(Box<MergeBundleV1>),
}

#[derive(Deserialize, Serialize)]
struct ContactBundleV1 {
    contact: ContactV1,
    interactions: Vec<Interaction>,
    unlinked: Vec<(Id, u32)>,
    ledger: Vec<LedgerEntry>,
    follow_ups: Vec<FollowUp>,
    signals: Vec<Signal>,
}

#[derive(Deserialize, Serialize)]
struct MergeBundleV1 {
    gone: ContactV1,
    kept: ContactV1,
    interactions: Vec<Interaction>,
    ledger: Vec<LedgerEntry>,
    follow_ups: Vec<FollowUp>,
    signals: Vec<Signal>,
}

impl From<TrashEntryV1> for TrashEntry {
    fn from(t: TrashEntryV1) -> TrashEntry {
        let item = match t.item {
            TrashItemV1::Contact(b) => TrashItem::Contact(Box::new(ContactBundle {
                contact: b.contact.into(),
                interactions: b.interactions,
                unlinked: b.unlinked,
                ledger: b.ledger,
                follow_ups: b.follow_ups,
                signals: b.signals,
            })),
            TrashItemV1::Interaction(i) => TrashItem::Interaction(i),
            TrashItemV1::Ledger(e) => TrashItem::Ledger(e),
            TrashItemV1::FollowUp(f) => TrashItem::FollowUp(f),
            TrashItemV1::Signal(s) => TrashItem::Signal(s),
            TrashItemV1::Merged(m) => TrashItem::Merged(Box::new(MergeBundle {
                gone: m.gone.into(),
                kept: m.kept.into(),
                interactions: m.interactions,
                ledger: m.ledger,
                follow_ups: m.follow_ups,
                signals: m.signals,
            })),
        };
        TrashEntry {
            id: t.id,
            deleted_on: t.deleted_on,
            item,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::codec::{decode, encode};

    impl Record for TrashEntryV1 {}

    fn v1_contact(id: u64) -> ContactV1 {
        ContactV1 {
            id: Id(id),
            name: "Anna Rossi".into(),
            aliases: vec!["Annie".into()],
            met: HowWeMet::default(),
            org: "Fintastic".into(),
            role: String::new(),
            emails: vec!["anna@example.org".into()],
            phones: Vec::new(),
            urls: Vec::new(),
            tags: Vec::new(),
            interests: Vec::new(),
            needs: Vec::new(),
            offers: Vec::new(),
            notes: "notes".into(),
            cadence_days: Some(30),
            tier: Tier::Close,
            status: Status::Active,
            created: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        }
    }

    #[test]
    fn trashed_people_of_layout_1_come_back_whole() -> Result<(), CodecError> {
        let old = TrashEntryV1 {
            id: Id(3),
            deleted_on: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default(),
            item: TrashItemV1::Contact(Box::new(ContactBundleV1 {
                contact: v1_contact(3),
                interactions: Vec::new(),
                unlinked: vec![(Id(9), 1)],
                ledger: Vec::new(),
                follow_ups: Vec::new(),
                signals: Vec::new(),
            })),
        };
        let bytes = encode(&old)?;
        assert_eq!(&bytes[..2], &[0, 1]);
        let entry: TrashEntry = decode(&bytes)?;
        let TrashItem::Contact(bundle) = entry.item else {
            return Err(CodecError::Decode("not a contact".into()));
        };
        assert_eq!(bundle.contact.name, "Anna Rossi");
        assert_eq!(bundle.contact.cadence_days, Some(30));
        assert!(bundle.contact.external_ids.is_empty());
        assert_eq!(bundle.unlinked, vec![(Id(9), 1)]);
        Ok(())
    }
}
