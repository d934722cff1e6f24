//! What was already written to them, whatever the language it was written
//! in, and a need as an Italian sentence says it.

use super::super::*;
use super::table::{Case, NONE, context, today};

/// Bruno: a shared interest and a need someone can meet, nothing new.
fn bruno(lang: &'static str) -> Case {
    Case {
        what: "bruno",
        lang,
        name: "Bruno Galli",
        interest: Some("sailing"),
        need: Some("a CFO"),
        helper: Some("Dora Finzi"),
        ..NONE
    }
}

#[test]
fn a_line_sent_in_one_language_is_not_said_again_in_another() {
    for (sent_in, now_in) in [("en", "it"), ("it", "en"), ("en", "en"), ("it", "it")] {
        // A need both languages say as typed ("CFO"): one typed in one
        // language is never said in the other.
        let first = Template::for_language(sent_in, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(sent_in), first.language);
        ctx.need = Some("CFO".into());
        let sent = draft(&ctx, &first).unwrap_or_else(|e| panic!("{e}"));
        let template = Template::for_language(now_in, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(now_in), template.language);
        ctx.need = Some("CFO".into());
        ctx.said_before = vec![(today(), sent.text.clone())];
        let again = draft(&ctx, &template);
        let notes = again.expect_err(&format!("{sent_in} then {now_in}: said again"));
        assert!(
            notes.starts_with("nothing to say to Bruno Galli that you have not written already"),
            "{notes}"
        );
        assert_eq!(
            notes.matches("you wrote it to Bruno on").count(),
            2,
            "{notes}"
        );
    }
}

#[test]
fn a_line_not_sent_is_still_said_in_the_other_language() {
    // Only the interest went, in English: the need is still new in Italian.
    let template = Template::for_language("it", None).unwrap_or_else(|| unreachable!());
    let mut ctx = context(&bruno("it"), template.language);
    ctx.need = Some("un CFO".into());
    ctx.said_before = vec![(
        today(),
        "By the way, I saw we are both into sailing.".into(),
    )];
    let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        d.text,
        "Ciao Bruno,\n\
         ti ho pensato in questi giorni.\n\
         So che cerchi un CFO: Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento.\n\
         A presto"
    );
}

#[test]
fn a_need_is_said_only_in_the_drafts_language_and_never_cut() {
    for (need, lang, said) in [
        ("a job in a product team", "it", false),
        ("a CFO", "it", false),
        ("socio tecnico", "en", false),
        ("a CFO", "en", true),
        ("un commercialista", "it", true),
        ("un commercialista", "en", false),
    ] {
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(lang), template.language);
        ctx.need = Some(need.into());
        ctx.shared_interest = None;
        ctx.details = vec!["x".into()];
        let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text.contains(need), said, "{need} in {lang}: {}", d.text);
        if !said {
            let cut = need.split_once(' ').map_or(need, |(_, rest)| rest);
            assert!(!d.text.contains(cut), "{need} cut in {lang}: {}", d.text);
            assert!(
                d.notes
                    .iter()
                    .any(|n| n.starts_with(&format!("left out their need \"{need}\": it is"))),
                "{need} in {lang}: {:?}",
                d.notes
            );
        }
    }
}

#[test]
fn every_need_is_offered_or_said_why_not() {
    let template = Template::for_language("en", None).unwrap_or_else(|| unreachable!());
    let mut ctx = context(&bruno("en"), template.language);
    ctx.more_needs = vec![
        ("an accountant".into(), Some("Sara Verdi".into())),
        ("a sailing crew".into(), None),
    ];
    let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        d.text.contains("looking for a CFO; Dora Finzi"),
        "{}",
        d.text
    );
    assert_eq!(
        d.notes,
        [
            "left out their need \"an accountant\": Sara Verdi could help, but a draft offers one introduction at a time; send this one first",
            "left out their need \"a sailing crew\": nobody offers it yet, and a draft never promises help that nobody backs",
        ]
    );
    // Trial six: the first need left out for its language, the draft has
    // no introduction, so none is "this one" to send first.
    ctx.need = Some("un direttore finanziario".into());
    let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
    assert!(!d.text.contains("Dora Finzi"), "{}", d.text);
    assert!(
        d.notes.iter().any(|n| n
            == "left out their need \"an accountant\": Sara Verdi could help, but a draft speaks of one need at a time"),
        "{:?}",
        d.notes
    );
    assert!(
        !d.notes.iter().any(|n| n.contains("send this one first")),
        "{:?}",
        d.notes
    );
}

