//! The one rule for "followed up": which later record follows up a meeting.
//!
//! The review's fresh-meeting line and the follow-ups a meeting plans (and
//! so the stats' follow-through, the calendar and every command's "also
//! done" line, which read those) all ask this one question, so it is
//! answered here only. `docs/review.md` says it in words ("Followed up: one
//! rule"). Following up is something I do toward them: what they do toward
//! me (their gives, their asks, their messages) never counts, or the review
//! would call a meeting followed up that I never answered.

use chrono::NaiveDate;

use super::{Direction, EntryState, FollowUp, Id, InteractionKind, LedgerEntry, Nature, Voice};

/// When a record was made: its day, and its id, which gives the order
/// records were logged in (ids only grow).
pub type At = (NaiveDate, Id);

/// How the text of a follow-up a meeting plans begins ("follow up on:
/// Drinks"): it says nothing to send, and a line that already says
/// "follow-up" says only what it is about.
pub const PLANNED: &str = "follow up on: ";

/// Whether a meeting planned the follow-up by default (`add --met`, `met
/// --follow-up`, an event's): its words are only the meeting's name, so
/// nobody waits on what it says. The review ranks it with the meetings to
/// follow up, after someone waiting on me (trial 26y3: twelve "follow-up
/// 3 days late: Fintech drinks" took the day while a request waited).
/// One planned before follow-ups knew their meeting has only its words.
pub(crate) fn is_planned(f: &FollowUp) -> bool {
    f.meeting.is_some() || f.text.starts_with(PLANNED)
}

/// What a line's label already says of the text written after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// "follow-up due today:", "done: follow-up with Giulia Conti:".
    FollowUp,
    /// "you promised 3 days ago:".
    Promise,
}

impl Label {
    /// The words a text may begin with that the label says already, the
    /// longest first (a hyphen reads as a space, case is not minded).
    fn leads(self) -> &'static [&'static str] {
        match self {
            Label::FollowUp => &["follow up on", "follow up"],
            Label::Promise => &["i promised", "promised", "promise"],
        }
    }
}

/// A follow-up's (or a promise's) text as it reads after its label, one
/// rule for every line that shows one: the words the label already says
/// are not said twice ("follow-up with Giulia Conti: follow up on: Fintech
/// drinks" is "… Giulia Conti: Fintech drinks"; "you promised: promised
/// feedback" is "you promised: feedback"). Text that is only those words
/// is kept whole, so a line never ends on its label.
pub fn after_label(label: Label, text: &str) -> &str {
    let trimmed = text.trim_start();
    for lead in label.leads() {
        let n = lead.len();
        let Some(head) = trimmed.get(..n) else {
            continue;
        };
        let same = head
            .chars()
            .zip(lead.chars())
            .all(|(a, b)| a.to_ascii_lowercase() == b || (a == '-' && b == ' '));
        let rest = &trimmed[n..];
        if same && rest.starts_with([' ', ':', '\t']) {
            let rest = rest.trim_start_matches([' ', ':', '\t']);
            return if rest.is_empty() { text } else { rest };
        }
    }
    text
}

/// What a dated record with a person is, as following up sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A meeting or an event.
    Meeting,
    /// Reaching out: a call, a message of mine (not one they sent).
    Reach,
    /// A follow-up done by hand. Done the day of a meeting it may well
    /// have been done before it, for something else ("send Kai the CFP
    /// link" ticked off the morning of the drinks): that day it follows
    /// the meeting up only when the follow-up itself was planned after the
    /// meeting was logged (its id is the follow-up's, and when it was done
    /// is known only by day).
    Done,
    /// Help I gave: a give of mine done (a promise once kept), their
    /// request granted, an introduction. What the balance counts as help
    /// given (`domain::balance`), dated by the entry.
    Help,
    /// A follow-up planned that day, with the meeting that planned it if
    /// one did. Not a touch, but the review brings the person back when
    /// it is due, so a meeting before it is not "fresh" any more.
    Planned(Option<Id>),
    /// A follow-up an earlier meeting planned, done that day by the record
    /// named (a call logged with `met`, an event): that record was the
    /// follow-up, so it waits for none of its own. Without this, "met
    /// laura 'telefonata'" closed the workshop's follow-up and two days
    /// later the review asked to follow up on the call itself.
    Did(Id),
}

impl Mark {
    /// An interaction as a mark: a note is not contact with anyone, and a
    /// message they sent me is theirs, not my follow-up.
    pub fn of_interaction(kind: InteractionKind, from: Voice) -> Option<Mark> {
        match kind {
            InteractionKind::Met | InteractionKind::Event => Some(Mark::Meeting),
            InteractionKind::Message if from == Voice::Them => None,
            InteractionKind::Call | InteractionKind::Message => Some(Mark::Reach),
            InteractionKind::Note => None,
        }
    }

