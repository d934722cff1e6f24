//! What a person's history says for a draft, besides its moments: when I
//! last followed them up by helping, which meetings still wait for a
//! follow-up, and everything before a moment (whether we had met).

use chrono::NaiveDate;

use crate::domain::draft;
use crate::domain::followed::{self, Mark};
use crate::domain::matching::{Answer, answers};
use crate::domain::{Direction, EntryState, FollowUpState, Id, LedgerEntry, Nature};
use crate::journal::HistoryItem;

/// The latest day before `today` I helped them (an introduction, a give,
/// their request granted) or marked a follow-up done: it followed up what
/// came before it (`domain::followed`), so "great to meet you" three weeks
/// on, after I wrote to introduce them, is not said. What I did the day of
/// a moment was part of it, and what I did today may go with this very
/// draft: neither hides the moment. A request granted is help on the day it
/// was granted, not the day it was asked.
pub(super) fn acted(history: &[HistoryItem], today: NaiveDate) -> Option<NaiveDate> {
    history
        .iter()
        .flat_map(|h| match h {
            HistoryItem::Ledger(e) => Mark::of_entry(e)
                .map(|m| (m, e.acted_on()))
                .into_iter()
                .collect(),
            HistoryItem::FollowUp(f) => followed::marks_of(f).collect(),
            _ => Vec::new(),
        })
        .filter(|(mark, day)| matches!(mark, Mark::Help | Mark::Done) && *day < today)
        .map(|(_, day)| day)
        .max()
}

/// The meetings whose planned follow-up is still open: the review's line
/// names one ("follow-up due: Fintech drinks"), and a draft about that day
/// is named after it.
pub(super) fn planned(history: &[HistoryItem]) -> Vec<Id> {
    history
        .iter()
        .filter_map(|h| match h {
            HistoryItem::FollowUp(f) if !matches!(f.state, FollowUpState::Done { .. }) => f.meeting,
            _ => None,
        })
        .collect()
}

/// Whether I set a follow-up about them by hand: we were in touch then.
pub(super) fn set_by_hand(history: &[HistoryItem]) -> bool {
    history
        .iter()
        .any(|h| matches!(h, HistoryItem::FollowUp(f) if by_hand(f)))
}

/// A follow-up I set by hand, not one a meeting planned.
fn by_hand(f: &crate::domain::FollowUp) -> bool {
    f.meeting.is_none() && !f.text.starts_with(followed::PLANNED)
}

/// Everything with them, for whether a moment is when we first met. A
/// follow-up I set by hand ("send Paolo the two designer contacts") says
/// we were in touch when I set it; one a meeting planned says only that
/// the meeting was.
pub(super) fn before(history: &[HistoryItem]) -> Vec<draft::Before> {
    history
        .iter()
        .filter_map(|h| match h {
            HistoryItem::Interaction(x) => Some((x.date, x.id, Some(x.kind))),
            HistoryItem::Ledger(e) => Some((e.date, e.id, None)),
            HistoryItem::Signal(s) => Some((s.date, s.id, None)),
            HistoryItem::FollowUp(f) if by_hand(f) => Some((f.created, f.id, None)),
            HistoryItem::FollowUp(_) => None,
        })
        .map(|(date, id, kind)| draft::Before { date, id, kind })
        .collect()
}

/// The needs what I gave them answers (by the rule `match` uses: "il
/// contatto di un commercialista" for "un commercialista"), each with how:
/// met, so noted as answered and never offered again.
pub(super) fn met_by_gives(needs: &[String], ledger: &[&LedgerEntry]) -> Vec<(String, String)> {
    needs
        .iter()
        .filter_map(|n| {
            ledger
                .iter()
                .find(|e| {
                    e.other.is_none()
                        && (e.direction, e.nature, e.state)
                            == (Direction::MeToThem, Nature::Give, EntryState::Done)
                        && matches!(answers(n, &e.text), Answer::Yes(_))
                })
                .map(|e| {
                    (
                        n.clone(),
                        format!("what you gave them on {} (\"{}\")", e.date, e.text),
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FavourKind;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    /// Their request asked on the 2nd and granted on the 10th was help on
    /// the 10th: that is the day a draft knows I last helped them.
    #[test]
    fn a_request_granted_later_is_help_on_the_day_it_was_granted() {
        let request = LedgerEntry {
            id: Id(4),
            date: day(2),
            contact: Id(1),
            other: None,
            direction: Direction::ThemToMe,
            nature: Nature::Ask,
            kind: FavourKind::Other,
            text: "a designer".into(),
            weight: 1,
            state: EntryState::Done,
            tags: Vec::new(),
            settled: Some(day(10)),
            granted_by: None,
        };
        let history = [HistoryItem::Ledger(request.clone())];
        assert_eq!(acted(&history, day(20)), Some(day(10)));
        // Settled before layout 2 (no day kept): its own date, as before.
        let old = [HistoryItem::Ledger(LedgerEntry {
            settled: None,
            ..request
        })];
        assert_eq!(acted(&old, day(20)), Some(day(2)));
    }
}
