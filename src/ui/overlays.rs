//! The overlays drawn over the screens: help, confirmation, give first,
//! command output, forms, the draft, who could help, the name picker. Each
//! is drawn by its unit in `overlays/`, beside `app::overlays`' unit that
//! updates it; one arm each here, so a new overlay is not forgotten.

mod confirm;
mod draft;
mod form;
mod give_first;
mod help;
mod matches;
mod output;
mod picker;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::{App, Overlay};
use crate::config::Config;
use crate::keymap::{Action, Layer};

/// A centred rectangle of at most `w` x `h` inside `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Clears `rect` for an overlay, and the column either side of it inside
/// `area`: the screen behind would otherwise show a cut word or half a
/// wide glyph against the frame (`z┌`, `m│`), read as part of the
/// overlay. A margin narrower than [`SLIVER`] is cleared to the edge: it
/// could show only pieces of the panes' borders (`┘`, `┐`), read as stray
/// corners. Every overlay clears through here.
fn clear(frame: &mut Frame<'_>, area: Rect, rect: Rect) {
    frame.render_widget(ratatui::widgets::Clear, halo(area, rect));
}

/// The fewest columns the screen behind an overlay shows beside it.
const SLIVER: u16 = 3;

/// What [`clear`] clears: `rect` and a column each side, or the whole
/// margin to `area`'s edge when what would be left is a sliver.
fn halo(area: Rect, rect: Rect) -> Rect {
    let end = area.x + area.width;
    let left = rect.x.saturating_sub(1).max(area.x);
    let left = if left - area.x < SLIVER { area.x } else { left };
    let right = (rect.x + rect.width + 1).min(end);
    let right = if end - right < SLIVER { end } else { right };
    Rect {
        x: left,
        width: right - left,
        ..rect
    }
}

/// The open overlay, if any, over `area`; for a scrolled one (the help,
/// a draft, a command's output), the last line it can start at with its
/// end in view, which the app moves within.
pub fn overlay(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) -> Option<usize> {
    let overlay = app.overlay().as_ref()?;
    match overlay {
        Overlay::Help { scroll, over } => {
            return Some(help::draw(
                app,
                config,
                frame,
                area,
                (*scroll, over.as_deref()),
            ));
        }
        Overlay::Confirm { label, .. } => confirm::draw(config, frame, area, label),
        Overlay::Output {
            title,
            lines,
            scroll,
            ..
        } => return Some(output::draw(frame, area, title, lines, *scroll)),
        Overlay::Form(form) => form::draw(config, frame, area, form),
        Overlay::Draft(view) => return draft::draw(config, frame, area, view),
        Overlay::Matches { report, selected } => {
            matches::draw(config, frame, area, report, *selected);
        }
        Overlay::GiveFirst { name, .. } => give_first::draw(config, frame, area, name),
        Overlay::Picker {
            query,
            candidates,
            selected,
            ..
        } => picker::draw(config, frame, area, query, (candidates, *selected)),
    }
    None
}

/// The first line shown when scrolled to the end: from it, the last
/// lines (`rows` each, as wrapped) fill at most `room` rows. The one rule
/// for where every scrolled panel ends.
fn last_start(rows: &[usize], room: usize) -> usize {
    let mut filled = 0;
    for (i, r) in rows.iter().enumerate().rev() {
        filled += r;
        if filled > room {
            return (i + 1).min(rows.len().saturating_sub(1));
        }
    }
    0
}

/// The key bound to `action` in `layer`, as a hint names it (a rebinding
/// shows; an unbound action says so).
fn key(config: &Config, layer: Layer, action: Action) -> String {
    config
        .keymap
        .key_for(layer, action)
        .map_or_else(|| "(unbound)".into(), |k| k.to_string())
}

#[cfg(test)]
mod tests {
    use super::halo;
    use proptest::prelude::*;
    use ratatui::layout::Rect;

    proptest! {
        /// Beside an overlay the screen shows nothing or at least three
        /// columns, never a sliver of border (`┘`, `┐`); the overlay's own frame and
        /// the column next to it are always cleared.
        #[test]
        fn no_sliver_is_left_beside_an_overlay(
            x in 0u16..20, width in 1u16..120, left in 0u16..40, w in 1u16..120,
        ) {
            let area = Rect::new(x, 1, width, 20);
            let w = w.min(width);
            let rect = Rect::new(x + left.min(width - w), 3, w, 5);
            let cleared = halo(area, rect);
            let before = cleared.x - area.x;
            let after = area.x + area.width - (cleared.x + cleared.width);
            prop_assert!(before == 0 || before >= 3, "{before} columns left of {cleared:?}");
            prop_assert!(after == 0 || after >= 3, "{after} columns right of {cleared:?}");
            prop_assert!(cleared.x < rect.x || cleared.x == area.x);
            prop_assert!(cleared.x + cleared.width > rect.x + rect.width || cleared.x + cleared.width == area.x + area.width);
            prop_assert_eq!((cleared.y, cleared.height), (rect.y, rect.height));
        }
    }
}
