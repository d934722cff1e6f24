//! The output of a read command typed on the command line, or one history
//! entry shown whole, where `y` and `n` close it.

use crate::app::navigate::moves;
use crate::app::{Action, App, Effect, Msg, Overlay};
use crate::command::Command;
use crate::domain::{EntryState, Id};
use crate::journal::HistoryItem;
use crate::keymap::Layer;

/// The keys the output takes while open.
pub(super) const LAYER: Layer = Layer::Output;

/// The title of the status line shown whole (`L`).
pub(in crate::app) const LAST_MESSAGE: &str = "the last message";

/// The open entry an output overlay shows, and what closes it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settle {
    pub id: Id,
    /// A give or ask can be declined; a follow-up is only done.
    pub can_decline: bool,
    /// Why `y` and `n` leave it as it is (done already, a meeting…):
    /// said on the status line rather than nothing.
    pub shut: Option<&'static str>,
}

/// A key on the open output: scroll, settle the entry shown, or close.
pub(super) fn update(
    app: &mut App,
    (title, lines): (String, Vec<String>),
    scroll: usize,
    settles: Option<Settle>,
    msg: Msg,
) -> Vec<Effect> {
    let key = keyed(&msg);
    let shut = match (&msg, settles) {
        (
            Msg::Yes | Msg::No,
            Some(Settle {
                shut: Some(why), ..
            }),
        ) => Some(why),
        (Msg::No, Some(s)) if !s.can_decline => {
            Some("a follow-up is not declined: y marks it done")
        }
        (Msg::Yes | Msg::No, None) => Some("this panel shows no open entry"),
        _ => None,
    };
    if let Some(why) = shut {
        app.overlay = Some(Overlay::Output {
            title,
            lines,
            scroll,
            settles,
        });
        return app.nothing_here(&format!("{} does nothing here: {why}", key));
    }
    let scroll = match (msg, settles) {
        // Closed right there, by the same commands as the shell's.
        (Msg::Yes, Some(s)) => return vec![Effect::run(Command::Done { id: s.id })],
        (Msg::No, Some(s)) => return vec![Effect::run(Command::Decline { id: s.id })],
        (msg, _) => match msg {
            Msg::Act(action) if moves::is_move(action) => moves::scrolled(action, scroll, app.room),
            Msg::Act(Action::Back | Action::Quit | Action::Open) | Msg::Cancel => {
                return Vec::new();
            }
            _ => scroll,
        },
    };
    app.overlay = Some(Overlay::Output {
        title,
        lines,
        scroll,
        settles,
    });
    Vec::new()
}

/// The key a yes or no came from, as the help names it.
fn keyed(msg: &Msg) -> &'static str {
    match msg {
        Msg::No => "n",
        _ => "y",
    }
}

impl App {
    /// The status line's last message whole, one part a line: the line
    /// shows three rows at most, and what a long message says last (how
    /// to copy by hand, a refusal's advice) is often what to do.
    pub(in crate::app) fn show_status(&mut self) -> Vec<Effect> {
        if self.status.text.is_empty() {
            return self.nothing_here("the status line is empty");
        }
        // Each line of it, and each part of a line, on a row.
        let lines = self
            .status
            .text
            .lines()
            .flat_map(|line| line.split(" · "))
            .map(str::to_string)
            .collect();
        self.overlay = Some(Overlay::Output {
            title: LAST_MESSAGE.into(),
            lines,
            scroll: 0,
            settles: None,
        });
        Vec::new()
    }

    /// The history entry under the cursor, whole: its id, all its text and
    /// details, and what acts on it.
    pub(in crate::app) fn show_entry(&mut self) {
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
        let shut = match item {
            HistoryItem::Ledger(e) => match e.state {
                EntryState::Open => None,
                EntryState::Done => Some("it is done already"),
                EntryState::Declined => Some("it was declined"),
            },
            HistoryItem::FollowUp(f) => match f.pending_on() {
                Some(_) => None,
                None => Some("this follow-up is not pending any more"),
            },
            HistoryItem::Interaction(_) | HistoryItem::Signal(_) => {
                Some("only an open give, ask or follow-up is marked done or declined")
            }
        };
        let settles = Some(Settle {
            id: h.id,
            can_decline: matches!(item, HistoryItem::Ledger(_)),
            shut,
        });
        lines.push(String::new());
        match settles.filter(|s| s.shut.is_none()) {
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
