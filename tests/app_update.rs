//! `App::update` without a journal: tables of messages and the effects
//! they must ask for. Every write the TUI makes is a typed command, so a
//! key, a form or a review action is checked against the exact command it
//! runs, and what comes back (an ambiguity, a refusal) as data.

use std::sync::Arc;

use chrono::NaiveDate;
use givegive::app::{
    Action, App, Data, EditTarget, Effect, Msg, Overlay, Part, PersonRow, Printed, Ran, Screen,
};
use givegive::command::{Command, CommandError, Done, LedgerNote, Meeting, Report, Who};
use givegive::domain::review::{Item, Pending, Queue, Reason};
use givegive::domain::{Direction, FavourKind, Id, InteractionKind, Nature, Tier};
use givegive::journal::ListRow;
use tui_input::InputRequest;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day")
}

fn person(id: u64, name: &str) -> PersonRow {
    PersonRow::new(ListRow {
        id: Id(id),
        name: name.into(),
        org: "".into(),
        role: "".into(),
        tier: Tier::None,
        tags: Vec::new().into(),
        closed: false,
        last_touch: None,
        lean: 0,
        help: givegive::domain::Tallies::default().help(),
    })
}

fn item(contact: u64, name: &str, reason: Reason) -> Item {
    Item {
        key: givegive::domain::review::key(Id(contact), &reason),
        contact: Id(contact),
        name: name.into(),
        reason,
        why: "because".into(),
    }
}

fn pending(id: u64, text: &str) -> Pending {
    Pending {
        id: Id(id),
        date: today(),
        text: Arc::from(text),
    }
}

/// Anna (1), Bruno (2) and Carla (3); the review holds a follow-up due
/// with Anna and Bruno's cadence gone by.
fn app() -> App {
    let data = Data {
        people: vec![person(1, "Anna"), person(2, "Bruno"), person(3, "Carla")],
        review: Queue {
            items: vec![
                item(
                    1,
                    "Anna",
                    Reason::FollowUpDue {
                        follow_up: pending(40, "send the deck"),
                        days_late: 1,
                        first_due: None,
                        planned: false,
                    },
                ),
                item(
                    2,
                    "Bruno",
                    Reason::PastCadence {
                        days_since: Some(45),
                        cadence: 30,
                        from: chrono::NaiveDate::default(),
                    },
                ),
            ],
            ..Queue::default()
        },
        ..Data::default()
    };
    App::new(data, today(), "journal".into())
}

fn act(action: Action) -> Msg {
    Msg::Act(action)
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect()
}

/// Sends `msgs` in turn; the effects the last one asked for.
fn send(app: &mut App, msgs: &[Msg]) -> Vec<Effect> {
    let mut last = Vec::new();
    for m in msgs {
        last = app.update(m.clone());
    }
    last
}

/// A report as the print layer would give it: one line.
fn printed(line: &str) -> Printed {
    Printed {
        out: vec![line.into()],
        err: Vec::new(),
    }
}

fn run(command: Command) -> Vec<Effect> {
    vec![Effect::run(command)]
}

#[test]
fn review_actions_run_their_commands() {
    let on_bruno = [act(Action::Skip)];
    let table: Vec<(&str, Vec<Msg>, Vec<Effect>)> = vec![
        (
            "done on a follow-up completes it",
            vec![act(Action::Done)],
            run(Command::Done { id: Id(40) }),
        ),
        (
            "snooze on a follow-up moves it a day",
            vec![act(Action::Snooze)],
            run(Command::Snooze {
                target: "40".into(),
                until: NaiveDate::from_ymd_opt(2026, 11, 24).expect("a day"),
            }),
        ),
        (
            "snooze for a week",
            vec![act(Action::SnoozeWeek)],
            run(Command::Snooze {
                target: "40".into(),
                until: NaiveDate::from_ymd_opt(2026, 11, 30).expect("a day"),
            }),
        ),
        (
            "dismissing a line sets its key aside until something new makes a new line",
            [&on_bruno[..], &[act(Action::Dismiss)]].concat(),
            run(Command::Snooze {
                target: "2:past_cadence:1970-01-01".into(),
                until: givegive::domain::review::keys::FOR_GOOD,
            }),
        ),
        (
            "a draft is asked for the follow-up it answers",
            vec![act(Action::Draft)],
            vec![Effect::Draft {
                contact: Id(1),
                meeting: None,
                follow_up: Some(Id(40)),
            }],
        ),
        // The contacts screen's keys do the same for the item's person.
        (
            "who could help them, from the review",
            [&on_bruno[..], &[act(Action::WhoCouldHelp)]].concat(),
            vec![Effect::LoadMatches(Id(2))],
        ),
        (
            "their notes, from the review",
            vec![act(Action::EditNotes)],
            vec![Effect::Edit(EditTarget::Notes(Id(1)))],
        ),
    ];
    for (what, msgs, expected) in table {
        let mut app = app();
        assert_eq!(app.screen(), Screen::Review, "{what}");
        assert_eq!(send(&mut app, &msgs), expected, "{what}");
    }
}

