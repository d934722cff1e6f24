//! `?` on the review lists every key the review answers: a key that does
//! something there is in the help, and one that means something of its own
//! there (`enter` opens the item's person, `esc` goes back to the list) is
//! in the review's own part, the one the help opens on, not only under
//! "every screen" below the first page (trial three missed `enter`).

use std::sync::Arc;

use chrono::NaiveDate;

use super::msg_for;
use super::tests::keys;
use crate::app::{App, Data, Msg, Overlay, PersonRow, Screen};
use crate::config::Config;
use crate::domain::review::{Item, Pending, Queue, Reason};
use crate::domain::{Id, Tier};
use crate::journal::ListRow;
use crate::keymap::{Key, Layer};

/// The review with Anna's follow-up due.
fn review() -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
    let reason = Reason::FollowUpDue {
        follow_up: Pending {
            id: Id(40),
            date: today,
            text: Arc::from("send the deck"),
        },
        days_late: 1,
        first_due: None,
        planned: false,
    };
    let data = Data {
        people: vec![PersonRow::new(ListRow {
            id: Id(1),
            name: "Anna".into(),
            org: "".into(),
            role: "".into(),
            tier: Tier::None,
            tags: Vec::new().into(),
            closed: false,
            last_touch: None,
            lean: 0,
            help: crate::domain::Tallies::default().help(),
        })],
        review: Queue {
            items: vec![Item {
                key: crate::domain::review::key(Id(1), &reason),
                contact: Id(1),
                name: "Anna".into(),
                reason,
                why: "because".into(),
            }],
            ..Queue::default()
        },
        ..Data::default()
    };
    App::new(data, today, "journal".into()).showing(Screen::Review, None, None)
}

#[test]
fn every_key_the_review_answers_is_in_its_help() {
    let config = Config::defaults();
    let km = &config.keymap;
    // As the help writes them.
    let listed = |layer: Layer| -> Vec<String> {
        km.help_keys(layer, Layer::Review)
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect()
    };
    let (own, everywhere) = (listed(Layer::Review), listed(Layer::Global));
    let mut answered = Vec::new();
    for event in keys() {
        let mut app = review();
        let Some(Msg::Act(action)) = msg_for(&app, &config, event) else {
            continue;
        };
        app.update(Msg::Act(action));
        if app.status().text.contains("does nothing here") {
            continue;
        }
        let key = Key::from_event(event).to_string();
        answered.push(key.clone());
        let apart = action.describe_in(Layer::Review) != action.describe_in(Layer::Global);
        assert!(
            own.contains(&key) || (!apart && everywhere.contains(&key)),
            "{key} ({action:?}) works on the review but its help does not list it {}",
            if apart { "in the review's part" } else { "" }
        );
    }
    for key in ["enter", "esc", "D", "d", "E"] {
        assert!(answered.iter().any(|k| k == key), "{key}: {answered:?}");
    }
}

/// `D` on the review moves the item's person to the trash, asking first,
/// as on the contacts screen (it did nothing there).
#[test]
fn d_on_the_review_asks_to_trash_the_item_s_person() {
    let config = Config::defaults();
    let mut app = review();
    let d = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('D'),
        crossterm::event::KeyModifiers::SHIFT,
    );
    let msg = msg_for(&app, &config, d).expect("D is bound on the review");
    app.update(msg);
    assert_eq!(
        app.overlay(),
        &Some(Overlay::Confirm {
            id: Id(1),
            label: "Anna and their history".into(),
        })
    );
}

/// Every screen's own part of the help, the one it opens on, lists the
/// key that opens what is selected, in that screen's words (the events
/// help lacked `enter`).
#[test]
fn every_screens_help_says_what_enter_opens_there() {
    let config = Config::defaults();
    let km = &config.keymap;
    let enter: Key = "enter".parse().expect("a key");
    for layer in Layer::SCREENS.into_iter().filter(|l| *l != Layer::Global) {
        let listed = km.help_keys(layer, layer);
        assert!(
            listed.iter().any(|(k, _)| *k == enter),
            "{layer:?}'s help lacks enter: {listed:?}"
        );
    }
}
