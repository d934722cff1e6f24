//! What someone needs is one thing wherever it is read (trial 26x: `match`
//! ignored Sara's open request "presentarle un designer", and offered an
//! accountant for Giulia's "un commercialista" while her draft said the
//! give "il contatto di un commercialista" had answered it). On random
//! journals, against a model of concepts: a need or an open request counts,
//! a request granted or declined does not, a give of mine that answers one
//! meets it, and so does an introduction of mine to someone who offers it
//! (trial 26z); a request for an introduction is met only by an
//! introduction (trial 26y); `match` offers exactly those who answer an
//! open one and do not know them by that introduction, and the draft notes
//! as answered exactly the needs `match` calls answered. A need that names
//! an organisation ("a referral at Satispay", "an intro to someone at
//! Satispay") is met by whoever works there (trial 26y3): `match` (whose
//! report `H` shows) and the draft offer them unless they know them
//! already, and then `match` lists them as not offered, with why.

use std::collections::BTreeSet;

use givegive::command::{self, Env};
use givegive::config::Config;
use givegive::domain::Nature;
use givegive::journal::{HistoryItem, Journal};
use proptest::prelude::*;

const NAMES: &[&str] = &["Anna", "Bruno", "Carla", "Dario", "Elsa"];
/// Each pool's text with the concept it needs, seeks or answers (3: a
/// request nobody offers; 4: someone at [`ORG`], whom only working there
/// answers). The first two requests and the last ask for an introduction.
const NEEDS: &[(&str, usize)] = &[
    ("an accountant", 0),
    ("a designer", 1),
    ("a rust developer", 2),
    ("a referral at Satispay", 4),
];
const REQUESTS: &[(&str, usize)] = &[
    ("introduce her to an accountant", 0),
    ("presentarle un designer", 1),
    ("review her deck", 3),
    ("an intro to someone at Satispay", 4),
];
/// The organisation the last need and request name; some work there.
const ORG: &str = "Satispay";
/// The concept of a need for someone at [`ORG`].
const AT_ORG: usize = 4;
const GIVES: &[(&str, Option<usize>)] = &[
    ("the contact of an accountant", Some(0)),
    ("il contatto di un designer", Some(1)),
    ("a book on rust", None),
];
const OFFERS: &[(&str, usize)] = &[
    ("accounting", 0),
    ("product design", 1),
    ("rust development", 2),
];
/// What each concept is read as in `match`'s lists ("un designer" too).
const SAID: &[&str] = &[
    "an accountant",
    "a designer",
    "a rust developer",
    "review her deck",
    "someone at Satispay",
];

/// What each request seeks, as a need, and whether only an introduction
/// meets it.
const SOUGHT: &[(&str, bool)] = &[
    ("an accountant", true),
    ("un designer", true),
    ("review her deck", false),
    ("someone at Satispay", true),
];

/// One person: a need, an offer, a request of me (0 open, 1 granted, 2
/// declined), a give of mine, and an introduction of mine to another
/// person (by index), each perhaps, and whether they work at [`ORG`].
type Person = (
    Option<usize>,
    Option<usize>,
    Option<(usize, u8)>,
    Option<usize>,
    Option<usize>,
    bool,
);

fn person() -> impl Strategy<Value = Person> {
    (
        prop::option::of(0..NEEDS.len()),
        prop::option::of(0..OFFERS.len()),
        prop::option::of((0..REQUESTS.len(), 0..3u8)),
        prop::option::of(0..GIVES.len()),
        prop::option::of(0..NAMES.len()),
        prop::bool::ANY,
    )
}

/// The concepts `b` answers: what they offer, and someone at [`ORG`].
fn answers(people: &[Person], b: usize) -> BTreeSet<usize> {
    let at_org = people[b].5.then_some(AT_ORG);
    people[b]
        .1
        .map(|o| OFFERS[o].1)
        .into_iter()
        .chain(at_org)
        .collect()
}

/// Whom `a` knows already: whom they were introduced to, and, when they
/// work at [`ORG`], everyone else there.
fn known(people: &[Person], a: usize) -> BTreeSet<usize> {
    let mut out = introduced(people, a);
    if people[a].5 {
        out.extend((0..people.len()).filter(|b| *b != a && people[*b].5));
    }
    out
}

/// Whom `a` was introduced to (either way round).
fn introduced(people: &[Person], a: usize) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for (x, p) in people.iter().enumerate() {
        match p.4 {
            Some(y) if x == a && y != a => out.insert(y),
            Some(y) if y == a && x != a => out.insert(x),
            _ => false,
        };
    }
    out
}