#[test]
fn keys_and_forms_make_typed_commands() {
    let gave = |text: &str| {
        Command::Record(LedgerNote {
            who: Who::Id(Id(1)),
            direction: Direction::MeToThem,
            nature: Nature::Give,
            kind: FavourKind::Advice,
            text: text.into(),
            weight: 2,
            open: false,
            answers: None,
            on: None,
        })
    };
    let mut form = vec![act(Action::ScreenContacts), act(Action::Gave)];
    form.extend(typed("pricing tips"));
    form.push(Msg::Complete);
    form.extend(typed("advice"));
    form.push(Msg::Complete);
    form.extend(typed("2"));
    form.push(Msg::Submit);
    let mut met = vec![act(Action::ScreenContacts), act(Action::Met)];
    met.extend(typed("coffee"));
    met.extend([Msg::Complete, Msg::Complete, Msg::Complete, Msg::Complete]);
    met.extend(typed("friday"));
    met.push(Msg::Submit);
    let mut line = vec![act(Action::CommandLine)];
    line.extend(typed("asked-by bruno 'a warm intro' --on yesterday"));
    line.push(Msg::Submit);
    let table: Vec<(&str, Vec<Msg>, Vec<Effect>)> = vec![
        ("u undoes", vec![act(Action::Undo)], run(Command::Undo)),
        ("ctrl-r redoes", vec![act(Action::Redo)], run(Command::Redo)),
        ("the give form", form, run(gave("pricing tips"))),
        (
            "the meeting form dates its follow-up",
            met,
            run(Command::Met(Meeting {
                people: vec![Who::Id(Id(1))],
                kind: InteractionKind::Met,
                summary: "coffee".into(),
                details: String::new(),
                from: givegive::domain::Voice::Both,
                on: None,
                follow_up: Some(NaiveDate::from_ymd_opt(2026, 11, 27).expect("a day")),
                no_follow_up: false,
            })),
        ),
        (
            "the command line parses words once, into a command",
            line,
            run(Command::Record(LedgerNote {
                who: Who::Typed("bruno".into()),
                direction: Direction::ThemToMe,
                nature: Nature::Ask,
                kind: FavourKind::Other,
                text: "a warm intro".into(),
                weight: 1,
                open: true,
                answers: None,
                on: NaiveDate::from_ymd_opt(2026, 11, 22),
            })),
        ),
        (
            "moving down the list loads the next card",
            vec![act(Action::ScreenContacts), act(Action::Down)],
            vec![Effect::LoadCard(Id(2))],
        ),
        (
            "the ledger screen loads its part first",
            vec![act(Action::ScreenLedger)],
            vec![Effect::Load(Part::Ledger)],
        ),
        (
            "delete asks first, then moves the person to the trash",
            vec![act(Action::ScreenContacts), act(Action::Delete), Msg::Yes],
            run(Command::Remove { target: "1".into() }),
        ),
        (
            "saying no to the delete runs nothing",
            vec![act(Action::ScreenContacts), act(Action::Delete), Msg::No],
            Vec::new(),
        ),
        (
            "notes open in the editor",
            vec![act(Action::ScreenContacts), act(Action::EditNotes)],
            vec![Effect::Edit(EditTarget::Notes(Id(1)))],
        ),
    ];
    for (what, msgs, expected) in table {
        let mut app = app();
        assert_eq!(send(&mut app, &msgs), expected, "{what}");
    }
}

#[test]
fn an_ambiguous_name_comes_back_as_data_and_the_pick_runs_the_command_again() {
    let mut app = app();
    let command = Command::Show {
        who: Who::Typed("an".into()),
    };
    let ran = Ran {
        command: command.clone(),
        json: false,
        result: Err(CommandError::Ambiguous {
            query: "an".into(),
            candidates: vec![(Id(1), "Anna".into()), (Id(3), "Carla".into())],
            message: "'an' could be Anna or Carla".into(),
        }),
        printed: Printed::default(),
    };
    assert!(app.update(Msg::Ran(Box::new(ran))).is_empty());
    assert!(matches!(app.overlay(), Some(Overlay::Picker { .. })));
    let effects = send(&mut app, &[act(Action::Down), Msg::Yes]);
    assert_eq!(
        effects,
        run(Command::Show {
            who: Who::Id(Id(3))
        })
    );
}

