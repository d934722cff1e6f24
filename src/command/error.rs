//! Why a command did nothing, as data a front end can act on.

use serde::{Deserialize, Serialize};

use crate::domain::Id;
use crate::journal::JournalError;

/// Why a command did nothing, as data: a name that fits several people
/// comes back with them, so a front end can offer the choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum CommandError {
    #[error("{message}")]
    Ambiguous {
        query: String,
        /// The people who fit, best first.
        candidates: Vec<(Id, String)>,
        message: String,
    },
    /// One line for the person.
    #[error("{0}")]
    Failed(String),
}

impl From<JournalError> for CommandError {
    fn from(e: JournalError) -> CommandError {
        let message = e.to_string();
        match e {
            JournalError::Ambiguous {
                query, candidates, ..
            } => CommandError::Ambiguous {
                query,
                candidates,
                message,
            },
            other => CommandError::Failed(one_line(&other)),
        }
    }
}

impl From<anyhow::Error> for CommandError {
    fn from(e: anyhow::Error) -> CommandError {
        match e.downcast::<JournalError>() {
            Ok(je) => je.into(),
            Err(e) => CommandError::Failed(one_line(e.as_ref())),
        }
    }
}

impl From<std::io::Error> for CommandError {
    fn from(e: std::io::Error) -> CommandError {
        CommandError::Failed(one_line(&e))
    }
}

pub(super) fn refused(text: impl Into<String>) -> CommandError {
    CommandError::Failed(text.into())
}

/// An error and its causes on one line, without repeating a cause the
/// message already includes. Messages may quote a file's bytes (a field
/// name a parser did not expect), so they are made inert.
pub fn one_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(err);
    while let Some(e) = cause {
        let text = crate::domain::text::inert(&e.to_string()).replace('\n', " ");
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        cause = e.source();
    }
    line
}
