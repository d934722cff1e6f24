//! The help overlay: every layer's keys beside what they do, the screen
//! in view first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::App;
use crate::config::Config;
use crate::keymap::Layer;
use crate::ui;

/// The help, scrolled `scroll` rows, as tall as the screen.
pub(super) fn draw(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, scroll: usize) {
    let rect = super::centered(area, 86, area.height);
    let lines = lines(app, config, usize::from(rect.width.saturating_sub(2)));
    let height = usize::from(rect.height.saturating_sub(2));
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let lines: Vec<Line<'_>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" keys · j/k scroll · esc closes ")),
        rect,
    );
}

/// The help's rows in `width` columns: the keys of the screen in view
/// first, then those of every screen, then those of the overlays and
/// fields; each key beside what it does, wrapped (never cut).
fn lines<'a>(app: &App, config: &'a Config, width: usize) -> Vec<Line<'a>> {
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
        for (key, action) in config.keymap.help_keys(layer, here) {
            let key = ui::column(&key.to_string(), KEY - 1);
            for (n, row) in ui::wrap(action.describe_in(layer), room)
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