#[test]
fn a_refused_form_opens_again_and_a_counted_review_action_moves_the_summary() {
    let mut app = app();
    let mut msgs = vec![act(Action::ScreenContacts), act(Action::Signal)];
    msgs.extend(typed("cancelled twice"));
    msgs.push(Msg::Submit);
    let effects = send(&mut app, &msgs);
    let [Effect::Run { command, .. }] = effects.as_slice() else {
        panic!("the form runs one command");
    };
    let refused = Ran {
        command: command.clone(),
        json: false,
        result: Err(CommandError::Failed("the disk refused the write".into())),
        printed: Printed::default(),
    };
    app.update(Msg::Ran(Box::new(refused)));
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    assert_eq!(app.status().text, "the disk refused the write");
    assert!(app.status().warning);

    let mut app = self::app();
    let effects = send(&mut app, &[act(Action::Done)]);
    let [Effect::Run { command, .. }] = effects.as_slice() else {
        panic!("done runs one command");
    };
    let done = Ran {
        command: command.clone(),
        json: false,
        result: Ok(Report::Done(Done::line("done: follow-up with Anna".into()))),
        printed: printed("done: follow-up with Anna"),
    };
    app.update(Msg::Ran(Box::new(done)));
    assert_eq!(app.review().summary.done, 1);
    // The status names what was done, then the pass's count.
    assert_eq!(
        app.status().text,
        "done: follow-up with Anna: send the deck · 1 reviewed: 1 done"
    );
}

/// Anna's card: I never gave her anything.
fn anna_card() -> givegive::journal::Card {
    givegive::journal::Card {
        contact: givegive::domain::Contact::new(Id(1), "Anna".into(), today()),
        interests: Vec::new(),
        via: None,
        balance: givegive::domain::Balance::default(),
        lean: 0,
        help: givegive::domain::Tallies::default().help(),
        history: Vec::new(),
        people: Vec::new(),
    }
}

fn asked_anna(text: &str) -> Command {
    Command::Record(LedgerNote {
        who: Who::Id(Id(1)),
        direction: Direction::MeToThem,
        nature: Nature::Ask,
        kind: FavourKind::Other,
        text: text.into(),
        weight: 1,
        open: true,
        answers: None,
        on: None,
    })
}

#[test]
fn an_ask_to_someone_never_given_to_offers_a_give_first_and_comes_back_after() {
    let mut app = app();
    send(&mut app, &[act(Action::ScreenContacts)]);
    app.update(Msg::CardLoaded(Some(Box::new(anna_card()))));
    let mut ask = vec![act(Action::Asked)];
    ask.extend(typed("an intro to her CTO"));
    ask.push(Msg::Submit);

    // Nothing is saved yet: the confirmation comes first.
    assert!(send(&mut app, &ask).is_empty());
    assert!(matches!(app.overlay(), Some(Overlay::GiveFirst { .. })));
    // esc goes back to the form, with what was typed.
    send(&mut app, &[Msg::No]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("the ask's form is back: {:?}", app.overlay());
    };
    assert_eq!(form.fields[0].input.value(), "an intro to her CTO");
    // y asks anyway.
    assert_eq!(
        send(&mut app, &[Msg::Submit, Msg::Yes]),
        run(asked_anna("an intro to her CTO"))
    );

    // g records a give first; once it is saved, the ask's form is back.
    let mut app = self::app();
    send(&mut app, &[act(Action::ScreenContacts)]);
    app.update(Msg::CardLoaded(Some(Box::new(anna_card()))));
    send(&mut app, &ask);
    assert!(send(&mut app, &[act(Action::Gave)]).is_empty());
    let mut give = typed("the deck from my talk");
    give.push(Msg::Submit);
    let effects = send(&mut app, &give);
    let [Effect::Run { command, .. }] = effects.as_slice() else {
        panic!("the give runs: {effects:?}");
    };
    let Command::Record(note) = command else {
        panic!("a give: {command:?}");
    };
    assert_eq!(
        (note.nature, note.text.as_str()),
        (Nature::Give, "the deck from my talk")
    );
    let saved = Ran {
        command: command.clone(),
        json: false,
        result: Ok(Report::Done(Done::line(
            "gave Anna: the deck from my talk".into(),
        ))),
        printed: printed("gave Anna: the deck from my talk"),
    };
    app.update(Msg::Ran(Box::new(saved)));
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("the ask's form is back after the give: {:?}", app.overlay());
    };
    assert_eq!(form.fields[0].input.value(), "an intro to her CTO");

    // Someone I gave to is asked at once.
    let mut app = self::app();
    send(&mut app, &[act(Action::ScreenContacts)]);
    let mut card = anna_card();
    card.balance.tallies.my_gives.count = 1;
    app.update(Msg::CardLoaded(Some(Box::new(card))));
    assert_eq!(send(&mut app, &ask), run(asked_anna("an intro to her CTO")));
}

