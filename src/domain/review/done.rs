//! What "done" does to a review line: one rule, by the line's kind, for
//! every place that offers it (the TUI's `d`; `docs/review.md`, "Acting on
//! a line").
//!
//! Done is said only of what can be done: a follow-up, their request, my
//! promise (marked done), a pattern (recorded as the signal it proposes) and
//! piled-up signals (closing, which the line proposes). Any other line asks
//! for something in the world (a give, a message, a touch) or waits for a
//! day: "done" on it would be a snooze in disguise, so it is refused in
//! words that say what makes the line go and which key sets it aside.

use super::{Item, Reason};
use crate::domain::Id;
use crate::domain::draft::first_name;

/// What acting on a line is, in the words of the one who acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Way {
    /// Record a give of mine.
    Give,
    /// Log a meeting, call or message.
    Meet,
    /// Draft a message.
    Draft,
    /// Snooze the line a week.
    SnoozeWeek,
    /// Dismiss the line: its key aside until something new makes a new
    /// line.
    Dismiss,
}

impl Way {
    /// What the way does, after its key.
    fn does(self) -> &'static str {
        match self {
            Way::Give => "records a give",
            Way::Meet => "logs a call or message",
            Way::Draft => "drafts",
            Way::SnoozeWeek => "snoozes it",
            Way::Dismiss => "sets it aside",
        }
    }
}

/// What "done" does to one review line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Doing {
    /// Mark the record done (`done ID`); `what` names it for the status:
    /// "Sara's request 'a feedback on her deck'".
    Settle { id: Id, what: String },
    /// Record the pattern as a warning signal.
    Signal(String),
    /// Open the close form: the line proposes closing.
    Close,
    /// Nothing to mark done: the line goes when `goes`, which each of
    /// `by` does (the first when it can; a draft needs a meeting's
    /// details, so a line a draft ends also names logging a call or
    /// message, which always can); `aside` sets it aside, as `aside_does`
    /// says.
    Nothing {
        goes: String,
        by: &'static [Way],
        aside: Way,
        aside_does: &'static str,
    },
}

impl Item {
    /// What "done" does to this line (the rule above).
    pub(crate) fn doing(&self) -> Doing {
        let first = first_name(&self.name);
        let nothing = |goes: String, by, aside, aside_does| Doing::Nothing {
            goes,
            by,
            aside,
            aside_does,
        };
        match &self.reason {
            Reason::FollowUpDue { follow_up, .. } => {
                let about = crate::domain::followed::after_label(
                    crate::domain::followed::Label::FollowUp,
                    &follow_up.text,
                );
                // In the words every other "done" says it (trial 26z4:
                // "done: the follow-up with Irene 'Fintech drinks'" beside
                // "done: follow-up with Irene Costa: Fintech drinks").
                Doing::Settle {
                    id: follow_up.id,
                    what: format!("follow-up with {}: {about}", self.name),
                }
            }
            Reason::RequestOpen { entry, .. } => Doing::Settle {
                id: entry.id,
                what: format!("{first}'s request '{}'", entry.text),
            },
            Reason::PromiseOpen { entry, .. } => Doing::Settle {
                id: entry.id,
                // "your promise to Anna 'feedback on …'", never "'promised
                // feedback …'" (trial 26w2): the label says it once.
                what: format!(
                    "your promise to {first} '{}'",
                    crate::domain::followed::after_label(
                        crate::domain::followed::Label::Promise,
                        &entry.text
                    )
                ),
            },
            Reason::PatternSeen { pattern, .. } => Doing::Signal(pattern.clone()),
            Reason::SignalsPiledUp { .. } => Doing::Close,
            Reason::FreshMeeting { .. } => nothing(
                format!("you follow up with {first}"),
                &[Way::Draft, Way::Meet],
                Way::SnoozeWeek,
                "snoozes it",
            ),
            Reason::DateComing { .. } => nothing(
                "you send your wishes".into(),
                &[Way::Draft],
                Way::Dismiss,
                "sets this year's aside",
            ),
            Reason::ReciprocityOwed { .. } | Reason::OneSided { .. } => nothing(
                format!("you give {first} something"),
                &[Way::Give],
                Way::SnoozeWeek,
                "snoozes it",
            ),
            Reason::PastCadence { .. } => nothing(
                format!("you are in touch with {first}"),
                &[Way::Meet],
                Way::Dismiss,
                "sets it aside until something new happens",
            ),
        }
    }
}

impl Doing {
    /// Why "done" does nothing here, with `key` naming each way: "nothing
    /// to mark done: this line goes when you give Marco something (g), or S
    /// snoozes it". None when there is something to do.
    pub(crate) fn refusal(&self, key: impl Fn(Way) -> String) -> Option<String> {
        let Doing::Nothing {
            goes,
            by,
            aside,
            aside_does,
        } = self
        else {
            return None;
        };
        // One way is named by its key alone ("(g)"); several each with
        // what it does ("(w drafts, or m logs a call or message)").
        let by = match by {
            [one] => key(*one),
            several => several
                .iter()
                .map(|w| format!("{} {}", key(*w), w.does()))
                .collect::<Vec<_>>()
                .join(", or "),
        };
        Some(format!(
            "nothing to mark done: this line goes when {goes} ({by}), or {} {aside_does}",
            key(*aside)
        ))
    }
}

#[cfg(test)]
#[path = "done_tests.rs"]
mod tests;
