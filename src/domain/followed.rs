//! The one rule for "followed up": which later record follows up a meeting.
//!
//! The review's fresh-meeting line and the follow-ups a meeting plans (and
//! so the stats' follow-through and the calendar, which read those) all ask
//! this one question, so it is answered here only. `docs/review.md` says it
//! in words ("Followed up: one rule").

use chrono::NaiveDate;

use super::{FollowUp, InteractionKind};

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
    /// link" ticked off the morning of the drinks): it follows up only
    /// meetings of the days before.
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

    /// Whether this mark, dated `day`, follows up a meeting dated `met`.
    /// Days are all the journal knows, so the order of writing never
    /// counts (a meeting logged late never waits for a message already
    /// sent). Reaching out follows it up from its own day (a message that
    /// evening); what is exchanged that day, or another meeting, is taken
    /// as part of it, so those follow it up from the next day.
    pub fn follows_up(self, day: NaiveDate, met: NaiveDate) -> bool {
        match self {
            Mark::Reach => day >= met,
            Mark::Exchange | Mark::Meeting | Mark::Done => day > met,
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

/// Whether a meeting dated `met` still waits for its follow-up, given the
/// marks of everything else with that person: nothing follows it up and
/// no follow-up was planned on or after its day.
pub fn awaits_follow_up(
    met: NaiveDate,
    marks: impl IntoIterator<Item = (Mark, NaiveDate)>,
) -> bool {
    !marks
        .into_iter()
        .any(|(mark, day)| mark.follows_up(day, met) || (mark == Mark::Planned && day >= met))
}

/// The first of `marks` (with the record each stands for) that follows up
/// a meeting dated `met`: what does a follow-up it planned.
pub fn first_follow_up<T: Copy>(
    met: NaiveDate,
    marks: impl IntoIterator<Item = (Mark, NaiveDate, T)>,
) -> Option<(NaiveDate, T)> {
    marks
        .into_iter()
        .filter(|(mark, day, _)| mark.follows_up(*day, met))
        .map(|(_, day, by)| (day, by))
        .min_by_key(|(day, _)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FollowUpState, Id};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    #[test]
    fn reaching_out_counts_from_the_day_itself_an_exchange_or_a_meeting_from_the_next() {
        assert!(Mark::Reach.follows_up(day(20), day(20)));
        assert!(Mark::Reach.follows_up(day(21), day(20)));
        assert!(!Mark::Reach.follows_up(day(19), day(20)));
        for part_of_it in [Mark::Exchange, Mark::Meeting, Mark::Done] {
            assert!(!part_of_it.follows_up(day(20), day(20)));
            assert!(part_of_it.follows_up(day(21), day(20)));
        }
        assert!(!Mark::Planned.follows_up(day(25), day(20)));
        assert_eq!(Mark::of_interaction(InteractionKind::Note), None);
        assert_eq!(
            Mark::of_interaction(InteractionKind::Event),
            Some(Mark::Meeting)
        );
    }

    #[test]
    fn a_planned_follow_up_ends_the_wait_but_does_not_do_a_follow_up() {
        assert!(awaits_follow_up(day(20), []));
        assert!(awaits_follow_up(day(20), [(Mark::Planned, day(19))]));
        assert!(!awaits_follow_up(day(20), [(Mark::Planned, day(20))]));
        assert!(awaits_follow_up(day(20), [(Mark::Meeting, day(20))]));
        assert!(awaits_follow_up(day(20), [(Mark::Exchange, day(20))]));
        assert!(!awaits_follow_up(day(20), [(Mark::Reach, day(20))]));
        assert_eq!(
            first_follow_up(
                day(20),
                [
                    (Mark::Reach, day(23), 'a'),
                    (Mark::Planned, day(21), 'p'),
                    (Mark::Meeting, day(22), 'm'),
                    (Mark::Exchange, day(20), 'g'),
                    (Mark::Reach, day(19), 'b'),
                ]
            ),
            Some((day(22), 'm'))
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
