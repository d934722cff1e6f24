//! A name was ambiguous: pick who was meant, and the command runs again.

use crate::app::{Action, App, Effect, Msg, Overlay, Status};
use crate::command::Command;
use crate::domain::Id;
use crate::keymap::Layer;

/// The keys the picker takes while open.
pub(super) const LAYER: Layer = Layer::Picker;

/// A key on the open picker: move, pick (the command runs again naming
/// the one picked), or give up.
pub(super) fn update(
    app: &mut App,
    (command, query): (Command, String),
    candidates: Vec<(Id, String)>,
    selected: usize,
    msg: Msg,
) -> Vec<Effect> {
    let last = candidates.len().saturating_sub(1);
    let selected = match msg {
        Msg::Act(Action::Down) => (selected + 1).min(last),
        Msg::Act(Action::Up) => selected.saturating_sub(1),
        Msg::Act(Action::PageDown) => (selected + app.room.page.max(1)).min(last),
        Msg::Act(Action::PageUp) => selected.saturating_sub(app.room.page.max(1)),
        Msg::Act(Action::Top) => 0,
        Msg::Act(Action::Bottom) => last,
        Msg::Yes | Msg::Submit | Msg::Act(Action::Open) => {
            let Some((id, _)) = candidates.get(selected) else {
                return Vec::new();
            };
            return app.run_or_ask(command.naming(&query, *id), false);
        }
        Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
            // A form that asked is back as it was typed.
            let form = app.submitted.take();
            let kept = if form.is_some() {
                ": the form is as you left it"
            } else {
                ""
            };
            app.overlay = form.map(Overlay::Form);
            app.status = Status {
                text: format!("nothing was done{kept}"),
                warning: false,
            };
            return Vec::new();
        }
        _ => selected,
    };
    app.overlay = Some(Overlay::Picker {
        command,
        query,
        candidates,
        selected,
    });
    Vec::new()
}
