//! `LedgerEntry` layout 1, before an entry kept the day it was settled and
//! the introduction that granted a request: read as settled on its own date
//! and granted by nothing, which is how every view read it then.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::day_serde;
use crate::domain::{Direction, EntryState, FavourKind, Id, LedgerEntry, Nature};

/// `LedgerEntry` as layout 1 wrote it (and every `TrashEntry` layout up
/// to 6 holds).
#[derive(Deserialize, Serialize)]
pub struct LedgerEntryV1 {
    id: Id,
    #[serde(with = "day_serde")]
    date: NaiveDate,
    contact: Id,
    other: Option<Id>,
    direction: Direction,
    nature: Nature,
    kind: FavourKind,
    text: String,
    weight: u8,
    state: EntryState,
    tags: Vec<String>,
}

impl From<LedgerEntryV1> for LedgerEntry {
    fn from(e: LedgerEntryV1) -> LedgerEntry {
        LedgerEntry {
            id: e.id,
            date: e.date,
            contact: e.contact,
            other: e.other,
            direction: e.direction,
            nature: e.nature,
            kind: e.kind,
            text: e.text,
            weight: e.weight,
            state: e.state,
            tags: e.tags,
            settled: None,
            granted_by: None,
        }
    }
}
