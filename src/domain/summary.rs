//! One person as the lists and the review see them.
//!
//! Listing everyone or building the review used to read three records per
//! person (contact, balance, review digest) by key; a large journal spent
//! most of its time there. The store keeps this one record per person
//! instead, read in a single pass in id order, dropped in the same
//! transaction as any change to the person, their balance or their history,
//! and rebuilt from those on the next read.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::review::Digest;
use super::{Balance, Contact, Id, Occasion, Tier};

/// A stored layout: fields are only added with a new record version (an
/// old one is simply rebuilt, being derived data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub id: Id,
    pub name: Arc<str>,
    pub org: Arc<str>,
    pub role: Arc<str>,
    pub tier: Tier,
    pub tags: Arc<[String]>,
    pub closed: bool,
    pub cadence_days: Option<u16>,
    pub balance: Balance,
    /// What their history says for the review; empty for a closed
    /// relationship, which the review leaves alone.
    pub digest: Digest,
    /// Their birthdays and other days, which the review announces.
    pub dates: Arc<[Occasion]>,
    /// The day they were added: a stay-in-touch cadence counts from it
    /// until there is contact (someone added days ago is not overdue).
    /// Added in layout 3.
    #[serde(with = "super::dates::day_serde")]
    pub added: chrono::NaiveDate,
}

/// The dates of everyone who has none, shared: 100,000 summaries need not
/// each allocate an empty list.
pub fn no_dates() -> Arc<[Occasion]> {
    static NONE: std::sync::OnceLock<Arc<[Occasion]>> = std::sync::OnceLock::new();
    Arc::clone(NONE.get_or_init(|| Arc::from([])))
}

impl Summary {
    pub fn new(c: &Contact, balance: Balance, digest: Digest) -> Summary {
        Summary {
            id: c.id,
            name: c.name.as_str().into(),
            org: c.org.as_str().into(),
            role: c.role.as_str().into(),
            tier: c.tier,
            tags: c.tags.as_slice().into(),
            closed: c.is_closed(),
            cadence_days: c.cadence_days,
            balance,
            digest,
            dates: if c.dates.is_empty() {
                no_dates()
            } else {
                c.dates.as_slice().into()
            },
            added: c.created,
        }
    }
}
