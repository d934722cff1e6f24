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
        settled: None,
        granted_by: None,
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

#[test]
fn help_is_said_in_the_same_words_everywhere() {
    let mut t = Tallies::default();
    assert_eq!(
        t.help().line(),
        "help given 0 · help received 0 · lean 0 (help even)"
    );
    // Their request I granted is help given, though I gave nothing.
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Ask,
        EntryState::Done,
        5,
    ));
    assert_eq!(
        t.help().line(),
        "help given 5 · help received 0 · lean +5 (you gave more help than you received)"
    );
    // My request they granted is help received; an open one is not.
    t.add(&entry(
        Direction::MeToThem,
        Nature::Ask,
        EntryState::Done,
        4,
    ));
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Give,
        EntryState::Done,
        3,
    ));
    t.add(&entry(
        Direction::MeToThem,
        Nature::Ask,
        EntryState::Open,
        5,
    ));
    let help = t.help();
    assert_eq!(
        help.figures(),
        "help given 5 · help received 7 · lean -2",
        "an open ask is not help"
    );
    assert_eq!(help.meaning, "you received more help than you gave");
    assert_eq!(
        (help.given.count, help.received.count),
        (1, 2),
        "each favour counted once"
    );
}

proptest! {
    /// Help each way against a recount of the entries by the rule in
    /// `docs/review.md`, and the lean is their difference.
    #[test]
    fn help_is_a_recount_and_the_lean_its_difference(entries in prop::collection::vec(any_entry(), 0..40)) {
        let mut t = Tallies::default();
        let (mut given, mut received) = (0u32, 0u32);
        for e in &entries {
            t.add(e);
            let w = u32::from(e.weight);
            match (e.direction, e.nature, e.state) {
                (Direction::MeToThem, Nature::Give, EntryState::Done)
                | (Direction::ThemToMe, Nature::Ask, EntryState::Done) => given += w,
                (Direction::ThemToMe, Nature::Give, EntryState::Done)
                | (Direction::MeToThem, Nature::Ask, EntryState::Done) => received += w,
                _ => {}
            }
        }
        let help = t.help();
        prop_assert_eq!((help.given.weight, help.received.weight), (given, received));
        prop_assert_eq!(help.lean, i64::from(given) - i64::from(received));
        prop_assert_eq!(t.lean(), help.lean);
        prop_assert_eq!(help.meaning, Tallies::lean_meaning(help.lean));
    }
}

/// "but" only where the asks go against the lean: after "you received
/// more help" they go the same way ("-5: … · but you asked more" read
/// wrong on a card).
#[test]
fn the_asks_are_joined_by_but_only_against_the_lean() {
    let mut t = Tallies::default();
    t.add(&entry(
        Direction::MeToThem,
        Nature::Ask,
        EntryState::Open,
        3,
    ));
    let lean = |t: &Tallies| Tallies::lean_meaning(t.lean()).to_string();
    assert_eq!(
        t.verdict(lean(&t)),
        "help even · but you asked more (3) than you gave (0)"
    );
    t.add(&entry(
        Direction::ThemToMe,
        Nature::Give,
        EntryState::Done,
        5,
    ));
    assert_eq!(
        t.verdict(lean(&t)),
        "you received more help than you gave · and you asked more (3) than you gave (0)"
    );
}
