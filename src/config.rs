//! The user's configuration: keybindings and colours, read from
//! `$XDG_CONFIG_HOME/givegive/config.toml` and laid over the defaults in
//! `assets/default-config.toml`, which are compiled in.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use serde::de::value::{Error as ValueError, StrDeserializer};

use crate::domain::draft::Template;
use crate::domain::review::Settings;
use crate::keymap::Action;
use crate::keymap::{Key, Keymap, Layer};

mod errors;
mod place;
mod theme;
pub use theme::Theme;

/// The defaults, shipped inside the binary.
pub const DEFAULTS: &str = include_str!("../assets/default-config.toml");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    keys: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    theme: BTreeMap<String, String>,
    #[serde(default)]
    review: Option<RawReview>,
    #[serde(default)]
    drafts: Option<RawDrafts>,
    #[serde(default)]
    backup: Option<RawBackup>,
    #[serde(default)]
    tui: Option<RawTui>,
    #[serde(default)]
    holder: Option<RawHolder>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolder {
    linger: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTui {
    mouse: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBackup {
    keep: Option<usize>,
    dir: Option<String>,
    recipients: Option<Vec<String>>,
}

/// How many daily backups to keep, and where.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    /// 0: no daily backups.
    pub keep: usize,
    /// `None`: next to the journal (see [`crate::store::backup_root`]).
    pub dir: Option<PathBuf>,
    /// age public keys the backups are sealed to; none: not sealed.
    pub recipients: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrafts {
    language: Option<String>,
    #[serde(default)]
    templates: BTreeMap<String, String>,
}

/// Which follow-up template to use, and any the user wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drafts {
    pub language: String,
    pub templates: BTreeMap<String, String>,
}

impl Default for Drafts {
    fn default() -> Drafts {
        Drafts {
            language: "en".into(),
            templates: BTreeMap::new(),
        }
    }
}

impl Drafts {
    /// The template for the configured language.
    pub fn template(&self) -> Template {
        Template::for_language(
            &self.language,
            self.templates.get(&self.language).map(String::as_str),
        )
        .or_else(|| Template::for_language("en", None))
        .unwrap_or_else(|| unreachable!("English always ships"))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReview {
    capacity: Option<usize>,
    signal_threshold: Option<usize>,
    fresh_days: Option<i64>,
    follow_up_days: Option<i64>,
    dates_ahead: Option<i64>,
    cadence: Option<RawCadence>,
}

/// Days per tier; 0 means no default cadence for that tier.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCadence {
    inner: Option<u16>,
    close: Option<u16>,
    active: Option<u16>,
    none: Option<u16>,
}

/// Keybindings, colours and review settings.
#[derive(Clone, Debug)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub review: Settings,
    pub drafts: Drafts,
    pub backup: Backup,
    /// Clicks select and the wheel scrolls; off, the terminal keeps the
    /// mouse (to select text for copying, say).
    pub mouse: bool,
    /// Seconds the journal's holder stays after its last command (see
    /// `crate::holder`); 0: no holder, each command opens the journal.
    pub linger: u64,
}

/// Where the user's config file lives.
pub fn user_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "givegive").map(|d| d.config_dir().join("config.toml"))
}

/// The warning for an `XDG_CONFIG_HOME` that is not an absolute path: the
/// XDG spec says to ignore it, and so givegive does, but silently a user
/// who set it believes their config is read (a trial's drafts stayed in
/// English so).
pub fn ignored_config_home() -> Option<String> {
    let home = std::env::var_os("XDG_CONFIG_HOME").filter(|h| !h.is_empty())?;
    if PathBuf::from(&home).is_absolute() {
        return None;
    }
    let read = user_config_path().map_or_else(|| "no config".into(), |p| p.display().to_string());
    Some(format!(
        "XDG_CONFIG_HOME '{}' is not an absolute path, so it is ignored (as the XDG spec says); \
         reading {read}",
        home.to_string_lossy()
    ))
}

