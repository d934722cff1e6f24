use super::*;
use crate::domain::{FavourKind, Id};
use proptest::prelude::*;

fn entry(direction: Direction, nature: Nature, state: EntryState, weight: u8) -> LedgerEntry {
    LedgerEntry {
        id: Id(1),
        date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        contact: Id(2),
        other: None,
        direction,
        nature,
        kind: FavourKind::Other,
        text: String::new(),
        weight,
        state,
        tags: Vec::new(),
    }
}

#[test]
fn gives_count_when_done_asks_when_made() {
    let mut t = Tallies::default();
    t.add(&entry(
        Direction::MeToThem,
        Nature::Give,
        EntryState::Done,
        3,
    ));
    t.add(&entry(
        Direction::MeToThem,
        Nature::Give,
        EntryState::Open,
        2,
    ));
    t.add(&entry(
        Direction::MeToThem,
        Nature::Ask,
        EntryState::Declined,
        1,
    ));
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Ask,
        EntryState::Open,
        2,
    ));
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Give,
        EntryState::Declined,
        5,
    ));
    assert_eq!(
        t.my_gives,
        Tally {
            count: 1,
            weight: 3
        }
    );
    assert_eq!(t.my_open_promises, 1);
    assert_eq!(
        t.my_asks,
        Tally {
            count: 1,
            weight: 1
        }
    );
    assert_eq!(
        t.their_asks,
        Tally {
            count: 1,
            weight: 2
        }
    );
    assert_eq!(t.their_open_requests, 1);
    assert_eq!(t.their_gives, Tally::default());
    assert_eq!(t.lean(), 3);
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Ask,
        EntryState::Done,
        4,
    ));
    t.add(&entry(
        Direction::MeToThem,
        Nature::Ask,
        EntryState::Done,
        2,
    ));
    assert_eq!(
        t.their_asks_granted,
        Tally {
            count: 1,
            weight: 4
        }
    );
    assert_eq!(
        t.my_asks_granted,
        Tally {
            count: 1,
            weight: 2
        }
    );
    assert_eq!(t.lean(), 3 + 4 - 2);
    assert!(t.ever_gave());
}

fn any_entry() -> impl Strategy<Value = LedgerEntry> {
    (
        any::<bool>(),
        any::<bool>(),
        0usize..3,
        1u8..=LedgerEntry::MAX_WEIGHT,
    )
        .prop_map(|(me, give, state, w)| {
            let state = [EntryState::Open, EntryState::Done, EntryState::Declined][state];
            entry(
                if me {
                    Direction::MeToThem
                } else {
                    Direction::ThemToMe
                },
                if give { Nature::Give } else { Nature::Ask },
                state,
                w,
            )
        })
}

proptest! {
    #[test]
    fn removing_undoes_adding(entries in prop::collection::vec(any_entry(), 0..40), cut in 0usize..40) {
        let mut all = Tallies::default();
        for e in &entries { all.add(e); }
        let cut = cut.min(entries.len());
        let mut prefix = Tallies::default();
        for e in &entries[..cut] { prefix.add(e); }
        for e in &entries[cut..] { all.remove(e); }
        prop_assert_eq!(all, prefix);
    }

    #[test]
    fn merge_is_the_sum(a in prop::collection::vec(any_entry(), 0..20), b in prop::collection::vec(any_entry(), 0..20)) {
        let (mut ta, mut tb, mut both) = (Tallies::default(), Tallies::default(), Tallies::default());
        for e in &a { ta.add(e); both.add(e); }
        for e in &b { tb.add(e); both.add(e); }
        ta.merge(&tb);
        prop_assert_eq!(ta, both);
        ta.subtract(&tb);
        let mut only_a = Tallies::default();
        for e in &a { only_a.add(e); }
        prop_assert_eq!(ta, only_a);
    }
}
