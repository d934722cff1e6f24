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
            matches!(answers(&e.text, detail), Answer::Yes(_)) || said.contains(&loose(&e.text))
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
                text: e.text.clone(),
                open: e.state == EntryState::Open,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::asks_of_me;

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