impl Config {
    /// The built-in defaults alone.
    pub fn defaults() -> Config {
        let mut config = Config {
            keymap: Keymap::default(),
            theme: Theme::default(),
            review: Settings::default(),
            drafts: Drafts::default(),
            backup: Backup::default(),
            mouse: true,
            linger: 0,
        };
        // The defaults are part of the binary and covered by tests.
        if let Err(e) = config.apply(DEFAULTS, "built-in defaults", true) {
            unreachable!("the built-in configuration is invalid: {e}");
        }
        config
    }

    /// The defaults with the user's file (if it exists) laid over them.
    /// `no_color` turns every colour off, as NO_COLOR asks.
    pub fn load(path: Option<&Path>, no_color: bool) -> Result<Config, String> {
        Config::read(path, no_color, true)
    }

    /// The settings commands run with (review, drafts, backups, holder)
    /// from the user's file: its keys and colours are the TUI's, so a typo
    /// in `[keys.*]` or `[theme]` cannot stop `givegive review`.
    pub fn load_for_commands(path: Option<&Path>) -> Result<Config, String> {
        Config::read(path, false, false)
    }

    /// The settings a command runs with: the user's file for those that
    /// read it (a broken one is refused); for any other, the file when it
    /// reads, else the defaults and the file's mistake to show as a
    /// warning, so a broken file cannot stop a capture nor go unsaid, yet
    /// a capture confirms its day in the language spoken (`[drafts]
    /// language`: "due venerdì 11 dicembre").
    pub fn for_command(
        reads_config: bool,
        path: Option<&Path>,
    ) -> Result<(Config, Option<String>), String> {
        match (Config::load_for_commands(path), reads_config) {
            (Ok(config), _) => Ok((config, None)),
            (Err(e), true) => Err(e),
            (Err(e), false) => Ok((Config::defaults(), Some(e))),
        }
    }

    fn read(path: Option<&Path>, no_color: bool, tui: bool) -> Result<Config, String> {
        let mut config = Config::defaults();
        if let Some(path) = path.filter(|p| p.exists()) {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            config.apply(&text, &path.display().to_string(), tui)?;
        }
        if no_color {
            config.theme = Theme::plain();
        }
        Ok(config)
    }