/// A message sent with a lead-in an earlier version shipped says what the
/// line says now: the details are not written again.
#[test]
fn a_line_sent_in_a_former_wording_is_not_said_again() {
    for (lang, sent) in [
        (
            "en",
            "Hi Bruno,\nI keep thinking about what we talked about: you are moving to Turin.\nTalk soon",
        ),
        (
            "it",
            "Ciao Bruno,\nContinuo a pensare a quello di cui abbiamo parlato: ti trasferisci a Torino.\nA presto",
        ),
    ] {
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(lang), template.language);
        ctx.details = vec![match lang {
            "en" => "you are moving to Turin".into(),
            _ => "ti trasferisci a Torino".into(),
        }];
        ctx.said_before = vec![(today(), sent.into())];
        let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !d.text.contains("Turin") && !d.text.contains("Torino"),
            "{}",
            d.text
        );
        assert!(
            d.notes.iter().any(|n| n.contains("you wrote it to Bruno")),
            "{:?}",
            d.notes
        );
    }
}

/// A need typed with `add --need` was never told at a meeting: the line
/// offering help says what I know, not what they said; and one sent in
/// the former "You mentioned …" wording is not offered again.
#[test]
fn a_need_is_known_not_said_to_have_been_told_and_a_former_offer_counts() {
    for (lang, told, sent) in [
        (
            "en",
            "mentioned",
            "Hi Bruno,\nYou mentioned you are looking for a CFO; Dora Finzi might be the right person, and I would be happy to introduce you.\nTalk soon",
        ),
        (
            "it",
            "detto",
            "Ciao Bruno,\nMi hai detto che cerchi un CFO: Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento.\nA presto",
        ),
    ] {
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(lang), template.language);
        ctx.need = Some(if lang == "en" { "a CFO" } else { "un CFO" }.into());
        let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
        let line = d.lines.iter().find(|l| l.text.contains("Dora Finzi"));
        let line = line.unwrap_or_else(|| panic!("{lang}: no offer in {}", d.text));
        assert!(!line.text.contains(told), "{lang}: {}", line.text);
        ctx.said_before = vec![(today(), sent.into())];
        let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
        assert!(!d.text.contains("Dora Finzi"), "{lang}: {}", d.text);
    }
}

const EN_NEEDS: &[&str] = &["a product designer", "a sailing crew", "a Rust engineer"];
const IT_NEEDS: &[&str] = &["un commercialista", "un socio tecnico", "un avvocato"];

proptest::proptest! {
    /// The language check comes first, for every need wherever it stands
    /// (offered or among the others), with or without someone to help: a
    /// need in another language is noted as such, once, never as one
    /// nobody offers or one someone could help with.
    #[test]
    fn a_need_in_another_language_is_noted_for_its_language_first(
        lang in proptest::sample::select(vec!["en", "it"]),
        needs in proptest::collection::vec(
            (proptest::sample::select([EN_NEEDS, IT_NEEDS].concat()), proptest::bool::ANY),
            1..4,
        ),
    ) {
        let template = Template::for_language(lang, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(lang), template.language);
        let (first, helped) = needs[0];
        ctx.need = Some(first.into());
        if !helped {
            ctx.helper = None;
        }
        ctx.more_needs = needs[1..]
            .iter()
            .map(|(n, h)| (n.to_string(), h.then(|| "Sara Verdi".to_string())))
            .collect();
        let d = draft(&ctx, &template);
        let notes = match &d {
            Ok(d) => d.notes.clone(),
            Err(e) => e.split("; ").map(str::to_string).collect(),
        };
        let other = if lang == "en" { IT_NEEDS } else { EN_NEEDS };
        for (n, _) in needs.iter().filter(|(n, _)| other.contains(n)) {
            let about: Vec<&String> =
                notes.iter().filter(|x| x.contains(&format!("\"{n}\""))).collect();
            proptest::prop_assert!(!about.is_empty(), "{n} in {lang}: {notes:?}");
            for x in about {
                proptest::prop_assert!(
                    x.starts_with(&format!("left out their need \"{n}\": it is")),
                    "{n} in {lang}: {x}"
                );
            }
        }
    }
}
