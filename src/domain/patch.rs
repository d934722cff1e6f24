//! The one patch type of a person's fields: what `add` sets and `edit`
//! changes, as the shell's words, the TUI's forms and the socket carry it,
//! down to the journal, which applies it in one place
//! (`journal::patch`). A new contact field is a field here, its flag, its
//! line in that one apply, and how `show` prints it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Address, Id, Occasion, Tier};

/// A person as the command names them: picked by id (the TUI), or as typed
/// (a name, an alias, part of one, or an id), resolved when it runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Who {
    Id(Id),
    Typed(String),
}

impl std::fmt::Display for Who {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Who::Id(id) => write!(f, "{}", id.0),
            Who::Typed(text) => f.write_str(text),
        }
    }
}

/// The details `add` sets and `edit` changes; list fields add items
/// ([`Dropped`] takes them out).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFields {
    pub aliases: Vec<String>,
    pub met: Option<String>,
    pub on: Option<NaiveDate>,
    pub via: Option<Who>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    pub notes: Option<String>,
    /// Days between touches; 0 clears a person's own cadence.
    pub cadence: Option<u16>,
    pub tier: Option<Tier>,
    /// A birthday, anniversary or named day; one of the same name is
    /// replaced (a person has one birthday).
    pub dates: Vec<Occasion>,
    pub addresses: Vec<Address>,
}

/// What `edit` takes out of list fields (matched ignoring case and accents).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    pub aliases: Vec<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    /// Days by name: "birthday", "anniversary" or a label.
    pub dates: Vec<String>,
    /// Addresses by label or as one line.
    pub addresses: Vec<String>,
}

impl PersonFields {
    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == PersonFields::default()
    }
}

impl Dropped {
    /// Whether it takes nothing out.
    pub fn is_empty(&self) -> bool {
        *self == Dropped::default()
    }
}
