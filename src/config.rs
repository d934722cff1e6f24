//! The user's configuration: keybindings and colours, read from
//! `$XDG_CONFIG_HOME/givegive/config.toml` and laid over the defaults in
//! `assets/default-config.toml`, which are compiled in.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::draft::Template;
use crate::domain::review::Settings;
use crate::keymap::Keymap;

mod errors;
mod keys;
mod place;
mod theme;
use errors::Mistake;
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
        if let Some(m) = config.apply(DEFAULTS, "built-in defaults", true).first() {
            unreachable!("the built-in configuration is invalid: {}", m.said);
        }
        config
    }

    /// The defaults with the user's file (if it exists) laid over them,
    /// refused with every mistake in it, one a line, in the file's order.
    /// `no_color` turns every colour off, as NO_COLOR asks.
    pub fn load(path: Option<&Path>, no_color: bool) -> Result<Config, String> {
        let (config, mistakes) = Config::read(path, no_color, true);
        match mistakes.is_empty() {
            true => Ok(config),
            false => Err(lines(&mistakes)),
        }
    }

    /// The settings commands run with (review, drafts, backups, holder):
    /// every one the user's file sets right, the defaults for the rest
    /// (its keys and colours are the TUI's and not read). For the day's
    /// backup, which goes on whatever the file says; the command says the
    /// file's mistakes.
    pub fn load_for_commands(path: Option<&Path>) -> Config {
        Config::read(path, false, false).0
    }

    /// The settings a command runs with, given the tables of the file it
    /// reads (`[review]` for the review, `[drafts]` for a draft): a mistake
    /// there, or a file that is not TOML, refuses it with every mistake
    /// of the file; a mistake elsewhere is only a warning to show, so a
    /// typo in `[drafts]` cannot stop the review, nor a broken file a
    /// capture, yet a capture confirms its day in the language spoken
    /// (`[drafts] language`: "due venerdì 11 dicembre").
    pub fn for_command(
        reads: &[&str],
        path: Option<&Path>,
    ) -> Result<(Config, Option<String>), String> {
        let (config, mistakes) = Config::read(path, false, false);
        let stops = |m: &Mistake| m.table.as_deref().is_none_or(|t| reads.contains(&t));
        match (
            mistakes.is_empty(),
            !reads.is_empty() && mistakes.iter().any(stops),
        ) {
            (true, _) => Ok((config, None)),
            (false, true) => Err(lines(&mistakes)),
            (false, false) => Ok((config, Some(lines(&mistakes)))),
        }
    }

    fn read(path: Option<&Path>, no_color: bool, tui: bool) -> (Config, Vec<Mistake>) {
        let mut config = Config::defaults();
        let mut mistakes = Vec::new();
        if let Some(path) = path.filter(|p| p.exists()) {
            match std::fs::read_to_string(path) {
                Ok(text) => mistakes = config.apply(&text, &path.display().to_string(), tui),
                Err(e) => mistakes.push(Mistake {
                    line: None,
                    table: None,
                    said: errors::unreadable(&path.display().to_string(), &e),
                }),
            }
        }
        if no_color {
            config.theme = Theme::plain();
        }
        (config, mistakes)
    }

    /// Lays every setting of `text` that reads over the config (without
    /// `tui`, its keys and colours are not read) and returns the mistakes,
    /// all of them, in the file's order: each one line naming the file,
    /// the line and the setting (see [`errors`]), its setting left as it
    /// was.
    fn apply(&mut self, text: &str, origin: &str, tui: bool) -> Vec<Mistake> {
        let text = &if tui {
            text.to_string()
        } else {
            without_tui_tables(text)
        };
        let (text, raw, mut mistakes) = read_raw(text, origin);
        let text = &text;
        let at = |path: &[&str], what: String| errors::at(origin, text, path, &what);
        if tui {
            mistakes.extend(self.keys(raw.keys, origin, text));
            mistakes.extend(self.colours(raw.theme, origin, text));
        }
        if let Some(t) = raw.tui {
            self.mouse = t.mouse.unwrap_or(self.mouse);
        }
        if let Some(h) = raw.holder {
            self.linger = h.linger.unwrap_or(self.linger);
        }
        if let Some(d) = raw.drafts {
            match d.language {
                Some(language) if Template::for_language(&language, None).is_none() => {
                    let what = format!(
                        "\"{language}\" is not a language drafts are written in (en or it)"
                    );
                    mistakes.push(at(&["drafts", "language"], what));
                }
                Some(language) => self.drafts.language = language,
                None => {}
            }
            self.drafts.templates.extend(d.templates);
        }
        if let Some(r) = raw.review {
            let mut s = self.review.clone();
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
            match s.silencing() {
                Ok(()) => self.review = s,
                Err((key, what)) => mistakes.push(at(&["review", key], what)),
            }
        }
        if let Some(b) = raw.backup {
            self.backup.keep = b.keep.unwrap_or(self.backup.keep);
            if let Some(dir) = b.dir {
                self.backup.dir = expand_home(&dir);
            }
            if let Some(keys) = b.recipients {
                match crate::seal::recipients(&keys) {
                    Ok(_) => self.backup.recipients = keys,
                    Err(e) => mistakes.push(at(&["backup", "recipients"], e.to_string())),
                }
            }
        }
        mistakes.sort_by_key(|m| m.line.unwrap_or(usize::MAX));
        mistakes
    }
}