    /// Lays `text` over the config; without `tui`, its keys and colours
    /// are not read. Every mistake is one line naming the file, the line
    /// and the setting (see [`errors`]).
    fn apply(&mut self, text: &str, origin: &str, tui: bool) -> Result<(), String> {
        let text = &if tui {
            text.to_string()
        } else {
            without_tui_tables(text)
        };
        let mut raw: RawConfig =
            toml::from_str(text).map_err(|e| errors::said(origin, text, &e))?;
        let at = |path: &[&str], what: String| errors::at(origin, text, path, &what);
        if !tui {
            raw.keys.clear();
            raw.theme.clear();
        }
        for (layer_name, bindings) in raw.keys {
            let layer = Layer::ALL
                .into_iter()
                .find(|l| l.name() == layer_name)
                .ok_or_else(|| {
                    let near = errors::nearest(&layer_name, Layer::ALL.iter().map(|l| l.name()))
                        .map(|n| format!("did you mean [keys.{n}]? "))
                        .unwrap_or_default();
                    let what =
                        format!("not a layer of keys ({near}the layers: {})", Layer::names());
                    errors::at_table(origin, text, &["keys", &layer_name], &what)
                })?;
            for (key_text, action_text) in bindings {
                let path = ["keys", &layer_name, &key_text];
                let key: Key = key_text.parse().map_err(|e| at(&path, e))?;
                let action = match action_text.as_str() {
                    "none" => None,
                    _ => Some(action(&action_text).map_err(|e| at(&path, e))?),
                };
                self.keymap.bind(layer, key, action);
            }
        }
        if let Some(t) = raw.tui {
            self.mouse = t.mouse.unwrap_or(self.mouse);
        }
        if let Some(h) = raw.holder {
            self.linger = h.linger.unwrap_or(self.linger);
        }
        if let Some(d) = raw.drafts {
            if let Some(language) = d.language {
                if Template::for_language(&language, None).is_none() {
                    let what = format!(
                        "\"{language}\" is not a language drafts are written in (en or it)"
                    );
                    return Err(at(&["drafts", "language"], what));
                }
                self.drafts.language = language;
            }
            self.drafts.templates.extend(d.templates);
        }
        if let Some(r) = raw.review {
            let s = &mut self.review;
            s.capacity = r.capacity.unwrap_or(s.capacity);
            s.signal_threshold = r.signal_threshold.unwrap_or(s.signal_threshold);
            s.fresh_days = r.fresh_days.unwrap_or(s.fresh_days);
            s.follow_up_days = r.follow_up_days.unwrap_or(s.follow_up_days);
            s.dates_ahead = r.dates_ahead.unwrap_or(s.dates_ahead);
            if let Some(c) = r.cadence {
                let days =
                    |v: Option<u16>, old: Option<u16>| v.map_or(old, |d| (d > 0).then_some(d));
                s.cadence_inner = days(c.inner, s.cadence_inner);
                s.cadence_close = days(c.close, s.cadence_close);
                s.cadence_active = days(c.active, s.cadence_active);
                s.cadence_none = days(c.none, s.cadence_none);
            }
            s.silencing()
                .map_err(|(key, what)| at(&["review", key], what))?;
        }
        if let Some(b) = raw.backup {
            self.backup.keep = b.keep.unwrap_or(self.backup.keep);
            if let Some(dir) = b.dir {
                self.backup.dir = expand_home(&dir);
            }
            if let Some(keys) = b.recipients {
                crate::seal::recipients(&keys)
                    .map_err(|e| at(&["backup", "recipients"], e.to_string()))?;
                self.backup.recipients = keys;
            }
        }
        for (name, value) in raw.theme {
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
                    return Err(at(&["theme", &name], what));
                }
            };
            let color: Color = value.parse().map_err(|_| {
                let what = format!("\"{value}\" is not a colour ({})", theme::COLOURS);
                at(&["theme", &name], what)
            })?;
            *slot = Some(color);
        }
        Ok(())
    }
}

/// The action named `text`, or what is wrong with it: the nearest action
/// and every action's name (serde's list of them, so none is missed).
fn action(text: &str) -> Result<Action, String> {
    Action::deserialize(StrDeserializer::<ValueError>::new(text)).map_err(|e| {
        let e = e.to_string();
        let names: Vec<&str> = e.split('`').skip(1).step_by(2).skip(1).collect();
        let near = errors::nearest(text, names.iter().copied())
            .map(|n| format!("did you mean {n}? "))
            .unwrap_or_default();
        format!(
            "\"{text}\" is not an action ({near}the actions: {}; or none to free the key)",
            names.join(", ")
        )
    })
}

/// A configured directory, with a leading `~/` taken as the home directory;
/// empty means none.
fn expand_home(dir: &str) -> Option<PathBuf> {
    if dir.is_empty() {
        return None;
    }
    match (dir.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(base)) => Some(base.home_dir().join(rest)),
        _ => Some(PathBuf::from(dir)),
    }
}

/// `text` with its `[keys.*]` and `[theme]` tables blanked, line for
/// line: what only the TUI reads, so that no mistake there, even a value
/// of the wrong kind (`"ctrl-s" = 3`), stops a command, and every other
/// mistake keeps its line number.
fn without_tui_tables(text: &str) -> String {
    let mut skipping = false;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let head = line.trim_start();
        if let Some(name) = head.strip_prefix('[') {
            let name: String = name
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .chars()
                .filter(|c| !matches!(c, '"' | '\'' | ' ' | '\t'))
                .collect();
            skipping = name == "theme" || name == "keys" || name.starts_with("keys.");
        }
        if !skipping {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
