//! Deleted records, kept whole so a slip can be undone.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::day_serde;
use super::{Contact, FollowUp, Id, Interaction, LedgerEntry, Signal};

/// Something deleted, under the id it had, so `restore #42` brings back the
/// record that was shown as `#42`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashEntry {
    pub id: Id,
    #[serde(with = "day_serde")]
    pub deleted_on: NaiveDate,
    pub item: TrashItem,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrashItem {
    /// A person with everything that only made sense with them.
    Contact(Box<ContactBundle>),
    Interaction(Interaction),
    Ledger(LedgerEntry),
    FollowUp(FollowUp),
    Signal(Signal),
    /// A person merged into another (new variants go last: the stored
    /// layout numbers them).
    Merged(Box<MergeBundle>),
}

/// What a merge changed, kept so that restoring it undoes the merge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeBundle {
    /// The person who was merged away, as they were.
    pub gone: Contact,
    /// The person who stayed, as they were before the merge.
    pub kept: Contact,
    /// The records moved to the person who stayed, as they were before.
    pub interactions: Vec<Interaction>,
    pub ledger: Vec<LedgerEntry>,
    pub follow_ups: Vec<FollowUp>,
    pub signals: Vec<Signal>,
}

/// A deleted contact and the records that went with them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactBundle {
    pub contact: Contact,
    /// Interactions with this person alone.
    pub interactions: Vec<Interaction>,
    /// Interactions shared with others, which stayed and lost this person,
    /// with the position the person had among the participants: restoring
    /// links them back in the same place.
    pub unlinked: Vec<(Id, u32)>,
    /// Their ledger entries, introductions they were part of included.
    pub ledger: Vec<LedgerEntry>,
    pub follow_ups: Vec<FollowUp>,
    pub signals: Vec<Signal>,
}

impl TrashItem {
    /// What the item was, in a few words for listings.
    pub fn describe(&self) -> String {
        match self {
            TrashItem::Contact(b) => {
                let n =
                    b.interactions.len() + b.ledger.len() + b.follow_ups.len() + b.signals.len();
                if n == 0 {
                    format!("contact {}", b.contact.name)
                } else {
                    format!(
                        "contact {} with {}",
                        b.contact.name,
                        super::text::count(n, "record", "records")
                    )
                }
            }
            TrashItem::Interaction(i) => format!("{} on {}: {}", i.kind, i.date, i.summary),
            TrashItem::Ledger(e) => format!("ledger {} on {}: {}", e.kind, e.date, e.text),
            TrashItem::FollowUp(f) => format!("follow-up due {}: {}", f.due, f.text),
            TrashItem::Signal(s) => format!("signal on {}: {}", s.date, s.text),
            TrashItem::Merged(m) => format!("{} merged into {}", m.gone.name, m.kept.name),
        }
    }
}
