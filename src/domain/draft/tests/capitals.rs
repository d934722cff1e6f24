//! A moment's name inside a sentence (trial 26z4: "grazie per la Cena di
//! oggi", "vederti a Cena da Sara"): an occasion's noun typed with a
//! capital is said in lower case, in both languages, hosted or not; a
//! name keeps its capitals; and every draft opens with its greeting.

use proptest::prelude::*;

use super::super::*;
use super::table::{Case, NONE, context};

const NOUNS: &[&str] = &["cena", "pranzo", "aperitivo", "festa", "dinner", "meetup"];
const TAILS: &[&str] = &["", " da Sara", " da Luca", " dei ciclisti"];
const NAMES: &[&str] = &["Sara Greco", "Mia Lund"];

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A draft of a moment named `summary`, to `name`, in `lang`.
fn drafted(
    summary: &str,
    name: &'static str,
    lang: &str,
    (days, first, others): (u64, bool, bool),
) -> Result<Draft, String> {
    let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
    let case = Case {
        name,
        moment: Some((InteractionKind::Met, "x", days, first)),
        details: "",
        ..NONE
    };
    let mut ctx = context(&case, template.language);
    if let Some(m) = ctx.moment.as_mut() {
        m.summary = summary.to_string();
        m.with_others = others;
    }
    draft(&ctx, &template)
}

proptest! {
    #[test]
    fn an_occasions_noun_is_lower_case_inside_a_sentence(
        noun in 0..NOUNS.len(),
        tail in 0..TAILS.len(),
        name in 0..NAMES.len(),
        italian in any::<bool>(),
        days in 0u64..10,
        first in any::<bool>(),
        others in any::<bool>(),
    ) {
        let summary = format!("{}{}", capital(NOUNS[noun]), TAILS[tail]);
        let lang = if italian { "it" } else { "en" };
        let Ok(d) = drafted(&summary, NAMES[name], lang, (days, first, others)) else {
            return Ok(());
        };
        let greeting = if italian { "Ciao" } else { "Hi" };
        let first_name = NAMES[name].split(' ').next().unwrap_or_default();
        prop_assert_eq!(d.lines.first().map(|l| l.text.clone()), Some(format!("{greeting} {first_name},")));
        let noun = capital(NOUNS[noun]);
        for l in d.lines.iter().skip(1) {
            prop_assert!(!l.text.contains(&format!(" {noun}")), "{:?} in {}", summary, d.text);
        }
    }
}

/// A name keeps its capitals, an occasion's noun before it too.
#[test]
fn a_name_keeps_its_capitals() {
    for (summary, said) in [
        ("Aperitivo Fintech Club", "Aperitivo Fintech Club"),
        ("Cena Rust Milano", "Cena Rust Milano"),
        ("Product Breakfast", "Product Breakfast"),
    ] {
        for lang in ["en", "it"] {
            let d = drafted(summary, "Mia Lund", lang, (1, false, true))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(d.text.contains(said), "{lang}: {}", d.text);
        }
    }
}
