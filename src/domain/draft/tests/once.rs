//! One thing said once, on random drafts against a small model: a need a
//! promise the draft keeps answers gets no introduction, and a need is
//! named in one line only (never again as the lead-in of the offer).

use proptest::prelude::*;

use super::super::*;
use super::table::{Case, NONE, context};

/// One language's material: the need, the word that names it, details
/// (the first names the need), promises (the first answers the need).
struct Pool {
    lang: &'static str,
    need: &'static str,
    noun: &'static str,
    details: [&'static str; 3],
    promises: [&'static str; 2],
    interest: &'static str,
    /// How the line that sends what was promised starts.
    promised_line: &'static str,
}

const POOLS: [Pool; 7] = [
    Pool {
        lang: "en",
        need: "a designer",
        noun: "designer",
        details: [
            "also looking for a designer",
            "launching a new app",
            "moving to Turin in March",
        ],
        promises: [
            "send her the list of designers",
            "send her the slides from the talk",
        ],
        interest: "climbing",
        promised_line: "As promised",
    },
    Pool {
        lang: "it",
        need: "un designer",
        noun: "designer",
        details: [
            "cerca anche un designer",
            "sta lanciando una nuova app",
            "si trasferisce a Torino a marzo",
        ],
        promises: [
            "mandarle la lista dei designer",
            "mandarle le slide del talk",
        ],
        interest: "arrampicata",
        promised_line: "Come promesso",
    },
    Pool {
        lang: "en",
        need: "a lawyer",
        noun: "lawyer",
        details: [
            "looking for a lawyer",
            "incorporating in Delaware",
            "training for a marathon",
        ],
        promises: [
            "send her the names of two lawyers",
            "send her the deck template",
        ],
        interest: "sailing",
        promised_line: "As promised",
    },
    Pool {
        lang: "it",
        need: "un commercialista",
        noun: "commercialist",
        details: [
            "cerca un commercialista",
            "sta aprendo una società",
            "si allena per una maratona",
        ],
        promises: [
            "mandarle i contatti del commercialista",
            "mandarle il modello della presentazione",
        ],
        interest: "vela",
        promised_line: "Come promesso",
    },
    // A need said by every essential word, the rule `match` uses: "a
    // CFO" has no long word, and "a senior engineer" is not "a senior
    // Rust engineer".
    Pool {
        lang: "en",
        need: "a CFO",
        noun: "cfo",
        details: [
            "also looking for a CFO",
            "launching a new app",
            "moving to Turin in March",
        ],
        promises: [
            "send her the list of CFOs",
            "send her the slides from the talk",
        ],
        interest: "climbing",
        promised_line: "As promised",
    },
    // Details that name the need's head but not all of it: "hiring a
    // designer" speaks of "a product designer", so the offer does not
    // name it again.
    Pool {
        lang: "en",
        need: "a product designer",
        noun: "designer",
        details: [
            "her startup just raised a seed round and she is hiring a designer",
            "launching a new app",
            "moving to Turin in March",
        ],
        promises: [
            "send her the list of product designers",
            "send her the slides from the talk",
        ],
        interest: "climbing",
        promised_line: "As promised",
    },
    Pool {
        lang: "en",
        need: "a senior Rust engineer",
        noun: "rust",
        details: [
            "also looking for a senior Rust engineer",
            "works as a senior engineer at Klarheit",
            "moving to Turin in March",
        ],
        promises: [
            "send her the list of Rust engineers",
            "send her the slides from the talk",
        ],
        interest: "climbing",
        promised_line: "As promised",
    },
];

const HELPER: &str = "Davide Neri";

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_need_is_said_once_and_a_promise_answering_it_gets_no_introduction(
        pool in 0..POOLS.len(),
        details in prop::collection::vec(0..3usize, 0..4),
        promises in prop::collection::vec(0..2usize, 0..3),
        interest in any::<bool>(),
    ) {
        let p = &POOLS[pool];
        let template = Template::for_language(p.lang, None).unwrap_or_else(|| unreachable!());
        let case = Case {
            lang: p.lang,
            name: "Chiara Villa",
            need: Some(p.need),
            helper: Some(HELPER),
            interest: interest.then_some(p.interest),
            ..NONE
        };
        let mut ctx = context(&case, template.language);
        let mut said: Vec<&str> = details.iter().map(|i| p.details[*i]).collect();
        said.dedup();
        let people = People { recipient: "Chiara Villa", others: &[], known: &[], org: "", theirs: true };
        ctx.details = for_recipient(&said.join("; "), people, template.language).0;
        ctx.promised = promises
            .iter()
            .filter_map(|i| promised(p.promises[*i], "Chiara Villa", template.language))
            .enumerate()
            .map(|(n, what)| Fact { what, from: crate::domain::Id(10 + n as u64) })
            .collect();
        // The model: the first promise answers the need.
        let answering = promises.contains(&0);
        prop_assert_eq!(
            ctx.promised.len(),
            promises.len(),
            "every promise of the pool is said: {:?}",
            ctx.promised
        );
        let Ok(d) = draft(&ctx, &template) else {
            return Ok(());
        };
        let helper = d.text.matches(HELPER).count();
        if answering {
            prop_assert_eq!(helper, 0, "introduced for a need a promise answers:\n{}", d.text);
        } else {
            prop_assert_eq!(helper, 1, "the need has a helper:\n{}", d.text);
        }
        let naming = d
            .text
            .lines()
            .filter(|l| !l.starts_with(p.promised_line))
            .filter(|l| l.to_lowercase().contains(p.noun))
            .count();
        prop_assert!(naming <= 1, "the need named in {} lines:\n{}", naming, d.text);
        // Offered, it is named: never an offer for something unsaid.
        prop_assert!(helper == 0 || naming == 1, "offered for an unnamed need:\n{}", d.text);
    }
}

/// Needs, and a promise that speaks to the need without answering it
/// whole, then one that has nothing to do with it.
const NEAR: [(&str, &str, [&str; 2]); 3] = [
    (
        "en",
        "firmware clients",
        [
            "send Marco the two firmware leads",
            "send Marco the deck template",
        ],
    ),
    (
        "it",
        "clienti firmware",
        [
            "mandargli i due contatti per il firmware",
            "mandargli il modello della presentazione",
        ],
    ),
    (
        "en",
        "a designer for the new app",
        [
            "send Marco the list of designers",
            "send Marco the slides from the talk",
        ],
    ),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// A note never contradicts the draft: a need the draft's own promise
    /// speaks to is never noted as one nobody offers, as the need offered
    /// or as one of the rest; with no such promise, and nobody to help, it
    /// is.
    #[test]
    fn a_need_the_drafts_promise_speaks_to_is_never_nobodys(
        pool in 0..NEAR.len(),
        promises in prop::collection::vec(0..2usize, 1..3),
        rest in any::<bool>(),
    ) {
        let (lang, need, pool) = NEAR[pool];
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let case = Case { lang, name: "Marco Bianchi", ..NONE };
        let mut ctx = context(&case, template.language);
        if rest {
            ctx.more_needs = vec![(need.to_string(), None)];
        } else {
            ctx.need = Some(need.to_string());
        }
        ctx.promised = promises
            .iter()
            .filter_map(|i| promised(pool[*i], "Marco Bianchi", template.language))
            .enumerate()
            .map(|(n, what)| Fact { what, from: crate::domain::Id(10 + n as u64) })
            .collect();
        prop_assert_eq!(ctx.promised.len(), promises.len(), "{:?}", ctx.promised);
        let d = draft(&ctx, &template).map_err(TestCaseError::fail)?;
        let nobody = d
            .notes
            .iter()
            .any(|n| n.contains(&format!("\"{need}\"")) && n.contains("nobody"));
        prop_assert_eq!(nobody, !promises.contains(&0), "{}\n{:?}", d.text, d.notes);
    }
}
