//! When we first met, on random histories: "great to meet you" only when
//! nothing at all with them came on an earlier day, whatever it was.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::super::first::{Before, first_meeting};
use crate::domain::{Id, InteractionKind};

const KINDS: [Option<InteractionKind>; 6] = [
    None,
    Some(InteractionKind::Met),
    Some(InteractionKind::Call),
    Some(InteractionKind::Message),
    Some(InteractionKind::Event),
    Some(InteractionKind::Note),
];

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day") + Days::new(n)
}

fn record() -> impl Strategy<Value = Before> {
    (0u64..6, 0u64..40, 0usize..KINDS.len()).prop_map(|(d, id, k)| Before {
        date: day(d),
        id: Id(id),
        kind: KINDS[k],
    })
}

proptest! {
    /// Anything on an earlier day (a give, a signal, a note, a cancelled
    /// call) means they were known; records after the moment never
    /// change it; with nothing before, it is the first.
    #[test]
    fn first_only_when_nothing_came_on_an_earlier_day(
        history in proptest::collection::vec(record(), 0..6),
        later in proptest::collection::vec(record(), 0..4),
        moment_day in 1u64..5,
        k in 1usize..KINDS.len(),
    ) {
        let kind = KINDS[k].expect("an interaction kind");
        let moment = (day(moment_day), Id(20), kind);
        let first = first_meeting(moment, history.iter().copied(), None);
        if history.iter().any(|b| b.date < day(moment_day)) {
            prop_assert!(!first, "known before: {history:?}");
        }
        let after = later.iter().map(|b| Before {
            date: b.date.max(day(moment_day)) + Days::new(1),
            ..*b
        });
        let with_later = history.iter().copied().chain(after);
        prop_assert_eq!(first_meeting(moment, with_later, None), first);
        prop_assert!(first_meeting(moment, [], None));
    }
}
