//! The layers drawn over a screen that take the keys while open, and the
//! state they carry: a draft being written, an entry that can be closed.

use super::Form;
use crate::command::Command;
use crate::domain::{EntryState, Id};
use crate::journal::{HistoryItem, MatchReport};

/// A layer drawn over the screen that takes the keys while open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// Asks before moving something to the trash.
    Confirm {
        id: Id,
        label: String,
    },
    /// The output of a read command typed on the command line.
    Output {
        title: String,
        lines: Vec<String>,
        scroll: usize,
        /// For one open history entry: `y` marks it done, `n` declines it.
        settles: Option<Settle>,
    },
    /// A small form that builds a command (captures, adding, editing).
    Form(Form),
    /// A follow-up message drafted for a person.
    Draft(DraftView),
    /// Who could help a person, and whom they could help.
    Matches {
        report: MatchReport,
        selected: usize,
    },
    /// An ask to someone I never gave to: record a give first, ask anyway,
    /// or go back to the form.
    GiveFirst {
        ask: Command,
        /// The ask's form, for going back to it or bringing it back after
        /// the give.
        form: Form,
        who: Id,
        name: String,
    },
    /// A name was ambiguous: pick who was meant, and the command runs again.
    Picker {
        command: Command,
        query: String,
        candidates: Vec<(Id, String)>,
        selected: usize,
    },
}

/// The open entry an output overlay shows, and what closes it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settle {
    pub id: Id,
    /// A give or ask can be declined; a follow-up is only done.
    pub can_decline: bool,
}

/// A drafted follow-up and what it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftView {
    pub contact: Id,
    pub name: String,
    /// The follow-up that sending the message completes, if any.
    pub follow_up: Option<Id>,
    pub text: String,
    /// The draft as built, line by line with the records each came from:
    /// shown beside the text until it is edited.
    pub lines: Vec<crate::domain::draft::DraftLine>,
    /// The line that sends what was promised, and what it delivers.
    pub delivers: Option<crate::domain::draft::DraftLine>,
    /// The day the draft wishes them well for, and the line that does.
    pub wishes: Option<(chrono::NaiveDate, String)>,
    /// What was left out and why, for the person sending it.
    pub notes: Vec<String>,
    /// The text being edited in place, while it is.
    pub editor: Option<Box<DraftEditor>>,
}

/// A draft's text being edited inside the TUI (a multi-line text area).
#[derive(Clone, Debug)]
pub struct DraftEditor(pub ratatui_textarea::TextArea<'static>);

impl DraftEditor {
    pub fn new(text: &str) -> DraftEditor {
        let mut area = ratatui_textarea::TextArea::new(text.lines().map(str::to_string).collect());
        area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        DraftEditor(area)
    }

    /// The text as edited so far.
    pub fn text(&self) -> String {
        self.0.lines().join("\n").trim_end().to_string()
    }
}

/// Two editors are the same when they hold the same text with the cursor
/// in the same place: what the app's state is compared by.
impl PartialEq for DraftEditor {
    fn eq(&self, other: &DraftEditor) -> bool {
        self.0.lines() == other.0.lines() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for DraftEditor {}

impl super::App {
    /// The history entry under the cursor, whole: its id, all its text and
    /// details, and what acts on it.
    pub(super) fn show_entry(&mut self) {
        let Some(card) = &self.card else { return };
        let Some(item) = card.history.get(self.contacts.history_scroll) else {
            return;
        };
        let h = card.headline(item);
        let mut lines = vec![format!("{} {} {}", h.date, h.label, h.id), String::new()];
        lines.extend(h.text.lines().map(str::to_string));
        if !h.details.is_empty() {
            lines.push(String::new());
            lines.extend(h.details.lines().map(str::to_string));
        }
        let id = h.id.0;
        let open = match item {
            HistoryItem::Ledger(e) => e.state == EntryState::Open,
            HistoryItem::FollowUp(f) => f.pending_on().is_some(),
            HistoryItem::Interaction(_) | HistoryItem::Signal(_) => false,
        };
        let settles = open.then_some(super::Settle {
            id: h.id,
            can_decline: matches!(item, HistoryItem::Ledger(_)),
        });
        lines.push(String::new());
        match settles {
            Some(s) if s.can_decline => {
                lines.push("y marks it done · n declines it · esc closes".into());
            }
            Some(_) => lines.push("y marks it done · esc closes".into()),
            None => {}
        }
        lines.push("on the card:".into());
        if matches!(item, HistoryItem::Interaction(_)) {
            lines.push("  e writes its details in $EDITOR".into());
        }
        lines.push(format!(
            "  the delete key moves it to the trash (:restore {id} brings it back)"
        ));
        self.overlay = Some(Overlay::Output {
            title: format!("{} {}", h.label, h.id),
            lines,
            scroll: 0,
            settles,
        });
    }
}
