//! Every key the TUI acts on is in the keymap: in every state, every printable and named
//! key, with and without modifiers, resolves through that state's layer, is text typed
//! into a field, or says it does nothing. A key handled by code, not the keymap, fails here.

use super::{layer_of, msg_for};
use crate::app::{
    App, Data, DraftEditor, DraftView, Form, Msg, Overlay, PersonRow, Prompt, Screen, Settle,
};
use crate::command::Command;
use crate::config::Config;
use crate::domain::{Id, Tier};
use crate::journal::ListRow;
use crate::keymap::{Action as A, Key, Layer};
use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

fn app() -> App {
    let person = PersonRow::new(ListRow {
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
    });
    let data = Data {
        people: vec![person],
        ..Data::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
    App::new(data, today, "journal".into())
}

fn draft(editing: bool) -> Overlay {
    Overlay::Draft(DraftView {
        contact: Id(1),
        name: "Anna".into(),
        follow_up: None,
        text: "Hi Anna".into(),
        lines: Vec::new(),
        delivers: None,
        wishes: None,
        notes: Vec::new(),
        editor: editing.then(|| Box::new(DraftEditor::new("Hi Anna"))),
        scroll: 0,
    })
}

/// The app in every state that takes keys its own way.
fn states() -> Vec<(String, App)> {
    let mut all = Vec::new();
    for screen in [
        Screen::Welcome,
        Screen::Review,
        Screen::Contacts,
        Screen::Interests,
        Screen::Ledger,
        Screen::Stats,
        Screen::Events,
        Screen::Search,
    ] {
        all.push((format!("{screen:?}"), app().showing(screen, None, None)));
    }
    let overlays = [
        Overlay::help(None),
        Overlay::Confirm {
            id: Id(1),
            label: "Anna".into(),
        },
        Overlay::GiveFirst {
            ask: Command::Undo,
            form: Form::add_contact(),
            who: Id(1),
            name: "Anna".into(),
        },
        Overlay::Picker {
            command: Command::Undo,
            query: "an".into(),
            candidates: vec![(Id(1), "Anna".into())],
            selected: 0,
        },
        Overlay::Output {
            title: "t".into(),
            lines: vec!["a".into()],
            scroll: 0,
            settles: Some(Settle {
                id: Id(2),
                can_decline: true,
                shut: None,
            }),
        },
        Overlay::Form(Form::add_contact()),
        draft(false),
        draft(true),
    ];
    for overlay in overlays {
        let name = format!("{overlay:?}").chars().take(30).collect();
        all.push((name, app().showing(Screen::Contacts, Some(overlay), None)));
    }
    for prompt in [Prompt::Filter, Prompt::Search, Prompt::Command] {
        let name = format!("{prompt:?}");
        all.push((name, app().showing(Screen::Contacts, None, Some(prompt))));
    }
    all
}

/// Every key a terminal sends that the TUI could act on.
pub(super) fn keys() -> Vec<KeyEvent> {
    let mods = [
        KeyModifiers::NONE,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
        KeyModifiers::SHIFT,
    ];
    let mut codes: Vec<KeyCode> = (0x20u8..0x7f).map(|b| KeyCode::Char(b as char)).collect();
    codes.extend([
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
    ]);
    codes.extend((1..=12).map(KeyCode::F));
    codes
        .into_iter()
        .flat_map(|code| mods.into_iter().map(move |m| KeyEvent::new(code, m)))
        .collect()
}

#[test]
fn every_key_the_tui_acts_on_is_in_the_keymap() {
    let config = Config::defaults();
    let mut checked = 0;
    for (state, app) in states() {
        let layer = layer_of(&app);
        let editing = matches!(&app.overlay(), Some(Overlay::Draft(v)) if v.editor.is_some());
        for event in keys() {
            let key = Key::from_event(event);
            let bound = config.keymap.resolve(layer, key);
            let msg = msg_for(&app, &config, event);
            let ok = match (&msg, bound) {
                // Text typed into a field: a field's layer, a key it leaves
                // unbound (or any plain character).
                (Some(Msg::Edit(_)), None) => layer.takes_text(),
                (Some(Msg::Edit(InputRequest::DeleteLine)), Some(A::ClearField)) => true,
                (Some(Msg::Edit(InputRequest::DeletePrevWord)), Some(A::DeleteWord)) => true,
                (Some(Msg::Edit(_)), Some(_)) => layer.takes_text() && super::is_text(event),
                (Some(Msg::DraftKey(_)), b) => {
                    editing && (b != Some(A::Back) || super::is_text(event))
                }
                (Some(Msg::Submit), Some(A::Back)) => editing,
                // A key with no meaning here says so.
                (Some(Msg::Notice(_)), None) => !layer.takes_text(),
                (Some(Msg::Act(a)), Some(b)) => *a == b || (*a == A::Up && b == A::PrevField),
                (Some(Msg::Yes), Some(b)) => b == A::Yes,
                (Some(Msg::No), Some(b)) => b == A::No,
                (Some(Msg::Submit), Some(b)) => b == A::Submit,
                (Some(Msg::Cancel), Some(b)) => b == A::Cancel,
                (Some(Msg::Complete), Some(b)) => b == A::Complete || b == A::NextField,
                (Some(Msg::Copy), Some(b)) => b == A::Copy,
                (Some(Msg::EditHere), Some(b)) => b == A::EditHere,
                (Some(Msg::EditText), Some(b)) => b == A::EditInEditor,
                (None, None) => layer.takes_text(),
                _ => false,
            };
            assert!(
                ok,
                "{state}: {key} ({event:?}) gives {msg:?}, bound in [keys.{}] to {bound:?}",
                layer.name()
            );
            checked += 1;
        }
    }
    assert!(checked > 9_000, "{checked}");
}

/// An overlay's key rebound in the user's config acts; the old one not.
#[test]
fn overlay_keys_follow_the_users_config() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys.confirm]\n\"j\" = \"yes\"\n\"y\" = \"none\"\n").expect("write");
    let config = Config::load(Some(&path), false).expect("config");
    let confirm = Overlay::Confirm {
        id: Id(1),
        label: "Anna".into(),
    };
    let a = app().showing(Screen::Contacts, Some(confirm), None);
    let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(msg_for(&a, &config, press('j')), Some(Msg::Yes));
    assert!(matches!(
        msg_for(&a, &config, press('y')),
        Some(Msg::Notice(_))
    ));
    assert_eq!(layer_of(&a), Layer::Confirm);
    // A typo in an overlay's layer is one line naming the key.
    std::fs::write(&path, "[keys.form]\n\"ctrl-s\" = \"sumbit\"\n").expect("write");
    let err = Config::load(Some(&path), false).err().unwrap_or_default();
    assert!(
        err.contains(
            "line 2: [keys.form] ctrl-s: \"sumbit\" is not an action (did you mean submit? "
        ) && err.lines().count() == 1,
        "{err}"
    );
    // Unbound on the contacts screen, d says what it does where it acts.
    let b = app().showing(Screen::Stats, None, None);
    let Some(Msg::Notice(said)) = msg_for(&b, &config, press('d')) else {
        panic!("d on the stats screen says nothing");
    };
    assert_eq!(
        said,
        "d does nothing here; on the daily review: mark the item done (its follow-up, promise or request)"
    );
}

