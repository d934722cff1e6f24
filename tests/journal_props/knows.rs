//! Who knows whom already, on random journals (trials 26m/26n: `match
//! giulia` left Sara out, `match sara` offered Giulia). The relation is
//! the same either way round and agrees with a small model of what was
//! recorded; `match` (and so `H`) and a draft's helper never offer
//! someone a person knows already.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use givegive::command::{self, Env};
use givegive::config::Config;
use givegive::domain::Id;
use givegive::journal::Journal;
use proptest::prelude::*;

const NAMES: &[&str] = &["Anna", "Bea", "Carla", "Dario", "Elio", "Fabio"];
const NEEDS: &[&str] = &["a designer", "a rust engineer", "un avvocato"];
const OFFERS: &[&str] = &["product design", "rust engineering", "consulenza legale"];
const ORGS: &[&str] = &["", "Paymo", "paymo ", "Acme"];
const EVENTS: &[&str] = &["Fintech drinks", "FINTECH Drinks", "Rust meetup"];

/// One person: what they need, offer, are into, and where they work.
type Person = (Option<usize>, Option<usize>, bool, usize);

#[derive(Clone, Debug)]
enum Op {
    /// An event on a day, with these people (one record each).
    Event(usize, u64, Vec<usize>),
    Intro(usize, usize),
    Relate(usize, usize),
    Meet(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    let who = || 0..NAMES.len();
    prop_oneof![
        4 => (0..EVENTS.len(), 0u64..2, prop::collection::vec(who(), 1..4))
            .prop_map(|(e, d, w)| Op::Event(e, d, w)),
        1 => (who(), who()).prop_map(|(a, b)| Op::Intro(a, b)),
        1 => (who(), who()).prop_map(|(a, b)| Op::Relate(a, b)),
        1 => (who(), who()).prop_map(|(a, b)| Op::Meet(a, b)),
    ]
}

/// Runs a command as the shell would: the warnings it printed.
fn run(journal: &Journal, today: NaiveDate, words: &[String]) -> Result<Vec<String>, String> {
    let config = Config::defaults();
    let typed = givegive::words::parse(words, today)?;
    let env = Env::unattended(today, &config, givegive::words::label(&typed.command));
    match command::run(journal, &env, typed.command).map_err(|e| e.to_string())? {
        command::Report::Done(done) => Ok(done.warnings),
        _ => Ok(Vec::new()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn knowing_is_the_same_both_ways_and_nobody_known_is_offered(
        people in prop::collection::vec(
            (prop::option::of(0..NEEDS.len()), prop::option::of(0..OFFERS.len()), any::<bool>(), 0..ORGS.len()),
            NAMES.len(),
        ),
        ops in prop::collection::vec(op(), 0..8),
        first_met in prop::collection::vec(prop::option::of((0..EVENTS.len(), 0u64..2)), NAMES.len()),
    ) {
        let fail = |e: String| TestCaseError::fail(e);
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap_or_default();
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let s = |t: &str| t.to_string();
        let name = |n: usize| format!("{} Test", NAMES[n]);
        for (n, (need, offer, climbs, org)) in people.iter().enumerate() {
            let p: &Person = &(*need, *offer, *climbs, *org);
            let mut add = vec![s("add"), name(n), s("--org"), s(ORGS[p.3])];
            if let Some(i) = p.0 { add.extend([s("--need"), s(NEEDS[i])]); }
            if let Some(i) = p.1 { add.extend([s("--offer"), s(OFFERS[i])]); }
            if p.2 { add.extend([s("--interest"), s("climbing")]); }
            // Added one by one as met somewhere: each their own meeting,
            // however many share its name and day, until an `event` names
            // them (trial 28d: two lunches called "pranzo" are no event).
            if let Some((e, day)) = first_met[n] {
                let on = today.checked_sub_days(Days::new(1 + day)).unwrap_or(today);
                add.extend([s("--met"), s(EVENTS[e]), s("--on"), on.to_string()]);
            }
            run(&journal, today, &add).map_err(fail)?;
        }
        // The model: pairs that know each other, and who was at which event.
        let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
        let mut at: Vec<BTreeSet<(u64, String)>> = vec![BTreeSet::new(); NAMES.len()];
        let org = |n: usize| ORGS[people[n].3].trim().to_lowercase();
        // Each introduction, and whether the two knew each other then;
        // pairs related at any time (a link has no date).
        // Introductions and meetings are dated today, events before.
        let mut intros: Vec<(usize, usize, bool)> = Vec::new();
        let mut links: BTreeSet<(usize, usize)> = BTreeSet::new();
        let pair = |pairs: &mut BTreeSet<(usize, usize)>, a: usize, b: usize| { pairs.insert((a.min(b), a.max(b))); };
        for op in &ops {
            match op {
                Op::Event(e, day, who) => {
                    let on = today.checked_sub_days(Days::new(1 + day)).unwrap_or(today);
                    let mut words = vec![s("event"), s(EVENTS[*e]), s("--on"), on.to_string()];
                    let who: BTreeSet<usize> = who.iter().copied().collect();
                    for w in &who {
                        words.extend([s("--with"), name(*w)]);
                        at[*w].insert((*day, EVENTS[*e].to_lowercase()));
                    }
                    run(&journal, today, &words).map_err(fail)?;
                }
                Op::Intro(a, b) if a != b => {
                    // Recorded all the same, with one line when they
                    // knew each other already.
                    let knew = pairs.contains(&(*a.min(b), *a.max(b)))
                        || (!org(*a).is_empty() && org(*a) == org(*b))
                        || !at[*a].is_disjoint(&at[*b]);
                    let warned = run(&journal, today, &[s("intro"), name(*a), name(*b), s("to talk")])
                        .map_err(fail)?
                        .iter()
                        .any(|w| w.contains("knew each other already"));
                    prop_assert_eq!(warned, knew, "intro {} {}", NAMES[*a], NAMES[*b]);
                    intros.push((*a, *b, knew));
                    pair(&mut pairs, *a, *b);
                }
                Op::Relate(a, b) if a != b => {
                    run(&journal, today, &[s("relate"), name(*a), name(*b), s("colleague")]).map_err(fail)?;
                    links.insert((*a.min(b), *a.max(b)));
                    pair(&mut pairs, *a, *b);
                }
                Op::Meet(a, b) if a != b => {
                    run(&journal, today, &[s("met"), name(*a), name(*b), s("coffee")]).map_err(fail)?;
                    pair(&mut pairs, *a, *b);
                }
                _ => {}
            }
        }
        let ids: Vec<Id> = (0..NAMES.len())
            .map(|n| journal.resolve(&name(n)))
            .collect::<Result<_, _>>()
            .map_err(|e| fail(e.to_string()))?;
        let model = |a: usize, b: usize| {
            a != b
                && (pairs.contains(&(a.min(b), a.max(b)))
                    || (!org(a).is_empty() && org(a) == org(b))
                    || !at[a].is_disjoint(&at[b]))
        };
        // A draft for someone introduced once to another says the
        // introduction, or notes that they knew each other already then
        // (an event both were at included: trial p1).
        let template = givegive::domain::draft::Template::for_language("en", None)
            .ok_or_else(|| fail(s("no English template")))?;
        for &(a, b, knew) in &intros {
            let key = (a.min(b), a.max(b));
            if intros.iter().filter(|(x, y, _)| (*x.min(y), *x.max(y)) == key).count() > 1 {
                continue;
            }
            // Events are dated before today's introduction, logged first or not.
            let knew = knew || links.contains(&key) || !at[a].is_disjoint(&at[b]);
            for (me, them) in [(a, b), (b, a)] {
                // With nothing to say, the refusal carries the notes.
                let notes = match journal.draft(ids[me], None, today, &template, 7) {
                    Ok(d) => d.notes.join("\n"),
                    Err(e) => e.to_string(),
                };
                let noted = notes.contains(&format!("no line about your introduction to {}", name(them)));
                prop_assert_eq!(noted, knew, "draft for {}: {}", NAMES[me], notes);
            }
        }
        for a in 0..NAMES.len() {
            for b in 0..NAMES.len() {
                let ab = journal.knows(ids[a], ids[b]).map_err(|e| fail(e.to_string()))?;
                let ba = journal.knows(ids[b], ids[a]).map_err(|e| fail(e.to_string()))?;
                prop_assert_eq!(ab.is_some(), ba.is_some(), "{} and {}: {:?} / {:?}", a, b, ab, ba);
                prop_assert_eq!(ab.is_some(), model(a, b), "{} and {}: {:?}", a, b, ab);
            }
            let report = journal.matches(ids[a]).map_err(|e| fail(e.to_string()))?;
            for (_, m) in report.all() {
                let b = ids.iter().position(|i| *i == m.contact).unwrap_or(a);
                prop_assert!(!model(a, b), "match {} offers {}, whom they know", NAMES[a], NAMES[b]);
            }
            for need in NEEDS {
                let choice = journal.helper_for(ids[a], need).map_err(|e| fail(e.to_string()))?;
                if let Some((h, _)) = choice.helper {
                    let b = ids.iter().position(|i| *i == h).unwrap_or(a);
                    prop_assert!(!model(a, b), "a draft for {} offers {}, whom they know", NAMES[a], NAMES[b]);
                }
            }
        }
    }
}
