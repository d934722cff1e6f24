//! After a follow-up is marked done: the line of the person's review only a
//! give of mine ends ("you asked more", "give back"), said with how to
//! record one. A follow-up's words may promise a give ("send Marco the two
//! firmware leads"), but done only says it happened, not what it was: the
//! journal does not guess a give from them, so a line that stays would read
//! as untrue to someone who just sent something. Said once here, for the
//! shell and the TUI alike (`docs/review.md`, "What done does").

use super::{CommandError, Env, Who};
use crate::domain::Id;
use crate::domain::draft::{Surface, first_name};
use crate::domain::review::Reason;
use crate::journal::Journal;

/// A line only a give ends, still in someone's review after a follow-up of
/// theirs was done; or, with no such line, the give the follow-up promised
/// that the ledger does not have yet.
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
    /// when no give in the ledger has it: a promise kept is help given,
    /// and done records no give, so how to record it is said, with or
    /// without a line staying, and `g`'s form is filled with it.
    kept: Option<String>,
    /// My open promise of that very thing: keeping it is the give, so
    /// `gave` is never suggested beside it (trial 26r could not tell
    /// whether `:gave` would count the help twice).
    promise: Option<Id>,
}

impl StillOwed {
    /// How `command` (`gave …`, `done 4`) is typed on `surface`.
    fn typed(surface: Surface, command: &str) -> String {
        match surface {
            Surface::Shell => format!("`givegive {command}`"),
            Surface::Tui => format!(":{command}"),
        }
    }

    /// How a give is recorded, said the same way wherever it is said:
    /// with what the follow-up promised, `g records the give: "the two
    /// firmware leads"` (the form it opens is filled with it); with nothing
    /// named, "if you sent Marco something, g records it as a give" (the
    /// journal knows no pronouns, so the name).
    fn how(&self, surface: Surface) -> String {
        match (&self.kept, surface) {
            (Some(thing), Surface::Tui) => format!("g records the give: \"{thing}\""),
            (Some(_), _) => format!("{} records the give", Self::typed(surface, &self.gave)),
            (None, Surface::Tui) => format!(
                "if you sent {} something, g records it as a give",
                first_name(&self.name)
            ),
            (None, _) => format!(
                "if you sent {} something, {} records it",
                first_name(&self.name),
                Self::typed(surface, &self.gave)
            ),
        }
    }

    /// What is left to record, said plainly: the line that stays and how
    /// a give ends it (`how`), or that the ledger has no give for what was
    /// sent (or which promise of mine, kept, is that give).
    fn said(&self, surface: Surface, how: &str) -> String {
        match (self.line.is_empty(), self.promise) {
            (false, _) => format!("{}'s review line stays: {}; {how}", self.name, self.line),
            (true, Some(id)) => format!(
                "your promise {id} is its give: {} marks it kept",
                Self::typed(surface, &format!("done {}", id.0))
            ),
            (true, None) if self.kept.is_some() => how.to_string(),
            (true, None) => String::new(),
        }
    }

    /// `status` told with what is left: where it already shows the line
    /// (where the person went), how takes the place of the line's advice,
    /// so it stays on the status line's rows at 80 columns; else the whole
    /// sentence after it.
    pub(crate) fn told(&self, status: &str, surface: Surface) -> String {
        // What was sent, named just before by the follow-up done ("done:
        // follow-up with Marco Bianchi: send Marco the two firmware
        // leads"), is not named again: the status stays on its rows.
        let how = match &self.kept {
            Some(thing) if surface == Surface::Tui && status.contains(thing.as_str()) => {
                "g records the give".to_string()
            }
            _ => self.how(surface),
        };
        match !self.shown.is_empty() && status.contains(&self.shown) {
            true => status.replacen(&self.shown, &format!("{} · {how}", self.plain), 1),
            false if status.is_empty() => self.said(surface, &how),
            false => format!("{status} · {}", self.said(surface, &how)),
        }
    }

    /// What the follow-up promised to send, when no give in the ledger
    /// has it: what the give form is filled with.
    pub(crate) fn kept(&self) -> Option<&str> {
        self.kept.as_deref()
    }

    /// As the shell prints it.
    pub fn shell(&self) -> String {
        self.said(Surface::Shell, &self.how(Surface::Shell))
    }

    /// Promise `id` was just kept, in the same action (a draft's `y`):
    /// its give is counted. Whether anything is left to say.
    pub(crate) fn kept_now(&mut self, id: Id) -> bool {
        if self.promise == Some(id) {
            self.promise = None;
        }
        !self.said(Surface::Tui, &self.how(Surface::Tui)).is_empty()
    }
}

/// The line only a give ends that `contact` still shows in today's review
/// (not set aside), the most urgent first; or what the follow-up promised
/// to send, when no give of mine in the ledger has it.
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
    let promise = crate::domain::followed::sends(follow_up, &name);
    let thing = match &promise {
        Some(t) if !t.contains(['"', '$', '`', '\\', '!']) => format!("\"{t}\""),
        Some(t) => shell_words::quote(t).into_owned(),
        None => "\"...\"".into(),
    };
    // A give of mine that has that thing: done, it is counted; open,
    // keeping it is the give. Either way `gave` would count it twice.
    let in_ledger = match &promise {
        Some(t) => in_ledger(journal, contact, t)?,
        None => None,
    };
    let (promise, open) = match in_ledger {
        Some(open) => (None, open),
        None => (promise, None),
    };
    // No line stays: said only for a promise kept, with what it sent.
    // What was sent is named either way, and fills `g`'s form (trial
    // 26y3: beside Marco's line, "if you sent Marco something" hedged on
    // what the draft had just said it sent, and the form was empty).
    let (line, shown, plain) = match found {
        Some(found) => found,
        None if promise.is_some() || open.is_some() => Default::default(),
        None => return Ok(None),
    };
    let kept = promise;
    Ok(Some(StillOwed {
        contact,
        gave: format!("gave {} {thing}", shell_words::quote(&who)),
        name,
        line,
        shown,
        plain,
        kept,
        promise: open,
    }))
}

/// Whether a give of mine to `contact` (not an introduction) has `thing`
/// in its words: `Some(None)` when it is done (counted), `Some(Some(id))`
/// when it is an open promise.
fn in_ledger(
    journal: &Journal,
    contact: Id,
    thing: &str,
) -> Result<Option<Option<Id>>, CommandError> {
    use crate::domain::{Direction, EntryState, Nature};
    use crate::journal::HistoryItem;
    let card = journal.card(contact)?;
    Ok(card.history.iter().find_map(|h| match h {
        HistoryItem::Ledger(e)
            if e.other.is_none()
                && (e.direction, e.nature) == (Direction::MeToThem, Nature::Give)
                && e.state != EntryState::Declined
                && crate::domain::followed::holds(&e.text, thing) =>
        {
            Some((e.state == EntryState::Open).then_some(e.id))
        }
        _ => None,
    }))
}
