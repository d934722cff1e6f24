//! Keys to actions. The keymap is data (defaults in
//! `assets/default-config.toml`, overrides in the user's config file), and
//! resolving a key is a pure lookup: the focused layer first, then the global
//! one.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod action;
mod layer;

pub use action::Action;
pub use layer::Layer;

/// A key with its modifiers, as written in the config ("ctrl-c", "G", "tab").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// Normalises a terminal key event: Shift is part of an upper-case
    /// character already, so `G` matches whether or not Shift is reported.
    pub fn from_event(event: KeyEvent) -> Key {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key {
            code: event.code,
            mods,
        }
    }

    fn sort_key(&self) -> (u8, String) {
        let rank = match self.code {
            KeyCode::Char(_) => 0,
            _ => 1,
        };
        (rank, self.to_string())
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("tab", KeyCode::Tab),
    ("shift-tab", KeyCode::BackTab),
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("space", KeyCode::Char(' ')),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
];

/// The keys with a name of their own (`tab`, `pgdn`), for a misspelt one
/// in a config file to be matched against.
pub(crate) fn key_names() -> impl Iterator<Item = &'static str> {
    NAMED.iter().map(|(name, _)| *name)
}

impl FromStr for Key {
    type Err = String;

    fn from_str(text: &str) -> Result<Key, String> {
        let bad =
            || format!("'{text}' is not a key (try q, ctrl-c, tab, enter, esc, up, pgdn, f1)");
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == rest) {
            return Ok(Key { code: *code, mods });
        }
        if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            return Ok(Key {
                code: KeyCode::F(n),
                mods,
            });
        }
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Key {
                code: KeyCode::Char(c),
                mods,
            }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if let Some((name, _)) = NAMED.iter().find(|(_, code)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Keys whose default meaning changed when each key was given one meaning
/// on every screen. Pressed where it no longer acts, such a key says where
/// its action went, so a habit of the old keys is met with a pointer.
const MOVED: &[(Layer, &str, &str)] = &[
    (
        Layer::Contacts,
        "d",
        "delete is D now (d marks a review item done)",
    ),
    (
        Layer::Contacts,
        "s",
        "sorting is o now (s snoozes a review item)",
    ),
    (Layer::Contacts, "M", "the draft is w now"),
    (Layer::Ledger, "S", "the state filter is T now"),
];

/// What changed in the default keys, for `docs/keys.md`.
const CHANGES: &str = "\n## What changed\n\nEach key now means one thing on every screen. \
Bindings in your own config file keep working as you wrote them; with the defaults:\n\n\
- `w` drafts a follow-up on contacts too (it was `M`); a warning signal is `!` (it was `w`).\n\
- `D` or the delete key moves a person or an entry to the trash (it was `d`, which now marks a review item or a ledger entry done).\n\
- `o` sorts the contacts (it was `s`, which now only snoozes a review item).\n\
- `n` adds a person on every screen; the review skips with `space` (it was `n` too).\n\
- `tab` and `shift-tab` move to the next and previous pane on every screen, the review's card and history included; `]` and `[` change screen (`shift-tab` did).\n\
- The ledger's filters are `W` (which way), `N` (gives or asks), `T` (state) and `K` (kind); `D` and `S` were direction and state.\n\
- The review takes every capture key of the contacts screen (`r`, `a`, `A`, `!`), and `E`, `e`, `H`, `C`, `X` for the item's person.\n\
- On the ledger `d` marks the selected open entry done and `x` declines it.\n\
- The keys of overlays and text fields are layers of their own (`help`, `confirm`, `picker`, `draft`, `form`, `prompt`, `output`), rebindable like the screens'.\n\n\
Pressing a key whose action moved says where it went.\n";

/// Every binding, by layer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keymap {
    layers: BTreeMap<Layer, BTreeMap<Key, Action>>,
}

impl Keymap {
    /// Binds `key` in `layer`; `None` unbinds it.
    pub fn bind(&mut self, layer: Layer, key: Key, action: Option<Action>) {
        let map = self.layers.entry(layer).or_default();
        match action {
            Some(a) => {
                map.insert(key, a);
            }
            None => {
                map.remove(&key);
            }
        }
    }

