//! Where a match was found, how a result names it, and how it ranks.

use serde::Serialize;

/// Where a match was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Alias,
    Organisation,
    Role,
    Email,
    Phone,
    Interest,
    Tag,
    Need,
    Offer,
    HowWeMet,
    Note,
    /// A meeting's or a message's summary and details.
    History,
    /// A give, an ask or an introduction.
    Ledger,
    FollowUp,
    Signal,
}

impl Field {
    /// The field as a result names it.
    pub fn words(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Alias => "alias",
            Field::Organisation => "organisation",
            Field::Role => "role",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Interest => "interest",
            Field::Tag => "tag",
            Field::Need => "need",
            Field::Offer => "offer",
            Field::HowWeMet => "how we met",
            Field::Note => "notes",
            Field::History => "history",
            Field::Ledger => "ledger",
            Field::FollowUp => "follow-up",
            Field::Signal => "signal",
        }
    }

    /// How results rank by where they matched: a name, then a person's
    /// other fields, then their history.
    pub(super) fn class(self) -> u8 {
        match self {
            Field::Name | Field::Alias => 0,
            Field::History | Field::Ledger | Field::FollowUp | Field::Signal => 2,
            _ => 1,
        }
    }
}
