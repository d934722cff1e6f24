//! `event --details` against a plain model of the whom rule: each item
//! goes to the person its "WHO:" names, given in one `--details` with `;`
//! between items or one `--details` each; an item naming nobody goes on
//! with the item before it in the same `--details`; a "WHO:" naming
//! nobody there refuses the whole command.

use proptest::prelude::*;

use crate::command::Command;
use crate::words::parse;

const PEOPLE: [&str; 4] = ["Sara Greco", "Marco Bianchi", "Ugo Neri", "Paolo Marino"];
const TEXTS: [&str; 4] = [
    "ha trovato lavoro",
    "parte per Berlino",
    "è tornato dal Giappone",
    "moving to Berlin in May",
];

/// How an item names its person: typed as given to --with, their first
/// name in any case, their last name when typed whole (the command line
/// knows only the words typed: a new person has no other name yet).
fn named(person: &str, typed: &str, how: usize) -> String {
    let mut words = person.split_whitespace();
    match how {
        1 => words.next().unwrap_or(person).to_uppercase(),
        2 if typed == person => words.last().unwrap_or(person).to_string(),
        _ => typed.to_string(),
    }
}

proptest! {
    #[test]
    fn each_detail_goes_to_the_person_it_names(
        k in 1usize..4,
        typed_whole in proptest::collection::vec(any::<bool>(), 4),
        items in proptest::collection::vec((0usize..4, 0usize..4, proptest::option::of(0usize..3)), 1..6),
        joined in any::<bool>(),
        stranger in proptest::option::of(0usize..6),
    ) {
        let typed: Vec<String> = (0..k)
            .map(|i| if typed_whole[i] { PEOPLE[i].to_string() } else { PEOPLE[i].split(' ').next().unwrap_or("").to_lowercase() })
            .collect();
        let mut texts: Vec<String> = Vec::new();
        let mut want: Vec<Vec<&str>> = vec![Vec::new(); k];
        let mut ok = true;
        let mut last: Option<usize> = None;
        for (n, (who, text, how)) in items.iter().enumerate() {
            let who = who % k;
            let item = match how {
                Some(how) => format!("{}: {}", named(PEOPLE[who], &typed[who], *how), TEXTS[*text]),
                None => TEXTS[*text].to_string(),
            };
            if stranger == Some(n) {
                texts.push("Julie: sta per sposarsi".into());
                ok = false;
            }
            texts.push(item);
            let at = match (how, last) {
                (Some(_), _) => Some(who),
                (None, Some(at)) if joined => Some(at),
                (None, _) if k == 1 => Some(0),
                (None, _) => None,
            };
            match at {
                Some(at) => want[at].push(TEXTS[*text]),
                None => ok = false,
            }
            last = at.or(last);
        }
        let mut words: Vec<String> = vec!["event".into(), "cena".into()];
        for t in &typed {
            words.extend(["--with".to_string(), t.clone()]);
        }
        if joined {
            words.extend(["--details".to_string(), texts.join("; ")]);
        } else {
            for t in &texts {
                words.extend(["--details".to_string(), t.clone()]);
            }
        }
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        match parse(&words, today).map(|t| t.command) {
            Ok(Command::Event(e)) => {
                prop_assert!(ok, "{:?}", words);
                let got: Vec<String> = e.people.iter().map(|p| p.details.clone()).collect();
                let want: Vec<String> = want.iter().map(|w| w.join("; ")).collect();
                prop_assert_eq!(got, want, "{:?}", words);
            }
            Ok(other) => prop_assert!(false, "{:?}", other),
            Err(e) => {
                prop_assert!(!ok, "{:?}: {}", words, e);
                if stranger.is_some_and(|s| s < items.len()) {
                    prop_assert!(e.contains("'Julie:' is nobody there") || e.contains("does not say whose"), "{}", e);
                }
            }
        }
    }
}
