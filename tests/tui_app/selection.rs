//! The cursor stays where the user is: after any save, undo or capture
//! from another shell, every list keeps its selected row by id while that
//! row is still in the list (an undo moves the person's lists to whom it
//! was about).

use super::*;
use givegive::app::Data;
use givegive::domain::Id;

/// What each list has selected, by id.
#[derive(Debug, Default, PartialEq, Eq)]
struct Selected {
    contact: Option<Id>,
    review: Option<String>,
    ledger: Option<Id>,
    interest: Option<Id>,
    event: Option<(String, NaiveDate)>,
    search: Option<Id>,
}

fn selected(app: &App) -> Selected {
    Selected {
        contact: app.contacts().selected_id(app.data()),
        review: app.selected_item().map(|i| i.key.clone()),
        ledger: app.ledger().selected_line(app.data()).map(|l| l.entry.id),
        interest: app
            .data()
            .interests
            .get(app.interests().selected)
            .map(|i| i.id),
        event: app
            .data()
            .events
            .get(app.events().selected)
            .map(|e| (e.name.clone(), e.date)),
        search: app
            .search()
            .selected_hit()
            .map(|h| h.record.unwrap_or(h.id)),
    }
}

/// Whether each remembered row is in its list now, recomputed plainly
/// from the data and the list's own settings (the fuzzy filter and the
/// search's words are the lists' rules: their rows are taken as listed).
fn still_listed(app: &App, was: &Selected) -> Selected {
    let data: &Data = app.data();
    let contact = was.contact.filter(|id| {
        if app.contacts().filter.is_empty() {
            data.people
                .iter()
                .any(|p| p.row.id == *id && (!p.row.closed || app.contacts().show_closed))
        } else {
            app.contacts()
                .visible
                .iter()
                .any(|v| data.people[v.index].row.id == *id)
        }
    });
    let ledger = was.ledger.filter(|id| {
        let l = &app.ledger();
        data.ledger.iter().any(|line| {
            let e = &line.entry;
            e.id == *id
                && l.direction.is_none_or(|d| e.direction == d)
                && l.nature.is_none_or(|n| e.nature == n)
                && l.state.is_none_or(|s| e.state == s)
                && l.kind.is_none_or(|k| e.kind == k)
        })
    });
    Selected {
        contact,
        review: was
            .review
            .clone()
            .filter(|key| data.review.items.iter().any(|i| i.key == *key)),
        ledger,
        interest: was
            .interest
            .filter(|id| data.interests.iter().any(|i| i.id == *id)),
        event: was
            .event
            .clone()
            .filter(|(n, d)| data.events.iter().any(|e| e.name == *n && e.date == *d)),
        search: was.search.filter(|id| {
            app.search()
                .results
                .iter()
                .any(|h| h.record.unwrap_or(h.id) == *id)
        }),
    }
}

/// The review's people in order (their ids, as item keys start).
fn review_people(app: &App) -> Vec<String> {
    let mut people: Vec<String> = app
        .data()
        .review
        .items
        .iter()
        .map(|i| i.contact.0.to_string())
        .collect();
    people.dedup();
    people
}

/// One step of a session: moving about, or a write that reloads.
#[derive(Clone, Debug)]
enum Step {
    Keys(Vec<Msg>),
    /// A command line typed in the TUI, about the person selected (or
    /// someone else).
    Typed(usize, Option<prop::sample::Index>),
    /// The same, from another shell while the TUI is open.
    Elsewhere(usize, Option<prop::sample::Index>),
    Undo,
    /// Letters typed into the contacts filter, kept.
    Filter(String),
    /// Words searched for, the highlighted result moved while typing.
    Search(String),
    /// `d` or `x` on the selected review line, after moving down so many.
    Review(Action, usize),
}

