//! How a draft's notes tell the sender to act: each surface names its own
//! way (the TUI its key, the shell its command and flag), and names only
//! what exists (the meeting to add details to, or logging one when there
//! is none). One rule for every note that advises, so no note gives the
//! shell's syntax in the TUI or points at a meeting that is not there.

use chrono::NaiveDate;

use super::super::Id;
use super::Context;

/// Where a draft is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Surface {
    /// `givegive draft`, and the TUI's command line, which runs its verbs.
    #[default]
    Shell,
    /// `w` in the TUI.
    Tui,
}

impl Surface {
    /// How to add what `name` told you: to `meeting`, the moment the draft
    /// follows, when there is one; else by logging one: how you met, or,
    /// with a `history` already followed up, the next time you meet.
    pub(crate) fn add_details(
        self,
        name: &str,
        meeting: Option<&super::Moment>,
        history: bool,
    ) -> String {
        let met = |m: &super::Moment| {
            matches!(
                m.kind,
                crate::domain::InteractionKind::Met | crate::domain::InteractionKind::Event
            )
        };
        match (self, meeting) {
            // `met` with its name and day is that meeting: its details gain
            // what is typed (trial 28e: the shell was sent to the TUI).
            (Surface::Shell, Some(m)) if met(m) => format!(
                "add what {name} told you to the meeting {} (givegive met \"{name}\" \"{}\" --on {} --details \"…\")",
                m.id,
                m.summary.replace('"', "\\\""),
                m.date
            ),
            (Surface::Tui, None) if history => {
                format!(
                    "when you next meet or talk with {name}, log it with what they told you (m)"
                )
            }
            (Surface::Shell, None) if history => format!(
                "when you next meet or talk with {name}, log it with what they told you (givegive met \"{name}\" WHERE --details \"…\")"
            ),
            (Surface::Tui, Some(m)) => {
                format!(
                    "add what {name} told you (e on the meeting {} in their history)",
                    m.id
                )
            }
            // A call or a message has no shell verb that adds to it.
            (Surface::Shell, Some(m)) => format!(
                "add what {name} told you to the record {} (in the TUI, e on it in their history)",
                m.id
            ),
            (Surface::Tui, None) => {
                format!("log how you met or talked with {name}, with what they told you (m)")
            }
            (Surface::Shell, None) => format!(
                "log how you met or talked with {name}, with what they told you (givegive met \"{name}\" WHERE --details \"…\")"
            ),
        }
    }

    /// How to draft about an older meeting `id` with `name`.
    pub(crate) fn older(self, name: &str, id: Id) -> String {
        match self {
            Surface::Tui => {
                format!("w on {id} in {name}'s history (contacts) drafts about the older one")
            }
            Surface::Shell => format!("draft with --meeting {} to write about the older one", id.0),
        }
    }

    /// The note for a request of theirs still open ("Sara's request
    /// "feedback on her deck" (#8) is still open"): no draft can answer it
    /// for you, so it says so, true with a draft or without one (a refusal
    /// carries it too), and how to mark it done once answered: in the TUI
    /// `d` on its review line, or, while that line is `hidden` until a day
    /// (snoozed, or its person set aside), `:done N`, which works today
    /// (trial 26z4: "d on its line" of a line snoozed until 18 December).
    pub fn request(self, first: &str, text: &str, id: Id, hidden: Option<NaiveDate>) -> String {
        let done = match (self, hidden) {
            (Surface::Tui, None) => "d on its line in the review marks it done".to_string(),
            (Surface::Tui, Some(until)) => format!(
                ":done {} marks it done (its line in the review is hidden until {})",
                id.0,
                crate::domain::occasion::day_month(until)
            ),
            (Surface::Shell, _) => format!("givegive done {} marks it done", id.0),
        };
        format!(
            "{first}'s request \"{text}\" ({id}) is still open: no draft answers it for you, so write your answer in before sending; once answered, {done}"
        )
    }

    /// The note for `first`'s open request `text` ("presentargli un CFO")
    /// when the draft offers `helper` for the need it seeks: the draft
    /// does answer it, once the introduction is made, and how to record
    /// that so it counts once (trial 26z: "no draft answers it" sat below
    /// a draft offering Dora for exactly that request).
    pub(crate) fn request_offered(
        self,
        (first, full): (&str, &str),
        text: &str,
        id: Id,
        helper: &str,
    ) -> String {
        let record = match self {
            Surface::Tui => {
                format!("H on {first} records it and closes {id} (its form fills it in)")
            }
            Surface::Shell => {
                format!(
                    "givegive intro \"{full}\" \"{helper}\" --closes {} records it and closes the request",
                    id.0
                )
            }
        };
        format!(
            "{first}'s request \"{text}\" ({id}) is still open: this draft offers {helper} for it; once you introduce them, {record}"
        )
    }

    /// How to record as a request what a detail says `first` asked of me.
    pub(crate) fn record_request(self, first: &str) -> String {
        let how = match self {
            Surface::Tui => "A on them".to_string(),
            Surface::Shell => format!("givegive asked-by {first} \"…\""),
        };
        format!("{how} records it as their request, and the review keeps it open until you answer")
    }

    /// How to reword a detail the draft could not turn to them.
    pub(crate) fn reword(self) -> &'static str {
        match self {
            Surface::Tui => "e on the meeting",
            Surface::Shell => "in the meeting's details",
        }
    }
}

/// With nothing recorded between you, the draft does not open as a
/// follow-up ("thinking of you lately" would be untrue): it is written
/// only for what is true without it, their day, what I promised them or
/// help someone backs (`offers`), noted; otherwise refused with how to log
/// a meeting (`add`).
pub(super) fn unrecorded(
    ctx: &Context,
    offers: bool,
    add: &str,
    notes: &mut Vec<String>,
) -> Result<(), String> {
    if ctx.history {
        return Ok(());
    }
    let why = format!(
        "nothing is recorded with {} yet, so the draft does not open as a follow-up",
        ctx.name
    );
    // What I promised them is mine to keep, known or not: "as promised"
    // is true by my own record.
    if ctx.occasion.is_none() && !offers && ctx.promised.is_empty() {
        notes.insert(
            0,
            format!("{why}, and has nothing else to say: {add}, then draft again"),
        );
        return Err(notes.join("; "));
    }
    notes.insert(0, why);
    Ok(())
}
