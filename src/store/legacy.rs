//! Earlier record layouts, frozen as they were written, and their upgrades.
//! bincode stores fields by position, so a layout that changes keeps its old
//! shape here for as long as journals written with it may exist.
//!
//! - `Contact` v1: no `external_ids` (added in v2).
//! - `Contact` v2: no `dates`, `addresses`, `name_parts` or `links` (added
//!   in v3).
//! - `Contact` v3: emails and phones as `LABEL=VALUE` text (labelled data
//!   from v4), in [`contact3`].
//! - `Summary` v1: no `dates` (added in v2); v2: no `added` (in v3).
//! - `FollowUp` v1: no `meeting` or `done_by` (added in v2).
//! - `TrashEntry` v1 and v2: hold `Contact` v1 and v2 inside deleted and
//!   merged people; v1 to v3 hold `FollowUp` v1.
//! - `Interaction` v1: no `from` (added in v2); read as [`Voice::of_old`]
//!   says. `TrashEntry` v1 to v3 hold `Interaction` v1; v3 and v4 hold
//!   `Contact` v3.
//! - `Contact` v4: no `imported` (what each card's last import said, from
//!   v5), in [`contact4`]; `TrashEntry` v5 holds it.
//! - `Contact` v5: what a card's last import said without its URLs,
//!   addresses, chat handles and related names (from v6), in
//!   [`contact5`]; `TrashEntry` v6 holds it.
//! - `LedgerEntry` v1: no `settled` or `granted_by` (added in v2), in
//!   [`ledger1`]; `TrashEntry` v1 to v7 hold it.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codec::{CodecError, Record, decode_body};

mod contact3;
mod contact4;
mod contact5;
mod ledger1;

use crate::domain::dates::day_serde;
use crate::domain::review::Digest;
use crate::domain::summary::Summary;
use crate::domain::{
    Balance, Contact, ContactBundle, FollowUp, FollowUpState, HowWeMet, Id, Interaction,
    InteractionKind, Interest, LedgerEntry, MergeBundle, Signal, Status, Tallies, Tier, TrashEntry,
    TrashItem, Voice,
};
use contact3::{ContactV3, split};
use contact4::ContactV4;
use contact5::ContactV5;
use ledger1::LedgerEntryV1;

