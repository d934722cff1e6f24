//! Interests: what people care about, and the ones the user shares.

use serde::{Deserialize, Serialize};

use super::id::Id;
use super::text::{fold, tidy};

/// An interest, stored once and linked from contacts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interest {
    pub id: Id,
    /// As first typed ("Arrampicata").
    pub name: String,
    /// The folded key ("arrampicata") that makes spellings one interest.
    pub key: String,
    /// One of the user's own interests: shared with a contact when both have it.
    pub mine: bool,
}

impl Interest {
    pub fn new(id: Id, name: &str, mine: bool) -> Interest {
        Interest {
            id,
            name: tidy(name),
            key: fold(name),
            mine,
        }
    }
}
