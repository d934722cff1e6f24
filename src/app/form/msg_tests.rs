//! Forms that behave, through messages alone: the focus goes to the field
//! refused, an unchanged edit closes, an edit drops what is taken out of a
//! list, the new person form takes emails and phones (paths starting at
//! home are in `line_tests`, beside the command line's).

use chrono::NaiveDate;
use proptest::prelude::*;
use tui_input::InputRequest;

use super::reach_tests::words;
use super::{Form, Slot};
use crate::app::{Action, App, Data, Effect, Msg, Overlay, PersonRow, Ran, Status};
use crate::command::{Command, Done, Report};
use crate::domain::{Contact, Id, Tier};
use crate::journal::ListRow;

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day")
}

pub(super) fn person(id: u64, name: &str) -> PersonRow {
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
        help: crate::domain::Tallies::default().help(),
    })
}

/// Anna (1), Bruno (2) and Carla (3), on the contacts screen.
pub(super) fn app() -> App {
    let data = Data {
        people: vec![person(1, "Anna"), person(2, "Bruno"), person(3, "Carla")],
        ..Data::default()
    };
    let mut app = App::new(data, today(), "journal".into());
    app.update(Msg::Act(Action::ScreenContacts));
    app
}

/// The app with `contact`'s card loaded (Anna's id).
pub(super) fn with_card(contact: Contact) -> App {
    let mut app = app();
    app.card = Some(crate::journal::Card {
        contact,
        interests: Vec::new(),
        via: None,
        balance: crate::domain::Balance::default(),
        lean: 0,
        help: crate::domain::Tallies::default().help(),
        history: Vec::new(),
        people: Vec::new(),
    });
    app
}

pub(super) fn typed(text: &str) -> Vec<Msg> {
    text.chars()
        .map(|c| Msg::Edit(InputRequest::InsertChar(c)))
        .collect()
}

/// Sends `msgs` in turn; the effects the last one asked for.
pub(super) fn send(app: &mut App, msgs: &[Msg]) -> Vec<Effect> {
    let mut last = Vec::new();
    for m in msgs {
        last = app.update(m.clone());
    }
    last
}

/// The focused field's text replaced by `text`.
fn retype(text: &str) -> Vec<Msg> {
    let mut msgs = vec![Msg::Edit(InputRequest::DeleteLine)];
    msgs.extend(typed(text));
    msgs
}

pub(super) fn form(app: &App) -> &Form {
    match &app.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("a form is open: {other:?}"),
    }
}

/// Moves the focus of the open form from where it is to `to`, as tab does.
pub(super) fn tab_to(app: &App, to: usize) -> Vec<Msg> {
    let form = form(app);
    let n = form.fields.len();
    vec![Msg::Complete; (to + n - form.focus) % n]
}

