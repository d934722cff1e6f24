//! Following up, in the store: what a person's history says after a
//! meeting, and the follow-ups a new touch does. The rule itself is
//! [`crate::domain::followed`]; this only reads what it needs.

use chrono::NaiveDate;

use super::{Journal, Result};
use crate::domain::followed::{self, Mark};
use crate::domain::{FollowUp, FollowUpState, Id};
use crate::store::RecordKind;

/// One line of a person's history index: day, kind, record.
pub(super) type Line = (NaiveDate, RecordKind, Id);

impl Journal {
    /// Everything in a person's `history` that following up looks at,
    /// dated on or after `since`, as (mark, day, record). Follow-ups are
    /// read whatever their day: one planned earlier may be done since, and
    /// one a meeting planned is that meeting's line whenever planned.
    pub(super) fn marks_since(
        &self,
        history: &[Line],
        since: NaiveDate,
    ) -> Result<Vec<(Mark, NaiveDate, Id)>> {
        let mut out = Vec::new();
        for (day, kind, id) in history.iter().rev() {
            match kind {
                RecordKind::Interaction if *day >= since => {
                    if let Some(i) = self.store.interaction(*id)?
                        && let Some(mark) = Mark::of_interaction(i.kind, i.from)
                    {
                        out.push((mark, *day, *id));
                    }
                }
                // Help is dated the day it was given: a request asked
                // before `since` and granted after it counts then.
                RecordKind::Ledger => {
                    if let Some(e) = self.store.ledger_entry(*id)?
                        && let Some(mark) = Mark::of_entry(&e)
                        && e.acted_on() >= since
                    {
                        out.push((mark, e.acted_on(), *id));
                    }
                }
                RecordKind::FollowUp => {
                    if let Some(f) = self.store.follow_up(*id)? {
                        out.extend(
                            // A meeting's own follow-up may be planned
                            // before its day (logged ahead of it).
                            followed::marks_of(&f)
                                .filter(|(mark, day)| {
                                    *day >= since || matches!(mark, Mark::Planned(Some(_)))
                                })
                                .map(|(mark, day)| (mark, day, *id)),
                        );
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// The pending follow-ups of `contact` planned by a meeting that a
    /// `mark` dated `day` (record `by`) follows up, as stored and as done
    /// by it: written in the same transaction as the touch.
    pub(super) fn done_by_touch(
        &self,
        contact: Id,
        mark: Mark,
        day: NaiveDate,
        by: Id,
    ) -> Result<Vec<(FollowUp, FollowUp)>> {
        let mut out = Vec::new();
        for (_, kind, id) in self.store.history(contact)? {
            if kind != RecordKind::FollowUp || id == by {
                continue;
            }
            let Some(f) = self.store.follow_up(id)? else {
                continue;
            };
            let Some(meeting) = f.meeting.filter(|_| f.pending_on().is_some()) else {
                continue;
            };
            if let Some(i) = self.store.interaction(meeting)?
                && mark.follows_up((day, by), (i.date, meeting))
            {
                let done = FollowUp {
                    state: FollowUpState::Done { on: day },
                    done_by: Some(by),
                    ..f.clone()
                };
                out.push((f, done));
            }
        }
        Ok(out)
    }

    /// The day the history of `contact` first follows up a meeting made
    /// `met`, if it does: a meeting logged late may be followed up already.
    pub(super) fn followed_since(
        &self,
        contact: Id,
        met: followed::At,
    ) -> Result<Option<NaiveDate>> {
        let history = self.store.history(contact)?;
        let marks = self.marks_since(&history, met.0)?;
        Ok(followed::first_follow_up(met, marks).map(|(day, _)| day))
    }

    /// The follow-up a meeting (id, day, summary) plans for `contact`, due
    /// `due`: done by the first touch after the meeting.
    pub(super) fn planned_by_meeting(
        &self,
        contact: Id,
        meeting: (Id, NaiveDate, &str),
        due: NaiveDate,
        today: NaiveDate,
    ) -> Result<FollowUp> {
        let (id, _, summary) = meeting;
        Ok(FollowUp {
            id: self.store.generate_id()?,
            contact,
            due,
            text: format!("{}{summary}", crate::domain::followed::PLANNED),
            state: FollowUpState::Open,
            created: today,
            meeting: Some(id),
            done_by: None,
        })
    }
}
