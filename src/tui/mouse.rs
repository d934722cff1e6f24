//! What a mouse event means: looked up in where the last frame drew what.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::app::Msg;
use crate::ui::Regions;

/// A left click on a spot, or the wheel over a pane; anything else (moves,
/// drags, other buttons) means nothing.
pub fn msg_for(regions: &Regions, event: MouseEvent) -> Option<Msg> {
    let (x, y) = (event.column, event.row);
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => regions.at(x, y).map(Msg::Click),
        MouseEventKind::ScrollDown => regions
            .pane_at(x, y)
            .map(|pane| Msg::Wheel { pane, down: true }),
        MouseEventKind::ScrollUp => regions
            .pane_at(x, y)
            .map(|pane| Msg::Wheel { pane, down: false }),
        _ => None,
    }
}
