//! How two people know each other already: neither is ever offered to
//! the other (`match`, `H`, drafts). Which records say so is the
//! journal's (`journal::knows`); how it is said is here.

use crate::domain::text::fold;

/// How two people know each other already: never introduced (`match`, drafts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Acquaintance {
    /// Both at this organisation.
    SameOrg(String),
    /// Related with `relate`.
    Related,
    /// An introduction on record joined them.
    Introduced,
    /// They were at a meeting, call or event together.
    MetTogether,
    /// Both at this event: an event is one record each
    /// (`domain::events`), so they are found by its day and name.
    AtEvent(String),
}

impl Acquaintance {
    /// How they know each other, after a name: "Carla Neri: both at Paymo".
    pub fn why(&self) -> String {
        match self {
            Acquaintance::SameOrg(place) | Acquaintance::AtEvent(place) => {
                format!("both at {place}")
            }
            Acquaintance::Related => "related in your journal".into(),
            Acquaintance::Introduced => "introduced by you".into(),
            Acquaintance::MetTogether => "met together with you".into(),
        }
    }
}

/// Whether two people work at the same organisation: folded, and never
/// for an empty one (nobody knows everyone without an organisation).
pub fn same_org(a: &str, b: &str) -> bool {
    let a = fold(a.trim());
    !a.is_empty() && a == fold(b.trim())
}