/// A reload that takes the selected person out of the list (closed while
/// closed people are hidden) selects the nearest row and says why; one
/// that keeps them keeps them selected, wherever their row moved.
#[test]
fn a_reload_keeps_the_selection_or_says_why_it_moved() {
    let mut app = app();
    send(&mut app, &[act(Action::ScreenContacts), act(Action::Down)]);
    assert_eq!(app.contacts().selected_id(app.data()), Some(Id(2)));
    let mut data = app.take_data();
    // Someone new sorts first: Bruno's row moves down, and stays selected.
    data.people.insert(0, person(4, "Aaron"));
    app.update(Msg::Loaded(Box::new(data)));
    assert_eq!(app.contacts().selected_id(app.data()), Some(Id(2)));
    let mut data = app.take_data();
    data.people[2].row.closed = true;
    app.update(Msg::Loaded(Box::new(data)));
    assert_eq!(
        app.contacts().selected_id(app.data()),
        Some(Id(3)),
        "the nearest row"
    );
    assert!(
        app.status().text.contains("Bruno is closed now"),
        "{:?}",
        app.status()
    );
}

/// Keys that had nothing to do said nothing; now each says why, `C` on
/// the review closes the item's person as on the contacts screen, and
/// `:help` opens the help rather than the shell's.
#[test]
fn every_key_says_what_it_did() {
    let mut app = app();
    send(&mut app, &[act(Action::CloseRelationship)]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("C on the review opens no form: {:?}", app.status());
    };
    assert!(form.title.contains("Anna"), "{}", form.title);
    // The TUI's key, not a shell command.
    assert!(form.title.ends_with("(u undoes it)"), "{}", form.title);
    send(&mut app, &[Msg::Cancel, act(Action::MergeDuplicate)]);
    let Some(Overlay::Form(form)) = &app.overlay() else {
        panic!("X opens no form: {:?}", app.status());
    };
    assert!(form.title.ends_with("(u undoes it)"), "{}", form.title);
    send(
        &mut app,
        &[Msg::Cancel, act(Action::ScreenStats), act(Action::Open)],
    );
    assert!(
        app.status().text.contains("nothing to open"),
        "{:?}",
        app.status()
    );
    send(&mut app, &[act(Action::Down)]);
    assert!(app.status().text.contains("no rows"), "{:?}", app.status());
    send(&mut app, &[act(Action::FocusNext)]);
    assert!(app.status().text.contains("one pane"), "{:?}", app.status());
    send(&mut app, &[act(Action::CommandLine)]);
    send(&mut app, &typed("help"));
    send(&mut app, &[Msg::Submit]);
    assert_eq!(
        app.overlay(),
        &Some(Overlay::Help {
            scroll: 0,
            over: None
        })
    );
}