/// A value each checked field of the add form refuses, and one it takes.
const CHECKED: [(Slot, &str, &str); 4] = [
    (Slot::On, "next century", "yesterday"),
    (Slot::Tier, "bestie", "close"),
    (Slot::Cadence, "often", "30"),
    (Slot::Birthday, "31 feb", "03-14"),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whichever field is wrong and wherever the focus is when saving, the
    /// focus goes to that field and its problem is shown under it; once a
    /// save goes ahead the problem and the status line's warning are gone,
    /// also when what it wrote takes several lines.
    #[test]
    fn a_refused_field_takes_the_focus_until_a_save_goes_ahead(
        bad in 0..CHECKED.len(),
        from in 0usize..18,
    ) {
        let (slot, wrong, right) = CHECKED[bad];
        let mut app = app();
        let mut msgs = vec![Msg::Act(Action::AddContact)];
        msgs.extend(typed("Nadia Ferrante"));
        send(&mut app, &msgs);
        let at = form(&app).fields.iter().position(|f| f.slot == slot).expect("the field");
        let to = tab_to(&app, at);
        send(&mut app, &to);
        send(&mut app, &typed(wrong));
        let to = tab_to(&app, from % form(&app).fields.len());
        send(&mut app, &to);
        prop_assert!(send(&mut app, &[Msg::Submit]).is_empty());
        let refused = form(&app);
        prop_assert_eq!(refused.focus, at);
        let problem = refused.problem.clone().expect("the problem is kept");
        prop_assert_eq!(problem.0, at);
        prop_assert_eq!(&app.status, &Status { text: problem.1, warning: true });

        let mut fix = retype(right);
        fix.push(Msg::Submit);
        let effects = send(&mut app, &fix);
        let [Effect::Run { command: Command::Add(add), .. }] = effects.as_slice() else {
            panic!("the add runs: {effects:?}");
        };
        prop_assert_eq!(&add.name, "Nadia Ferrante");
        prop_assert!(!app.status.warning, "{:?}", app.status);
        let wrote = Ran {
            command: Command::Add(add.clone()),
            json: false,
            result: Ok(Report::Done(Done::line(
                "added Nadia Ferrante (#9)\nlogged meeting: - (#10, 2026-11-23)\nfollow-up due 2026-11-24 (#11)".into(),
            ))),
            printed: crate::app::Printed {
                out: vec![
                    "added Nadia Ferrante (#9)".into(),
                    "logged meeting: - (#10, 2026-11-23)".into(),
                    "follow-up due 2026-11-24 (#11)".into(),
                ],
                err: Vec::new(),
            },
        };
        app.update(Msg::Ran(Box::new(wrote)));
        prop_assert_eq!(&app.overlay, &None);
        prop_assert!(app.status.text.starts_with("added Nadia Ferrante"), "{:?}", app.status);
        prop_assert!(!app.status.warning, "{:?}", app.status);
    }

    /// An edit shows what the lists hold; whatever is typed in them, the
    /// items added and dropped are exactly the difference (ignoring case),
    /// so applying them to what was stored gives what was typed, and an
    /// edit that comes to no difference closes saying nothing changed.
    #[test]
    fn an_edit_adds_and_drops_exactly_what_the_lists_gained_and_lost(
        lists in proptest::collection::vec(
            (proptest::sample::subsequence((0..5).collect::<Vec<usize>>(), 0..4),
             proptest::sample::subsequence((0..5).collect::<Vec<usize>>(), 0..4),
             any::<bool>()),
            LISTS.len(),
        ),
    ) {
        // Each list's items are words that list takes.
        let lists: Vec<(Vec<&str>, Vec<&str>, bool)> = LISTS.iter().zip(lists).map(|((slot, _), (was, now, shout))| {
            let pick = |at: Vec<usize>| at.into_iter().map(|i| words(*slot)[i]).collect();
            (pick(was), pick(now), shout)
        }).collect();
        let mut anna = Contact::new(Id(1), "Anna".into(), today());
        let mut interests = Vec::new();
        for ((slot, _), (was, _, _)) in LISTS.iter().zip(&lists) {
            let was: Vec<String> = was.iter().map(|w| (*w).to_string()).collect();
            match slot {
                Slot::Interests => interests = was,
                Slot::Needs => anna.needs = was,
                Slot::Offers => anna.offers = was,
                Slot::Tags => anna.tags = was,
                Slot::Emails => anna.emails = was.iter().map(|w| w.as_str().into()).collect(),
                Slot::Phones => anna.phones = was.iter().map(|w| w.as_str().into()).collect(),
                Slot::Urls => anna.urls = was,
                _ => anna.aliases = was,
            }
        }
        // As `E` opens it for her card, which names her interests.
        let names: Vec<&str> = interests.iter().map(String::as_str).collect();
        let mut app = app();
        app.overlay = Some(Overlay::Form(Form::edit_contact(&anna, &names)));
        for ((slot, _), (was, now, shout)) in LISTS.iter().zip(&lists) {
            let at = form(&app).fields.iter().position(|f| f.slot == *slot).expect("a field");
            prop_assert_eq!(form(&app).fields[at].input.value(), was.join(", "));
            let to = tab_to(&app, at);
            send(&mut app, &to);
            // Written another way: upper case, no spaces after commas.
            let now = now.join(",");
            send(&mut app, &retype(&if *shout { now.to_uppercase() } else { now }));
        }
        let effects = send(&mut app, &[Msg::Submit]);
        let changed = lists.iter().any(|(was, now, _)| was != now);
        if !changed {
            prop_assert!(effects.is_empty());
            prop_assert!(app.overlay.is_none(), "closed: {:?}", app.overlay);
            prop_assert_eq!(&app.status.text, "edit Anna: nothing changed");
            prop_assert!(!app.status.warning);
            return Ok(());
        }
        let [Effect::Run { command: Command::Edit(edit), .. }] = effects.as_slice() else {
            panic!("an edit runs: {effects:?}");
        };
        for ((_, pick), (was, now, _)) in LISTS.iter().zip(&lists) {
            let (added, dropped) = pick(edit);
            let mut applied: Vec<String> = was
                .iter()
                .filter(|w| !dropped.iter().any(|d| d.eq_ignore_ascii_case(w)))
                .map(|w| (*w).to_string())
                .collect();
            applied.extend(added.iter().map(|a| a.to_lowercase()));
            applied.sort();
            let mut now: Vec<String> = now.iter().map(|w| (*w).to_string()).collect();
            now.sort();
            prop_assert_eq!(applied, now);
            // Only the difference is sent.
            prop_assert!(added.iter().all(|a| !was.iter().any(|w| w.eq_ignore_ascii_case(a))));
            prop_assert!(dropped.iter().all(|d| was.contains(&d.as_str())));
        }
    }
}
/// What each list field of an edit adds and drops.
type Pick = fn(&crate::command::PersonEdit) -> (Vec<String>, Vec<String>);
const LISTS: [(Slot, Pick); 8] = [
    (Slot::Interests, |e| {
        f(&e.fields.interests, &e.dropped.interests)
    }),
    (Slot::Needs, |e| f(&e.fields.needs, &e.dropped.needs)),
    (Slot::Offers, |e| f(&e.fields.offers, &e.dropped.offers)),
    (Slot::Tags, |e| f(&e.fields.tags, &e.dropped.tags)),
    (Slot::Emails, |e| f(&e.fields.emails, &e.dropped.emails)),
    (Slot::Phones, |e| f(&e.fields.phones, &e.dropped.phones)),
    (Slot::Urls, |e| f(&e.fields.urls, &e.dropped.urls)),
    (Slot::Aliases, |e| f(&e.fields.aliases, &e.dropped.aliases)),
];
/// A field's additions and drops as typed (an email with its label).
fn f<T: ToString>(added: &[T], dropped: &[String]) -> (Vec<String>, Vec<String>) {
    (added.iter().map(T::to_string).collect(), dropped.to_vec())
}

