//! What was already written to them, whatever the language it was written
//! in, and a need as an Italian sentence says it.

use super::super::*;
use super::table::{Case, NONE, context, run, today};

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
        let sent = run(&bruno(sent_in)).unwrap_or_else(|e| panic!("{e}"));
        let template = Template::for_language(now_in, None).unwrap_or_else(|| unreachable!());
        let mut ctx = context(&bruno(now_in), template.language);
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
    ctx.said_before = vec![(
        today(),
        "By the way, I saw we are both into sailing.".into(),
    )];
    let d = draft(&ctx, &template).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        d.text,
        "Ciao Bruno,\n\
         ti ho pensato in questi giorni.\n\
         Mi hai detto che cerchi \"CFO\": Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento.\n\
         A presto"
    );
}

#[test]
fn an_english_need_in_italian_keeps_no_english_article() {
    for (need, said) in [
        ("a CFO", "\"CFO\""),
        ("An angel investor", "\"angel investor\""),
        ("the intro to Marta", "\"intro to Marta\""),
        ("un commercialista", "un commercialista"),
        ("a", "a"),
    ] {
        assert_eq!(Language::Italian.need(need), said);
        assert_eq!(Language::English.need(need), need);
    }
}

#[test]
fn every_need_is_offered_or_said_why_not() {
    let template = Template::for_language("en", None).unwrap_or_else(|| unreachable!());
    let mut ctx = context(&bruno("en"), template.language);
    ctx.more_needs = vec![
        ("un commercialista".into(), Some("Sara Verdi".into())),
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
            "left out their need \"un commercialista\": Sara Verdi could help, but a draft offers one introduction at a time; send this one first",
            "left out their need \"a sailing crew\": nobody you could still introduce to Bruno offers it, and a draft never promises help that nobody backs",
        ]
    );
}
