//! What of someone's needs still wants help: one rule for `match`, `H`
//! and the drafts (trial 26x: `match giulia` offered an accountant for
//! "un commercialista" while her draft said the give "il contatto di un
//! commercialista" had answered it). Their needs are what they need
//! (`--need`) and what they asked of me and is still open (`asked-by`, `A`:
//! "presentarle un designer" seeks "un designer"). A need is met by a give
//! of mine, done, that answers it by [`answers`], or by an introduction I
//! made to someone who meets it by the skill rule `match` offers by (trial
//! 26z: `match marco` offered Dora for "un CFO" after I had introduced him
//! to Nicola, a CFO, while his draft said the introduction answered it).
//! A request for an introduction ("an intro to a good CFO") is met only by
//! an introduction: a give of a thing ("a list of CFOs") is not the person
//! they asked to meet (trial 26y). A request granted or declined is no
//! need any more. A request only written in a meeting's details ("asked me
//! to …") is not read: it is recorded when it is one.

use super::said::Said;
use super::{Answer, Profile, answers, skill};
use crate::domain::{Direction, EntryState, Id, LedgerEntry, Nature};

/// Someone's needs, parted: those still open, and those a give or an
/// introduction of mine met, each with how ("what you gave them on
/// 2026-11-29 ("…")", "your introduction to Nicola Longo").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Needs {
    pub(crate) open: Vec<String>,
    pub(crate) answered: Vec<(String, String)>,
    /// The open request each need came from, by its id: an introduction
    /// for that need answers it, and `H`'s form says so (trial 26z).
    pub(crate) requests: Vec<(String, Id)>,
}

/// `recorded` (their `--need`s) and their open requests in `ledger` (their
/// entries), parted into open and answered; `introduced` are the people I
/// introduced them to.
pub(crate) fn needs(
    recorded: &[String],
    ledger: &[&LedgerEntry],
    introduced: &[&Profile],
) -> Needs {
    let requested: Vec<&LedgerEntry> = ledger
        .iter()
        .copied()
        .filter(|e| {
            e.other.is_none()
                && (e.direction, e.nature, e.state)
                    == (Direction::ThemToMe, Nature::Ask, EntryState::Open)
        })
        .collect();
    let mut all: Vec<String> = Vec::new();
    let asked = requested.iter().map(|e| sought(&e.text));
    for n in recorded.iter().cloned().chain(asked) {
        if !n.trim().is_empty() && !all.iter().any(|a| a == &n) {
            all.push(n);
        }
    }
    let requests: Vec<(String, Id)> = all
        .iter()
        .filter_map(|n| {
            let e = requested.iter().find(|e| sought(&e.text) == *n)?;
            Some((n.clone(), e.id))
        })
        .collect();
    // Only an introduction meets whom a request asks to be introduced to.
    let things: Vec<String> = all
        .iter()
        .filter(|n| {
            !requested
                .iter()
                .any(|e| asks_introduction(&e.text) && sought(&e.text) == **n)
        })
        .cloned()
        .collect();
    let mut answered = met_by_gives(&things, ledger);
    for n in &all {
        let by = introduced
            .iter()
            .find(|p| skill(std::slice::from_ref(n), p, &Said::ByHelper).0 > 0);
        if let Some(p) = by.filter(|_| !answered.iter().any(|(a, _)| a == n)) {
            answered.push((n.clone(), format!("your introduction to {}", p.name)));
        }
    }
    // A request stays open until it is granted: a give that answers it is
    // said, and so is the request still open (trial 26w2: `match` called
    // it answered while the review kept it and the draft named it open).
    for (n, how) in &mut answered {
        if let Some((_, id)) = requests.iter().find(|(r, _)| r == n) {
            how.push_str(&format!(
                "; their request {id} is still open: mark it done if this answered it"
            ));
        }
    }
    answered.sort_by_key(|(n, _)| all.iter().position(|a| a == n));
    let open: Vec<String> = all
        .into_iter()
        .filter(|n| !answered.iter().any(|(a, _)| a == n))
        .collect();
    let requests = requests
        .into_iter()
        .filter(|(n, _)| open.contains(n))
        .collect();
    Needs {
        open,
        answered,
        requests,
    }
}

/// The needs what I gave them answers (by [`answers`]: "il contatto di un
/// commercialista" for "un commercialista"), each with how: met, so noted
/// as answered and never offered again.
fn met_by_gives(needs: &[String], ledger: &[&LedgerEntry]) -> Vec<(String, String)> {
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

/// Whether `request` asks to be introduced to someone ("an intro to a
/// good CFO", "presentargli un CFO"), rather than for a thing.
fn asks_introduction(request: &str) -> bool {
    sought(request) != request.trim()
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
    use super::{needs, sought};
    use crate::domain::matching::Profile;
    use crate::domain::{Direction, EntryState, FavourKind, Id, LedgerEntry, Nature};

    fn entry(
        id: u64,
        other: Option<u64>,
        (direction, nature): (Direction, Nature),
        text: &str,
    ) -> LedgerEntry {
        LedgerEntry {
            id: Id(id),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            contact: Id(1),
            other: other.map(Id),
            direction,
            nature,
            kind: FavourKind::Other,
            text: text.into(),
            weight: 1,
            state: if nature == Nature::Ask {
                EntryState::Open
            } else {
                EntryState::Done
            },
            tags: Vec::new(),
            settled: None,
            granted_by: None,
        }
    }

    /// Trials 26y, 26z: a give of a thing meets a need, not a request to
    /// be introduced; an introduction to someone who meets it does; an
    /// open need carries the request it came from.
    #[test]
    fn an_introduction_meets_what_a_request_to_be_introduced_seeks() {
        let ask = (Direction::ThemToMe, Nature::Ask);
        let give = (Direction::MeToThem, Nature::Give);
        let request = entry(7, None, ask, "an intro to a good CFO");
        let list = entry(8, None, give, "a list of three fractional CFOs");
        let recorded = ["a CFO".to_string()];
        let parted = needs(&recorded, &[&request, &list], &[]);
        assert_eq!(parted.open, ["a good CFO"]);
        assert_eq!(parted.answered.len(), 1);
        assert_eq!(parted.answered[0].0, "a CFO");
        assert_eq!(parted.requests, [("a good CFO".to_string(), Id(7))]);
        let nicola = Profile {
            id: Id(2),
            name: "Nicola Longo".into(),
            role: "CFO".into(),
            ..Profile::default()
        };
        let intro = entry(9, Some(2), give, "to meet");
        let parted = needs(&recorded, &[&request, &intro], &[&nicola]);
        assert!(parted.open.is_empty(), "{parted:?}");
        assert_eq!(
            parted.answered,
            [
                (
                    "a CFO".to_string(),
                    "your introduction to Nicola Longo".to_string()
                ),
                (
                    "a good CFO".to_string(),
                    "your introduction to Nicola Longo; their request #7 is still open: \
                     mark it done if this answered it"
                        .to_string()
                ),
            ]
        );
    }

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
