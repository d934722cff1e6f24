//! What a key means in the app's current state.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::app::{Action, App, Msg, Overlay, Screen};
use crate::config::Config;
use crate::keymap::{Key, Layer};

/// What a key means in the app's current state: text fields and overlays
/// take keys first, then the keymap.
pub fn msg_for(app: &App, config: &Config, key: KeyEvent) -> Option<Msg> {
    let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
    match &app.overlay {
        Some(Overlay::Confirm { .. }) => {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Yes),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::No),
                _ if ctrl_c => Some(Msg::No),
                _ => None,
            };
        }
        Some(Overlay::GiveFirst { .. }) => {
            return match key.code {
                KeyCode::Char('g') => Some(Msg::Act(Action::Gave)),
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Yes),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::No),
                _ if ctrl_c => Some(Msg::No),
                _ => None,
            };
        }
        Some(Overlay::Form(_)) => {
            return match key.code {
                KeyCode::Enter => Some(Msg::Submit),
                KeyCode::Esc => Some(Msg::Cancel),
                KeyCode::Tab | KeyCode::Down => Some(Msg::Complete),
                KeyCode::BackTab | KeyCode::Up => Some(Msg::Act(Action::Up)),
                _ if ctrl_c => Some(Msg::Cancel),
                _ => {
                    tui_input::backend::crossterm::to_input_request(&Event::Key(key)).map(Msg::Edit)
                }
            };
        }
        Some(Overlay::Draft(view)) if view.editor.is_some() => {
            return match key.code {
                KeyCode::Esc => Some(Msg::Submit),
                _ if ctrl_c => Some(Msg::Submit),
                _ => Some(Msg::DraftKey(ratatui_textarea::Input::from(key))),
            };
        }
        Some(Overlay::Draft(_)) => {
            return match key.code {
                KeyCode::Char('c') => Some(Msg::Copy),
                KeyCode::Char('e') => Some(Msg::EditHere),
                KeyCode::Char('E') => Some(Msg::EditText),
                KeyCode::Char('y') => Some(Msg::Yes),
                KeyCode::Esc | KeyCode::Char('n' | 'q') => Some(Msg::No),
                _ if ctrl_c => Some(Msg::No),
                _ => None,
            };
        }
        Some(Overlay::Output {
            settles: Some(s), ..
        }) => match key.code {
            KeyCode::Char('y') => return Some(Msg::Yes),
            KeyCode::Char('n') if s.can_decline => return Some(Msg::No),
            _ => {}
        },
        Some(Overlay::Picker { .. } | Overlay::Matches { .. }) => {
            return match key.code {
                KeyCode::Enter => Some(Msg::Submit),
                KeyCode::Esc => Some(Msg::Cancel),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Act(Action::Up)),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Act(Action::Down)),
                _ if ctrl_c => Some(Msg::Cancel),
                _ => None,
            };
        }
        _ => {}
    }
    if app.prompt.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Msg::Submit),
            KeyCode::Esc => Some(Msg::Cancel),
            KeyCode::Tab => Some(Msg::Complete),
            _ if ctrl_c => Some(Msg::Cancel),
            _ => tui_input::backend::crossterm::to_input_request(&Event::Key(key)).map(Msg::Edit),
        };
    }
    let layer = match app.screen {
        Screen::Review => Layer::Review,
        Screen::Welcome | Screen::Contacts | Screen::Search => Layer::Contacts,
        Screen::Interests | Screen::Events => Layer::Interests,
        Screen::Stats => Layer::Global,
        Screen::Ledger => Layer::Ledger,
    };
    let layer = if app.screen == Screen::Search {
        Layer::Global
    } else {
        layer
    };
    let key = Key::from_event(key);
    config.keymap.resolve(layer, key).map(Msg::Act).or_else(|| {
        config
            .keymap
            .moved(layer, key)
            .map(|said| Msg::Notice(said.to_string()))
    })
}
