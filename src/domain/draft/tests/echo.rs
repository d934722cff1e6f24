//! No two lines in a row open the same way, on random drafts: "spero che
//! tu stia bene.\nSpero che ti sia utile conoscere…" (trial 26z) read as
//! a stammer, and "I hope you are well.\nI hope the introduction…" too.

use proptest::prelude::*;

use super::super::*;
use super::table::{Case, NONE, context};

const NAMES: [&str; 3] = ["Nicola Longo", "Bruno Leone", "Giulia Conti"];

/// The first two words of a line, folded: how it opens.
fn opens(line: &str) -> String {
    crate::domain::text::fold(line)
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn no_two_lines_in_a_row_open_the_same_way(
        italian in any::<bool>(),
        introduced in prop::collection::vec(0..NAMES.len(), 0..3),
        seen in prop::option::of(0u64..=20),
        birthday in prop::option::of(0u64..=5),
        need in any::<bool>(),
        interest in any::<bool>(),
    ) {
        let lang = if italian { "it" } else { "en" };
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let case = Case {
            lang,
            name: "Marco Bianchi",
            occasion: birthday.map(|d| (Greeting::Birthday, d)),
            need: need.then_some(if italian { "un CFO" } else { "a CFO" }),
            helper: need.then_some("Dora Finzi"),
            interest: interest.then_some(if italian { "vela" } else { "sailing" }),
            ..NONE
        };
        let mut ctx = context(&case, template.language);
        let mut names: Vec<&str> = introduced.iter().map(|i| NAMES[*i]).collect();
        names.dedup();
        ctx.introduced = names
            .iter()
            .map(|n| Fact { what: n.to_string(), from: crate::domain::Id(5) })
            .collect();
        ctx.last_seen = seen.map(|d| ctx.today - chrono::Days::new(d));
        let Ok(d) = draft(&ctx, &template) else {
            return Ok(());
        };
        let lines: Vec<&str> = d.text.lines().collect();
        for pair in lines.windows(2) {
            prop_assert_ne!(opens(pair[0]), opens(pair[1]), "\n{}", d.text);
        }
    }
}