    /// Where the old default action of an unbound `key` went, if it moved.
    pub fn moved(&self, layer: Layer, key: Key) -> Option<&'static str> {
        if self.resolve(layer, key).is_some() {
            return None;
        }
        MOVED
            .iter()
            .find(|(l, k, _)| *l == layer && k.parse::<Key>().is_ok_and(|k| k == key))
            .map(|(_, _, said)| *said)
    }

    /// The action for `key` in `layer`, falling back to the layer under it
    /// (the global one under a screen; none under a text field).
    pub fn resolve(&self, layer: Layer, key: Key) -> Option<Action> {
        let own = self.layers.get(&layer).and_then(|m| m.get(&key)).copied();
        own.or_else(|| {
            layer
                .fallback()
                .and_then(|under| self.layers.get(&under)?.get(&key).copied())
                .filter(|action| layer.takes_from_under(*action))
        })
    }

    /// Where `key`, unbound in `layer`, does something: the first screen
    /// layer that binds it, and what.
    pub fn elsewhere(&self, key: Key) -> Option<(Layer, Action)> {
        Layer::SCREENS
            .into_iter()
            .find_map(|l| Some((l, *self.layers.get(&l)?.get(&key)?)))
    }

    /// The bindings of one layer, in a stable order.
    pub fn layer(&self, layer: Layer) -> impl Iterator<Item = (Key, Action)> + '_ {
        self.layers
            .get(&layer)
            .into_iter()
            .flatten()
            .map(|(k, a)| (*k, *a))
    }

    /// The keys `layer`'s part of the help lists: its own, and for the
    /// screen in view (`here`) also each global key it answers in its own
    /// way (described apart: `enter` on the review opens the item's
    /// person), which would otherwise sit unseen below the first page.
    pub fn help_keys(&self, layer: Layer, here: Layer) -> Vec<(Key, Action)> {
        let mut keys: Vec<(Key, Action)> = self.layer(layer).collect();
        if layer == here && Layer::SCREENS.contains(&here) {
            keys.extend(self.layer(Layer::Global).filter(|(key, action)| {
                action.describe_in(here) != action.describe_in(Layer::Global)
                    && self.resolve(here, *key) == Some(*action)
            }));
        }
        keys
    }

    /// The key a hint names for `action`: bound in `layer` before the
    /// global ones, a plain key (`q`) before a chord (`ctrl-c`), a short
    /// one before a named one, lower case before upper.
    pub fn key_for(&self, layer: Layer, action: Action) -> Option<Key> {
        let bound = |l: Layer| {
            self.layer(l)
                .filter(|(_, a)| *a == action)
                .map(|(k, _)| k)
                .min_by_key(|k| {
                    let text = k.to_string();
                    // `n` before `N` where both are bound.
                    let upper = text.chars().any(char::is_uppercase);
                    (k.mods.bits().count_ones(), text.len(), upper)
                })
        };
        bound(layer).or_else(|| bound(Layer::Global))
    }

    /// The keymap as a Markdown document: `docs/keys.md` is this text, and a
    /// test keeps them equal.
    pub fn to_markdown(&self) -> String {
        let mut md = String::from(
            "# Keys\n\nThe default bindings of the givegive TUI, generated from \
             `assets/default-config.toml` (a test keeps this file in step; `givegive config` \
             prints that file). Change them in `~/.config/givegive/config.toml`, section \
             `[keys.LAYER]`. A screen's layer is \
             tried first, then `global`; an overlay's layer (help, output) falls back to \
             `global` too; a question, a list to pick from and a text field have only their \
             own. In a text field (a form, the prompt, a draft edited in place) a character \
             always types itself; other keys do what the field's layer binds. A fast `esc` then a key \
             reaches the TUI as one alt+key: where that alt+key is not bound, it is read as \
             `esc` and then the key.\n\n\
             The filter (`f`) lists the people for whom every word typed starts a word of \
             their name, an alias, their organisation, role, an interest or a tag (\"anna\" \
             lists Anna Rossi and Giovanni Annaro, not Valentina Santoro; \"climbing\" the \
             climbers), names first. The search (`/`) finds every word typed, anywhere in a \
             word, in one person's name, aliases, organisation, role, emails, phones, notes, \
             interests, tags, needs, offers or how you met, or in one record (a meeting's \
             summary and details, a ledger entry, a follow-up, a signal): names first, then \
             people's other fields, then history, newest first; each result says what \
             matched. Case and accents never matter, in either. While the query is typed, `up` \
             and `down` move the highlighted result and `enter` opens its person; `tab` leaves \
             the query for the results, where the person keys act on the highlighted one.\n",
        );
        for layer in Layer::ALL {
            md.push_str(&format!(
                "\n## {}\n\n{}.\n\n| key | action | what it does |\n|---|---|---|\n",
                layer.name(),
                layer.title()
            ));
            for (key, action) in self.layer(layer) {
                let name = serde_plain_name(action);
                md.push_str(&format!(
                    "| `{key}` | `{name}` | {} |\n",
                    action.describe_in(layer)
                ));
            }
        }
        md.push_str(CHANGES);
        md
    }
}