impl Record for Interest {}
impl Record for Interaction {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<InteractionV1>(body).map(Interaction::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

/// `Interaction` as layout 1 wrote it, before it said whose words it holds.
#[derive(Deserialize, Serialize)]
pub struct InteractionV1 {
    id: Id,
    #[serde(with = "day_serde")]
    date: NaiveDate,
    contacts: Vec<Id>,
    kind: InteractionKind,
    summary: String,
    details: String,
    tags: Vec<String>,
}

impl From<InteractionV1> for Interaction {
    fn from(i: InteractionV1) -> Interaction {
        Interaction {
            from: Voice::of_old(i.kind, &i.summary),
            id: i.id,
            date: i.date,
            contacts: i.contacts,
            kind: i.kind,
            summary: i.summary,
            details: i.details,
            tags: i.tags,
        }
    }
}
impl Record for LedgerEntry {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<LedgerEntryV1>(body).map(LedgerEntry::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}
impl Record for FollowUp {
    const VERSION: u16 = 2;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<FollowUpV1>(body).map(FollowUp::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}
impl Record for Signal {}
impl Record for Balance {}
impl Record for Tallies {}
impl Record for Summary {
    const VERSION: u16 = 3;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<SummaryV1>(body).map(|s| SummaryV2::from(s).into()),
            2 => decode_body::<SummaryV2>(body).map(Summary::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

/// `Summary` as layout 2 wrote it, before it kept the day a person was
/// added. The migration to store v10 builds every summary again; one an
/// older undo step puts back reads as added long ago, which is how the
/// review read everyone before.
#[derive(Deserialize, Serialize)]
struct SummaryV2 {
    id: Id,
    name: Arc<str>,
    org: Arc<str>,
    role: Arc<str>,
    tier: Tier,
    tags: Arc<[String]>,
    closed: bool,
    cadence_days: Option<u16>,
    balance: Balance,
    digest: Digest,
    dates: Arc<[crate::domain::Occasion]>,
}

impl From<SummaryV2> for Summary {
    fn from(s: SummaryV2) -> Summary {
        Summary {
            id: s.id,
            name: s.name,
            org: s.org,
            role: s.role,
            tier: s.tier,
            tags: s.tags,
            closed: s.closed,
            cadence_days: s.cadence_days,
            balance: s.balance,
            digest: s.digest,
            dates: s.dates,
            added: NaiveDate::MIN,
        }
    }
}

/// `Summary` as layout 1 wrote it, before people had dates. Only built
/// from contacts of layout 1 or 2 (which had none), so it upgrades without
/// any: an undo can still put one back after the journal was migrated.
#[derive(Deserialize, Serialize)]
struct SummaryV1 {
    id: Id,
    name: Arc<str>,
    org: Arc<str>,
    role: Arc<str>,
    tier: Tier,
    tags: Arc<[String]>,
    closed: bool,
    cadence_days: Option<u16>,
    balance: Balance,
    digest: Digest,
}

impl From<SummaryV1> for SummaryV2 {
    fn from(s: SummaryV1) -> SummaryV2 {
        SummaryV2 {
            id: s.id,
            name: s.name,
            org: s.org,
            role: s.role,
            tier: s.tier,
            tags: s.tags,
            closed: s.closed,
            cadence_days: s.cadence_days,
            balance: s.balance,
            digest: s.digest,
            dates: crate::domain::summary::no_dates(),
        }
    }
}

impl Record for Contact {
    const VERSION: u16 = 6;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<ContactV1>(body).map(Contact::from),
            2 => decode_body::<ContactV2>(body).map(Contact::from),
            3 => decode_body::<ContactV3>(body).map(Contact::from),
            4 => decode_body::<ContactV4>(body).map(Contact::from),
            5 => decode_body::<ContactV5>(body).map(Contact::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

impl Record for TrashEntry {
    const VERSION: u16 = 8;

    fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => decode_body::<OldTrashEntry<ContactV1, InteractionV1, FollowUpV1>>(body)
                .map(TrashEntry::from),
            2 => decode_body::<OldTrashEntry<ContactV2, InteractionV1, FollowUpV1>>(body)
                .map(TrashEntry::from),
            3 => decode_body::<OldTrashEntry<ContactV3, InteractionV1, FollowUpV1>>(body)
                .map(TrashEntry::from),
            4 => decode_body::<OldTrashEntry<ContactV3, Interaction, FollowUp>>(body)
                .map(TrashEntry::from),
            5 => decode_body::<OldTrashEntry<ContactV4, Interaction, FollowUp>>(body)
                .map(TrashEntry::from),
            6 => decode_body::<OldTrashEntry<ContactV5, Interaction, FollowUp>>(body)
                .map(TrashEntry::from),
            7 => decode_body::<OldTrashEntry<Contact, Interaction, FollowUp>>(body)
                .map(TrashEntry::from),
            v => Err(CodecError::Unknown(v)),
        }
    }
}

/// `FollowUp` as layout 1 wrote it, before it knew which meeting planned
/// it: such a follow-up stays open until done, as one with its own text.
#[derive(Deserialize, Serialize)]
pub struct FollowUpV1 {
    id: Id,
    contact: Id,
    #[serde(with = "day_serde")]
    due: NaiveDate,
    text: String,
    state: FollowUpState,
    #[serde(with = "day_serde")]
    created: NaiveDate,
}

impl From<FollowUpV1> for FollowUp {
    fn from(f: FollowUpV1) -> FollowUp {
        FollowUp {
            id: f.id,
            contact: f.contact,
            due: f.due,
            text: f.text,
            state: f.state,
            created: f.created,
            meeting: None,
            done_by: None,
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

/// `Contact` as layout 2 wrote it.
#[derive(Deserialize, Serialize)]
pub struct ContactV2 {
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
    external_ids: Vec<String>,
}

impl From<ContactV1> for Contact {
    fn from(c: ContactV1) -> Contact {
        Contact::from(ContactV2 {
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
        })
    }
}

impl From<ContactV2> for Contact {
    fn from(c: ContactV2) -> Contact {
        Contact {
            id: c.id,
            name: c.name,
            aliases: c.aliases,
            met: c.met,
            org: c.org,
            role: c.role,
            emails: split(c.emails),
            phones: split(c.phones),
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
            external_ids: c.external_ids,
            dates: Vec::new(),
            addresses: Vec::new(),
            name_parts: None,
            links: Vec::new(),
            related: Vec::new(),
            handles: Vec::new(),
            imported: Vec::new(),
        }
    }
}

/// `TrashEntry` as layouts 1 to 7 wrote it: the same shape around the
/// `Contact` (`C`), `Interaction` (`I`) and `FollowUp` (`F`) layouts of
/// their time.
#[derive(Deserialize, Serialize)]
struct OldTrashEntry<C, I, F> {
    id: Id,
    #[serde(with = "day_serde")]
    deleted_on: NaiveDate,
    item: OldTrashItem<C, I, F>,
}

#[derive(Deserialize, Serialize)]
enum OldTrashItem<C, I, F> {
    Contact(Box<OldContactBundle<C, I, F>>),
    Interaction(I),
    Ledger(LedgerEntryV1),
    FollowUp(F),
    Signal(Signal),
    Merged(Box<OldMergeBundle<C, I, F>>),
}

#[derive(Deserialize, Serialize)]
struct OldContactBundle<C, I, F> {
    contact: C,
    interactions: Vec<I>,
    unlinked: Vec<(Id, u32)>,
    ledger: Vec<LedgerEntryV1>,
    follow_ups: Vec<F>,
    signals: Vec<Signal>,
}

#[derive(Deserialize, Serialize)]
struct OldMergeBundle<C, I, F> {
    gone: C,
    kept: C,
    interactions: Vec<I>,
    ledger: Vec<LedgerEntryV1>,
    follow_ups: Vec<F>,
    signals: Vec<Signal>,
}

impl<C: Into<Contact>, I: Into<Interaction>, F: Into<FollowUp>> From<OldTrashEntry<C, I, F>>
    for TrashEntry
{
    fn from(t: OldTrashEntry<C, I, F>) -> TrashEntry {
        let follow_ups = |old: Vec<F>| old.into_iter().map(Into::into).collect();
        let item = match t.item {
            OldTrashItem::Contact(b) => TrashItem::Contact(Box::new(ContactBundle {
                contact: b.contact.into(),
                interactions: b.interactions.into_iter().map(Into::into).collect(),
                unlinked: b.unlinked,
                ledger: b.ledger.into_iter().map(Into::into).collect(),
                follow_ups: follow_ups(b.follow_ups),
                signals: b.signals,
            })),
            OldTrashItem::Interaction(i) => TrashItem::Interaction(i.into()),
            OldTrashItem::Ledger(e) => TrashItem::Ledger(e.into()),
            OldTrashItem::FollowUp(f) => TrashItem::FollowUp(f.into()),
            OldTrashItem::Signal(s) => TrashItem::Signal(s),
            OldTrashItem::Merged(m) => TrashItem::Merged(Box::new(MergeBundle {
                gone: m.gone.into(),
                kept: m.kept.into(),
                interactions: m.interactions.into_iter().map(Into::into).collect(),
                ledger: m.ledger.into_iter().map(Into::into).collect(),
                follow_ups: follow_ups(m.follow_ups),
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
mod tests;
