//! The help overlay: every layer's keys, scrolled with the moving keys;
//! opened over another overlay, that one's keys first, and closing goes
//! back to it.

use crate::app::navigate::moves;
use crate::app::{Action, App, Effect, Msg, Overlay};
use crate::keymap::Layer;

/// The keys the help takes while open.
pub(super) const LAYER: Layer = Layer::Help;

/// A key on the open help: it scrolls, or closes it.
pub(super) fn update(
    app: &mut App,
    scroll: usize,
    over: Option<Box<Overlay>>,
    msg: Msg,
) -> Vec<Effect> {
    let scroll = match msg {
        Msg::Act(Action::Help | Action::Back | Action::Quit) | Msg::Cancel | Msg::No => {
            app.overlay = over.map(|o| *o);
            return Vec::new();
        }
        Msg::Act(action) if moves::is_move(action) => moves::scrolled(action, scroll, app.room),
        _ => scroll,
    };
    app.overlay = Some(Overlay::Help { scroll, over });
    Vec::new()
}
