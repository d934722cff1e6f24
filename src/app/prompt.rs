//! The one-line text fields: the contact filter, history search and the
//! command line, with name completion.

use super::Data;
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
