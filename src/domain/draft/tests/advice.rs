//! A draft's advice names the surface's own way and only what exists, and
//! with nothing recorded between you a draft says nothing untrue: on
//! random contexts against a small model.

use proptest::prelude::*;

use super::super::*;
use super::table::{Case, NONE, context};
use crate::domain::InteractionKind::Met;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn advice_names_the_surfaces_way_and_only_what_exists(
        italian in any::<bool>(),
        tui in any::<bool>(),
        meeting in any::<bool>(),
        history in any::<bool>(),
        details in prop::sample::select(&["", "she is moving to Lisbon", "weak on research", "she cooks amazing pasta"][..]),
        interest in any::<bool>(),
        helper in any::<bool>(),
        promise in any::<bool>(),
    ) {
        let lang_code = if italian { "it" } else { "en" };
        let template = Template::for_language(lang_code, None).unwrap_or_else(|| unreachable!());
        let case = Case {
            lang: lang_code,
            name: "Sara Greco",
            moment: meeting.then_some((Met, "demo day", 3, false)),
            details,
            interest: interest.then_some(if italian { "vela" } else { "sailing" }),
            need: Some(if italian { "un CFO" } else { "a CFO" }),
            helper: helper.then_some("Dora Finzi"),
            promised: match (promise, italian) {
                (false, _) => &[],
                (true, false) => &["send Sara the pricing deck"],
                (true, true) => &["mandare a Sara il deck sul pricing"],
            },
            ..NONE
        };
        let mut ctx = context(&case, template.language);
        ctx.history = history || meeting;
        ctx.surface = if tui { Surface::Tui } else { Surface::Shell };
        let older = ctx.surface.older("Sara Greco", crate::domain::Id(7));
        let (text, notes) = match draft(&ctx, &template) {
            Ok(d) => (d.text, d.notes.join("; ")),
            Err(e) => (String::new(), e),
        };
        let request = ctx.surface.request("Sara", "a feedback on her deck", crate::domain::Id(8), None);
        for advice in [notes.as_str(), older.as_str(), request.as_str()] {
            // The TUI names its keys, the shell its command and flags.
            if tui {
                prop_assert!(!advice.contains("--") && !advice.contains("givegive "), "{advice}");
            } else {
                prop_assert!(!advice.contains("(m)") && !advice.contains("e on the meeting #"), "{advice}");
            }
        }
        // Only what exists: no meeting to edit when there is none, and
        // "how you met" only to someone with nothing recorded yet.
        if !meeting {
            prop_assert!(!notes.contains("the meeting #"), "{notes}");
        }
        if ctx.history {
            prop_assert!(!notes.contains("how you met"), "{notes}");
        }
        // With nothing between you, nothing to follow up: no opening that
        // says so, a draft only for help someone backs, and a note why.
        if !ctx.history {
            prop_assert!(notes.contains("nothing is recorded with Sara Greco yet"), "{notes}");
            let kept = if italian { "il deck sul pricing" } else { "the pricing deck" };
            prop_assert!(text.is_empty() || text.contains("Dora Finzi") || text.contains(kept), "drafted with no history:\n{text}");
            // What I promised is mine to keep: drafted, known or not.
            prop_assert!(!promise || text.contains(kept), "{text}{notes}");
            for lately in ["thinking of you", "ti ho pensato"] {
                prop_assert!(!text.contains(lately), "{text}");
            }
        }
    }
}
