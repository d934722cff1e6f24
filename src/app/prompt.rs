//! The text fields: the contact filter, history search, the command line and
//! the one-line capture forms behind single keys.

use super::{Action, Data};
use crate::domain::Id;
use crate::domain::resolve::{Candidate, Resolution, resolve};

/// What the open text field is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prompt {
    Filter,
    Search,
    /// A shell command line, without `givegive`.
    Command,
    /// A capture about one person: the typed text becomes the command's text.
    Capture {
        verb: Verb,
        who: Id,
        name: String,
    },
}

/// The capture verbs behind single keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Gave,
    Got,
    Asked,
    AskedBy,
    Met,
    FollowUp,
    Signal,
}

impl Verb {
    pub fn for_action(action: Action) -> Option<Verb> {
        Some(match action {
            Action::Gave => Verb::Gave,
            Action::Got => Verb::Got,
            Action::Asked => Verb::Asked,
            Action::AskedBy => Verb::AskedBy,
            Action::Met => Verb::Met,
            Action::FollowUp => Verb::FollowUp,
            Action::Signal => Verb::Signal,
            _ => return None,
        })
    }

    /// The shell command this verb runs.
    pub fn command(self) -> &'static str {
        match self {
            Verb::Gave => "gave",
            Verb::Got => "got",
            Verb::Asked => "asked",
            Verb::AskedBy => "asked-by",
            Verb::Met => "met",
            Verb::FollowUp => "follow-up",
            Verb::Signal => "signal",
        }
    }

    /// What the form asks for.
    pub fn hint(self) -> &'static str {
        match self {
            Verb::Gave => "what did you give? (--weight 3 --kind advice --open)",
            Verb::Got => "what did they give you? (--weight N --kind K)",
            Verb::Asked => "what did you ask of them? (--open if pending)",
            Verb::AskedBy => "what did they ask of you? (--open if pending)",
            Verb::Met => "what happened? (--details \"...\" --follow-up 3d --kind call)",
            Verb::FollowUp => "when and what? (friday send the deck)",
            Verb::Signal => "what was the warning sign?",
        }
    }
}

/// The command words for a capture form: the text typed up to the first
/// `--option` is the entry's text, the rest are options. For a follow-up the
/// first word is the date.
pub fn capture_words(verb: Verb, who: Id, typed: &str) -> Result<Vec<String>, String> {
    let (text, options) = match typed.find(" --") {
        Some(at) => (&typed[..at], &typed[at..]),
        None if typed.trim_start().starts_with("--") => ("", typed),
        None => (typed, ""),
    };
    let mut words = vec![verb.command().to_string(), who.0.to_string()];
    let text = text.trim();
    if text.is_empty() {
        return Err(format!("type {}", verb.hint()));
    }
    if verb == Verb::FollowUp {
        words.extend(text.split_whitespace().map(str::to_string));
    } else {
        words.push(text.to_string());
    }
    let options =
        shell_words::split(options).map_err(|e| format!("cannot read the options: {e}"))?;
    words.extend(options);
    Ok(words)
}

/// Completes the last word of a command line to the name it resolves to,
/// with the same rules as the shell (exact, whole words, prefixes, fuzzy),
/// quoted when it has spaces. An ambiguous or unknown word is left alone.
pub fn complete_name(line: &str, data: &Data) -> String {
    let start = line.rfind(' ').map_or(0, |i| i + 1);
    let (head, word) = line.split_at(start);
    let word = word.trim_matches('"');
    if word.trim().is_empty() {
        return line.to_string();
    }
    let candidates = data.people.iter().map(|p| Candidate {
        id: p.row.id,
        folded: &p.folded,
    });
    let Resolution::Found(id) = resolve(word, candidates) else {
        return line.to_string();
    };
    match data.people.iter().find(|p| p.row.id == id) {
        Some(p) if p.row.name.contains(' ') => format!("{head}\"{}\" ", p.row.name),
        Some(p) => format!("{head}{} ", p.row.name),
        None => line.to_string(),
    }
}
