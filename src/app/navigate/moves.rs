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

/// Where `action` takes position `at`, `page` rows a page, `last` the
/// last position; any other key leaves it at `at`.
pub(crate) fn moved(action: Action, at: usize, page: usize, last: usize) -> usize {
    let page = page.max(1);
    match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => at + 1,
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => at + page,
        Action::Top => 0,
        Action::Bottom => last,
        _ => at,
    }
    .min(last)
}
