//! The one rule for "followed up": which later record follows up a meeting.
//!
//! The review's fresh-meeting line and the follow-ups a meeting plans (and
//! so the stats' follow-through and the calendar, which read those) all ask
//! this one question, so it is answered here only. `docs/review.md` says it
//! in words ("Followed up: one rule").

use chrono::NaiveDate;

use super::{FollowUp, Id, InteractionKind};

/// When a record was made: its day, and its id, which gives the order
/// records were logged in (ids only grow).
pub type At = (NaiveDate, Id);

/// How the text of a follow-up a meeting plans begins ("follow up on:
/// Drinks"): it says nothing to send, and a line that already says
/// "follow-up" says only what it is about.
pub const PLANNED: &str = "follow up on: ";

/// What a follow-up is about, as a line that already says "follow-up"
/// says it: "follow up on: Drinks" is "Drinks" there.
pub fn about(text: &str) -> &str {
    text.strip_prefix(PLANNED).unwrap_or(text)
}

/// What a dated record with a person is, as following up sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A meeting or an event.
    Meeting,
    /// Reaching out: a call, a message.
    Reach,
    /// A follow-up done by hand. Done the day of a meeting it may well
    /// have been done before it, for something else ("send Kai the CFP
    /// link" ticked off the morning of the drinks): that day it follows
    /// the meeting up only when the follow-up itself was planned after the
    /// meeting was logged (its id is the follow-up's, and when it was done
    /// is known only by day).
    Done,
    /// Something exchanged: a ledger entry (a give, a got, an ask either
    /// way, an introduction, open or settled).
    Exchange,
    /// A follow-up planned that day. Not a touch, but the review brings
    /// the person back when it is due, so a meeting before it is not
    /// "fresh" any more.
    Planned,
}

impl Mark {
    /// An interaction as a mark: a note is not contact with anyone.
    pub fn of_interaction(kind: InteractionKind) -> Option<Mark> {
        match kind {
            InteractionKind::Met | InteractionKind::Event => Some(Mark::Meeting),
            InteractionKind::Call | InteractionKind::Message => Some(Mark::Reach),
            InteractionKind::Note => None,
        }
    }

    /// Whether this mark, made `at`, follows up a meeting made `met`.
    /// Reaching out follows it up from its own day (a message that
    /// evening, even one sent before the meeting was logged late). What
    /// is exchanged, another meeting, a follow-up done by hand follow it
    /// up from the next day, or the same day when logged after the
    /// meeting ("I gave Paolo the deck" after logging the drinks); the
    /// same day and logged before, they were part of it or before it.
    pub fn follows_up(self, at: At, met: At) -> bool {
        let (day, id) = at;
        match self {
            Mark::Reach => day >= met.0,
            Mark::Exchange | Mark::Meeting | Mark::Done => {
                day > met.0 || (day == met.0 && id > met.1)
            }
            Mark::Planned => false,
        }
    }
}

/// The marks a follow-up leaves: planned the day it was created, and
/// done the day it was done by hand (one a touch did is not a touch
/// of its own, or a meeting that did it would follow itself up).
pub fn marks_of(f: &FollowUp) -> impl Iterator<Item = (Mark, NaiveDate)> {
    let by_hand = f.done_on().filter(|_| f.done_by.is_none());
    std::iter::once((Mark::Planned, f.created)).chain(by_hand.map(|on| (Mark::Done, on)))
}

/// Whether a meeting made `met` still waits for its follow-up, given the
/// marks of everything else with that person (with their records):
/// nothing follows it up and no follow-up was planned on or after its day.
pub fn awaits_follow_up(met: At, marks: impl IntoIterator<Item = (Mark, NaiveDate, Id)>) -> bool {
    !marks.into_iter().any(|(mark, day, id)| {
        mark.follows_up((day, id), met) || (mark == Mark::Planned && day >= met.0)
    })
}

/// The first of `marks` (with the record each stands for) that follows up
/// a meeting made `met`: what does a follow-up it planned.
pub fn first_follow_up(
    met: At,
    marks: impl IntoIterator<Item = (Mark, NaiveDate, Id)>,
) -> Option<(NaiveDate, Id)> {
    marks
        .into_iter()
        .filter(|(mark, day, id)| mark.follows_up((*day, *id), met))
        .map(|(_, day, by)| (day, by))
        .min_by_key(|(day, _)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FollowUpState;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    /// A record made day `d`, logged `n`-th.
    fn at(d: u32, n: u64) -> At {
        (day(d), Id(n))
    }

    #[test]
    fn reaching_out_counts_from_the_day_itself_the_rest_once_logged_after_the_meeting() {
        assert!(Mark::Reach.follows_up(at(20, 1), at(20, 5)));
        assert!(Mark::Reach.follows_up(at(21, 1), at(20, 5)));
        assert!(!Mark::Reach.follows_up(at(19, 9), at(20, 5)));
        for rest in [Mark::Exchange, Mark::Meeting, Mark::Done] {
            assert!(!rest.follows_up(at(20, 4), at(20, 5)));
            assert!(rest.follows_up(at(20, 6), at(20, 5)));
            assert!(rest.follows_up(at(21, 1), at(20, 5)));
            assert!(!rest.follows_up(at(19, 9), at(20, 5)));
        }
        assert!(!Mark::Planned.follows_up(at(25, 9), at(20, 5)));
        assert_eq!(Mark::of_interaction(InteractionKind::Note), None);
        assert_eq!(
            Mark::of_interaction(InteractionKind::Event),
            Some(Mark::Meeting)
        );
    }

    #[test]
    fn a_planned_follow_up_ends_the_wait_but_does_not_do_a_follow_up() {
        let met = at(20, 5);
        assert!(awaits_follow_up(met, []));
        assert!(awaits_follow_up(met, [(Mark::Planned, day(19), Id(9))]));
        assert!(!awaits_follow_up(met, [(Mark::Planned, day(20), Id(1))]));
        assert!(awaits_follow_up(met, [(Mark::Meeting, day(20), Id(4))]));
        assert!(awaits_follow_up(met, [(Mark::Exchange, day(20), Id(4))]));
        assert!(!awaits_follow_up(met, [(Mark::Exchange, day(20), Id(6))]));
        assert!(!awaits_follow_up(met, [(Mark::Reach, day(20), Id(1))]));
        assert_eq!(
            first_follow_up(
                met,
                [
                    (Mark::Reach, day(23), Id(10)),
                    (Mark::Planned, day(21), Id(11)),
                    (Mark::Meeting, day(22), Id(12)),
                    (Mark::Exchange, day(20), Id(3)),
                    (Mark::Reach, day(19), Id(2)),
                ]
            ),
            Some((day(22), Id(12)))
        );
    }

    #[test]
    fn only_a_follow_up_done_by_hand_is_a_touch() {
        let mut f = FollowUp {
            id: Id(5),
            contact: Id(1),
            due: day(21),
            text: "follow up on: coffee".into(),
            state: FollowUpState::Done { on: day(22) },
            created: day(20),
            meeting: Some(Id(4)),
            done_by: None,
        };
        assert_eq!(
            marks_of(&f).collect::<Vec<_>>(),
            [(Mark::Planned, day(20)), (Mark::Done, day(22))]
        );
        f.done_by = Some(Id(9));
        assert_eq!(marks_of(&f).collect::<Vec<_>>(), [(Mark::Planned, day(20))]);
    }
}
