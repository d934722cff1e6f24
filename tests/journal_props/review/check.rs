//! The review and the stats after each step of the model test, against
//! the model.

use givegive::command::{Command, Report, StillOwed};
use givegive::domain::Id;
use givegive::domain::review::Reason;
use proptest::prelude::*;

use super::{Op, World, said};

impl World {
    /// The review and the stats against the model.
    pub(super) fn check(&self, ops: &[Op]) -> Result<(), TestCaseError> {
        let today = self.today;
        let queue = self.review()?;
        let person = |id: Id| {
            self.people
                .iter()
                .position(|p| *p == id)
                .unwrap_or(usize::MAX)
        };
        let mut shown: Vec<(usize, &'static str, Id)> = queue
            .items
            .iter()
            .filter_map(|i| match &i.reason {
                Reason::FreshMeeting { meeting, .. } => {
                    Some((person(i.contact), "fresh_meeting", meeting.id))
                }
                Reason::FollowUpDue { follow_up, .. } => {
                    Some((person(i.contact), "follow_up_due", follow_up.id))
                }
                _ => None,
            })
            .collect();
        shown.sort();
        prop_assert_eq!(
            &shown,
            &self.model.expected(&self.people, today),
            "on {} after {:?}",
            today,
            ops
        );
        said::kept(&self.model.said, &queue, today)?;
        // The day a snooze named for a follow-up's line is the day it
        // comes back, unless a later step changed it (the model drops
        // such claims).
        for c in self.model.said.iter().filter(|c| c.until > today) {
            if let Some(back) = self.model.follow_up_back(&c.key, c.who, today) {
                prop_assert_eq!(
                    back,
                    c.until,
                    "{} was said to come back on {}, after {:?}",
                    &c.key,
                    c.until,
                    ops
                );
            }
        }
        // A meeting's line is fresh for a few days, then says it is late.
        for item in &queue.items {
            if let Reason::FreshMeeting { days_ago, .. } = &item.reason {
                let words = if *days_ago <= super::FRESH_DAYS {
                    "follow up while it is fresh"
                } else {
                    "and have not followed up"
                };
                prop_assert!(item.reason.explain("X").contains(words), "{:?}", item);
            }
        }
        for item in &queue.items {
            prop_assert!(
                !self.model.key_hidden(&item.key, today),
                "{} shows though hidden, after {:?}",
                item.key,
                ops
            );
            let about = match &item.reason {
                Reason::FollowUpDue { follow_up, .. } => Some((follow_up.id, None)),
                Reason::FreshMeeting { meeting: p, .. }
                | Reason::RequestOpen { entry: p, .. }
                | Reason::PromiseOpen { entry: p, .. }
                | Reason::ReciprocityOwed { their_give: p } => Some((p.id, Some(p.date))),
                _ => None,
            };
            let who = person(item.contact);
            let set_aside = match about {
                Some((id, date)) => self.model.aside_hides(who, id, date, today),
                None => self.model.aside_hides(who, Id(0), None, today),
            };
            prop_assert!(
                !set_aside,
                "{} shows while set aside, after {:?}",
                item.why,
                ops
            );
        }
        match self.run(Command::Stats) {
            Ok(Report::Stats(s)) => prop_assert_eq!(
                s.follow_through.missed,
                self.model.missed(today),
                "missed on {} after {:?}",
                today,
                ops
            ),
            other => return Err(TestCaseError::fail(format!("stats: {other:?}"))),
        }
        Ok(())
    }
}

impl World {
    /// After a done: the report says the line only a give ends exactly
    /// when the review still shows one for `who` (the most urgent), in
    /// its words, and only a follow-up's done says it (a promise kept or
    /// a request granted is help given already: the figures moved).
    pub(super) fn owed_said(
        &self,
        report: &Report,
        who: Id,
        follow_up: bool,
    ) -> Result<(), TestCaseError> {
        let Report::Done(done) = report else {
            return Err(TestCaseError::fail(format!("done: {report:?}")));
        };
        let queue = self.review()?;
        let first = |name: &str| {
            name.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let shown = queue
            .items
            .iter()
            .filter(|i| i.contact == who)
            .find_map(|i| match &i.reason {
                Reason::OneSided { .. } => i
                    .why
                    .strip_suffix(": give something first")
                    .map(str::to_string),
                r @ Reason::ReciprocityOwed { .. } => Some(r.explain(&first(&i.name))),
                _ => None,
            })
            .filter(|_| follow_up);
        prop_assert_eq!(
            done.owed.as_ref().map(|o| o.line.clone()),
            shown,
            "{:?}",
            done
        );
        if let Some(owed) = &done.owed {
            prop_assert_eq!(owed.contact, who);
            prop_assert!(
                done.lines.contains(&StillOwed::shell(owed)),
                "{:?}",
                done.lines
            );
        }
        Ok(())
    }
}
