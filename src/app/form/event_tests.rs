//! The event form through messages alone: it makes exactly the event
//! command its rows say, a refused save or an ambiguous name keeps what was
//! typed, tab completes a name, and the status line counts in words.

use proptest::prelude::*;

use super::Form;
use super::msg_tests::{app, send, today, typed};
use crate::app::{Action, App, Effect, Msg, Overlay, Printed, Ran};
use crate::command::{Command, CommandError, Done, EventCapture, EventPerson, Report, Who};
use crate::domain::Id;

const NAMES: [&str; 5] = ["", "Anna", "Zoe Marsh", "bru", "Ugo Verdi"];
const TOLD: [&str; 3] = ["", "moving to Berlin", "runs a studio; two kids"];
const NEEDS: [&str; 4] = ["", "a flat", "a kiln, a cofounder", " , a mentor ,"];

fn form(app: &App) -> &Form {
    match &app.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("a form is open: {other:?}"),
    }
}

fn values(app: &App) -> Vec<String> {
    form(app)
        .fields
        .iter()
        .map(|f| f.input.value().to_string())
        .collect()
}

/// The messages that open the event form and type `name`, `when` and
/// `rows` (name, told, need) into it, moving with the down key so no name
/// is completed.
fn typing(name: &str, when: &str, rows: &[(&str, &str, &str)]) -> Vec<Msg> {
    let down = Msg::Act(Action::Down);
    let mut msgs = vec![Msg::Act(Action::LogEvent)];
    msgs.extend(typed(name));
    msgs.push(down.clone());
    msgs.extend(typed(when));
    for (i, (who, told, need)) in rows.iter().enumerate() {
        msgs.push(if i == 0 {
            down.clone()
        } else {
            Msg::Act(Action::AddPerson)
        });
        msgs.extend(typed(who));
        msgs.push(down.clone());
        msgs.extend(typed(told));
        msgs.push(down.clone());
        msgs.extend(typed(need));
    }
    msgs
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever rows are typed, a save runs exactly the event a plain
    /// reading of them gives: rows left empty skipped, needs split on
    /// commas, names as typed (resolved when the command runs); a row with
    /// words but no name is refused on its name, and so is an event with
    /// nobody, with everything typed kept.
    #[test]
    fn the_form_makes_exactly_the_event_its_rows_say(
        rows in proptest::collection::vec((0..NAMES.len(), 0..TOLD.len(), 0..NEEDS.len()), 1..6),
        yesterday in any::<bool>(),
    ) {
        let rows: Vec<(&str, &str, &str)> =
            rows.iter().map(|&(n, t, d)| (NAMES[n], TOLD[t], NEEDS[d])).collect();
        let when = if yesterday { "yesterday" } else { "" };
        let mut app = app();
        send(&mut app, &typing("Product meetup", when, &rows));
        let typed_in = values(&app);
        let effects = send(&mut app, &[Msg::Submit]);

        let nameless = rows.iter().position(|(n, t, d)| n.is_empty() && !(t.trim().is_empty() && d.trim().is_empty()));
        let people: Vec<EventPerson> = rows
            .iter()
            .filter(|(n, _, _)| !n.is_empty())
            .map(|(n, t, d)| EventPerson {
                who: Who::Typed(n.to_string()),
                details: t.to_string(),
                needs: d.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect(),
            })
            .collect();
        if nameless.is_some() || people.is_empty() {
            {
                prop_assert!(effects.is_empty(), "{effects:?}");
                prop_assert_eq!(values(&app), typed_in);
                let refused = form(&app);
                // The name of the first row that says something nameless,
                // or of the first row when nobody is named.
                let row = nameless.unwrap_or(0);
                prop_assert_eq!(refused.focus, 2 + 3 * row);
                prop_assert!(app.status.warning);
            }
        } else {
            {
                let want = Command::Event(Box::new(EventCapture {
                    name: "Product meetup".into(),
                    on: yesterday.then(|| today().pred_opt().expect("a day")),
                    people,
                    follow_up: None,
                    no_follow_up: false,
                }));
                prop_assert_eq!(effects, vec![Effect::run(want)]);
            }
        }
    }
}

