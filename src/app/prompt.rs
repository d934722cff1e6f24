//! The one-line text fields: the contact filter, history search and the
//! command line, with name completion.

use tui_input::{Input, InputRequest};

use super::{Data, Effect, Overlay};
use crate::command::Command;
use crate::domain::Id;
use crate::domain::resolve::{Candidate, Resolution, resolve};

/// What the open text field is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prompt {
    Filter,
    Search,
    /// A shell command line, without `givegive`.
    Command,
}

/// Completes the last word of a command line to the name it resolves to,
/// with the same rules as the shell (exact, whole words, prefixes, fuzzy),
/// quoted when it has spaces. An ambiguous or unknown word is left alone,
/// and the error says why, so `tab` is never silent: "2 fit: Luigi Serra,
/// Luisa Ferraro".
pub fn complete_name(line: &str, data: &Data) -> Result<String, String> {
    let start = line.rfind(' ').map_or(0, |i| i + 1);
    let (head, word) = line.split_at(start);
    let word = word.trim_matches('"');
    if word.trim().is_empty() {
        return Ok(line.to_string());
    }
    let candidates = data.people.iter().map(|p| Candidate {
        id: p.row.id,
        folded: &p.folded,
    });
    let name = |id: Id| data.people.iter().find(|p| p.row.id == id);
    match resolve(word, candidates) {
        Resolution::Found(id) => Ok(match name(id) {
            Some(p) if p.row.name.contains(' ') => format!("{head}\"{}\" ", p.row.name),
            Some(p) => format!("{head}{} ", p.row.name),
            None => line.to_string(),
        }),
        Resolution::Ambiguous(ids) => {
            let names: Vec<String> = ids
                .iter()
                .filter_map(|id| name(*id).map(|p| p.row.name.to_string()))
                .collect();
            Err(format!("{} fit: {}", names.len(), names.join(", ")))
        }
        Resolution::NotFound => Err(format!("nobody fits '{word}'")),
    }
}

/// `request` applied to a field whose whole text is selected, as a text
/// box does: a character replaces the text, a deletion takes all of it, a
/// move keeps it and ends the selection.
pub(super) fn replacing(mut input: Input, request: InputRequest) -> Input {
    match request {
        InputRequest::InsertChar(_) => {
            input = Input::default();
            input.handle(request);
            input
        }
        InputRequest::DeletePrevChar
        | InputRequest::DeleteNextChar
        | InputRequest::DeletePrevWord
        | InputRequest::DeleteNextWord
        | InputRequest::DeleteLine
        | InputRequest::DeleteTillEnd
        | InputRequest::DeleteFromStart => Input::default(),
        InputRequest::SetCursor(_)
        | InputRequest::GoToPrevChar
        | InputRequest::GoToNextChar
        | InputRequest::GoToPrevWord
        | InputRequest::GoToNextWord
        | InputRequest::GoToStart
        | InputRequest::GoToEnd
        | InputRequest::Yank => {
            input.handle(request);
            input
        }
    }
}

impl Prompt {
    /// What is wrong with the line typed so far, said while it is typed: a
    /// command line with a quote left open cannot be read.
    pub(crate) fn problem(&self, line: &str) -> Option<String> {
        match self {
            Prompt::Command => words(line).err().map(|e| format!("cannot read that: {e}")),
            Prompt::Filter | Prompt::Search => None,
        }
    }
}

/// A line split into words as a shell would: quotes keep spaces, and an
/// unquoted word that is `~` or starts with `~/` starts in the home folder.
pub(crate) fn words(line: &str) -> Result<Vec<String>, shell_words::ParseError> {
    let Some(home) = home_folder() else {
        return shell_words::split(line);
    };
    let home = shell_words::quote(&home).into_owned();
    let mut out = String::with_capacity(line.len());
    let (mut quote, mut escaped, mut word_start) = (None, false, true);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let at_start = std::mem::replace(&mut word_start, false);
        match c {
            _ if escaped => escaped = false,
            '\\' if quote != Some('\'') => escaped = true,
            '\'' | '"' if quote == Some(c) => quote = None,
            '\'' | '"' if quote.is_none() => quote = Some(c),
            _ if quote.is_none() && c.is_whitespace() => word_start = true,
            '~' if quote.is_none()
                && at_start
                && chars.peek().is_none_or(|n| *n == '/' || n.is_whitespace()) =>
            {
                out.push_str(&home);
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    shell_words::split(&out)
}

/// `path` with a leading `~` (alone or before `/`) made the home folder,
/// as a shell does; anything else (`~anna`, a `~` inside) as it is.
pub(crate) fn home(path: &str) -> String {
    match (path.strip_prefix('~'), home_folder()) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
            format!("{home}{rest}")
        }
        _ => path.to_string(),
    }
}

/// The home folder, without a trailing `/` unless it is the root.
fn home_folder() -> Option<String> {
    let home = std::env::var_os("HOME")?;
    let home = home.to_string_lossy();
    match home.trim_end_matches('/') {
        "" if home.is_empty() => None,
        "" => Some("/".into()),
        trimmed => Some(trimmed.to_string()),
    }
}

impl super::App {
    /// Runs a typed command, except that a person is removed only once
    /// asked, as with the delete key.
    pub(super) fn run_or_ask(&mut self, command: Command, json: bool) -> Vec<Effect> {
        match self.asks_before_removing(&command) {
            Some(ask) => {
                self.overlay = Some(ask);
                Vec::new()
            }
            None => vec![Effect::Run { command, json }],
        }
    }

    /// The confirmation a removal of a person asks for, whichever way it
    /// was typed (`:rm 5`, `:rm anna`, a name picked after an ambiguous
    /// one): the same as the delete key's. Other removals take one record,
    /// and go ahead.
    fn asks_before_removing(&self, command: &Command) -> Option<Overlay> {
        let Command::Remove { target } = command else {
            return None;
        };
        let target = target.trim();
        let id = match Id::parse_strict(target) {
            Some(id) => id,
            None => {
                let candidates = self.data.people.iter().map(|p| Candidate {
                    id: p.row.id,
                    folded: &p.folded,
                });
                match resolve(target, candidates) {
                    Resolution::Found(id) => id,
                    Resolution::Ambiguous(_) | Resolution::NotFound => return None,
                }
            }
        };
        let person = self.data.people.iter().find(|p| p.row.id == id)?;
        Some(Overlay::Confirm {
            id,
            label: format!("{} and their history", person.row.name),
        })
    }
}
