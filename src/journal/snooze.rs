//! Setting the review's lines aside: a follow-up snoozed, lines hidden by
//! their key, a whole person set aside. Each is one write; what it may take
//! (a day to come, a line there is) is checked by the command layer,
//! which says what was hidden.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Journal, JournalError, Result};
use crate::domain::review::keys::{self, Aside};
use crate::domain::review::{self, Reason, Settings};
use crate::domain::{FollowUp, FollowUpState, Id};
use crate::store::RecordKind;

impl Journal {
    /// One person's lines in today's review (whatever the capacity), each
    /// with whether it is hidden now.
    pub fn review_lines_of(
        &self,
        contact: Id,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<Vec<(Reason, bool)>> {
        let hidden = self.hidden_lines(today)?;
        let facts = self.review_facts_of(&BTreeSet::from([contact]), settings, today)?;
        Ok(facts
            .iter()
            .flat_map(|f| review::lines(f, settings, today))
            .map(|r| {
                let hides = hidden.hides(contact, &r);
                (r, hides)
            })
            .collect())
    }

    /// Snoozes a pending follow-up until `until`; its due date is kept.
    pub fn snooze(&self, id: Id, until: NaiveDate) -> Result<FollowUp> {
        let (old, new) = self.snoozed(id, until)?;
        self.store
            .transact(|tx| tx.put_follow_up(&new, Some(&old)))?;
        Ok(new)
    }

    /// A follow-up as stored and as snoozed until `until`, or why it
    /// cannot be.
    fn snoozed(&self, id: Id, until: NaiveDate) -> Result<(FollowUp, FollowUp)> {
        let old = self.store.follow_up(id)?.ok_or_else(|| {
            JournalError::Invalid(match self.holds(id) {
                Ok(true) => format!("{id} is not a follow-up or a person: snooze a review line by its key (review --json)"),
                _ => format!("there is no record {id}"),
            })
        })?;
        match old.pending_on() {
            None => Err(JournalError::Invalid(format!("{id} is already done"))),
            Some(day) if day >= until => Err(JournalError::Invalid(format!(
                "follow-up {id} waits until {day} already"
            ))),
            Some(_) => {
                let new = FollowUp {
                    state: FollowUpState::Snoozed { until },
                    ..old.clone()
                };
                Ok((old, new))
            }
        }
    }

    /// Hides the review lines `key` names until `until` (see
    /// [`keys::hides`]).
    pub fn hide_review_item(&self, key: &str, until: NaiveDate) -> Result<()> {
        self.store.transact(|tx| tx.hide_review_item(key, until))?;
        Ok(())
    }

    /// Sets a person aside until `until`: their pending follow-ups that
    /// would come before then are snoozed to it (so none counts as missed
    /// meanwhile), and their other lines are hidden but for news
    /// ([`Aside`]). Replaces an earlier setting aside. Returns the
    /// follow-ups snoozed.
    pub fn set_person_aside(
        &self,
        contact: Id,
        until: NaiveDate,
        today: NaiveDate,
    ) -> Result<Vec<FollowUp>> {
        self.contact(contact)?;
        let aside = Aside {
            since: self.store.generate_id()?,
            on: today,
        };
        let mut snoozed = Vec::new();
        for (_, kind, id) in self.store.history(contact)? {
            if kind == RecordKind::FollowUp
                && let Some(f) = self.store.follow_up(id)?
                && f.pending_on().is_some_and(|day| day < until)
            {
                snoozed.push(self.snoozed(id, until)?);
            }
        }
        let earlier: Vec<String> = self
            .store
            .review_state()?
            .into_iter()
            .filter(|(key, _)| keys::read_person_key(key).is_some_and(|(c, _)| c == contact))
            .map(|(key, _)| key)
            .collect();
        self.store.transact(|tx| {
            for key in &earlier {
                tx.show_review_item(key)?;
            }
            tx.hide_review_item(&keys::person_key(contact, aside), until)?;
            for (old, new) in &snoozed {
                tx.put_follow_up(new, Some(old))?;
            }
            Ok(())
        })?;
        Ok(snoozed.into_iter().map(|(_, new)| new).collect())
    }
}
