//! Each note on a need left out gives the true reason, against a plain
//! model: met by my introduction, nobody who could still be introduced
//! offers it (someone known already does), nobody offers it yet (some
//! come close, or none), the one this draft introduces may meet it too,
//! or someone could help but the draft offers one introduction (one need)
//! at a time.

use proptest::prelude::*;

use super::super::*;
use super::table::{Case, NONE, context};

const NEEDS: &[&str] = &["a lawyer in Germany", "Italian clients", "a CFO"];

/// What a need's situation is: (someone could help, an introduction of
/// mine met it).
type Situation = (bool, bool);

proptest! {
    #[test]
    fn a_need_left_out_is_noted_with_its_true_reason(
        needs in prop::collection::vec((any::<bool>(), any::<bool>()), 1..4),
        introduced_lately in any::<bool>(),
        not_offered in 0..3u8,
        one_helper in any::<bool>(),
    ) {
        let case = Case {
            what: "nadia",
            name: "Nadia Rota",
            moment: Some((InteractionKind::Met, "Fintech drinks", 2, false)),
            ..NONE
        };
        let template = Template::for_language("en", None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&case, template.language);
        // One helper for every need, or one each.
        let helper = |i: usize| format!("Helper {}", if one_helper { 0 } else { i });
        let situation: Vec<(&str, Situation)> = NEEDS.iter().copied().zip(needs.iter().copied()).collect();
        let (first, rest) = situation.split_first().unwrap_or_else(|| unreachable!());
        ctx.need = Some(first.0.to_string());
        ctx.helper = (first.1).0.then(|| Fact { what: helper(0), from: Id(9) });
        ctx.more_needs = rest
            .iter()
            .enumerate()
            .map(|(i, (n, (h, _)))| (n.to_string(), h.then(|| helper(i + 1))))
            .collect();
        ctx.answered = situation
            .iter()
            .filter(|(_, (_, a))| *a)
            .map(|(n, _)| (n.to_string(), "your introduction to Bruno Leone".to_string()))
            .collect();
        // Someone `match` lists as not offered for each need (trial
        // 26z4): 1, someone who knows her; 2, someone only close.
        if not_offered > 0 {
            ctx.not_offered = NEEDS.iter().map(|n| (n.to_string(), not_offered == 1)).collect();
        }
        if introduced_lately || !ctx.answered.is_empty() {
            ctx.introduced = vec![Fact { what: "Bruno Leone".into(), from: Id(5) }];
        }
        let out = draft(&ctx, &template);
        let notes = match &out {
            Ok(d) => d.notes.join("\n"),
            Err(e) => e.clone(),
        };
        let offered = out.as_ref().map(|d| d.text.contains("Helper 0")).unwrap_or(false);
        let lately = !ctx.introduced.is_empty();
        for (i, (n, (can, met))) in situation.iter().enumerate() {
            // The note on it, up to the next "left out".
            let key = format!("their need \"{n}\"");
            let note = notes.find(&key).map_or("", |at| {
                let rest = &notes[at..];
                &rest[..rest.find("left out").unwrap_or(rest.len())]
            });
            let want = if *met {
                "your introduction to Bruno Leone answers it"
            } else if !can && not_offered == 1 {
                "nobody you could still introduce"
            } else if !can && not_offered == 2 {
                "nobody offers it yet; some come close"
            } else if !can {
                "nobody offers it yet, and"
            } else if i > 0 && offered && one_helper {
                "the introduction to Helper 0 this draft offers may answer it too"
            } else if i > 0 && offered {
                "one introduction at a time; send this one first"
            } else if lately {
                "you introduced Nadia to someone lately"
            } else if i > 0 {
                "one need at a time"
            } else {
                prop_assert!(offered, "{n:?} not offered: {notes}");
                continue;
            };
            prop_assert!(note.contains(want), "{n:?}: want {want:?}, noted {note:?} in {notes}");
        }
    }
}