/// What the runtime brings back comes in as messages: the app is driven
/// through loading, a failure and each overlay with no journal at all.
#[test]
fn results_and_overlays_through_messages_alone() {
    use givegive::app::{DraftView, Loaded, Printed};
    let mut app = app();
    // A part a screen needs: asked for, then taken in.
    let effects = send(&mut app, &[act(Action::ScreenStats)]);
    assert_eq!(effects, vec![Effect::Load(Part::Stats)]);
    let stats = Loaded::Stats(givegive::domain::stats::Stats::default());
    app.update(Msg::PartLoaded(Box::new(stats)));
    assert!(app.data().has(Part::Stats));
    // A load that failed says so, in one line.
    app.update(Msg::Warning("cannot read the journal: disk gone".into()));
    assert!(app.status().warning);
    app.update(Msg::Refused(Some("the disk is full".into())));
    assert_eq!(app.refused(), Some("the disk is full"));
    let room = givegive::app::Room {
        page: 3,
        last: Some(2),
    };
    app.update(Msg::Drawn(room));
    assert_eq!(app.room(), room);
    // A draft that could not be built says why; one that was opens, takes
    // the editor's text, and closes on no.
    app.update(Msg::DraftLoaded(Box::new(Err("nothing to say yet".into()))));
    assert_eq!(app.status().text, "nothing to say yet");
    let view = DraftView {
        contact: Id(1),
        name: "Anna".into(),
        follow_up: None,
        text: "Hi Anna".into(),
        lines: Vec::new(),
        delivers: None,
        wishes: None,
        notes: Vec::new(),
        editor: None,
        scroll: 0,
    };
    app.update(Msg::DraftLoaded(Box::new(Ok(view))));
    app.update(Msg::DraftEdited("Hi Anna, thanks\n".into()));
    let Some(Overlay::Draft(view)) = app.overlay() else {
        panic!("no draft: {:?}", app.status());
    };
    assert_eq!(view.text, "Hi Anna, thanks");
    send(&mut app, &[Msg::No]);
    assert_eq!(app.overlay(), &None);
    // Help, a form, a confirmation and a long output each open and close.
    send(&mut app, &[act(Action::Help)]);
    assert_eq!(
        app.overlay(),
        &Some(Overlay::Help {
            scroll: 0,
            over: None
        })
    );
    send(&mut app, &[act(Action::Back), act(Action::AddContact)]);
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    send(
        &mut app,
        &[
            Msg::Cancel,
            act(Action::ScreenContacts),
            act(Action::Delete),
        ],
    );
    assert!(matches!(app.overlay(), Some(Overlay::Confirm { .. })));
    send(&mut app, &[Msg::No]);
    assert_eq!(app.status().text, "kept Anna and their history");
    let listed = Ran {
        command: Command::Undo,
        json: false,
        result: Ok(Report::Done(Done::line("three".into()))),
        printed: Printed {
            // More than the status line's three rows hold.
            out: vec!["one line of a long report, as long as it gets".into(); 8],
            err: Vec::new(),
        },
    };
    app.update(Msg::Ran(Box::new(listed)));
    assert!(matches!(app.overlay(), Some(Overlay::Output { .. })));
    send(&mut app, &[Msg::Cancel]);
    assert_eq!(app.overlay(), &None);
    // The data after a change, and the card read again with it.
    let data = app.data().clone();
    let effects = app.update(Msg::Loaded(Box::new(data)));
    assert_eq!(effects, vec![Effect::LoadCard(Id(1))]);
    app.update(Msg::CardLoaded(None));
    assert_eq!(app.card(), &None);
}

/// The field's text as it is now.
fn field(app: &App) -> String {
    app.prompt()
        .as_ref()
        .map(|(_, input)| input.value().to_string())
        .unwrap_or_default()
}

/// `/` and `f` open on the last query selected: typing replaces it (no
/// "pricingsatispay"), while enter, an arrow or `end` keep it to go on.
#[test]
fn search_and_filter_open_with_the_old_query_selected() {
    let mut app = app();
    send(&mut app, &[act(Action::Search)]);
    send(&mut app, &typed("pricing"));
    send(&mut app, &[Msg::Cancel, act(Action::Search)]);
    assert_eq!(field(&app), "pricing", "the old query is shown");
    send(&mut app, &typed("satispay"));
    assert_eq!(app.search().query, "satispay");
    send(&mut app, &[Msg::Submit, act(Action::Search), Msg::Submit]);
    assert_eq!(app.search().query, "satispay", "enter keeps it");
    send(&mut app, &[act(Action::Search)]);
    send(&mut app, &[Msg::Edit(InputRequest::GoToEnd)]);
    send(&mut app, &typed(" app"));
    assert_eq!(app.search().query, "satispay app", "end goes on after it");
    send(&mut app, &[act(Action::Search)]);
    send(&mut app, &[Msg::Edit(InputRequest::GoToPrevChar)]);
    send(&mut app, &typed("x"));
    assert_eq!(field(&app), "satispay apxp", "an arrow keeps it");
    send(&mut app, &[Msg::Cancel, act(Action::Search)]);
    send(&mut app, &[Msg::Edit(InputRequest::DeletePrevChar)]);
    assert_eq!(field(&app), "", "backspace takes the whole selection");

    send(&mut app, &[Msg::Cancel, act(Action::ScreenContacts)]);
    send(&mut app, &[act(Action::Filter)]);
    send(&mut app, &typed("anna"));
    send(&mut app, &[Msg::Submit, act(Action::Filter)]);
    assert_eq!(field(&app), "anna");
    send(&mut app, &typed("bruno"));
    assert_eq!(app.contacts().filter, "bruno");
    assert_eq!(app.contacts().selected_id(app.data()), Some(Id(2)));
    // Trial four: after esc cleared it (in the field or on the list),
    // `f` opened empty; it opens on the last query, as `/` does, and the
    // list shows what that query matches.
    for clear in [Msg::Cancel, act(Action::Back)] {
        if clear != Msg::Cancel {
            send(&mut app, &[Msg::Submit]);
        }
        send(&mut app, &[clear]);
        assert_eq!(app.contacts().filter, "", "cleared");
        send(&mut app, &[act(Action::Filter)]);
        assert_eq!(field(&app), "bruno");
        assert_eq!(app.contacts().filter, "bruno");
        assert_eq!(app.contacts().visible.len(), 1);
    }
}

