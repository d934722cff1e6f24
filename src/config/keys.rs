//! The TUI's tables of a config file, `[keys.*]` and `[theme]`: a key
//! or an action misspelt gets the nearest real one, and an action the
//! closest few of those that mean something in its table (not every
//! action of the program: `givegive config` lists them all).

use std::collections::BTreeMap;

use ratatui::style::Color;
use serde::Deserialize;
use serde::de::value::{Error as ValueError, StrDeserializer};

use super::errors::{self, Mistake};
use super::{Config, DEFAULTS, theme};
use crate::keymap::{Action, Key, Layer, key_names};

/// How many of a table's actions an unknown action's message names.
const CLOSEST: usize = 4;

impl Config {
    /// Binds the file's `[keys.*]`; the mistakes of those that do not read.
    pub(super) fn keys(
        &mut self,
        keys: BTreeMap<String, BTreeMap<String, String>>,
        origin: &str,
        text: &str,
    ) -> Vec<Mistake> {
        let mut mistakes = Vec::new();
        for (layer_name, bindings) in keys {
            let Some(layer) = Layer::ALL.into_iter().find(|l| l.name() == layer_name) else {
                let near = errors::nearest(&layer_name, Layer::ALL.iter().map(|l| l.name()))
                    .map(|n| format!("did you mean [keys.{n}]? "))
                    .unwrap_or_default();
                let what = format!("not a layer of keys ({near}the layers: {})", Layer::names());
                let path = ["keys", layer_name.as_str()];
                mistakes.push(errors::at_table(origin, text, &path, &what));
                continue;
            };
            for (key_text, action_text) in bindings {
                let path = ["keys", &layer_name, &key_text];
                let bound = key_text.parse::<Key>().map_err(|e| key_said(&key_text, e));
                let action = match action_text.as_str() {
                    "none" => Ok(None),
                    _ => action(&action_text, layer).map(Some),
                };
                match (bound, action) {
                    (Ok(key), Ok(action)) => self.keymap.bind(layer, key, action),
                    (Err(e), _) | (_, Err(e)) => {
                        mistakes.push(errors::at(origin, text, &path, &e));
                    }
                }
            }
        }
        mistakes
    }

    /// Sets the file's `[theme]` colours; the mistakes of those that do not
    /// read.
    pub(super) fn colours(
        &mut self,
        theme: BTreeMap<String, String>,
        origin: &str,
        text: &str,
    ) -> Vec<Mistake> {
        let mut mistakes = Vec::new();
        for (name, value) in theme {
            let at = |what: String| errors::at(origin, text, &["theme", &name], &what);
            let slot = match name.as_str() {
                "accent" => &mut self.theme.accent,
                "give" => &mut self.theme.give,
                "ask" => &mut self.theme.ask,
                "warning" => &mut self.theme.warning,
                "muted" => &mut self.theme.muted,
                "highlight" => &mut self.theme.highlight,
                _ => {
                    let near = errors::nearest(&name, theme::ROLES.into_iter())
                        .map(|n| format!("did you mean {n}? "))
                        .unwrap_or_default();
                    let roles = theme::ROLES.join(", ");
                    let what = format!("not a theme colour ({near}the colours: {roles})");
                    mistakes.push(at(what));
                    continue;
                }
            };
            match value.parse::<Color>() {
                Ok(color) => *slot = Some(color),
                Err(_) => {
                    mistakes.push(at(theme::not_a_colour(&value)));
                }
            }
        }
        mistakes
    }
}

/// What `'ctlr-s' is not a key` says: the key meant when a modifier or a
/// key's name is misspelt (`ctlr-s`, `pgdown`), else `error`.
pub(super) fn key_said(text: &str, error: String) -> String {
    match key_near(text) {
        Some(key) => format!("'{text}' is not a key (did you mean {key}?)"),
        None => error,
    }
}

/// `text` with each modifier and the key's name put right, when that
/// makes a key.
fn key_near(text: &str) -> Option<String> {
    const F_KEYS: [&str; 12] = [
        "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12",
    ];
    let mut parts: Vec<&str> = text.split('-').collect();
    let base = parts.pop().filter(|b| !b.is_empty())?;
    let mut near: Vec<&str> = parts
        .iter()
        .map(|m| errors::nearest(m, ["ctrl", "alt", "shift"].into_iter()))
        .collect::<Option<_>>()?;
    near.push(match base.parse::<Key>() {
        Ok(_) => base,
        Err(_) => errors::nearest(base, key_names().chain(F_KEYS))?,
    });
    let near = near.join("-");
    (near != text && near.parse::<Key>().is_ok()).then_some(near)
}

/// The action named `text` for `layer`, or what is wrong with it: the
/// nearest action and the closest few of those that act in the layer.
pub(super) fn action(text: &str, layer: Layer) -> Result<Action, String> {
    Action::deserialize(StrDeserializer::<ValueError>::new(text)).map_err(|_| {
        let here = layer_actions(layer);
        let every = action_names();
        let near = errors::nearest(text, here.iter().map(String::as_str))
            .or_else(|| errors::nearest(text, every.iter().map(String::as_str)))
            .map(|n| format!("did you mean {n}? "))
            .unwrap_or_default();
        let mut closest: Vec<&str> = here.iter().map(String::as_str).collect();
        closest.sort_by_key(|n| strsim::damerau_levenshtein(text, n));
        let more = match closest.len() > CLOSEST {
            true => ", …",
            false => "",
        };
        closest.truncate(CLOSEST);
        format!(
            "\"{text}\" is not an action ({near}[keys.{}] takes {}{more}; givegive config lists them all; none frees the key)",
            layer.name(),
            closest.join(", ")
        )
    })
}

/// Every action's name (serde's list of them, so none is missed).
pub(super) fn action_names() -> Vec<String> {
    let Err(e) = Action::deserialize(StrDeserializer::<ValueError>::new("")) else {
        return Vec::new();
    };
    let e = e.to_string();
    e.split('`')
        .skip(1)
        .step_by(2)
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// The actions that mean something in `layer`: those the defaults bind
/// there, and those of the layer under it that act there too (under a
/// screen, the global keys).
fn layer_actions(layer: Layer) -> Vec<String> {
    let Ok(defaults) = toml::from_str::<toml::Table>(DEFAULTS) else {
        return Vec::new();
    };
    let bound = |l: Layer| -> Vec<String> {
        defaults
            .get("keys")
            .and_then(|k| k.get(l.name()))
            .and_then(toml::Value::as_table)
            .map(|t| {
                t.values()
                    .filter_map(toml::Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let under = layer.fallback().map(bound).unwrap_or_default();
    let takes = |name: &String| {
        Action::deserialize(StrDeserializer::<ValueError>::new(name))
            .is_ok_and(|a| layer.takes_from_under(a))
    };
    let mut all: Vec<String> = Vec::new();
    for name in bound(layer)
        .into_iter()
        .chain(under.into_iter().filter(takes))
    {
        if !all.contains(&name) {
            all.push(name);
        }
    }
    all
}