/// ctrl-u clears a text field (README): a key of the field's layer, listed.
#[test]
fn ctrl_u_clears_the_field_and_is_listed_with_the_fields_keys() {
    let config = Config::defaults();
    let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    for prompt in [Prompt::Filter, Prompt::Search, Prompt::Command] {
        let a = app().showing(Screen::Contacts, None, Some(prompt));
        assert_eq!(
            msg_for(&a, &config, ctrl_u),
            Some(Msg::Edit(InputRequest::DeleteLine))
        );
    }
    for layer in [Layer::Prompt, Layer::Form] {
        let listed: Vec<_> = config.keymap.layer(layer).collect();
        assert!(
            listed.contains(&(Key::from_event(ctrl_u), A::ClearField)),
            "[keys.{}]: {listed:?}",
            layer.name()
        );
    }
    assert_eq!(A::ClearField.describe(), "clear the field, to type anew");
}

/// Over a command's output every key either scrolls, settles or closes it,
/// or says that it does nothing and how to close: trial four typed thirty
/// keys (`u`, `2`, `:`) into an output that took them without a word.
#[test]
fn a_key_the_output_does_not_bind_says_so_and_how_to_close() {
    let config = Config::defaults();
    let output = Overlay::Output {
        title: "met Paolo Marino".into(),
        lines: vec!["logged".into()],
        scroll: 0,
        settles: None,
    };
    let a = app().showing(Screen::Review, Some(output), None);
    let mut checked = 0;
    for (key, action) in config.keymap.layer(Layer::Global) {
        if config.keymap.layer(Layer::Output).any(|(k, _)| k == key)
            || Layer::Output.takes_from_under(action)
        {
            continue;
        }
        let event = KeyEvent::new(key.code, key.mods);
        assert_eq!(
            msg_for(&a, &config, event),
            Some(Msg::Notice(format!(
                "{key} does nothing here (esc closes); ? lists the keys"
            ))),
            "{key} ({action:?})"
        );
        checked += 1;
    }
    assert!(checked > 10, "{checked}");
}

