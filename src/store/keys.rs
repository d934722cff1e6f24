//! Key layouts. Every number is big-endian so sled's byte order is the
//! natural order: ids by creation, days by calendar, and a prefix scan over a
//! contact id yields that contact's history by date.

use chrono::{Datelike, NaiveDate};

use crate::domain::Id;

pub fn id(id: Id) -> [u8; 8] {
    id.0.to_be_bytes()
}

pub fn read_id(bytes: &[u8]) -> Option<Id> {
    Some(Id(u64::from_be_bytes(bytes.try_into().ok()?)))
}

/// A day as 4 bytes that sort like the calendar (the sign bit is flipped so
/// days before year 1 still sort first).
pub fn day(d: NaiveDate) -> [u8; 4] {
    (d.num_days_from_ce().cast_unsigned() ^ 0x8000_0000).to_be_bytes()
}

pub fn read_day(bytes: &[u8]) -> Option<NaiveDate> {
    let raw = u32::from_be_bytes(bytes.try_into().ok()?);
    NaiveDate::from_num_days_from_ce_opt((raw ^ 0x8000_0000).cast_signed())
}

/// Which record tree a history key points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Interaction = 1,
    Ledger = 2,
    FollowUp = 3,
    Signal = 4,
}

impl RecordKind {
    pub fn from_byte(b: u8) -> Option<RecordKind> {
        Some(match b {
            1 => RecordKind::Interaction,
            2 => RecordKind::Ledger,
            3 => RecordKind::FollowUp,
            4 => RecordKind::Signal,
            _ => return None,
        })
    }
}

/// `contact ++ day ++ record`: one line of a contact's history.
pub fn history(contact: Id, date: NaiveDate, record: Id) -> [u8; 20] {
    let mut k = [0u8; 20];
    k[..8].copy_from_slice(&id(contact));
    k[8..12].copy_from_slice(&day(date));
    k[12..].copy_from_slice(&id(record));
    k
}

/// Splits a history key into contact, day and record.
pub fn read_history(key: &[u8]) -> Option<(Id, NaiveDate, Id)> {
    if key.len() != 20 {
        return None;
    }
    Some((
        read_id(&key[..8])?,
        read_day(&key[8..12])?,
        read_id(&key[12..])?,
    ))
}

/// `day ++ follow-up`: pending follow-ups in due order.
pub fn due(date: NaiveDate, record: Id) -> [u8; 12] {
    let mut k = [0u8; 12];
    k[..4].copy_from_slice(&day(date));
    k[4..].copy_from_slice(&id(record));
    k
}

pub fn read_due(key: &[u8]) -> Option<(NaiveDate, Id)> {
    if key.len() != 12 {
        return None;
    }
    Some((read_day(&key[..4])?, read_id(&key[4..])?))
}

/// `a ++ b`: a link between two ids (interest → member).
pub fn pair(a: Id, b: Id) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&id(a));
    k[8..].copy_from_slice(&id(b));
    k
}

pub fn read_pair(key: &[u8]) -> Option<(Id, Id)> {
    if key.len() != 16 {
        return None;
    }
    Some((read_id(&key[..8])?, read_id(&key[8..])?))
}

/// `folded name ++ 0 ++ contact`: the name index. The id has a fixed width
/// at the end, so it is read from there whatever the name holds.
pub fn name(folded: &str, contact: Id) -> Vec<u8> {
    let mut k = Vec::with_capacity(folded.len() + 9);
    k.extend_from_slice(folded.as_bytes());
    k.push(0);
    k.extend_from_slice(&id(contact));
    k
}

pub fn read_name(key: &[u8]) -> Option<(&str, Id)> {
    let split = key.len().checked_sub(9)?;
    if key[split] != 0 {
        return None;
    }
    let name = std::str::from_utf8(&key[..split]).ok()?;
    Some((name, read_id(&key[split + 1..])?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn days_sort_like_the_calendar(a in -500_000i32..3_000_000, b in -500_000i32..3_000_000) {
            let (Some(da), Some(db)) = (
                NaiveDate::from_num_days_from_ce_opt(a),
                NaiveDate::from_num_days_from_ce_opt(b),
            ) else { return Ok(()) };
            prop_assert_eq!(da.cmp(&db), day(da).cmp(&day(db)));
            prop_assert_eq!(read_day(&day(da)), Some(da));
        }

        #[test]
        fn keys_round_trip(c in any::<u64>(), r in any::<u64>(), n in "\\PC{0,20}", d in 0i32..1_000_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(d).unwrap_or_default();
            prop_assert_eq!(read_history(&history(Id(c), date, Id(r))), Some((Id(c), date, Id(r))));
            prop_assert_eq!(read_due(&due(date, Id(r))), Some((date, Id(r))));
            prop_assert_eq!(read_pair(&pair(Id(c), Id(r))), Some((Id(c), Id(r))));
            let k = name(&n, Id(c));
            prop_assert_eq!(read_name(&k), Some((n.as_str(), Id(c))));
        }
    }
}
