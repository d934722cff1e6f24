//! The help overlay's text: every layer's keys beside what they do, the
//! screen in view first.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::config::Config;
use crate::keymap::Layer;

/// The help's rows in `width` columns: the keys of the screen in view
/// first, then those of every screen, then those of the overlays and
/// fields; each key beside what it does, wrapped (never cut).
pub(super) fn lines<'a>(app: &App, config: &'a Config, width: usize) -> Vec<Line<'a>> {
    const KEY: usize = 11;
    let theme = &config.theme;
    let here = app.screen().layer();
    let mut layers = vec![here];
    if here != Layer::Global {
        layers.push(Layer::Global);
    }
    layers.extend(
        Layer::ALL
            .into_iter()
            .filter(|l| !Layer::SCREENS.contains(l)),
    );
    let room = width.saturating_sub(KEY + 2).max(10);
    let mut lines = Vec::new();
    for layer in layers {
        lines.push(Line::styled(layer.title().to_string(), theme.accent()));
        for (key, action) in config.keymap.layer(layer) {
            let key = super::column(&key.to_string(), KEY - 1);
            for (n, row) in super::wrap(action.describe_in(layer), room)
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 {
                    key.clone()
                } else {
                    " ".repeat(KEY - 1)
                };
                lines.push(Line::from(vec![
                    Span::raw(format!("  {lead} ")),
                    Span::raw(row),
                ]));
            }
        }
        lines.push(Line::raw(""));
    }
    lines
}
