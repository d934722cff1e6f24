//! A detail that says what they asked of me ("asked me to review her
//! deck", "mi ha chiesto se conosco un commercialista") is their request,
//! not news of their life: told back to them ("you asked me to review your
//! deck") it answers nothing and reads as if I had not heard. Left out with
//! a note saying how to record it as a request, which the review then keeps
//! open until it is answered.

use super::{LeftOut, tokens};
use crate::domain::matching::{Answer, answers};
use crate::domain::text::loose;
use crate::domain::{Direction, EntryState, LedgerEntry, Nature};

/// English verbs of asking or wanting that take me as their object ("asked
/// me", "wants me to", "would like me to").
const EN_ASKING: &[&str] = &[
    "ask", "asks", "asked", "asking", "want", "wants", "wanted", "like", "needs", "need", "begged",
];
/// Italian verbs of asking, after the "mi" they are said to me with ("mi
/// ha chiesto", "mi chiede", "mi aveva domandato"), folded as tokens are.
const IT_ASKING: &[&str] = &[
    "chiesto",
    "chiesta",
    "chiede",
    "chiedeva",
    "chiedera",
    "domandato",
    "domanda",
    "domandava",
    "pregato",
];

/// Whether a clause says what they asked of me.
pub(super) fn asks_of_me(clause: &str) -> bool {
    let words = tokens(clause);
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    (0..words.len()).any(|i| {
        let w = at(i);
        // "asked me", "wants me to"; "asked if I could", "asked whether we".
        (EN_ASKING.contains(&w) && at(i + 1) == "me")
            || (matches!(w, "asked" | "asks" | "asking")
                && matches!(at(i + 1), "if" | "whether")
                && matches!(at(i + 2), "i" | "we"))
            // "mi ha chiesto", "mi chiede", "mi aveva chiesto".
            || (w == "mi"
                && (1..=2).any(|k| IT_ASKING.contains(&at(i + k))))
    })
}

/// Their request of me in `ledger` that `detail` says they asked, if
/// recorded (open or done): by the match rule, that the detail names
/// every essential word of it (`matching::answers`), or the same words.
pub(crate) fn recorded<'a>(detail: &str, ledger: &[&'a LedgerEntry]) -> Option<&'a LedgerEntry> {
    let said = loose(detail);
    ledger
        .iter()
        .filter(|e| {
            e.other.is_none()
                && (e.direction, e.nature) == (Direction::ThemToMe, Nature::Ask)
                && e.state != EntryState::Declined
        })
        .find(|e| {
            // Granted, its text holds what answered it too (trial 28f).
            matches!(answers(e.asked(), detail), Answer::Yes(_)) || said.contains(&loose(e.asked()))
        })
        .copied()
}

/// Each detail left out as their request that the ledger already has,
/// pointed to that request: the draft's note then says it is recorded.
pub(crate) fn point_to_recorded(left_out: &mut [LeftOut], ledger: &[&LedgerEntry]) {
    for l in left_out.iter_mut() {
        if let LeftOut::Asked(detail) = l
            && let Some(e) = recorded(detail, ledger)
        {
            *l = LeftOut::Requested {
                detail: std::mem::take(detail),
                request: e.id,
                text: e.asked().to_string(),
                open: e.state == EntryState::Open,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{asks_of_me, recorded};
    use crate::domain::{Direction, EntryState, FavourKind, Id, LedgerEntry, Nature};
    use proptest::prelude::*;

    /// Requests with no essential word in common, each with how a detail
    /// may say it, in English and Italian.
    const ASKED: [(&str, &str); 4] = [
        ("review her portfolio", "asked me to review her portfolio"),
        ("a portfolio review", "she asked me to review her portfolio"),
        (
            "un commercialista",
            "mi ha chiesto se conosco un commercialista",
        ),
        ("a CFO", "would like me to introduce him to a CFO"),
    ];

    fn entry(n: u64, text: &str, nature: Nature, direction: Direction) -> LedgerEntry {
        LedgerEntry {
            id: Id(n),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("day"),
            contact: Id(1),
            other: None,
            direction,
            nature,
            kind: FavourKind::Other,
            text: text.into(),
            weight: 1,
            state: EntryState::Open,
            tags: Vec::new(),
            settled: None,
            granted_by: None,
        }
    }

    proptest! {
        /// Against the pool's own pairing: a detail is pointed to their
        /// request of it, open or done, whatever else the ledger holds;
        /// never to a give, a request of mine, one declined, or another
        /// request.
        #[test]
        fn a_detail_points_to_their_request_of_it_and_no_other(
            said in 0usize..4,
            held in prop::collection::vec((0usize..4, 0usize..4, 0usize..3), 0..6),
        ) {
            let ways = [
                (Nature::Ask, Direction::ThemToMe),
                (Nature::Give, Direction::MeToThem),
                (Nature::Ask, Direction::MeToThem),
                (Nature::Give, Direction::ThemToMe),
            ];
            let states = [EntryState::Open, EntryState::Done, EntryState::Declined];
            let ledger: Vec<LedgerEntry> = held
                .iter()
                .enumerate()
                .map(|(n, (text, way, state))| {
                    let (nature, direction) = ways[*way];
                    let mut e = entry(n as u64, ASKED[*text].0, nature, direction);
                    e.state = states[*state];
                    e
                })
                .collect();
            let refs: Vec<&LedgerEntry> = ledger.iter().collect();
            // The pool's first two say the same request two ways.
            let same = |a: usize, b: usize| a == b || (a < 2 && b < 2);
            let model = held.iter().position(|(text, way, state)| {
                same(*text, said) && *way == 0 && *state != 2
            });
            let got = recorded(ASKED[said].1, &refs).map(|e| e.id);
            prop_assert_eq!(got, model.map(|n| Id(n as u64)));
        }
    }

    #[test]
    fn requests_of_mine_are_told_apart_from_news() {
        for asked in [
            "asked me to review her deck",
            "she asked if I know a good accountant",
            "would like me to introduce him to a CFO",
            "mi ha chiesto di presentargli un CFO",
            "mi chiede se conosco un commercialista",
            "mi aveva chiesto di rivedere il suo CV",
        ] {
            assert!(asks_of_me(asked), "{asked}");
        }
        for news in [
            "asked her boss for a raise",
            "told me she is moving to Turin",
            "mi ha detto che si trasferisce",
            "chiede un aumento al capo",
            "is asking investors for a bridge round",
        ] {
            assert!(!asks_of_me(news), "{news}");
        }
    }
}
