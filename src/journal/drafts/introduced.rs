//! The introductions a draft hopes useful: made lately (or with their
//! check due), to someone they did not know before it, and whom they have
//! not met since. Each one left out says why in a note.

use super::super::{Journal, Result};
use crate::domain::draft::{self, Fact};
use crate::domain::{Id, Interaction, InteractionKind, LedgerEntry};

/// What a draft to `contact` needs to say of my introductions.
pub(super) struct Intros<'a> {
    pub(super) contact: Id,
    pub(super) name: &'a str,
    /// Their ledger, newest first.
    pub(super) ledger: &'a [&'a LedgerEntry],
    /// Their moments, any voice.
    pub(super) interactions: &'a [&'a Interaction],
    /// The people whose introduction's check is due.
    pub(super) checking: &'a [String],
}

impl Journal {
    /// The introductions hoped useful, with a note for each left out:
    /// "I hope the introduction to Tom is useful" is untrue once they knew
    /// each other before it, and stale once the two met after it (trial
    /// 26y: six days on, after a breakfast together, it was still hoped).
    pub(super) fn introduced(
        &self,
        intros: Intros<'_>,
        recent: impl Fn(&LedgerEntry) -> bool,
        notes: &mut Vec<String>,
    ) -> Result<Vec<Fact<String>>> {
        let first = draft::first_name(intros.name);
        let mut introduced: Vec<Fact<String>> = Vec::new();
        for e in intros.ledger {
            let Some(other) = e.people().find(|p| *p != intros.contact) else {
                continue;
            };
            if e.other.is_none() {
                continue;
            }
            let name = self.name_of(other)?;
            if !(recent(e) || intros.checking.contains(&name))
                || introduced.iter().any(|f| f.what == name)
            {
                continue;
            }
            // Nobody is hoped to find useful someone they knew already.
            if let Some(how) = self.known_before(intros.contact, other, e)? {
                notes.push(format!(
                    "no line about your introduction to {name} ({}): {first} knew them already ({})",
                    e.id,
                    how.why()
                ));
                continue;
            }
            // Nor someone they have met since: the introduction did its work.
            if let Some(m) = intros
                .interactions
                .iter()
                .filter(|i| i.kind != InteractionKind::Note && i.contacts.contains(&other))
                .filter(|i| (i.date, i.id) > (e.date, e.id))
                .min_by_key(|i| (i.date, i.id))
            {
                notes.push(format!(
                    "no line about your introduction to {name} ({}): {first} and {} met since (\"{}\" on {}, {})",
                    e.id,
                    draft::first_name(&name),
                    m.summary,
                    m.date,
                    m.id
                ));
                continue;
            }
            introduced.push(Fact {
                what: name,
                from: e.id,
            });
        }
        Ok(introduced)
    }
}
