//! What of someone's needs still wants help: one rule for `match`, `H`
//! and the drafts (trial 26x: `match giulia` offered an accountant for
//! "un commercialista" while her draft said the give "il contatto di un
//! commercialista" had answered it). Their needs are what they need
//! (`--need`) and what they asked of me and is still open (`asked-by`, `A`:
//! "presentarle un designer" seeks "un designer"); a give of mine, done,
//! that answers one by [`answers`] has met it. A request granted or
//! declined is no need any more. A request only written in a meeting's
//! details ("asked me to …") is not read: it is recorded when it is one.

use super::{Answer, answers};
use crate::domain::{Direction, EntryState, LedgerEntry, Nature};

/// Someone's needs, parted: those still open, and those a give of mine
/// met, each with how ("what you gave them on 2026-11-29 ("…")").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Needs {
    pub(crate) open: Vec<String>,
    pub(crate) answered: Vec<(String, String)>,
}

/// `recorded` (their `--need`s) and their open requests in `ledger` (their
/// entries), parted into open and answered.
pub(crate) fn needs(recorded: &[String], ledger: &[&LedgerEntry]) -> Needs {
    let requested = ledger
        .iter()
        .filter(|e| {
            e.other.is_none()
                && (e.direction, e.nature, e.state)
                    == (Direction::ThemToMe, Nature::Ask, EntryState::Open)
        })
        .map(|e| sought(&e.text));
    let mut all: Vec<String> = Vec::new();
    for n in recorded.iter().cloned().chain(requested) {
        if !n.trim().is_empty() && !all.iter().any(|a| a == &n) {
            all.push(n);
        }
    }
    let answered = met_by_gives(&all, ledger);
    let open = all
        .into_iter()
        .filter(|n| !answered.iter().any(|(a, _)| a == n))
        .collect();
    Needs { open, answered }
}

/// The needs what I gave them answers (by [`answers`]: "il contatto di un
/// commercialista" for "un commercialista"), each with how: met, so noted
/// as answered and never offered again.
pub(crate) fn met_by_gives(needs: &[String], ledger: &[&LedgerEntry]) -> Vec<(String, String)> {
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

/// Openings of a request for an introduction, folded: what follows is
/// whom they seek ("presentarle un designer" seeks "un designer").
const INTRODUCE: &[&str] = &[
    "introduce her to",
    "introduce him to",
    "introduce them to",
    "introduce me to",
    "introduce us to",
    "an introduction to",
    "an intro to",
    "intro to",
    "un'introduzione a",
    "un'introduzione al",
    "un'introduzione alla",
    "presentarle",
    "presentargli",
    "presentarmi",
    "presentarci",
    "presentarli",
    "presentare",
    "farle conoscere",
    "fargli conoscere",
];

/// What a request seeks, as a need: past an opening asking to be
/// introduced, and past the words of that opening's preposition ("a",
/// "al"), what they want to meet; any other request is its own need
/// ("review her portfolio").
pub(crate) fn sought(request: &str) -> String {
    let text = request.trim();
    for opening in INTRODUCE {
        let Some(rest) = text
            .get(..opening.len())
            .filter(|start| start.eq_ignore_ascii_case(opening))
            .and_then(|_| text.get(opening.len()..))
        else {
            continue;
        };
        if rest.starts_with(' ') && !rest.trim().is_empty() {
            return rest.trim().to_string();
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::sought;

    #[test]
    fn a_request_for_an_introduction_seeks_whom_it_names() {
        assert_eq!(sought("presentarle un designer"), "un designer");
        assert_eq!(sought("introduce him to a CFO"), "a CFO");
        assert_eq!(sought("Presentargli un avvocato"), "un avvocato");
        assert_eq!(sought("review her portfolio"), "review her portfolio");
        assert_eq!(sought("presentarle"), "presentarle");
        assert_eq!(sought("presentarlecosa x"), "presentarlecosa x");
    }
}