/// The model: the concepts still open for someone, and those a give or an
/// introduction met. A need is a text: one a request for an introduction
/// seeks is met only by an introduction.
fn model(people: &[Person], a: usize) -> (BTreeSet<usize>, BTreeSet<usize>) {
    let (need, _, request, give, _, _) = people[a];
    let mut wanted: Vec<(&str, usize, bool)> = need
        .map(|n| (NEEDS[n].0, NEEDS[n].1, false))
        .into_iter()
        .collect();
    if let Some((r, 0)) = request {
        let (text, intro) = SOUGHT[r];
        match wanted.iter_mut().find(|w| w.0 == text) {
            Some(w) => w.2 |= intro,
            None => wanted.push((text, REQUESTS[r].1, intro)),
        }
    }
    let given = give.and_then(|g| GIVES[g].1);
    let offered: BTreeSet<usize> = introduced(people, a)
        .into_iter()
        .flat_map(|b| answers(people, b))
        .collect();
    let (mut open, mut met) = (BTreeSet::new(), BTreeSet::new());
    for (_, concept, intro) in wanted {
        if (given == Some(concept) && !intro) || offered.contains(&concept) {
            met.insert(concept);
        } else {
            open.insert(concept);
        }
    }
    (open, met)
}

fn concept(text: &str) -> usize {
    match text {
        "un designer" => 1,
        "a referral at Satispay" => AT_ORG,
        _ => SAID.iter().position(|s| *s == text).unwrap_or(usize::MAX),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn match_and_the_draft_read_the_same_needs(
        people in prop::collection::vec(person(), NAMES.len()),
    ) {
        let fail = |e: String| TestCaseError::fail(e);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap_or_default();
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let config = Config::defaults();
        let s = |t: &str| t.to_string();
        let run = |args: Vec<String>| -> Result<String, TestCaseError> {
            let typed = givegive::words::parse(&args, today).map_err(fail)?;
            let env = Env::unattended(today, &config, givegive::words::label(&typed.command));
            let out = command::run(&journal, &env, typed.command).map_err(|e| fail(e.to_string()))?;
            Ok(format!("{out:?}"))
        };
        for (n, (need, offer, _, _, _, at_org)) in people.iter().enumerate() {
            let mut add = vec![s("add"), format!("{} Test", NAMES[n])];
            if let Some(i) = need { add.extend([s("--need"), s(NEEDS[*i].0)]); }
            if let Some(i) = offer { add.extend([s("--offer"), s(OFFERS[*i].0)]); }
            if *at_org { add.extend([s("--org"), s(ORG)]); }
            run(add)?;
        }
        let ids: Vec<_> = (0..NAMES.len())
            .map(|n| journal.resolve(&format!("{} Test", NAMES[n])))
            .collect::<Result<_, _>>()
            .map_err(|e| fail(e.to_string()))?;
        for (n, (_, _, request, give, intro, _)) in people.iter().enumerate() {
            let who = format!("{} Test", NAMES[n]);
            if let Some((r, state)) = request {
                run(vec![s("asked-by"), who.clone(), s(REQUESTS[*r].0), s("--on"), s("2026-12-01")])?;
                let asked = journal.card(ids[n]).map_err(|e| fail(e.to_string()))?;
                let id = asked
                    .history
                    .iter()
                    .find_map(|h| match h {
                        HistoryItem::Ledger(e) if e.nature == Nature::Ask => Some(e.id.to_string()),
                        _ => None,
                    })
                    .unwrap_or_default();
                match state {
                    1 => { run(vec![s("done"), id])?; }
                    2 => { run(vec![s("decline"), id])?; }
                    _ => {}
                }
            }
            if let Some(g) = give {
                run(vec![s("gave"), who.clone(), s(GIVES[*g].0), s("--on"), s("2026-12-02")])?;
            }
            if let Some(b) = intro.filter(|b| *b != n) {
                let them = format!("{} Test", NAMES[b]);
                run(vec![s("intro"), who, them, s("to meet"), s("--on"), s("2026-12-03")])?;
            }
        }
        let template = givegive::domain::draft::Template::for_language("en", None)
            .ok_or_else(|| fail(s("no English template")))?;
        for (a, p) in people.iter().enumerate() {
            let (open, met) = model(&people, a);
            let known = known(&people, a);
            let report = journal.matches(ids[a]).map_err(|e| fail(e.to_string()))?;
            let needs: BTreeSet<usize> = report.needs.iter().map(|n| concept(n)).collect();
            let answered: BTreeSet<usize> = report.answered.iter().map(|(n, _)| concept(n)).collect();
            prop_assert_eq!(&needs, &open, "{}'s needs: {:?}", NAMES[a], report.needs);
            prop_assert_eq!(&answered, &met, "{}'s answered: {:?}", NAMES[a], report.answered);
            // Offered exactly whoever offers what is still open, or works
            // where it names, both ways; whoever would help but knows them
            // is said not offered, and why.
            let not_offered = report.not_offered();
            for b in (0..people.len()).filter(|b| *b != a) {
                let would = !answers(&people, b).is_disjoint(&open);
                let helps = would && !known.contains(&b);
                let listed = report.could_help.iter().any(|m| m.contact == ids[b]);
                prop_assert_eq!(listed, helps, "{} for {}: {:?}", NAMES[b], NAMES[a], report.could_help);
                let would_be_helped = !answers(&people, a).is_disjoint(&model(&people, b).0);
                let needed = would_be_helped && !known.contains(&b);
                let listed = report.they_could_help.iter().any(|m| m.contact == ids[b]);
                prop_assert_eq!(listed, needed, "{} helps {}: {:?}", NAMES[a], NAMES[b], report.they_could_help);
                let first = NAMES[a];
                let said = not_offered
                    .iter()
                    .any(|(m, why)| m.contact == ids[b] && why.starts_with(&format!("knows {first} already")));
                let not = (would || would_be_helped) && known.contains(&b);
                prop_assert_eq!(said, not, "{} not offered for {}: {:?}", NAMES[b], NAMES[a], not_offered);
            }
            // The draft offers someone at the organisation its open need
            // names, when anyone there does not know them.
            let draft = journal.draft(ids[a], None, today, &template, 7);
            let at_org: BTreeSet<_> = (0..people.len())
                .filter(|b| *b != a && people[*b].5 && !known.contains(b))
                .map(|b| ids[b])
                .collect();
            // (A draft offers one introduction at a time: none after one of
            // mine lately.)
            if p.0 == Some(3)
                && open.contains(&AT_ORG)
                && !at_org.is_empty()
                && introduced(&people, a).is_empty()
            {
                let offered = draft
                    .as_ref()
                    .map_err(|e| fail(e.to_string()))?
                    .lines
                    .iter()
                    .any(|l| l.from.iter().any(|id| at_org.contains(id)));
                prop_assert!(offered, "draft for {}: {:?}", NAMES[a], draft);
            }
            // The draft offers for an open request what `match` and `H`
            // offer, when it is all they need (trial 26w4: `match chiara`
            // offered Roberto for "un contatto in Satispay", her draft
            // nobody).
            let helps = |c: usize| -> BTreeSet<usize> {
                (0..people.len())
                    .filter(|b| *b != a && !known.contains(b) && answers(&people, *b).contains(&c))
                    .collect()
            };
            if let (None, Some((r, 0))) = (p.0, p.2)
                && r != 1
                && open.contains(&REQUESTS[r].1)
                && introduced(&people, a).is_empty()
                && !helps(REQUESTS[r].1).is_empty()
            {
                let offered: BTreeSet<_> = helps(REQUESTS[r].1).into_iter().map(|b| ids[b]).collect();
                let said = draft
                    .as_ref()
                    .map_err(|e| fail(e.to_string()))?
                    .lines
                    .iter()
                    .any(|l| l.from.iter().any(|id| offered.contains(id)));
                prop_assert!(said, "draft for {}'s request: {:?}", NAMES[a], draft);
            }
            let notes = match &draft {
                Ok(d) => d.notes.join("\n"),
                Err(e) => e.to_string(),
            };
            // A need nobody could still be introduced for: the draft names
            // whoever `match` lists as not offered for it, each with why,
            // and says "nobody you could still introduce" only when there
            // is one, "nobody offers it yet" otherwise, as `match` does
            // (trial 26z4: Greta's draft named Felix, not Irene; Anna's
            // said "nobody you could still introduce" when nobody offered
            // it).
            // (Open as a need of its own: a give met the need while the
            // request for an introduction to the same is still open.)
            if let Some(n) = p.0
                && open.contains(&NEEDS[n].1)
                && !met.contains(&NEEDS[n].1)
                && helps(NEEDS[n].1).is_empty()
            {
                let (text, first) = (NEEDS[n].0, NAMES[a]);
                let passed: Vec<usize> = (0..people.len())
                    .filter(|b| *b != a && known.contains(b) && answers(&people, *b).contains(&NEEDS[n].1))
                    .collect();
                for b in &passed {
                    let note = format!("not offered {} Test for \"{text}\": knows {first} already", NAMES[*b]);
                    prop_assert!(notes.contains(&note), "{}: {}", note, notes);
                }
                let left = format!("left out their need \"{text}\": nobody");
                let still = format!("{left} you could still introduce");
                let yet = format!("{left} offers it yet, and");
                prop_assert_eq!(notes.contains(&still), !passed.is_empty(), "{}", notes);
                prop_assert_eq!(notes.contains(&yet), passed.is_empty(), "{}", notes);
            }
            // The draft calls a need answered just when `match` does.
            if let Some(n) = p.0 {
                let said = ["what you gave them", "your introduction to"]
                    .iter()
                    .any(|how| notes.contains(&format!("left out their need \"{}\": {how}", NEEDS[n].0)));
                let answered = report.answered.iter().any(|(m, _)| m == NEEDS[n].0);
                prop_assert_eq!(said, answered, "draft for {}: {}", NAMES[a], notes);
            }
        }
    }
}