/// Tab on a name completes it to the one person it fits and moves on, so
/// what is typed next is never glued to the name (it made new people "Marco
/// Bianchiha appena aperto..."). A name that fits nobody (a new person)
/// moves on; one several fit is said, and moves on.
#[test]
fn tab_completes_a_name_then_moves_on() {
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::LogEvent), Msg::Complete, Msg::Complete];
    msgs.extend(typed("bru"));
    msgs.push(Msg::Complete);
    send(&mut app, &msgs);
    assert_eq!(form(&app).fields[2].input.value(), "Bruno");
    assert_eq!(form(&app).focus, 3);
    let mut msgs = vec![Msg::Act(Action::AddPerson)];
    msgs.extend(typed("Zoe Marsh"));
    msgs.push(Msg::Complete);
    send(&mut app, &msgs);
    assert_eq!(form(&app).focus, 6);
    assert_eq!(form(&app).fields[5].input.value(), "Zoe Marsh");
}

/// An ambiguous name opens the picker; closing it brings the form back as
/// it was typed, and picking runs the event with that person.
#[test]
fn an_ambiguous_name_asks_and_the_form_is_not_lost() {
    let mut app = app();
    send(&mut app, &typing("Dinner", "", &[("an", "told", "a job")]));
    let typed_in = values(&app);
    let effects = send(&mut app, &[Msg::Submit]);
    let [Effect::Run { command, .. }] = effects.as_slice() else {
        panic!("the event runs: {effects:?}");
    };
    let ambiguous = || Ran {
        command: command.clone(),
        json: false,
        result: Err(CommandError::Ambiguous {
            query: "an".into(),
            candidates: vec![(Id(1), "Anna".into()), (Id(4), "Ann Lee".into())],
            message: "'an' could be Anna, Ann Lee".into(),
        }),
        printed: Printed::default(),
    };
    app.update(Msg::Ran(Box::new(ambiguous())));
    assert!(matches!(app.overlay, Some(Overlay::Picker { .. })));
    app.update(Msg::Cancel);
    assert_eq!(values(&app), typed_in);
    assert!(
        app.status.text.contains("as you left it"),
        "{:?}",
        app.status
    );

    let effects = send(&mut app, &[Msg::Submit]);
    assert_eq!(effects.len(), 1);
    app.update(Msg::Ran(Box::new(ambiguous())));
    let effects = send(&mut app, &[Msg::Act(Action::Down), Msg::Submit]);
    let [
        Effect::Run {
            command: Command::Event(e),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the event runs: {effects:?}");
    };
    assert_eq!(e.people[0].who, Who::Id(Id(4)));
}

/// What was saved, in words, with the plurals right.
#[test]
fn the_status_line_counts_in_words() {
    let mut app = app();
    send(
        &mut app,
        &typing("Product meetup", "", &[("Zoe", "", ""), ("Anna", "", "")]),
    );
    let effects = send(&mut app, &[Msg::Submit]);
    let [Effect::Run { command, .. }] = effects.as_slice() else {
        panic!("the event runs: {effects:?}");
    };
    let out: Vec<String> = [
        "logged event: Product meetup (Monday 23 November) with 2 people",
        "  Zoe (#9): added, follow-up due Monday 30 November (#11)",
        "  Anna (#1): already in the journal, follow-up due Monday 30 November (#13)",
    ]
    .map(String::from)
    .to_vec();
    app.update(Msg::Ran(Box::new(Ran {
        command: command.clone(),
        json: false,
        result: Ok(Report::Done(Done::line(out.join("\n")))),
        printed: Printed {
            out,
            err: Vec::new(),
        },
    })));
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    assert_eq!(
        app.status.text,
        "logged Product meetup with 2 people: 1 added, 1 found; 2 follow-ups due Monday 30 November \
         · u takes it all back"
    );
    let one = vec![
        "logged event: Tea (Monday 23 November) with 1 person".to_string(),
        "  Anna (#1): already in the journal, no follow-up: already followed up on 2026-11-20"
            .to_string(),
    ];
    let tea = Command::Event(Box::new(EventCapture {
        name: "Tea".into(),
        on: None,
        people: Vec::new(),
        follow_up: None,
        no_follow_up: false,
    }));
    assert_eq!(
        crate::app::event::saved(&tea, &one).as_deref(),
        Some(
            "logged Tea with 1 person: 1 found; no follow-ups (none for Anna: already followed up on 2026-11-20) · u takes it all back"
        )
    );
}

/// Tab on a name several people fit says who they are on the status line
/// (saving then asks which) rather than doing nothing without a word.
#[test]
fn tab_on_a_name_several_fit_says_who() {
    let data = crate::app::Data {
        people: vec![
            super::msg_tests::person(1, "Bruno Galli"),
            super::msg_tests::person(2, "Laura Bruno"),
        ],
        ..crate::app::Data::default()
    };
    let mut app = App::new(data, chrono::NaiveDate::default(), "journal".into());
    app.update(Msg::Act(Action::ScreenContacts));
    let mut msgs = vec![Msg::Act(Action::LogEvent), Msg::Complete, Msg::Complete];
    msgs.extend(typed("brun"));
    msgs.push(Msg::Complete);
    send(&mut app, &msgs);
    assert_eq!(form(&app).fields[2].input.value(), "brun");
    assert_eq!(
        app.status.text,
        "'brun' could be Bruno Galli or Laura Bruno: type more of the name, or saving asks which"
    );
    // Trial four: tab then moved on anyway. The focus stays on the name,
    // where typing more of it goes.
    assert_eq!(form(&app).focus, 2);
    send(&mut app, &typed("o g"));
    // Trial five: "could be …" stayed once the name had changed. A status
    // about a field goes when its value does.
    assert_eq!(app.status.text, "", "the name changed: the words are stale");
    send(&mut app, &[Msg::Complete]);
    assert_eq!(form(&app).fields[2].input.value(), "Bruno Galli");
    assert_eq!(form(&app).focus, 3);
    assert!(!app.status.text.contains("could be"), "{}", app.status.text);
    // Completed by tab alone, the words go too.
    send(&mut app, &[Msg::Act(Action::AddPerson)]);
    send(&mut app, &typed("brun"));
    send(&mut app, &[Msg::Complete]);
    assert!(app.status.text.contains("could be"), "{}", app.status.text);
    send(
        &mut app,
        &[Msg::Edit(tui_input::InputRequest::DeletePrevChar)],
    );
    assert_eq!(app.status.text, "");
}

/// Whoever an event gave no follow-up is named with why.
#[test]
fn the_status_names_whoever_got_no_follow_up() {
    let tea = Command::Event(Box::new(EventCapture {
        name: "Tea".into(),
        on: None,
        people: Vec::new(),
        follow_up: None,
        no_follow_up: false,
    }));
    let out = [
        "logged event: Tea (Monday 23 November) with 2 people",
        "  Anna (#1): already in the journal, no follow-up: already followed up on 2026-11-20",
        "  Zoe (#9): added, follow-up due Monday 30 November (#11)",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        crate::app::event::saved(&tea, &out).as_deref(),
        Some(
            "logged Tea with 2 people: 1 added, 1 found; 1 follow-up due Monday 30 November (none for Anna: already followed up on 2026-11-20) · u takes it all back"
        )
    );
}

/// Trial o14: a second tab right after a new name stayed on what they
/// told you, so the need typed next went there while the hint says
/// `tab/↑↓ move`. Tab goes down the fields in their order on screen, one
/// a press, after a name as anywhere (a name it completes first).
#[test]
fn tab_goes_down_the_fields_in_their_order_on_screen() {
    for name in ["zoe", "bru"] {
        let mut app = super::msg_tests::app();
        send(&mut app, &[Msg::Act(Action::LogEvent)]);
        let fields = form(&app).fields.len();
        send(&mut app, &[Msg::Complete, Msg::Complete]);
        send(&mut app, &typed(name));
        for at in 3..fields + 3 {
            send(&mut app, &[Msg::Complete]);
            assert_eq!(form(&app).focus, at % fields, "{name}");
            if at == 4 {
                send(&mut app, &typed("a designer"));
            }
        }
        let f = form(&app);
        let needs = f.fields.iter().position(|f| f.slot == super::Slot::Needs);
        assert_eq!(needs, Some(4));
        assert_eq!(f.fields[4].input.value(), "a designer");
        assert_eq!(f.fields[3].input.value(), "");
    }
}

/// The follow-up field, below every row (ctrl-n adds rows above it), reads
/// a day as `event --follow-up` does and "no" as `--no-follow-up`; left
/// empty, the config's default applies; a day it cannot read is refused
/// on it.
#[test]
fn the_follow_up_field_says_when_or_none() {
    let run = |follow: &str| {
        let mut app = app();
        let mut msgs = typing("Tea", "", &[("Zoe", "", "")]);
        msgs.push(Msg::Act(Action::AddPerson));
        msgs.extend(typed("Ugo"));
        send(&mut app, &msgs);
        let last = form(&app).fields.len() - 1;
        assert_eq!(form(&app).fields[last].slot, super::Slot::FollowUpIn);
        assert_eq!(
            form(&app).fields[5].input.value(),
            "Ugo",
            "rows go above it"
        );
        let mut msgs = vec![Msg::Act(Action::Up); form(&app).focus + 1];
        msgs.extend(typed(follow));
        msgs.push(Msg::Submit);
        let effects = send(&mut app, &msgs);
        match effects.as_slice() {
            [
                Effect::Run {
                    command: Command::Event(e),
                    ..
                },
            ] => Ok((e.follow_up, e.no_follow_up)),
            _ => Err(app.status.text.clone()),
        }
    };
    let in_3_days = today().checked_add_days(chrono::Days::new(3));
    assert_eq!(run("3d"), Ok((in_3_days, false)));
    assert_eq!(run("No"), Ok((None, true)));
    assert_eq!(run(""), Ok((None, false)));
    let refused = run("whenever").expect_err("refused");
    assert!(refused.contains("follow up in"), "{refused}");
}

/// A fresh tester: tab on "sara" (two Saras) stayed on the name, the next
/// words typed went into it, and the save made a new person "saraher
/// cofounder quit last week". A new name that reads as a sentence is
/// asked about once, naming it; the next enter saves it as typed.
#[test]
fn a_new_name_that_reads_as_a_sentence_is_asked_about_once() {
    let data = crate::app::Data {
        people: vec![
            super::msg_tests::person(1, "Sara Greco"),
            super::msg_tests::person(2, "Sara Neri"),
        ],
        ..crate::app::Data::default()
    };
    let mut app = App::new(data, chrono::NaiveDate::default(), "journal".into());
    app.update(Msg::Act(Action::ScreenContacts));
    let mut msgs = vec![Msg::Act(Action::LogEvent)];
    msgs.extend(typed("dinner"));
    msgs.extend([Msg::Complete, Msg::Complete]);
    msgs.extend(typed("sara"));
    msgs.push(Msg::Complete);
    msgs.extend(typed("her cofounder quit last week"));
    msgs.push(Msg::Complete);
    send(&mut app, &msgs);
    let effects = send(&mut app, &[Msg::Submit]);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(app.status.warning);
    assert_eq!(
        app.status.text,
        "nobody is called \"saraher cofounder quit last week\": enter again adds them as a new person, or fix the name"
    );
    let effects = send(&mut app, &[Msg::Submit]);
    assert_eq!(effects.len(), 1, "saved as typed: {effects:?}");
    // A short new name, or a known one, saves at once.
    let mut app2 = App::new(
        crate::app::Data::default(),
        chrono::NaiveDate::default(),
        "j".into(),
    );
    app2.update(Msg::Act(Action::ScreenContacts));
    let mut msgs = vec![Msg::Act(Action::LogEvent)];
    msgs.extend(typed("dinner"));
    msgs.extend([Msg::Complete, Msg::Complete]);
    msgs.extend(typed("maria de la cruz"));
    send(&mut app2, &msgs);
    assert_eq!(
        send(&mut app2, &[Msg::Submit]).len(),
        1,
        "{:?}",
        app2.status
    );
}

/// Trial v5: a refused follow-up ("un appartamento") stayed under its
/// field once fixed, and after `ctrl-n` moved to the new row's name. A
/// refusal is about the value refused: it goes when the field changes.
#[test]
fn a_refusal_goes_once_its_field_changes_and_never_moves() {
    let mut app = app();
    let mut msgs = typing("Tea", "", &[("Zoe", "", "")]);
    msgs.push(Msg::Act(Action::Down));
    msgs.extend(typed("un appartamento"));
    msgs.push(Msg::Submit);
    send(&mut app, &msgs);
    let (at, _) = form(&app).problem.clone().expect("refused");
    assert_eq!(form(&app).fields[at].slot, super::Slot::FollowUpIn);
    // A row added moves the field down: the refusal does not stay behind.
    send(&mut app, &[Msg::Act(Action::AddPerson)]);
    assert_eq!(form(&app).problem, None);
    // Refused again, then fixed: gone with the value it was about.
    send(&mut app, &[Msg::Submit]);
    assert!(form(&app).problem.is_some());
    send(&mut app, &typed("x"));
    assert_eq!(form(&app).problem, None);
}
