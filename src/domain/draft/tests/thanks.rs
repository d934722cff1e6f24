//! Thanks name the very thing received: on random ask and give texts, a
//! thanks never opens its object with an indefinite article ("Thank you
//! for a code review" is "the code review"), and says exactly what a
//! small model of the closed tables says, or thanks without naming it.

use proptest::prelude::*;

use super::super::*;

/// A thing as logged, and as thanks say it (`None`: unsure, no object).
const EN: &[(&str, Option<&str>)] = &[
    ("a code review", Some("the code review")),
    ("an intro", Some("the intro")),
    ("some advice", Some("the advice")),
    ("a few tips", Some("the tips")),
    ("a couple of leads", Some("the leads")),
    ("a lot of feedback", Some("the feedback")),
    ("the deck", Some("the deck")),
    ("feedback", Some("the feedback")),
    ("30 minutes", Some("the 30 minutes")),
];

const IT: &[(&str, Option<&str>)] = &[
    ("una revisione", Some("la revisione")),
    ("un'introduzione", Some("l'introduzione")),
    ("un report", Some("il report")),
    ("un ottimo consiglio", Some("l'ottimo consiglio")),
    ("uno sconto", Some("lo sconto")),
    ("dei contatti", Some("i contatti")),
    ("degli articoli", Some("gli articoli")),
    ("delle slide", Some("le slide")),
    ("alcuni consigli", Some("i consigli")),
    ("alcuni studenti", Some("gli studenti")),
    ("del tempo", Some("il tempo")),
    ("qualche consiglio", None),
    ("il feedback", Some("il feedback")),
    ("feedback", Some("il feedback")),
];

const EN_TAILS: &[&str] = &[
    " on my slides",
    " of my parser",
    " on my pitch deck",
    " for the launch",
];
const IT_TAILS: &[&str] = &[
    " sulla mia app",
    " sul mio pitch",
    " per il lancio",
    " del mio parser",
];

const INDEFINITE: &[&str] = &[
    "a", "an", "some", "few", "un", "uno", "una", "un'", "dei", "degli", "delle", "del", "della",
    "dello", "alcuni", "alcune", "qualche",
];

proptest! {
    #[test]
    fn thanks_name_the_thing_received(
        it in any::<bool>(),
        pick in 0usize..64,
        tail in 0usize..4,
        granted in any::<bool>(),
    ) {
        let (lang, pool, tails) = if it {
            (Language::Italian, IT, IT_TAILS)
        } else {
            (Language::English, EN, EN_TAILS)
        };
        let (thing, said) = pool[pick % pool.len()];
        let tail = tails[tail];
        // A request of mine they granted: what they gave is after ": ".
        let text = if granted {
            format!("review request: {thing}{tail}")
        } else {
            format!("{thing}{tail}")
        };
        let thanks = thanked_for(&text, "Tom Reed", lang);
        let want = match (said, lang) {
            (Some(s), _) => format!("{s}{tail}"),
            (None, Language::English) => "your help".to_string(),
            (None, Language::Italian) => "il tuo aiuto".to_string(),
        };
        prop_assert_eq!(thanks.as_deref(), Some(want.as_str()), "{}", text);
        let first = want.split([' ', '\'']).next().unwrap_or("");
        prop_assert!(!INDEFINITE.contains(&first), "{}", want);
    }
}
