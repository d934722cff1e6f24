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

/// The open overlay, if any, over `area`.
pub fn overlay(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let Some(overlay) = &app.overlay() else {
        return;
    };
    match overlay {
        Overlay::Help { scroll, over } => {
            help::draw(app, config, frame, area, (*scroll, over.as_deref()))
        }
        Overlay::Confirm { label, .. } => confirm::draw(config, frame, area, label),
        Overlay::Output {
            title,
            lines,
            scroll,
            ..
        } => output::draw(frame, area, title, lines, *scroll),
        Overlay::Form(form) => form::draw(config, frame, area, form),
        Overlay::Draft(view) => draft::draw(config, frame, area, view),
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
}

/// The key bound to `action` in `layer`, as a hint names it (a rebinding
/// shows; an unbound action says so).
fn key(config: &Config, layer: Layer, action: Action) -> String {
    config
        .keymap
        .key_for(layer, action)
        .map_or_else(|| "(unbound)".into(), |k| k.to_string())
}