/// The status line speaks of what the user just did: a key that did
/// nothing is forgotten at the next key, and switching screens forgets
/// what was said of the screen left, warnings too; only what stops every
/// save (`App::refused`) stays.
#[test]
fn the_status_line_forgets_what_is_stale() {
    let mut app = app();
    send(&mut app, &[act(Action::ScreenContacts)]);
    let nothing = "D does nothing here; ? lists the keys";
    send(&mut app, &[Msg::Notice(nothing.into())]);
    assert_eq!(app.status().text, nothing);
    send(&mut app, &[act(Action::Down)]);
    assert_eq!(app.status().text, "", "the next key clears it");
    // The app's own "nothing here" goes the same way.
    send(&mut app, &[act(Action::ScreenStats), act(Action::Down)]);
    assert!(app.status().text.contains("no rows"), "{:?}", app.status());
    send(&mut app, &[act(Action::Top)]);
    assert!(
        app.status().text.contains("no rows"),
        "said again: {:?}",
        app.status()
    );
    send(&mut app, &[Msg::Notice("copied".into()), act(Action::Top)]);
    assert!(app.status().text.contains("no rows"), "{:?}", app.status());
    send(&mut app, &[act(Action::Help), Msg::Cancel]);
    assert!(!app.status().text.contains("no rows"), "{:?}", app.status());

    // What a command said stays while on its screen, goes with it.
    let said = |text: &str, ok: bool| Ran {
        command: Command::Undo,
        json: false,
        result: if ok {
            Ok(Report::Done(Done::line(text.into())))
        } else {
            Err(CommandError::Failed(text.into()))
        },
        printed: if ok {
            printed(text)
        } else {
            Printed::default()
        },
    };
    send(&mut app, &[act(Action::ScreenContacts)]);
    app.update(Msg::Ran(Box::new(said(
        "redid: edit 4 --email a@b.c",
        true,
    ))));
    send(&mut app, &[act(Action::Down)]);
    assert_eq!(app.status().text, "redid: edit 4 --email a@b.c");
    send(&mut app, &[act(Action::ScreenLedger)]);
    assert_eq!(app.status().text, "", "switching screens clears it");
    // A command refused is said as a warning, and goes with its screen too
    // (trial 28c: "nothing to mark done" of a review line stayed on Stats).
    app.update(Msg::Ran(Box::new(said("nobody matches 'zed'", false))));
    send(&mut app, &[act(Action::Down)]);
    assert_eq!(app.status().text, "nobody matches 'zed'");
    assert!(app.status().warning);
    send(&mut app, &[act(Action::ScreenContacts)]);
    assert_eq!(app.status().text, "", "a refusal goes with its screen");
    // What stops every save is said apart, and stays on every screen.
    app.update(Msg::Refused(Some("the disk refused the write".into())));
    send(&mut app, &[act(Action::ScreenLedger), act(Action::Down)]);
    assert_eq!(app.refused(), Some("the disk refused the write"));
    app.update(Msg::Ran(Box::new(said("redid: gave 4 book", true))));
    // A form opens on a clean line: what was said would read as about it.
    send(&mut app, &[act(Action::AddContact)]);
    assert!(matches!(app.overlay(), Some(Overlay::Form(_))));
    assert_eq!(app.status().text, "", "a form opens on a clean line");
}

#[path = "app_update/carry.rs"]
mod carry;
#[path = "app_update/elsewhere.rs"]
mod elsewhere;
#[path = "app_update/reports.rs"]
mod reports;
