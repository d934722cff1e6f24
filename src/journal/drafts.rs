//! The journal's side of follow-up drafts: gathering what a draft may say
//! about one person (the moment it follows up, their details, a shared
//! interest, their need and who could help) for [`crate::domain::draft`].

use chrono::NaiveDate;

use super::HistoryItem;
use super::{Journal, JournalError, Result};
use crate::domain::draft;
use crate::domain::{Id, Interaction, InteractionKind};

impl Journal {
    /// A follow-up draft for `contact`: about the given meeting, or their
    /// latest moment (meeting, event, call or message) with something of
    /// theirs in its details, else their latest moment.
    pub fn draft(
        &self,
        contact: Id,
        meeting: Option<Id>,
        today: NaiveDate,
        template: &draft::Template,
    ) -> Result<draft::Draft> {
        let context = self.draft_context(contact, meeting, today, template.language)?;
        draft::draft(&context, template).map_err(JournalError::Invalid)
    }

    fn draft_context(
        &self,
        contact: Id,
        meeting: Option<Id>,
        today: NaiveDate,
        lang: draft::Language,
    ) -> Result<draft::Context> {
        let card = self.card(contact)?;
        let c = &card.contact;
        // Newest first; a note is about them, not a moment with them.
        let moments: Vec<&Interaction> = card
            .history
            .iter()
            .filter_map(|h| match h {
                HistoryItem::Interaction(i) if i.kind != InteractionKind::Note => Some(i),
                _ => None,
            })
            .collect();
        let others = |i: &Interaction| -> Result<Vec<String>> {
            i.contacts
                .iter()
                .filter(|p| **p != contact)
                .map(|p| self.name_of(*p))
                .collect()
        };
        let sorted = |i: &Interaction| -> Result<(Vec<String>, Vec<String>)> {
            Ok(draft::for_recipient(&i.details, &c.name, &others(i)?, lang))
        };
        let chosen: Option<Interaction> = match meeting {
            Some(id) => Some(
                self.store
                    .interaction(id)?
                    .filter(|i| i.contacts.contains(&contact))
                    .ok_or_else(|| {
                        JournalError::Invalid(format!("{id} is not a meeting with {}", c.name))
                    })?,
            ),
            None => {
                let mut with_theirs = None;
                for i in &moments {
                    let (kept, left_out) = sorted(i)?;
                    if !kept.is_empty() || !left_out.is_empty() {
                        with_theirs = Some((*i).clone());
                        break;
                    }
                }
                with_theirs.or_else(|| moments.first().map(|i| (*i).clone()))
            }
        };
        let (details, left_out) = match &chosen {
            Some(i) => sorted(i)?,
            None => Default::default(),
        };
        let moment = chosen.map(|i| {
            // First: nothing with them is older, and how-we-met says no
            // earlier day.
            let earlier = card.history.iter().any(|h| {
                matches!(h, HistoryItem::Interaction(_) | HistoryItem::Ledger(_))
                    && h.date() < i.date
            });
            let met_before = c.met.on.is_some_and(|on| (i.date - on).num_days() > 1);
            draft::Moment {
                kind: i.kind,
                first: !earlier && !met_before,
                summary: i.summary,
                date: i.date,
            }
        });
        let need = c.needs.first().cloned();
        let helper = match &need {
            Some(need) => self.helper_for(contact, need)?,
            None => None,
        };
        Ok(draft::Context {
            name: c.name.clone(),
            today,
            moment,
            details,
            left_out,
            shared_interest: card
                .interests
                .iter()
                .find(|i| i.shared)
                .map(|i| i.name.clone()),
            need,
            helper,
        })
    }
}
