//! Events of several people captured with one `event` command (issue 26),
//! on random journals: each person new or already in the journal (some
//! already logged as met there that day), each with their own details
//! marked by whose they are, typed as the shell types them. A draft for
//! anyone may use only their own details, never another attendee's; the
//! events view lists one event with everyone; one undo takes it all back.

use chrono::{Days, NaiveDate};
use givegive::command::{self, Env, Report};
use givegive::config::Config;
use givegive::domain::draft::Template;
use givegive::journal::Journal;
use proptest::prelude::*;

/// First names, each its own, and what someone may say of themselves:
/// `{k}` is the marker that says whose it is.
const NAMES: &[&str] = &[
    "Anna", "Marco", "Giulia", "Kai", "Lea", "Omar", "Yuki", "Sara",
];
const OWN: &[&str] = &[
    "training for the {k} marathon",
    "moving to Lisbon for {k}",
    "looking for a designer for {k}",
    "loves the {k} bouldering gym",
    "building a drone called {k}",
];

/// One attendee: which name, already in the journal (and met there
/// that day), what they said, and how the detail names them.
type Person = (usize, bool, bool, Option<usize>, bool);

fn person() -> impl Strategy<Value = Person> {
    (
        0..NAMES.len(),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(0..OWN.len()),
        any::<bool>(),
    )
}

fn run(journal: &Journal, today: NaiveDate, words: &[String]) -> Result<Report, String> {
    let config = Config::defaults();
    let typed = givegive::words::parse(words, today)?;
    let env = Env::unattended(today, &config, givegive::words::label(&typed.command));
    command::run(journal, &env, typed.command).map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn drafts_after_an_event_use_only_each_persons_own_details(
        people in prop::collection::vec(person(), 1..6),
        days_ago in 1u64..20,
    ) {
        let fail = |e: String| TestCaseError::fail(e);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let on = today.checked_sub_days(Days::new(days_ago)).unwrap_or(today);
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let s = |t: &str| t.to_string();
        let mut words = vec![s("event"), s("Product meetup"), s("--on"), on.to_string()];
        let mut seen = Vec::new();
        // (full name, marker) of everyone with something to say.
        let mut said: Vec<(String, String)> = Vec::new();
        for (n, known, met_there, own, full) in people {
            if seen.contains(&n) {
                continue;
            }
            seen.push(n);
            let name = format!("{} Test{n}", NAMES[n]);
            if known {
                let mut add = vec![s("add"), name.clone()];
                if met_there {
                    add.extend([s("--met"), s("product meetup"), s("--on"), on.to_string()]);
                }
                run(&journal, today, &add).map_err(fail)?;
            }
            words.extend([s("--with"), name.clone()]);
            if let Some(own) = own {
                let k = format!("k{n}x");
                let whose = if full { name.clone() } else { NAMES[n].to_lowercase() };
                words.extend([s("--details"), format!("{whose}: {}", OWN[own].replace("{k}", &k))]);
                said.push((name, k));
            }
        }
        let before = serde_json::to_string(&journal.export().map_err(|e| fail(e.to_string()))?).unwrap_or_default();
        run(&journal, today, &words).map_err(fail)?;
        let events = journal.events(today).map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(events.len(), 1, "{:?}", events);
        prop_assert_eq!(events[0].people.len(), seen.len());
        let template = Template::for_language("en", None).ok_or_else(|| fail(s("no English template")))?;
        for n in &seen {
            let name = format!("{} Test{n}", NAMES[*n]);
            let id = journal.resolve(&name).map_err(|e| fail(e.to_string()))?;
            // One record of the event each: none doubled.
            let card = journal.card(id).map_err(|e| fail(e.to_string()))?;
            let records = card.history.iter().filter(|h| matches!(h, givegive::journal::HistoryItem::Interaction(_))).count();
            prop_assert_eq!(records, 1, "{}", name);
            let Ok(d) = journal.draft(id, None, today, &template, 7) else { continue };
            for (whose, k) in &said {
                if *whose == name {
                    prop_assert!(d.text.contains(k.as_str()), "{} lost their own {}: {}", name, k, d.text);
                } else {
                    prop_assert!(!d.text.contains(k.as_str()), "{}'s {} in the draft for {}: {}", whose, k, name, d.text);
                }
            }
        }
        // One undo takes the whole capture back.
        prop_assert!(journal.undo().map_err(|e| fail(e.to_string()))?.is_some());
        let after = serde_json::to_string(&journal.export().map_err(|e| fail(e.to_string()))?).unwrap_or_default();
        prop_assert_eq!(after, before);
    }
}
