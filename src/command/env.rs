//! What a command runs with besides the journal: the day, the config, who
//! is at the terminal, what undo will call the change, how to ask for a
//! passphrase.

use age::secrecy::SecretString;
use chrono::NaiveDate;

use crate::config::Config;
use crate::domain::draft::Surface;

/// Asks the person for a passphrase (twice when sealing, so a typo cannot
/// lock the file); front ends without a terminal refuse.
pub type AskPassphrase<'a> = &'a dyn Fn(bool) -> Result<SecretString, String>;

/// What a command runs with besides the journal.
pub struct Env<'a> {
    /// The day relative dates and "today" mean.
    pub today: NaiveDate,
    /// Review settings, draft templates, backups.
    pub config: &'a Config,
    /// Whether the person is at this terminal (a progress bar may show).
    pub interactive: bool,
    /// What `undo` will call the change: the command as the person would
    /// type it.
    pub label: String,
    pub passphrase: AskPassphrase<'a>,
    /// Where what it says is read: a note names that surface's way of
    /// doing what it asks (keys in the TUI, commands in the shell).
    pub surface: Surface,
}

impl<'a> Env<'a> {
    /// What a command runs with where nobody can be asked anything (the
    /// TUI, a forwarded capture, the demo); the shell adds its terminal.
    /// `label` is what `undo` will call the change (`words::label`).
    pub fn unattended(today: NaiveDate, config: &'a Config, label: String) -> Env<'a> {
        Env {
            today,
            config,
            interactive: false,
            label,
            passphrase: &Env::no_passphrase,
            surface: Surface::Shell,
        }
    }

    /// A day a command confirms, weekday first: "Friday 11 December", so a
    /// day read from words ("venerdì prossimo", "dec 24") is seen, not
    /// summed. In English, as every other word givegive says to you (trial
    /// 26w4: "due venerdì 11 dicembre" beside an English refusal);
    /// `[drafts] language` is the language of what you send.
    pub(crate) fn day(&self, date: NaiveDate) -> String {
        crate::domain::draft::Language::English.weekday_date(date, self.today)
    }

    /// A day to come (a follow-up due, a snooze's end), the one rule for
    /// every such day a command says: [`Env::day`] after "today" or
    /// "tomorrow" when it is one ("follow-up due today, Monday 7
    /// December (#133)").
    pub(crate) fn due_day(&self, date: NaiveDate) -> String {
        crate::domain::draft::Language::English.day_to_come(date, self.today)
    }

    /// A passphrase asker for front ends with no terminal of their own.
    pub fn no_passphrase(_twice: bool) -> Result<SecretString, String> {
        if let Some(p) = passphrase_from_env()? {
            return Ok(p);
        }
        Err(
            "a passphrase is typed in the shell: run the command there, or set GIVEGIVE_PASSPHRASE"
                .into(),
        )
    }
}

/// The passphrase in GIVEGIVE_PASSPHRASE, if set.
pub fn passphrase_from_env() -> Result<Option<SecretString>, String> {
    match std::env::var_os("GIVEGIVE_PASSPHRASE").filter(|p| !p.is_empty()) {
        Some(p) => p
            .into_string()
            .map(|p| Some(SecretString::from(p)))
            .map_err(|_| "GIVEGIVE_PASSPHRASE is not UTF-8".to_string()),
        None => Ok(None),
    }
}