#[test]
fn an_unchanged_edit_closes_and_the_next_keys_are_keys_again() {
    let mut app = with_card(Contact::new(Id(1), "Anna".into(), today()));
    assert!(send(&mut app, &[Msg::Act(Action::EditContact), Msg::Submit]).is_empty());
    assert_eq!(app.overlay, None);
    assert_eq!(
        app.status,
        Status {
            text: "edit Anna: nothing changed".into(),
            warning: false
        }
    );
    // The next key moves down the list instead of typing into a name.
    assert_eq!(
        send(&mut app, &[Msg::Act(Action::Down)]),
        vec![Effect::LoadCard(Id(2))]
    );
}

#[test]
fn the_new_person_form_takes_emails_and_phones() {
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::AddContact)];
    msgs.extend(typed("Nadia Ferrante"));
    send(&mut app, &msgs);
    for (slot, text) in [
        (Slot::Emails, "nadia@example.org, n.f@work.example"),
        (Slot::Phones, "+39 333 1234567"),
    ] {
        let at = form(&app).fields.iter().position(|f| f.slot == slot);
        let at = at.unwrap_or_else(|| panic!("the form asks for {slot:?}"));
        let to = tab_to(&app, at);
        send(&mut app, &to);
        send(&mut app, &typed(text));
    }
    let effects = send(&mut app, &[Msg::Submit]);
    let [
        Effect::Run {
            command: Command::Add(add),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the add runs: {effects:?}");
    };
    assert_eq!(add.fields.emails, ["nadia@example.org", "n.f@work.example"]);
    assert_eq!(add.fields.phones, ["+39 333 1234567"]);
}

pub(super) fn drawn(app: &App, width: u16, height: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).expect("t");
    let config = crate::config::Config::defaults();
    terminal
        .draw(|frame| {
            crate::ui::render(app, &config, frame);
        })
        .expect("drawn");
    format!("{}", terminal.backend())
}

/// At 80x24 the longest forms fit with a refused field's problem under
/// it, and a stored list reads from its first item.
#[test]
fn refused_forms_at_80x24() {
    let mut app = app();
    let mut msgs = vec![Msg::Act(Action::AddContact)];
    msgs.extend(typed("Nadia Ferrante"));
    send(&mut app, &msgs);
    let to = tab_to(&app, at(&app, Slot::Birthday));
    send(&mut app, &to);
    send(&mut app, &typed("31 feb"));
    send(&mut app, &[Msg::Complete, Msg::Submit]);
    insta::assert_snapshot!("add_refused_80x24", drawn(&app, 80, 24));

    let mut anna = Contact::new(Id(1), "Anna Rossi".into(), today());
    anna.emails = vec!["anna@example.org".into(), "a.rossi@work.example".into()];
    anna.tags = vec!["investor".into()];
    let mut app = with_card(anna);
    send(&mut app, &[Msg::Act(Action::EditContact)]);
    let to = tab_to(&app, at(&app, Slot::Tier));
    send(&mut app, &to);
    send(&mut app, &retype("bestie"));
    send(&mut app, &[Msg::Act(Action::Up), Msg::Submit]);
    insta::assert_snapshot!("edit_refused_80x24", drawn(&app, 80, 24));
}

fn at(app: &App, slot: Slot) -> usize {
    form(app)
        .fields
        .iter()
        .position(|f| f.slot == slot)
        .unwrap_or_else(|| panic!("no {slot:?} field"))
}

/// A slip of `esc` never loses what was typed: a form typed into asks once
/// (any other key takes the question back), the second `esc` discards; an
/// untouched form closes at once.
#[test]
fn esc_on_a_typed_form_asks_once_before_discarding() {
    let mut app = app();
    app.update(Msg::Act(Action::AddContact));
    app.update(Msg::Cancel);
    assert!(app.overlay.is_none(), "an untouched form closes at once");
    app.update(Msg::Act(Action::AddContact));
    for c in "Nadia".chars() {
        app.update(Msg::Edit(InputRequest::InsertChar(c)));
    }
    app.update(Msg::Cancel);
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("the form stays: {:?}", app.overlay);
    };
    assert_eq!(form.fields[0].input.value(), "Nadia");
    assert!(
        app.status
            .text
            .contains("esc again discards what you typed")
    );
    // Another key takes the question back: the next esc asks again.
    app.update(Msg::Act(Action::Down));
    assert_eq!(app.status.text, "");
    app.update(Msg::Cancel);
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    app.update(Msg::Cancel);
    assert!(app.overlay.is_none());
    assert!(
        app.status.text.ends_with("nothing saved"),
        "{:?}",
        app.status
    );
}
