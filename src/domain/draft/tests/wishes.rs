//! On their day the wishes come first (trial 26x: "Hi Laura, / it was
//! great to see you at the Aperitivo Fintech Club on Wednesday. / Happy
//! birthday!"). On random drafts in both languages, whatever else they
//! hold: once the day has come, the line after the greeting is the
//! wishes, and what follows them starts a sentence; before it, the
//! wishes keep the template's place, said once.

use proptest::prelude::*;

use super::super::{Greeting, Language};
use super::{Call, Event, Met, NONE, run, table::today};
use crate::domain::InteractionKind;

const MOMENTS: &[(InteractionKind, &str)] = &[
    (Event, "Aperitivo Fintech Club"),
    (Met, "cena da Laura"),
    (Call, "phone call"),
];
const DETAILS: &[&str] = &["", "raising a seed round in March", "si sposa a maggio"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn on_their_day_the_wishes_come_first(
        italian in any::<bool>(),
        moment in prop::option::of((0..MOMENTS.len(), 1..12u64)),
        details in 0..DETAILS.len(),
        anniversary in any::<bool>(),
        days in 0..4u64,
        gave in prop::option::of(Just("a review of my deck")),
        interest in prop::option::of(Just("cycling")),
        promised in any::<bool>(),
    ) {
        let kind = if anniversary { Greeting::Anniversary } else { Greeting::Birthday };
        let promised: &'static [&'static str] = if promised { &["the two CFO profiles"] } else { &[] };
        let case = super::Case {
            what: "random",
            lang: if italian { "it" } else { "en" },
            name: "Laura Costa",
            moment: moment.map(|(m, ago)| (MOMENTS[m].0, MOMENTS[m].1, ago, false)),
            details: if moment.is_some() { DETAILS[details] } else { "" },
            occasion: Some((kind, days)),
            gave,
            interest,
            promised,
            ..NONE
        };
        let lang = if italian { Language::Italian } else { Language::English };
        let on = today() + chrono::Days::new(days);
        let wishes = super::super::letter::lower_first(&lang.greeting(kind, on, today()));
        let draft = run(&case).map_err(TestCaseError::fail)?;
        let lines: Vec<String> = draft.text.lines().map(super::super::letter::lower_first).collect();
        prop_assert_eq!(lines.iter().filter(|l| l.contains(&wishes)).count(), 1, "{}", draft.text);
        if days == 0 {
            prop_assert_eq!(lines.get(1), Some(&wishes), "{}", draft.text);
            // What follows them starts a sentence.
            let next = draft.text.lines().nth(2).and_then(|l| l.chars().next());
            prop_assert!(next.is_none_or(char::is_uppercase), "{}", draft.text);
        }
    }
}