/// Mistakes as said: one a line.
fn lines(mistakes: &[Mistake]) -> String {
    let said: Vec<&str> = mistakes.iter().map(|m| m.said.as_str()).collect();
    said.join("\n")
}

/// A config's mistakes (one a line, as [`Config::load`] and
/// [`Config::for_command`] give them) as givegive writes them on stderr:
/// each on a line of its own, after "givegive: ".
pub fn on_stderr(said: &str) -> String {
    said.lines().map(|l| format!("givegive: {l}\n")).collect()
}

/// Mistakes a command went on without (a typo in `[drafts]` while running
/// `review`, as [`Config::for_command`] gives them), as givegive writes
/// them on stderr: each a warning, saying the command `name` went on
/// (trial 28d: they read exactly like the error that stops another).
pub fn warnings(said: &str, name: &str) -> String {
    said.lines()
        .map(|l| format!("givegive: warning: {l} ({name} went on without it)\n"))
        .collect()
}

/// The file's settings as givegive takes them, and the mistakes of those
/// it cannot take: each such setting is taken out and the rest read again,
/// so that one mistake does not hide the next.
/// A line toml cannot read (`language = it`) is one such setting: blanked,
/// the file is read again, lines keeping their numbers; the text read is
/// returned, for the mistakes found after to be placed in it.
fn read_raw(text: &str, origin: &str) -> (String, RawConfig, Vec<Mistake>) {
    let mut text = text.to_string();
    let mut mistakes = Vec::new();
    while let Err(e) = toml::from_str::<toml::Table>(&text) {
        let mut mistake = errors::said(origin, &text, &e);
        let Some(line) = mistake.line.and_then(|n| place::one_line_setting(&text, n)) else {
            return (text, RawConfig::default(), vec![mistake]);
        };
        mistake.table = place::table_above(&text, line);
        mistakes.push(mistake);
        text = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| if i + 1 == line { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n");
    }
    let (raw, more) = read_settings(&text, origin);
    mistakes.extend(more);
    (text, raw, mistakes)
}

/// [`read_raw`] of a file that is TOML.
fn read_settings(text: &str, origin: &str) -> (RawConfig, Vec<Mistake>) {
    let Ok(mut tree) = toml::de::DeTable::parse(text) else {
        return (RawConfig::default(), Vec::new());
    };
    let mut mistakes = Vec::new();
    loop {
        match RawConfig::deserialize(toml::de::Deserializer::from(tree.clone())) {
            Ok(raw) => return (raw, mistakes),
            Err(e) => {
                mistakes.push(errors::said(origin, text, &e));
                let path = e.span().and_then(|s| place::path_at(text, s.start));
                // Each turn takes one setting out, so the reading ends.
                if !path.is_some_and(|(path, _)| place::prune(tree.get_mut(), &path)) {
                    return (RawConfig::default(), mistakes);
                }
            }
        }
    }
}

/// A configured directory, with a leading `~/` taken as the home directory;
/// empty means none. Also a journal's path: `GIVEGIVE_DB="~/journal"`,
/// quoted in a profile, is no folder named `~` (trial 28f).
pub(crate) fn expand_home(dir: &str) -> Option<PathBuf> {
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
#[path = "config/mistakes_tests.rs"]
mod mistakes_tests;
#[cfg(test)]
mod tests;
