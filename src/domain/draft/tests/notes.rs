//! My notes about a person are never sent to them: against a small model
//! of what a detail is (their news as a clause with a verb, or my
//! assessment as a fragment with no verb or a habit of theirs, or what
//! they asked of me), on random details in English and Italian, no
//! assessment or request of theirs reaches a draft.

use proptest::prelude::*;

use super::table::{Case, NONE, context};
use super::*;
use crate::domain::InteractionKind::Met;

/// Their news: what they told me happens in their life (a plan, an
/// event, a change), with a verb and a subject of theirs.
const NEWS_EN: &[&str] = &[
    "she started a new job at Klarheit",
    "her daughter started climbing",
    "she is moving to Berlin in March",
    "raising a seed round in March",
    "she is pregnant",
    "she is back from parental leave",
    "she launched a podcast",
];
const NEWS_IT: &[&str] = &[
    "ha cambiato lavoro a ottobre",
    "sua figlia ha iniziato ad arrampicare",
    "si trasferisce a Berlino a marzo",
    "è stata promossa direttrice",
    "è appena tornata da Tokyo",
    "è incinta",
];

/// My assessments of them: verbless fragments, adjective phrases, habits,
/// and judgements with a verb (a copula and a quality, a seeming, a verb
/// of judging), never theirs to hear. Each with the words that must never
/// reach a draft, turned to "you" or not.
const NOTES_EN: &[(&str, &str)] = &[
    ("weak on research", "weak on research"),
    ("arrogant with juniors", "arrogant with juniors"),
    ("always pays", "always pays"),
    ("sharp on numbers", "sharp on numbers"),
    ("strong microcopy", "strong microcopy"),
    ("a bit slow to reply", "a bit slow to reply"),
    ("never on time", "never on time"),
    ("good listener", "good listener"),
    ("he is arrogant with juniors", "arrogant"),
    ("undercharging by half", "undercharging"),
    ("she is undercharging by half", "undercharging"),
    ("she seems tired of the job", "tired of the job"),
    ("he talks too much in meetings", "too much"),
    ("she should raise her rates", "raise"),
    ("he is a great mentor", "great mentor"),
    ("she is very talented", "talented"),
    ("he is boring on stage", "boring"),
    // What they asked of me: their request, not news to tell back.
    ("asked me to review her deck", "deck"),
    ("she asked if I know a good accountant", "accountant"),
];
const NOTES_IT: &[(&str, &str)] = &[
    ("debole sulla ricerca", "debole sulla ricerca"),
    ("arrogante con i junior", "arrogante con i junior"),
    ("paga sempre", "paga sempre"),
    ("bravo con i numeri", "bravo con i numeri"),
    ("poco puntuale", "poco puntuale"),
    ("mai in orario", "mai in orario"),
    ("lenta a rispondere", "lenta a rispondere"),
    ("è arrogante con i junior", "arrogante"),
    ("sottovaluta il suo lavoro", "sottovalut"),
    ("sembra stanca del lavoro", "stanca"),
    ("parla troppo alle riunioni", "troppo"),
    ("dovrebbe alzare le tariffe", "alzare le tariffe"),
    ("è un ottimo manager", "ottimo manager"),
    ("è una persona difficile", "difficile"),
    ("mi ha chiesto di presentargli un avvocato", "avvocato"),
    ("mi chiede se conosco un commercialista", "commercialista"),
];

type Pool = &'static [(&'static str, &'static str)];

fn pools(italian: bool) -> (&'static [&'static str], Pool) {
    if italian {
        (NEWS_IT, NOTES_IT)
    } else {
        (NEWS_EN, NOTES_EN)
    }
}

/// A detail text: news and notes in any order, joined by "; " and ", ".
fn details() -> impl Strategy<Value = (bool, String, Vec<(&'static str, &'static str)>)> {
    any::<bool>().prop_flat_map(|italian| {
        let (news, notes) = pools(italian);
        let part = prop_oneof![
            prop::sample::select(news).prop_map(|n| (n, None)),
            prop::sample::select(notes).prop_map(|(n, core)| (n, Some(core))),
        ];
        (
            prop::collection::vec((part, any::<bool>()), 1..5),
            prop::sample::select(notes),
        )
            .prop_map(move |(parts, trailing)| {
                let mut text = String::new();
                let mut mine = vec![trailing];
                for (i, ((p, core), comma)) in parts.iter().enumerate() {
                    if i > 0 {
                        text.push_str(if *comma { ", " } else { "; " });
                    }
                    text.push_str(p);
                    if let Some(core) = core {
                        mine.push((p, core));
                    }
                }
                (italian, text, mine)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// No note of mine appears in a draft: not from the meeting's
    /// details, not after a thing they gave me, not in their need.
    #[test]
    fn my_notes_are_never_sent((italian, text, mine) in details()) {
        let (lang_code, lang, gave, need) = if italian {
            ("it", Language::Italian, "il caffè ogni mattina", "un CTO per il suo progetto")
        } else {
            ("en", Language::English, "the coffee every morning", "a CTO for his side project")
        };
        let name = "Ivan Petrov";
        let case = Case {
            lang: lang_code,
            name,
            moment: Some((Met, "portfolio review", 10, false)),
            helper: Some("Luca Ferri"),
            ..NONE
        };
        let mut ctx = context(&case, lang);
        let people = People { recipient: name, others: &[], known: &[], org: "", theirs: true };
        (ctx.details, ctx.left_out) = for_recipient(&text, people, lang);
        let trailing = mine[0].0;
        ctx.thanks = thanked_for(&format!("{gave}, {trailing}"), name, lang)
            .map(|what| Fact { what, from: crate::domain::Id(3) });
        ctx.need = Some(need.to_string());
        let template = Template::for_language(lang_code, None).unwrap_or_else(|| unreachable!());
        let sent = draft(&ctx, &template).map(|d| d.text).unwrap_or_default();
        for (note, core) in &mine {
            prop_assert!(!sent.contains(core), "{note:?} sent in:\n{sent}\n(details {text:?})");
        }
        // A need of theirs is said to them, or not at all.
        for third in [" his ", " suo "] {
            prop_assert!(!sent.contains(third), "{third:?} in:\n{sent}");
        }
    }
}
