//! Record identifiers.
//!
//! One id space covers every record kind (sled's `generate_id` is database
//! wide), so `#42` names exactly one thing whatever tree it lives in. Users
//! type ids to mark follow-ups done, restore from the trash or pick a contact
//! when a name is ambiguous.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A record id, shown to users as `#N`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Id(pub u64);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl FromStr for Id {
    type Err = String;

    /// Accepts `#42` and `42`, so ids can be pasted from any listing.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.trim().strip_prefix('#').unwrap_or(s.trim());
        digits
            .parse::<u64>()
            .map(Id)
            .map_err(|_| format!("'{s}' is not a record id (expected something like #42)"))
    }
}

impl Id {
    /// Parses `s` as an id only when it is unmistakably one: a number with an
    /// optional `#`. Names are never all digits in practice, so `rm 42` and
    /// `rm anna` can share one argument.
    pub fn parse_strict(s: &str) -> Option<Id> {
        let digits = s.strip_prefix('#').unwrap_or(s);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().map(Id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_and_without_hash() {
        assert_eq!("#42".parse::<Id>(), Ok(Id(42)));
        assert_eq!("42".parse::<Id>(), Ok(Id(42)));
        assert!("anna".parse::<Id>().is_err());
        assert_eq!(Id::parse_strict("#7"), Some(Id(7)));
        assert_eq!(Id::parse_strict("7a"), None);
        assert_eq!(Id::parse_strict("#"), None);
    }
}