/// The snake_case name an action has in the config file.
pub fn serde_plain_name(action: Action) -> String {
    format!("{action:?}")
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let lower = c.to_ascii_lowercase();
            if c.is_ascii_uppercase() && i > 0 {
                vec!['_', lower]
            } else {
                vec![lower]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hints_name_a_plain_key_and_follow_a_rebinding() {
        let key = |t: &str| t.parse::<Key>().unwrap_or_else(|e| panic!("{e}"));
        let mut map = Keymap::default();
        map.bind(Layer::Global, key("ctrl-c"), Some(Action::Quit));
        map.bind(Layer::Global, key("q"), Some(Action::Quit));
        map.bind(Layer::Contacts, key("g"), Some(Action::Gave));
        assert_eq!(map.key_for(Layer::Contacts, Action::Quit), Some(key("q")));
        map.bind(Layer::Global, key("q"), None);
        assert_eq!(
            map.key_for(Layer::Review, Action::Quit),
            Some(key("ctrl-c"))
        );
        map.bind(Layer::Contacts, key("g"), None);
        map.bind(Layer::Contacts, key("+"), Some(Action::Gave));
        assert_eq!(map.key_for(Layer::Contacts, Action::Gave), Some(key("+")));
        assert_eq!(map.key_for(Layer::Ledger, Action::Gave), None);
        // Of `N`, `esc` and `n`, a hint names `n`.
        for k in ["N", "esc", "n"] {
            map.bind(Layer::Confirm, key(k), Some(Action::No));
        }
        assert_eq!(map.key_for(Layer::Confirm, Action::No), Some(key("n")));
    }

    #[test]
    fn keys_parse_and_print() {
        for text in [
            "q",
            "G",
            "?",
            "ctrl-c",
            "tab",
            "shift-tab",
            "esc",
            "pgdn",
            "f5",
            "alt-x",
            "space",
        ] {
            let key: Key = text.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(key.to_string(), text);
        }
        assert!("ctrl-".parse::<Key>().is_err());
        assert!("nope".parse::<Key>().is_err());
    }

    #[test]
    fn shift_is_folded_into_upper_case() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            Key::from_event(event),
            "G".parse::<Key>().unwrap_or_else(|e| panic!("{e}"))
        );
    }

    #[test]
    fn layers_fall_back_to_global() {
        let mut map = Keymap::default();
        let q: Key = "q".parse().unwrap_or_else(|e| panic!("{e}"));
        map.bind(Layer::Global, q, Some(Action::Quit));
        assert_eq!(map.resolve(Layer::Ledger, q), Some(Action::Quit));
        map.bind(Layer::Ledger, q, Some(Action::Help));
        assert_eq!(map.resolve(Layer::Ledger, q), Some(Action::Help));
        map.bind(Layer::Ledger, q, None);
        assert_eq!(map.resolve(Layer::Ledger, q), Some(Action::Quit));
    }

    /// One key, one meaning: a key bound on several screens (or on a
    /// screen and globally) does the same thing everywhere it is bound.
    #[test]
    fn every_default_key_means_one_thing_on_every_screen() {
        let keymap = crate::config::Config::defaults().keymap;
        let mut meaning = BTreeMap::new();
        for layer in Layer::SCREENS {
            for (key, action) in keymap.layer(layer) {
                if let Some((first, was)) = meaning.insert(key, (layer, action))
                    && was != action
                {
                    panic!(
                        "{key} means {was:?} on {} and {action:?} on {}",
                        first.name(),
                        layer.name()
                    );
                }
            }
        }
        assert!(meaning.len() > 50, "{}", meaning.len());
    }

    #[test]
    fn a_key_whose_action_moved_says_where() {
        let keymap = crate::config::Config::defaults().keymap;
        let key = |t: &str| t.parse::<Key>().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            keymap.moved(Layer::Contacts, key("d")),
            Some("delete is D now (d marks a review item done)")
        );
        assert_eq!(keymap.moved(Layer::Review, key("d")), None, "bound there");
        assert_eq!(keymap.moved(Layer::Contacts, key("z")), None, "never bound");
    }

    #[test]
    fn action_names_match_serde() {
        assert_eq!(serde_plain_name(Action::AskedBy), "asked_by");
        assert_eq!(serde_plain_name(Action::Quit), "quit");
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in "\\PC{0,12}") {
            let _ = s.parse::<Key>();
        }
    }
}
