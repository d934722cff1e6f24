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
/// overlay. Every overlay clears through here.
fn clear(frame: &mut Frame<'_>, area: Rect, rect: Rect) {
    let left = rect.x.saturating_sub(1).max(area.x);
    let right = (rect.x + rect.width + 1).min(area.x + area.width);
    let halo = Rect {
        x: left,
        width: right - left,
        ..rect
    };
    frame.render_widget(ratatui::widgets::Clear, halo);
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
