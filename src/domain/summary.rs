//! One person as the lists and the review see them.
//!
//! Listing everyone or building the review used to read three records per
//! person (contact, balance, review digest) by key; a large journal spent
//! most of its time there. The store keeps this one record per person
//! instead, read in a single pass in id order, dropped in the same
//! transaction as any change to the person, their balance or their history,
//! and rebuilt from those on the next read.

use serde::{Deserialize, Serialize};

use super::review::Digest;
use super::{Balance, Contact, Id, Tier};

/// A stored layout: fields are only added with a new record version (an
/// old one is simply rebuilt, being derived data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub id: Id,
    pub name: String,
    pub org: String,
    pub role: String,
    pub tier: Tier,
    pub tags: Vec<String>,
    pub closed: bool,
    pub cadence_days: Option<u16>,
    pub balance: Balance,
    /// What their history says for the review; empty for a closed
    /// relationship, which the review leaves alone.
    pub digest: Digest,
}

impl Summary {
    pub fn new(c: &Contact, balance: Balance, digest: Digest) -> Summary {
        Summary {
            id: c.id,
            name: c.name.clone(),
            org: c.org.clone(),
            role: c.role.clone(),
            tier: c.tier,
            tags: c.tags.clone(),
            closed: c.is_closed(),
            cadence_days: c.cadence_days,
            balance,
            digest,
        }
    }
}
