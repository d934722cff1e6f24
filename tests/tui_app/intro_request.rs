//! `H` and an open request (trials 26y, 26z): the introduction's form
//! fills in the request the need came from, says so, and pre-fills the
//! need as written, so `d` later does not count one favour twice; `H`
//! says which needs a give or an introduction answered, as `match` does,
//! never "add needs" of someone who has them.

use super::*;

fn run(app: &mut App, rt: &mut Runtime<'_>, line: &str) {
    send(app, rt, &[act(Action::CommandLine)]);
    send(app, rt, &typed(line));
    send(app, rt, &[Msg::Submit]);
}

fn find(app: &mut App, rt: &mut Runtime<'_>, name: &str) {
    send(app, rt, &[act(Action::Filter)]);
    send(app, rt, &typed(name));
    send(app, rt, &[Msg::Submit]);
}

#[test]
fn the_intro_form_answers_the_request_the_need_came_from() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    run(
        &mut app,
        &mut rt,
        "add 'Marco Bianchi' --need 'investor introductions'",
    );
    run(&mut app, &mut rt, "add 'Nicola Longo' --role 'CFO'");
    run(&mut app, &mut rt, "asked-by marco 'presentargli un CFO'");
    let marco = f.journal.resolve("marco").expect("marco");
    let asked = f
        .journal
        .open_asks(marco, givegive::domain::Direction::ThemToMe)
        .expect("asks")
        .first()
        .map(|e| e.id)
        .expect("the request");
    find(&mut app, &mut rt, "marco");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    assert!(
        matches!(app.overlay(), Some(Overlay::Matches { .. })),
        "{:?}",
        app.status()
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("no intro form: {:?}", app.status());
    };
    let value = |n: usize| form.fields[n].input.value().to_string();
    assert_eq!(value(0), "un CFO");
    assert_eq!(value(2), asked.to_string());
    assert!(
        form.notes
            .iter()
            .any(|n| n.contains(&format!("answers Marco's request {asked}, for \"un CFO\""))),
        "{:?}",
        form.notes
    );
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert!(
        f.journal
            .open_asks(marco, givegive::domain::Direction::ThemToMe)
            .expect("asks")
            .is_empty()
    );
    let help = f.journal.card(marco).expect("card").help;
    assert_eq!(help.given.count, 1);
}

/// A need of theirs ("a CTO") that their open request names in more words
/// ("find a CTO for his side project"): the introduction for it answers
/// the request, and the form says so (trial 26w2: left empty, then `d`
/// counted the favour twice).
#[test]
fn the_intro_form_answers_a_request_that_names_the_need() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    run(&mut app, &mut rt, "add 'Ivan Petrov' --need 'a CTO'");
    run(&mut app, &mut rt, "add 'Luca Ferri' --role 'CTO'");
    run(
        &mut app,
        &mut rt,
        "asked-by ivan 'find a CTO for his side project'",
    );
    let ivan = f.journal.resolve("ivan").expect("ivan");
    let asked = f
        .journal
        .open_asks(ivan, givegive::domain::Direction::ThemToMe)
        .expect("asks")
        .first()
        .map(|e| e.id)
        .expect("the request");
    find(&mut app, &mut rt, "ivan");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp), Msg::Submit]);
    let Some(Overlay::Form(form)) = app.overlay() else {
        panic!("no intro form: {:?}", app.status());
    };
    assert_eq!(form.fields[2].input.value(), asked.to_string());
    send(&mut app, &mut rt, &[Msg::Submit]);
    let help = f.journal.card(ivan).expect("card").help;
    assert_eq!(help.given.count, 1, "{:?}", app.status());
}

#[test]
fn h_says_what_is_answered_never_to_add_needs() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    run(&mut app, &mut rt, "add 'Rita Moro' --need 'a CFO'");
    run(
        &mut app,
        &mut rt,
        "gave rita 'a list of three fractional CFOs'",
    );
    find(&mut app, &mut rt, "rita");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    let said = &app.status().text;
    assert!(
        said.contains("what Rita needs is answered: \"a CFO\": what you gave them on ")
            && !said.contains("add needs"),
        "{said:?}"
    );
    run(&mut app, &mut rt, "add 'Dora Finzi' --offer 'CFO services'");
    run(&mut app, &mut rt, "asked-by rita 'an intro to a good CFO'");
    find(&mut app, &mut rt, "rita");
    send(&mut app, &mut rt, &[act(Action::WhoCouldHelp)]);
    let Some(Overlay::Matches { report, .. }) = app.overlay() else {
        panic!("no matches: {:?}", app.status());
    };
    assert!(report.could_help.iter().any(|m| m.name == "Dora Finzi"));
    let screen = draw(&app, 80, 24);
    assert!(
        screen.contains("\"a CFO\": what you gave them on"),
        "{screen}"
    );
}

/// Trial 26z: a draft offering Dora for "a CFO" said below it that
/// Marco's request for one was open and no draft answered it. In the TUI
/// the note names the key that records the introduction and closes it.
#[test]
fn a_draft_offering_someone_for_a_request_names_the_key() {
    let f = Fixture::empty();
    let (mut app, mut rt) = f.app();
    run(&mut app, &mut rt, "add 'Marco Bianchi' --need 'a CFO'");
    run(&mut app, &mut rt, "add 'Dora Finzi' --offer 'CFO services'");
    run(&mut app, &mut rt, "asked-by marco 'an intro to a CFO'");
    find(&mut app, &mut rt, "marco");
    send(&mut app, &mut rt, &[act(Action::Draft)]);
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("no draft: {:?}", app.status());
    };
    let notes = view.notes.join("\n");
    assert!(
        notes.contains("this draft offers Dora Finzi for it; once you introduce them, H on Marco records it and closes #3"),
        "{notes}"
    );
    assert!(!notes.contains("no draft answers it"), "{notes}");
}