    /// A ledger entry as a mark: help I gave, as the balance counts it
    /// (an introduction is a give of mine to both). Their gives and asks
    /// either way are not mine to follow up with; an open promise is not
    /// help yet, and counts once kept (`done ID`).
    pub fn of_entry(e: &LedgerEntry) -> Option<Mark> {
        match (e.nature, e.direction, e.state) {
            (Nature::Give, Direction::MeToThem, EntryState::Done)
            | (Nature::Ask, Direction::ThemToMe, EntryState::Done) => Some(Mark::Help),
            _ => None,
        }
    }

    /// Whether this mark, made `at`, follows up a meeting made `met`:
    /// every kind from the next day on, or the same day when logged
    /// after the meeting (ids only grow). "I gave Paolo the deck" or the
    /// message sent after logging the drinks follow them up; a message
    /// that morning, logged before them, was before them, whatever came
    /// of it.
    pub fn follows_up(self, at: At, met: At) -> bool {
        !matches!(self, Mark::Planned(_) | Mark::Did(_)) && at > met
    }

    /// Whether this mark, made `at`, ends a meeting's wait for its
    /// follow-up: it follows it up, or it is a follow-up planned after the
    /// meeting (by day, then by id) or by that very meeting. The meeting's
    /// own follow-up is then its one line in the review ("follow-up 2 days
    /// late: Rust meetup"), never a fresh-meeting line beside it, even
    /// when the meeting was logged before its day.
    fn ends_wait(self, at: At, met: At) -> bool {
        match self {
            Mark::Planned(of) => of == Some(met.1) || at > met,
            Mark::Did(by) => by == met.1,
            _ => self.follows_up(at, met),
        }
    }
}

/// The marks a follow-up leaves: planned the day it was created, and
/// done the day it was done: by hand, a touch of its own; by a record,
/// only that this record did it (not a touch of its own, or a meeting
/// that did it would follow itself up).
pub fn marks_of(f: &FollowUp) -> impl Iterator<Item = (Mark, NaiveDate)> {
    let done = f.done_on().map(|on| match f.done_by {
        None => (Mark::Done, on),
        Some(by) => (Mark::Did(by), on),
    });
    std::iter::once((Mark::Planned(f.meeting), f.created)).chain(done)
}