fn moves() -> impl Strategy<Value = Msg> {
    prop::sample::select(vec![
        Action::Down,
        Action::Down,
        Action::PageDown,
        Action::Bottom,
        Action::Up,
        Action::FocusNext,
        Action::ScreenReview,
        Action::ScreenContacts,
        Action::ScreenLedger,
        Action::ScreenInterests,
        Action::ScreenEvents,
        Action::CycleSort,
        Action::ToggleClosed,
        Action::CycleState,
        Action::CycleNature,
        Action::Skip,
    ])
    .prop_map(Msg::Act)
}

fn step() -> impl Strategy<Value = Step> {
    let who = prop::option::of(any::<prop::sample::Index>());
    prop_oneof![
        3 => prop::collection::vec(moves(), 1..6).prop_map(Step::Keys),
        3 => (0..WRITES.len(), who.clone()).prop_map(|(w, who)| Step::Typed(w, who)),
        2 => (0..WRITES.len(), who).prop_map(|(w, who)| Step::Elsewhere(w, who)),
        1 => Just(Step::Undo),
        1 => "[aeiou][a-z]?".prop_map(Step::Filter),
        1 => prop::sample::select(vec!["the", "a", "intro", "coffee", "e"]).prop_map(|w| Step::Search(w.into())),
        2 => (prop::sample::select(vec![Action::Done, Action::Dismiss, Action::CloseRelationship]), 0usize..6)
            .prop_map(|(a, n)| Step::Review(a, n)),
    ]
}

/// The command line of write `w` about the selected person, or `who`.
fn line(app: &App, w: usize, who: &Option<prop::sample::Index>) -> Option<String> {
    let id = match who {
        Some(i) if !app.data().people.is_empty() => Some(i.get(&app.data().people).row.id),
        _ => app.selected_person(),
    }?;
    let p = app.data().people.iter().find(|p| p.row.id == id)?;
    Some(WRITES[w].replace("WHO", &p.row.name))
}