/// Trial four: `?` did nothing on a draft and on `H`'s list, and inside `/` it was typed
/// into the query. In every state but a draft edited in place (all keys text), f1 opens the
/// help, the keys of what is open first, and its way out comes back; `?` too, if not text.
#[test]
fn every_layer_opens_its_help_and_comes_back() {
    let config = Config::defaults();
    let f1 = KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE);
    let question = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE);
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let mut opened = 0;
    for (state, a) in states() {
        let editing = matches!(a.overlay(), Some(Overlay::Draft(v)) if v.editor.is_some());
        if editing || matches!(a.overlay(), Some(Overlay::Help { .. })) {
            continue;
        }
        let layer = layer_of(&a);
        let mut keys = vec![f1];
        if !layer.takes_text() {
            keys.push(question);
        }
        for key in keys {
            let mut b = a.clone();
            let msg = msg_for(&b, &config, key).expect("a message");
            b.update(msg);
            let Some(Overlay::Help { over, .. }) = b.overlay() else {
                panic!("{state}: {key:?} opened {:?}", b.overlay());
            };
            assert_eq!(over.as_deref(), a.overlay().as_ref(), "{state}");
            let drawn = drawn(&b);
            let first = drawn.lines().nth(2).unwrap_or_default();
            // A screen's keys are headed for it (search shares a layer).
            let screen = Layer::SCREENS.contains(&layer) && a.overlay().is_none();
            let heading = Some(a.screen().entry().heading).filter(|_| screen);
            let heading = heading.unwrap_or(layer.title());
            assert!(first.contains(heading), "{state}: {first}\n{drawn}");
            let back = msg_for(&b, &config, esc).expect("esc");
            b.update(back);
            assert_eq!(b.overlay(), a.overlay(), "{state}");
            assert_eq!(b.prompt().is_some(), a.prompt().is_some(), "{state}");
            opened += 1;
        }
    }
    assert!(opened > 15, "{opened}");
}

/// The help at 80x24 says which rows it shows and that more are below.
#[test]
fn the_help_says_there_is_more_below() {
    let mut a = app().showing(Screen::Contacts, None, None);
    a.update(Msg::Act(A::Help));
    let top = drawn(&a);
    assert!(
        top.contains("↓ more") && top.contains("rows 1-20 of"),
        "{top}"
    );
}

fn drawn(app: &App) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            crate::ui::render(app, &config, frame);
        })
        .expect("draw");
    format!("{}", terminal.backend())
}

/// Trial four: "w does nothing here" on an event's people. On every
/// screen that lists people, a key that acts on the selected person on
/// the contacts screen acts on them there too.
#[test]
fn the_person_keys_reach_every_screen_that_lists_people() {
    let config = Config::defaults();
    let person_keys: Vec<(Key, A)> = config
        .keymap
        .layer(Layer::Contacts)
        .filter(|(_, a)| crate::app::acts_on_a_person(*a) || *a == A::CopyAddress)
        .collect();
    assert!(person_keys.len() > 10, "{person_keys:?}");
    for screen in [
        Screen::Review,
        Screen::Contacts,
        Screen::Interests,
        Screen::Events,
        Screen::Search,
    ] {
        for (key, action) in &person_keys {
            assert_eq!(
                config.keymap.resolve(screen.layer(), *key),
                Some(*action),
                "{key} on {screen:?}"
            );
        }
    }
}

/// A fast `esc` then a key reaches the TUI as one alt+key: where alt+key
/// is not bound it is read as the two keys, so esc then `3` over a draft
/// closes it and goes to the interests screen (it did nothing).
#[test]
fn an_unbound_alt_key_is_esc_then_the_key() {
    let config = Config::defaults();
    let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
    let press = |app: &mut App, config: &Config, event| {
        for key in super::unfold(app, config, event) {
            if let Some(msg) = msg_for(app, config, key) {
                app.update(msg);
            }
        }
    };
    let mut a = app().showing(Screen::Contacts, Some(draft(false)), None);
    press(&mut a, &config, alt('3'));
    assert_eq!(a.overlay(), &None);
    assert_eq!(a.screen(), Screen::Interests);
    // In every state, an unbound alt key is esc then the key alone; the
    // draft's text area keeps its alt keys (word moves), and every
    // field its alt-backspace (delete a word), as before the rule.
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let alt_backspace = KeyEvent::new(KeyCode::Backspace, KeyModifiers::ALT);
    for (state, app) in states() {
        let editing = matches!(app.overlay(), Some(Overlay::Draft(v)) if v.editor.is_some());
        for c in ['d', 'x', '2', 'D', 'b', 'f'] {
            let keys = super::unfold(&app, &config, alt(c));
            let plain = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            let words = editing && "bfd".contains(c);
            let meant = if words {
                vec![alt(c)]
            } else {
                vec![esc, plain]
            };
            assert_eq!(keys, meant, "{state}: alt-{c}");
        }
        if layer_of(&app).takes_text() || editing {
            assert_eq!(
                super::unfold(&app, &config, alt_backspace),
                vec![alt_backspace],
                "{state}: alt-backspace"
            );
        }
        if layer_of(&app).takes_text() && !editing {
            assert_eq!(
                msg_for(&app, &config, alt_backspace),
                Some(Msg::Edit(InputRequest::DeletePrevWord)),
                "{state}: alt-backspace deletes a word"
            );
        }
    }
    // Ctrl+alt is AltGr on some keyboards: a character, not esc.
    let altgr = KeyEvent::new(
        KeyCode::Char('q'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    let a = app().showing(Screen::Contacts, None, None);
    assert_eq!(super::unfold(&a, &config, altgr), vec![altgr]);
    // A bound alt key keeps its meaning.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys.global]\n\"alt-x\" = \"quit\"\n").expect("write");
    let bound = Config::load(Some(&path), false).expect("config");
    let a = app().showing(Screen::Contacts, None, None);
    assert_eq!(super::unfold(&a, &bound, alt('x')), vec![alt('x')]);
}
