//! What a person's history says for a draft, besides its moments: when I
//! last followed them up by helping, which meetings still wait for a
//! follow-up, and everything before a moment (whether we had met).

use chrono::NaiveDate;

use crate::domain::draft;
use crate::domain::followed::{self, Mark};
use crate::domain::{FollowUpState, Id, Interaction, InteractionKind, LedgerEntry, Nature};
use crate::journal::HistoryItem;

/// The latest day before `today` I helped them (an introduction, a give,
/// their request granted) or marked a follow-up done: it followed up what
/// came before it (`domain::followed`), so "great to meet you" three weeks
/// on, after I wrote to introduce them, is not said. What I did the day of
/// a moment was part of it, and what I did today may go with this very
/// draft: neither hides the moment. A request granted is help on the day it
/// was granted, not the day it was asked. With the day, what it was, as a
/// note names it: "the follow-up \"send the deck\" marked done", never the
/// rule's alternatives (trial 26y: "help given or a follow-up done" after
/// only a `d`).
pub(super) fn acted(history: &[HistoryItem], today: NaiveDate) -> Option<(NaiveDate, String)> {
    history
        .iter()
        .flat_map(|h| match h {
            HistoryItem::Ledger(e) => Mark::of_entry(e)
                .map(|m| (m, e.acted_on(), e.id, helped(e)))
                .into_iter()
                .collect(),
            HistoryItem::FollowUp(f) => followed::marks_of(f)
                .map(|(m, day)| (m, day, f.id, done(f)))
                .collect(),
            _ => Vec::new(),
        })
        .filter(|(mark, day, ..)| matches!(mark, Mark::Help | Mark::Done) && *day < today)
        .max_by_key(|(_, day, id, _)| (*day, *id))
        .map(|(_, day, _, what)| (day, what))
}

/// Help of mine as a note names it.
fn helped(e: &LedgerEntry) -> String {
    match (e.nature, e.other) {
        (Nature::Ask, _) => format!("their request \"{}\" granted", e.text),
        (_, Some(_)) => format!("your introduction \"{}\"", e.text),
        (_, None) => format!("what you gave them, \"{}\"", e.text),
    }
}

/// A follow-up marked done, as a note names it.
fn done(f: &crate::domain::FollowUp) -> String {
    let text = f.text.strip_prefix(followed::PLANNED).unwrap_or(&f.text);
    format!("the follow-up \"{text}\" marked done")
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

/// The latest of `moments` (since my last message) that they hosted
/// ("cena da Paolo", to Paolo): being hosted is something they gave, so
/// the thanks for it stays owed until a message of mine went to them,
/// though a moment followed up since is not greeted again (trial 26x: an
/// introduction the next day dropped the dinner; trial 28b: so did a newer
/// event, and no "grazie per la cena" was ever said).
pub(super) fn hosted<'a>(
    moments: &[&'a Interaction],
    name: &str,
    today: NaiveDate,
) -> Option<&'a Interaction> {
    moments
        .iter()
        .copied()
        .filter(|i| draft::thanks_owed(&i.summary, name, i.date, today))
        .max_by_key(|i| (i.date, i.id))
}

/// The day of our latest moment, whoever's words: a note is none.
pub(super) fn last_seen(interactions: &[&Interaction]) -> Option<NaiveDate> {
    interactions
        .iter()
        .filter(|i| i.kind != InteractionKind::Note)
        .map(|i| i.date)
        .max()
}

/// The ledger entries of a person's history, newest first.
pub(super) fn ledger(history: &[HistoryItem]) -> Vec<&LedgerEntry> {
    history
        .iter()
        .filter_map(|h| match h {
            HistoryItem::Ledger(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Direction, EntryState, FavourKind};

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
        assert_eq!(acted(&history, day(20)).map(|a| a.0), Some(day(10)));
        // Settled before layout 2 (no day kept): its own date, as before.
        let old = [HistoryItem::Ledger(LedgerEntry {
            settled: None,
            ..request
        })];
        assert_eq!(acted(&old, day(20)).map(|a| a.0), Some(day(2)));
    }
}
