//! Setting the review's lines aside: a follow-up snoozed, lines hidden by
//! their key, a whole person set aside. Each is one write; what it may take
//! (a day to come, a line there is) is checked by the command layer,
//! which says what was hidden.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::review::Width;
use super::{Journal, JournalError, Result};
use crate::domain::review::keys::{self, Aside};
use crate::domain::review::{self, Reason, Settings};
use crate::domain::{FollowUp, FollowUpState, Id};
use crate::store::RecordKind;

/// What setting a person aside did besides hiding their lines.
pub struct SetAside {
    /// Their follow-ups that now come back on its day (a dismissed line's
    /// is moved too, but does not come back).
    pub snoozed: Vec<FollowUp>,
    /// The days, each once, that earlier snoozes of their lines (the
    /// person's, by key, a follow-up by id) would have ended on: this one
    /// ends them.
    pub ended: Vec<NaiveDate>,
}

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
    /// Its line's own key, if a snooze of that line hid it until a day,
    /// goes: this later snooze says when it comes back.
    pub fn snooze(&self, id: Id, until: NaiveDate) -> Result<FollowUp> {
        let (old, new) = self.snoozed(id, until)?;
        let own = keys::follow_up_key(old.contact, id);
        let dated = self.dated_keys(|key| key == own)?;
        self.store.transact(|tx| {
            for key in &dated {
                tx.show_review_item(key)?;
            }
            tx.put_follow_up(&new, Some(&old))
        })?;
        Ok(new)
    }

    /// Until when a snooze wider than `width` keeps one of `lines` of
    /// `contact` out past `until` ([`Width`]): such a snooze is refused,
    /// as it would not bring them back on its day.
    pub fn held_past(
        &self,
        contact: Id,
        lines: &[Reason],
        width: Width,
        until: NaiveDate,
        today: NaiveDate,
    ) -> Result<Option<(NaiveDate, Width)>> {
        let hidden = self.hidden_lines(today)?;
        Ok(lines
            .iter()
            .filter_map(|r| hidden.held(contact, r.kind(), |a| a.lets_through(r), width))
            .filter(|(day, _)| *day > until)
            .max())
    }

    /// [`Journal::held_past`] of a follow-up snoozed by id: its line,
    /// today's or the one it will have, whoever it is.
    pub fn follow_up_held_past(
        &self,
        id: Id,
        until: NaiveDate,
        today: NaiveDate,
    ) -> Result<Option<(Id, NaiveDate, Width)>> {
        let Some(f) = self.store.follow_up(id)? else {
            return Ok(None);
        };
        let hidden = self.hidden_lines(today)?;
        Ok(hidden
            .held(f.contact, "follow_up_due", |a| id >= a.since, Width::Line)
            .filter(|(day, _)| *day > until)
            .map(|(day, by)| (f.contact, day, by)))
    }

    /// The keys `pick` takes that hide lines until a day (not for good,
    /// not a person set aside), past or to come.
    fn dated_keys(&self, pick: impl Fn(&str) -> bool) -> Result<Vec<String>> {
        Ok(self
            .store
            .review_state()?
            .into_iter()
            .filter(|(key, until)| {
                *until < keys::FOR_GOOD && keys::read_person_key(key).is_none() && pick(key)
            })
            .map(|(key, _)| key)
            .collect())
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
    /// [`keys::hides`]). A key of a whole reason replaces the dated keys
    /// of its lines: the latest snooze says when they come back.
    pub fn hide_review_item(&self, key: &str, until: NaiveDate) -> Result<()> {
        let narrower = format!("{key}:");
        let replaced = self.dated_keys(|k| k.starts_with(&narrower) && keys::is_kind_key(key))?;
        self.store.transact(|tx| {
            for k in &replaced {
                tx.show_review_item(k)?;
            }
            tx.hide_review_item(key, until)
        })?;
        Ok(())
    }

    /// Sets a person aside until `until`, the latest snooze of their lines
    /// ([`Width`]): their pending follow-ups that would come before then,
    /// or that an earlier snooze put off past it, come back then (or when
    /// due, if later), so none counts as missed meanwhile; their other
    /// lines are hidden but for news ([`Aside`]), and earlier snoozes of
    /// their lines by key end (a dismissal stays). Replaces an earlier
    /// setting aside.
    pub fn set_person_aside(
        &self,
        contact: Id,
        until: NaiveDate,
        today: NaiveDate,
    ) -> Result<SetAside> {
        self.contact(contact)?;
        let aside = Aside {
            since: self.store.generate_id()?,
            on: today,
        };
        let mut moved = Vec::new();
        let mut ended = Vec::new();
        for (_, kind, id) in self.store.history(contact)? {
            if kind != RecordKind::FollowUp {
                continue;
            }
            let Some(f) = self.store.follow_up(id)? else {
                continue;
            };
            match f.state {
                FollowUpState::Snoozed { until: was } if was > until => {
                    if was > today {
                        ended.push(was);
                    }
                    let state = match f.due < until {
                        true => FollowUpState::Snoozed { until },
                        false => FollowUpState::Open,
                    };
                    moved.push((f.clone(), FollowUp { state, ..f }));
                }
                _ if f.pending_on().is_some_and(|day| day < until) => {
                    moved.push(self.snoozed(id, until)?);
                }
                _ => {}
            }
        }
        let prefix = format!("{}:", contact.0);
        let state = self.store.review_state()?;
        let dated = self.dated_keys(|key| key.starts_with(&prefix))?;
        let earlier: Vec<(String, NaiveDate)> = state
            .into_iter()
            .filter(|(key, _)| {
                dated.contains(key) || keys::read_person_key(key).is_some_and(|(c, _)| c == contact)
            })
            .collect();
        ended.extend(
            earlier
                .iter()
                .map(|(_, day)| *day)
                .filter(|day| *day > today),
        );
        self.store.transact(|tx| {
            for (key, _) in &earlier {
                tx.show_review_item(key)?;
            }
            tx.hide_review_item(&keys::person_key(contact, aside), until)?;
            for (old, new) in &moved {
                tx.put_follow_up(new, Some(old))?;
            }
            Ok(())
        })?;
        ended.sort_unstable();
        ended.dedup();
        // A follow-up whose line is dismissed does not come back on that
        // day: it is not said to.
        let dismissed: Vec<String> = self
            .store
            .review_state()?
            .into_iter()
            .filter(|(_, day)| *day >= keys::FOR_GOOD)
            .map(|(key, _)| key)
            .collect();
        let shows = |f: &FollowUp| {
            let own = keys::follow_up_key(contact, f.id);
            !dismissed
                .iter()
                .any(|k| *k == own || own.starts_with(&format!("{k}:")))
        };
        Ok(SetAside {
            snoozed: moved
                .into_iter()
                .map(|(_, new)| new)
                .filter(|f| f.pending_on() == Some(until) && shows(f))
                .collect(),
            ended,
        })
    }
}
