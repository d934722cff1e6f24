//! The journal's model and its rules, free of storage and terminal concerns.
//!
//! Everything here is pure: the clock comes in as a `today` parameter, nothing
//! touches disk, and every rule (balances, date phrases, name resolution, text
//! folding) can be tested with plain values.

pub mod address;
pub mod balance;
pub mod channel;
pub mod contact;
pub mod dates;
pub mod draft;
pub mod entry;
pub mod events;
pub mod followed;
pub mod id;
pub mod interest;
pub mod labelled;
pub mod matching;
pub mod occasion;
pub mod patch;
pub mod reach;
pub mod relation;
pub mod resolve;
pub mod review;
pub mod search;
pub mod stats;
pub mod summary;
pub mod text;
pub mod trash;
pub mod whom;

pub use address::Address;
pub use balance::{Balance, Help, Tallies, Tally};
pub use contact::{Contact, HowWeMet, NameParts, Status, Tier};
pub use entry::{
    Direction, EntryState, FavourKind, FollowUp, FollowUpState, Grant, INTRO_CHECK, Interaction,
    InteractionKind, LedgerEntry, Nature, SENT_SUMMARY, Signal, Voice,
};
pub use id::Id;
pub use interest::Interest;
pub use labelled::Labelled;
pub use occasion::{Occasion, OccasionKind};
pub use relation::{Link, RelationKind};
pub use trash::{ContactBundle, MergeBundle, TrashEntry, TrashItem};
