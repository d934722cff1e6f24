//! A person's history index: one value per person listing their records
//! by day, instead of one key per record.
//!
//! sled 0.34 splits a leaf page at 16 keys and reads its whole page table
//! back on every open, so every key costs every process. The history index
//! was the largest tree (a key per record and per person it concerns,
//! about 2 million at 100,000 people); as one value per person it is 100,000
//! keys. A write rewrites the person's list, a few bytes a line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codec::{self, CodecError, Record};
use super::keys::{self, RecordKind};
use crate::domain::Id;
use crate::domain::dates::day_serde;

/// One line: the record's day, kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    #[serde(with = "day_serde")]
    pub day: NaiveDate,
    pub kind: u8,
    pub id: Id,
}

/// A person's lines in the order of the old keys: by day, then by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lines(pub Vec<Line>);

impl Record for Lines {}

impl Lines {
    pub fn decode(raw: Option<&[u8]>) -> Result<Lines, CodecError> {
        raw.map_or_else(|| Ok(Lines::default()), codec::decode)
    }

    fn at(&self, day: NaiveDate, id: Id) -> Result<usize, usize> {
        self.0.binary_search_by(|l| (l.day, l.id).cmp(&(day, id)))
    }

    /// Adds a line, or replaces the kind of the line already there.
    pub fn add(&mut self, day: NaiveDate, id: Id, kind: RecordKind) {
        let line = Line {
            day,
            kind: kind as u8,
            id,
        };
        match self.at(day, id) {
            Ok(i) => self.0[i] = line,
            Err(i) => self.0.insert(i, line),
        }
    }

    pub fn remove(&mut self, day: NaiveDate, id: Id) {
        if let Ok(i) = self.at(day, id) {
            self.0.remove(i);
        }
    }

    /// The lines as (day, kind, record), oldest first; lines of a kind this
    /// build does not know are skipped.
    pub fn entries(&self) -> impl Iterator<Item = (NaiveDate, RecordKind, Id)> + '_ {
        self.0
            .iter()
            .filter_map(|l| Some((l.day, RecordKind::from_byte(l.kind)?, l.id)))
    }

    /// The lines in the old one-key-per-record layout, which the integrity
    /// check derives from the records and compares with.
    pub fn as_index(&self, contact: Id) -> impl Iterator<Item = (Vec<u8>, Vec<u8>)> + '_ {
        self.0
            .iter()
            .map(move |l| (keys::history(contact, l.day, l.id).to_vec(), vec![l.kind]))
    }
}
