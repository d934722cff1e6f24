//! What a key means in the app's current state: a lookup in the keymap
//! layer of what has the keys (an overlay, a text field, the screen), so
//! every key the TUI acts on is in the keymap, rebindable and listed in
//! `docs/keys.md`. The one exception is text: a character typed into a
//! field (a form, the prompt, a draft edited here) is that character.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::app::{Action, App, Msg, Overlay};
use crate::config::Config;
use crate::keymap::{Key, Layer};

/// The keymap layer that has the keys in the app's current state.
pub fn layer_of(app: &App) -> Layer {
    match &app.overlay() {
        Some(overlay) => overlay.layer(),
        None if app.prompt().is_some() => Layer::Prompt,
        None => app.screen().layer(),
    }
}

/// The message an action sends: answers and field keys are messages of
/// their own, the rest are actions.
fn msg_of(action: Action) -> Msg {
    match action {
        Action::Yes => Msg::Yes,
        Action::No => Msg::No,
        Action::Submit => Msg::Submit,
        Action::Cancel => Msg::Cancel,
        Action::Complete | Action::NextField => Msg::Complete,
        Action::PrevField => Msg::Act(Action::Up),
        Action::Copy => Msg::Copy,
        Action::EditHere => Msg::EditHere,
        Action::EditInEditor => Msg::EditText,
        Action::ClearField => Msg::Edit(tui_input::InputRequest::DeleteLine),
        Action::DeleteWord => Msg::Edit(tui_input::InputRequest::DeletePrevWord),
        other => Msg::Act(other),
    }
}

/// A character with no Ctrl or Alt: text, in a field.
fn is_text(key: KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// What a key means in the app's current state.
pub fn msg_for(app: &App, config: &Config, event: KeyEvent) -> Option<Msg> {
    let layer = layer_of(app);
    let key = Key::from_event(event);
    let editing = matches!(&app.overlay(), Some(Overlay::Draft(view)) if view.editor.is_some());
    if editing {
        // The draft's text area: only a bound key that is not a character
        // (esc) leaves it, keeping what was typed.
        return match config.keymap.resolve(layer, key) {
            Some(Action::Back) if !is_text(event) => Some(Msg::Submit),
            _ => Some(Msg::DraftKey(ratatui_textarea::Input::from(event))),
        };
    }
    if layer.takes_text() {
        if is_text(event) {
            return text(event);
        }
        return config
            .keymap
            .resolve(layer, key)
            .map(msg_of)
            .or_else(|| text(event));
    }
    if let Some(action) = config.keymap.resolve(layer, key) {
        return Some(msg_of(action));
    }
    if let Some(said) = config.keymap.moved(layer, key) {
        return Some(Msg::Notice(said.to_string()));
    }
    Some(Msg::Notice(nothing_here(config, layer, key)))
}

/// The keys a key event stands for, read one after the other: a fast
/// `esc` then a key reaches crossterm as one alt+key (esc then `d` is
/// alt-d), which then did nothing. Where alt+key is not bound in the layer
/// that has the keys, it is `esc` and then the key. Left alone: ctrl+alt
/// (AltGr on some keyboards: a character) and, in the draft's text area,
/// the alt keys it acts on (words, paragraphs: it had them before this
/// rule).
pub fn unfold(app: &App, config: &Config, event: KeyEvent) -> Vec<KeyEvent> {
    let alt = event.modifiers.contains(KeyModifiers::ALT)
        && !event.modifiers.contains(KeyModifiers::CONTROL);
    let editing = matches!(&app.overlay(), Some(Overlay::Draft(view)) if view.editor.is_some());
    if !alt
        || (editing && TEXT_AREA_ALT.contains(&event.code))
        || config
            .keymap
            .resolve(layer_of(app), Key::from_event(event))
            .is_some()
    {
        return vec![event];
    }
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let key = KeyEvent::new(event.code, event.modifiers - KeyModifiers::ALT);
    vec![esc, key]
}

/// The alt keys the draft's text area (ratatui-textarea) acts on: by
/// words (b f d h backspace delete, arrows), paragraphs (p n [ ]), the
/// text's ends (< >), a page up (v).
const TEXT_AREA_ALT: [KeyCode; 17] = [
    KeyCode::Char('b'),
    KeyCode::Char('f'),
    KeyCode::Char('d'),
    KeyCode::Char('h'),
    KeyCode::Char('p'),
    KeyCode::Char('n'),
    KeyCode::Char('['),
    KeyCode::Char(']'),
    KeyCode::Char('<'),
    KeyCode::Char('>'),
    KeyCode::Char('v'),
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Up,
    KeyCode::Down,
];

/// A key typed into a text field.
fn text(event: KeyEvent) -> Option<Msg> {
    tui_input::backend::crossterm::to_input_request(&Event::Key(event)).map(Msg::Edit)
}

/// "d does nothing here: on the review it marks an item done".
fn nothing_here(config: &Config, layer: Layer, key: Key) -> String {
    // Only where the help can be opened (a question or a list to pick
    // from takes its own keys alone).
    let help = config
        .keymap
        .key_for(Layer::Global, Action::Help)
        .filter(|k| config.keymap.resolve(layer, *k) == Some(Action::Help))
        .map_or(String::new(), |k| format!("; {k} lists the keys"));
    // Over a screen, the way out is what to do next.
    let closes = (!Layer::SCREENS.contains(&layer))
        .then(|| {
            let closing: Vec<Key> = config
                .keymap
                .layer(layer)
                .filter(|(_, a)| matches!(a, Action::Back | Action::Cancel))
                .map(|(k, _)| k)
                .collect();
            let esc = "esc".parse::<Key>().ok();
            esc.filter(|e| closing.contains(e))
                .or(closing.first().copied())
        })
        .flatten()
        .map_or(String::new(), |k| format!(" ({k} closes)"));
    match config.keymap.elsewhere(key) {
        Some((there, action)) if Layer::SCREENS.contains(&layer) && there != layer => format!(
            "{key} does nothing here; {}: {}",
            there.title().to_lowercase(),
            action.describe_in(there)
        ),
        _ => format!("{key} does nothing here{closes}{help}"),
    }
}

#[cfg(test)]
mod help_tests;
#[cfg(test)]
mod tests;
