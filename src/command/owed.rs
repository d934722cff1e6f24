//! After a follow-up is marked done: the line of the person's review only a
//! give of mine ends ("you asked more", "give back"), said with how to
//! record one. A follow-up's words may promise a give ("send Marco the two
//! firmware leads"), but done only says it happened, not what it was: the
//! journal does not guess a give from them, so a line that stays would read
//! as untrue to someone who just sent something. Said once here, for the
//! shell and the TUI alike (`docs/review.md`, "What done does").

use super::{CommandError, Env, Who};
use crate::domain::Id;
use crate::domain::draft::{Language, first_name, promised};
use crate::domain::review::Reason;
use crate::journal::Journal;

/// A line only a give ends, still in someone's review after a follow-up of
/// theirs was done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StillOwed {
    pub contact: Id,
    /// Their name, as the review shows it.
    pub name: String,
    /// The line, without its advice: "you asked more (5) than you gave (0)".
    pub line: String,
    /// The line as the review shows it (with its advice, "give something
    /// first"), and what of it stays when how to give is said beside it.
    pub shown: String,
    plain: String,
    /// `gave WHO THING` as the shell takes it: who resolves to them alone,
    /// the thing is what the follow-up said it would send, or a blank to
    /// fill.
    pub gave: String,
    /// What the follow-up promised to send ("the flat-hunting links"),
    /// when no line stays: a promise kept is help given, and done records
    /// no give, so how to record one is said even then.
    kept: Option<String>,
}

impl StillOwed {
    /// "if you sent Marco something, `how`": the journal knows no
    /// pronouns, so the name.
    pub fn how(&self, how: &str) -> String {
        let thing = self.kept.as_deref().unwrap_or("something");
        format!("if you sent {} {thing}, {how}", first_name(&self.name))
    }

    /// The whole sentence, with `how` to record a give.
    pub fn said(&self, how: &str) -> String {
        if self.line.is_empty() {
            return self.how(how);
        }
        format!(
            "{}'s review line stays: {}; {}",
            self.name,
            self.line,
            self.how(how)
        )
    }

    /// `status` told with how to record a give: where it already shows
    /// the line (where the person went), how takes the place of the
    /// line's advice, so it stays on the status line's rows at 80 columns;
    /// else the whole sentence after it.
    pub fn told(&self, status: &str, how: &str) -> String {
        match !self.shown.is_empty() && status.contains(&self.shown) {
            true => status.replacen(
                &self.shown,
                &format!("{} · {}", self.plain, self.how(how)),
                1,
            ),
            false if status.is_empty() => self.said(how),
            false => format!("{status} · {}", self.said(how)),
        }
    }

    /// As the shell prints it.
    pub fn shell(&self) -> String {
        self.said(&format!("`givegive {}` records it", self.gave))
    }
}

/// The line only a give ends that `contact` still shows in today's review
/// (not set aside), the most urgent first.
pub(super) fn still_owed(
    journal: &Journal,
    env: &Env<'_>,
    contact: Id,
    follow_up: &str,
) -> Result<Option<StillOwed>, CommandError> {
    let lines = journal.review_lines_of(contact, &env.config.review, env.today)?;
    let name = journal.name_of(contact)?;
    let first = first_name(&name);
    let found = lines
        .iter()
        .filter(|(_, hidden)| !hidden)
        .find_map(|(r, _)| match r {
            Reason::OneSided { my_asks, my_gives } => {
                crate::domain::balance::asked_more(*my_asks, *my_gives)
                    .map(|line| (line.clone(), r.explain(&name), line))
            }
            // "Marco gave you …": by the first name, the sentence names them.
            Reason::ReciprocityOwed { .. } => {
                Some((r.explain(first), r.explain(&name), r.explain(&name)))
            }
            _ => None,
        });
    let who = [first.to_lowercase(), name.clone()]
        .into_iter()
        .find(|w| {
            journal
                .who(&Who::Typed(w.clone()))
                .is_ok_and(|id| id == contact)
        })
        .unwrap_or_else(|| contact.0.to_string());
    // Only what the follow-up names as it stands ("the two firmware
    // leads"), never its words turned for a message ("your slides").
    let promise = [Language::English, Language::Italian]
        .into_iter()
        .find_map(|lang| promised(follow_up, &name, lang))
        .filter(|t| follow_up.contains(t.as_str()));
    let thing = match &promise {
        Some(t) if !t.contains(['"', '$', '`', '\\', '!']) => format!("\"{t}\""),
        Some(t) => shell_words::quote(t).into_owned(),
        None => "\"...\"".into(),
    };
    // No line stays: said only for a promise kept, with what it sent.
    let (line, shown, plain, kept) = match (found, promise) {
        (Some((line, shown, plain)), _) => (line, shown, plain, None),
        (None, Some(t)) => (String::new(), String::new(), String::new(), Some(t)),
        (None, None) => return Ok(None),
    };
    Ok(Some(StillOwed {
        contact,
        gave: format!("gave {} {thing}", shell_words::quote(&who)),
        name,
        line,
        shown,
        plain,
        kept,
    }))
}