/// Whether a meeting made `met` still waits for its follow-up, given the
/// marks of everything else with that person (with their records):
/// nothing follows it up, no follow-up was planned after it or by it,
/// and it was not itself the follow-up an earlier meeting planned (a call
/// or coffee that did "follow up on: workshop" leaves nothing to follow
/// up: it was the follow-up; a first meeting, or one after the earlier
/// was followed up already, still waits).
pub fn awaits_follow_up(met: At, marks: impl IntoIterator<Item = (Mark, NaiveDate, Id)>) -> bool {
    !marks
        .into_iter()
        .any(|(mark, day, id)| mark.ends_wait((day, id), met))
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

/// What a follow-up's text says it will send them, as it stands in the
/// text ("send Tom the two CFO profiles": "the two CFO profiles"), in
/// either language: `None` when it sends nothing.
pub fn sends(follow_up: &str, name: &str) -> Option<String> {
    [
        super::draft::Language::English,
        super::draft::Language::Italian,
    ]
    .into_iter()
    .find_map(|lang| super::draft::promised(follow_up, name, lang))
    .filter(|t| follow_up.contains(t.as_str()))
}

/// Whether a give's words and a thing sent name the same thing: one holds
/// the other ("sent Tom the two CFO profiles", "the two CFO profiles"),
/// case and accents aside. The one rule by which a give of mine is what a
/// follow-up said it would send: it does that follow-up, and is never
/// asked for again.
pub fn holds(give: &str, thing: &str) -> bool {
    let (give, thing) = (super::text::fold(give), super::text::fold(thing));
    !give.is_empty() && !thing.is_empty() && (give.contains(&thing) || thing.contains(&give))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FollowUpState;
    use proptest::prelude::*;

    proptest! {
        /// Whatever case, hyphen or colon the label's own words are
        /// written with at the head of a text, they are said once; a text
        /// not beginning with them is kept as it is.
        #[test]
        fn a_label_is_never_said_twice(
            text in "[a-zA-Z][a-zA-Z ]{0,20}",
            lead in prop::sample::select(vec![
                (Label::FollowUp, "follow up on: "), (Label::FollowUp, "Follow-up on "),
                (Label::FollowUp, "FOLLOW UP: "), (Label::FollowUp, "follow-up "),
                (Label::Promise, "promised "), (Label::Promise, "Promise: "),
                (Label::Promise, "I promised "),
            ]),
        ) {
            let (label, lead) = lead;
            prop_assume!(after_label(label, &text) == text);
            // "follow-up On Friday" is "follow-up on" and "Friday": a text
            // whose first word is "on" is read with the label's "on".
            let first = text.split_whitespace().next().unwrap_or_default();
            prop_assume!(!first.eq_ignore_ascii_case("on"));
            let written = format!("{lead}{text}");
            prop_assert_eq!(after_label(label, &written), text.as_str());
            prop_assert_eq!(after_label(label, lead), lead);
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    /// A record made day `d`, logged `n`-th.
    fn at(d: u32, n: u64) -> At {
        (day(d), Id(n))
    }

    #[test]
    fn every_mark_follows_up_only_what_was_logged_before_it() {
        for mark in [Mark::Reach, Mark::Help, Mark::Meeting, Mark::Done] {
            assert!(!mark.follows_up(at(20, 4), at(20, 5)));
            assert!(mark.follows_up(at(20, 6), at(20, 5)));
            assert!(mark.follows_up(at(21, 1), at(20, 5)));
            assert!(!mark.follows_up(at(19, 9), at(20, 5)));
        }
        assert!(!Mark::Planned(None).follows_up(at(25, 9), at(20, 5)));
        assert_eq!(
            Mark::of_interaction(InteractionKind::Note, Voice::Both),
            None
        );
        assert_eq!(
            Mark::of_interaction(InteractionKind::Message, Voice::Them),
            None
        );
        assert_eq!(
            Mark::of_interaction(InteractionKind::Message, Voice::Me),
            Some(Mark::Reach)
        );
        assert_eq!(
            Mark::of_interaction(InteractionKind::Event, Voice::Both),
            Some(Mark::Meeting)
        );
    }

    #[test]
    fn only_help_i_gave_is_a_mark_of_the_ledger() {
        let entry = |nature, direction, state| LedgerEntry {
            id: Id(9),
            date: day(21),
            contact: Id(1),
            other: None,
            direction,
            nature,
            kind: crate::domain::FavourKind::Other,
            text: "x".into(),
            weight: 1,
            state,
            tags: Vec::new(),
            settled: None,
            granted_by: None,
        };
        let (me, them) = (Direction::MeToThem, Direction::ThemToMe);
        let (open, done) = (EntryState::Open, EntryState::Done);
        let help = Some(Mark::Help);
        assert_eq!(Mark::of_entry(&entry(Nature::Give, me, done)), help);
        assert_eq!(Mark::of_entry(&entry(Nature::Ask, them, done)), help);
        assert_eq!(Mark::of_entry(&entry(Nature::Give, me, open)), None);
        assert_eq!(Mark::of_entry(&entry(Nature::Ask, them, open)), None);
        assert_eq!(Mark::of_entry(&entry(Nature::Give, them, done)), None);
        assert_eq!(Mark::of_entry(&entry(Nature::Ask, me, done)), None);
    }

    #[test]
    fn a_planned_follow_up_ends_the_wait_but_does_not_do_a_follow_up() {
        let met = at(20, 5);
        assert!(awaits_follow_up(met, []));
        assert!(awaits_follow_up(
            met,
            [(Mark::Planned(None), day(19), Id(9))]
        ));
        assert!(awaits_follow_up(
            met,
            [(Mark::Planned(None), day(20), Id(1))]
        ));
        assert!(!awaits_follow_up(
            met,
            [(Mark::Planned(None), day(20), Id(6))]
        ));
        // Its own, planned the day before the meeting was to be.
        assert!(!awaits_follow_up(
            met,
            [(Mark::Planned(Some(Id(5))), day(19), Id(6))]
        ));
        assert!(awaits_follow_up(met, [(Mark::Meeting, day(20), Id(4))]));
        assert!(awaits_follow_up(met, [(Mark::Help, day(20), Id(4))]));
        assert!(!awaits_follow_up(met, [(Mark::Help, day(20), Id(6))]));
        assert!(awaits_follow_up(met, [(Mark::Reach, day(20), Id(1))]));
        assert_eq!(
            first_follow_up(
                met,
                [
                    (Mark::Reach, day(23), Id(10)),
                    (Mark::Planned(None), day(21), Id(11)),
                    (Mark::Meeting, day(22), Id(12)),
                    (Mark::Help, day(20), Id(3)),
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
            [(Mark::Planned(Some(Id(4))), day(20)), (Mark::Done, day(22))]
        );
        f.done_by = Some(Id(9));
        assert_eq!(
            marks_of(&f).collect::<Vec<_>>(),
            [
                (Mark::Planned(Some(Id(4))), day(20)),
                (Mark::Did(Id(9)), day(22))
            ]
        );
        // The record that did it is no touch, and follows nothing up…
        assert!(!Mark::Did(Id(9)).follows_up(at(23, 10), at(20, 5)));
        assert!(awaits_follow_up(
            at(22, 8),
            [(Mark::Did(Id(9)), day(22), Id(5))]
        ));
        // … but it was the follow-up: it waits for none of its own.
        assert!(!awaits_follow_up(
            at(22, 9),
            [(Mark::Did(Id(9)), day(22), Id(5))]
        ));
    }
}
