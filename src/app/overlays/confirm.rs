//! The confirmation asked before moving something to the trash.

use crate::app::{Action, App, Effect, Msg, Overlay, Status};
use crate::command::Command;
use crate::domain::Id;
use crate::keymap::Layer;

/// The keys the confirmation takes while open.
pub(super) const LAYER: Layer = Layer::Confirm;

/// A key on the open confirmation: yes moves `id` to the trash, no keeps it.
pub(super) fn update(app: &mut App, id: Id, label: String, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Yes => {
            return vec![Effect::run(Command::Remove {
                target: id.0.to_string(),
            })];
        }
        Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
            app.status = Status {
                text: format!("kept {label}"),
                warning: false,
            };
        }
        _ => app.overlay = Some(Overlay::Confirm { id, label }),
    }
    Vec::new()
}
