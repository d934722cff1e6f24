//! A person's history: one row per record, dated by the day it speaks of.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{FollowUp, FollowUpState, Id, Interaction, LedgerEntry, Signal};
use crate::journal::{Journal, Result};

/// One line of a person's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HistoryItem {
    Interaction(Interaction),
    Ledger(LedgerEntry),
    FollowUp(FollowUp),
    Signal(Signal),
}

impl HistoryItem {
    /// The one day a row shows and sorts under: the day it speaks of (a
    /// meeting when it was; a follow-up when it is due, put off to or was
    /// done). Dated by its making, a follow-up read "2026-11-23 … due
    /// 2026-11-13", and sorted so, "newest first" was not in the order
    /// of the dates shown.
    pub fn date(&self) -> NaiveDate {
        match self {
            HistoryItem::Interaction(i) => i.date,
            HistoryItem::Ledger(e) => e.date,
            HistoryItem::FollowUp(f) => match f.state {
                FollowUpState::Open => f.due,
                FollowUpState::Snoozed { until } => until,
                FollowUpState::Done { on } => on,
            },
            HistoryItem::Signal(s) => s.date,
        }
    }

    pub(super) fn id(&self) -> Id {
        match self {
            HistoryItem::Interaction(i) => i.id,
            HistoryItem::Ledger(e) => e.id,
            HistoryItem::FollowUp(f) => f.id,
            HistoryItem::Signal(s) => s.id,
        }
    }
}

/// A follow-up's state, as its history row leads with it. A snoozed one is
/// due on its row's day, the snooze's end: "snoozed" still read so once
/// that day came and the review called it due (trial 26y). It says when it
/// was first due, as the review's line does.
pub(super) fn state_words(f: &FollowUp) -> String {
    match f.state {
        FollowUpState::Open => "due".to_string(),
        FollowUpState::Snoozed { until } if until > f.due => {
            format!(
                "due (first due {})",
                crate::domain::occasion::day_month(f.due)
            )
        }
        FollowUpState::Snoozed { .. } => "due".to_string(),
        FollowUpState::Done { .. } => "done".to_string(),
    }
}

impl Journal {
    /// A meeting of several as `id` sees it: the details marked as someone
    /// else's there are left out ([`crate::domain::whom::shown_to`]).
    pub(in crate::journal) fn only_theirs(&self, id: Id, i: &mut Interaction) -> Result<()> {
        use crate::domain::whom;
        let Some(at) = i.contacts.iter().position(|c| *c == id) else {
            return Ok(());
        };
        if i.contacts.len() < 2 {
            return Ok(());
        }
        let mut people = Vec::with_capacity(i.contacts.len());
        for c in &i.contacts {
            people.push(whom::answers_to([self.name_of(*c)?.as_str()]));
        }
        if whom::shown_to(&i.details, at, &people).len() < whom::items(&i.details).count() {
            i.details = whom::theirs(&i.details, at, &people);
        }
        Ok(())
    }
}