/// Runs `line` as another shell would, beside the open TUI.
fn elsewhere(journal: &Journal, line: &str) {
    let Ok(words) = shell_words::split(line) else {
        return;
    };
    let Ok(typed) = givegive::words::parse(&words, today()) else {
        return;
    };
    let config = Config::defaults();
    let env = givegive::command::Env::unattended(
        today(),
        &config,
        givegive::words::label(&typed.command),
    );
    let _ = givegive::command::run(journal, &env, typed.command);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn every_list_keeps_its_selected_row_across_reloads(
        people in 3usize..40,
        seed in any::<u64>(),
        start in prop::collection::vec(moves(), 0..8),
        steps in prop::collection::vec(step(), 1..10),
    ) {
        let f = Fixture::empty();
        let export = givegive::journal::synthetic::generate(people, seed, today());
        f.journal.import_export(&export).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (mut app, mut rt) = f.app();
        send(&mut app, &mut rt, &[act(Action::Down), act(Action::Down)]);
        send(&mut app, &mut rt, &start);
        for step in steps {
            // Open overlays (a long report) are closed first.
            for _ in 0..3 {
                if app.overlay().is_none() && app.prompt().is_none() {
                    break;
                }
                send(&mut app, &mut rt, &[Msg::Cancel]);
            }
            let before = selected(&app);
            let screen = app.screen();
            // Someone just added is selected instead.
            let adds = matches!(&step, Step::Typed(w, _) if WRITES[*w].starts_with("add "));
            // An undo selects whom it was about, where they are listed
            // (an_undo_selects_whom_it_brought_back): the others stay.
            let undo = matches!(&step, Step::Undo);
            match &step {
                Step::Keys(msgs) => {
                    send(&mut app, &mut rt, msgs);
                    continue;
                }
                Step::Typed(w, who) => {
                    let Some(line) = line(&app, *w, who) else { continue };
                    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
                    send(&mut app, &mut rt, &typed(&line));
                    send(&mut app, &mut rt, &[Msg::Submit]);
                }
                Step::Elsewhere(w, who) => {
                    let Some(line) = line(&app, *w, who) else { continue };
                    elsewhere(&f.journal, &line);
                    rt.reload(&mut app);
                }
                Step::Undo => send(&mut app, &mut rt, &[act(Action::Undo)]),
                Step::Review(action, down) => {
                    send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
                    send(&mut app, &mut rt, &vec![act(Action::Down); *down]);
                    // What is selected now is what the step acts on.
                    let on = selected(&app).review;
                    let people_before = review_people(&app);
                    let place = review_people(&app).iter().position(|p| Some(p.clone()) == on.as_ref().and_then(|k| k.split(':').next().map(String::from)));
                    send(&mut app, &mut rt, &[act(*action)]);
                    // Closing asks for a reason first (none is fine).
                    if *action == Action::CloseRelationship {
                        send(&mut app, &mut rt, &[Msg::Submit]);
                    }
                    let whose = on.as_ref().and_then(|k| k.split(':').next().map(String::from));
                    let still = app.data().review.items.iter().any(|i| Some(i.contact.0.to_string()) == whose);
                    let now = selected(&app).review;
                    prop_assert!(
                        !still || now.as_ref().and_then(|k| k.split(':').next().map(String::from)) == whose,
                        "{:?} on {:?}: their other line is not selected ({:?})", action, on, now
                    );
                    // Gone from the review: the person now at their place,
                    // on their first line (the row that fills the place).
                    let now_people = review_people(&app);
                    if let (false, Some(place), false) = (still, place, now_people.is_empty()) {
                        let fills = &now_people[place.min(now_people.len() - 1)];
                        let first = app.data().review.items.iter().find(|i| i.contact.0.to_string() == *fills).map(|i| i.key.clone());
                        prop_assert_eq!(
                            &now, &first,
                            "{:?} on {:?}: the row now at its place is not selected; before {:?} after {:?}", action, on, people_before, now_people
                        );
                    }
                    continue;
                }
                Step::Filter(letters) => {
                    let mut msgs = vec![act(Action::ScreenContacts), act(Action::Filter)];
                    msgs.extend(typed(letters));
                    msgs.extend([Msg::Submit, act(Action::Down)]);
                    send(&mut app, &mut rt, &msgs);
                    continue;
                }
                Step::Search(words) => {
                    let mut msgs = vec![act(Action::Search)];
                    msgs.push(Msg::Edit(InputRequest::DeleteLine));
                    msgs.extend(typed(words));
                    msgs.extend([act(Action::Down), act(Action::Down)]);
                    send(&mut app, &mut rt, &msgs);
                    continue;
                }
            }
            prop_assert_eq!(app.screen(), screen);
            let after = selected(&app);
            let listed = still_listed(&app, &before);
            let kept = |was: bool, now: bool| !was || now;
            prop_assert!(
                kept(listed.contact.is_some() && !adds && !undo, after.contact == before.contact)
                    && kept(listed.review.is_some() && !undo, after.review == before.review)
                    && kept(listed.ledger.is_some(), after.ledger == before.ledger)
                    && kept(listed.interest.is_some(), after.interest == before.interest)
                    && kept(listed.event.is_some(), after.event == before.event)
                    && kept(listed.search.is_some(), after.search == before.search),
                "after {:?} on {:?}:\nbefore {:?}\nafter  {:?}\nlisted {:?}\nstatus {:?}",
                step, screen, before, after, listed, app.status()
            );
            // A review line that left gives way to the same person's other
            // line while they have one (its reason still applies).
            let whose = |key: &Option<String>| key.as_ref().and_then(|k| k.split(':').next().map(String::from));
            let person = whose(&before.review);
            let still_theirs = app.data().review.items.iter().any(|i| Some(i.contact.0.to_string()) == person);
            prop_assert!(
                listed.review.is_some() || undo || !still_theirs || whose(&after.review) == person,
                "after {:?}: {:?}'s other line is not selected ({:?})",
                step, before.review, after.review
            );
        }
    }
}
