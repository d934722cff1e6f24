//! The moving keys (up, down, a page, home, end): one rule for where each
//! takes a selection or a scroll, used by the screens' lists, the draft
//! and a command's output alike (each had its own copy, and the output's
//! lacked home and end, which then did nothing).

use crate::keymap::Action;

/// Whether `action` is one of the moving keys.
pub(crate) fn is_move(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    )
}

/// What the last frame drawn says of the room to move in: the rows a page
/// holds, and the last row a scrolled panel (the help, a draft, a command's
/// output) can start at with its end in view. Only the drawing knows it
/// (wrapping, the panel's height): without it `down` on a panel that fits
/// moved a hidden scroll, so `up` seemed stuck, and `end` did nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Room {
    pub page: usize,
    /// `None`: no scrolled panel was drawn (yet).
    pub last: Option<usize>,
}

impl Default for Room {
    fn default() -> Room {
        Room {
            page: 10,
            last: None,
        }
    }
}

/// Where `action` takes a panel scrolled to `at`, within the room the
/// last frame drew (before any frame, no limit: the drawing clamps).
pub(crate) fn scrolled(action: Action, at: usize, room: Room) -> usize {
    moved(action, at, room.page, room.last.unwrap_or(usize::MAX))
}

/// Where `action` takes position `at`, `page` rows a page, `last` the
/// last position; any other key leaves it at `at`.
pub(crate) fn moved(action: Action, at: usize, page: usize, last: usize) -> usize {
    let page = page.max(1);
    match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => at.saturating_add(1),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => at.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => at,
    }
    .min(last)
}
