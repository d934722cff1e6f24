//! The people an ambiguous name could mean.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::config::Config;
use crate::domain::Id;
use crate::domain::text::inert;
use crate::ui;

/// Who `query` could be, `selected` highlighted.
pub(super) fn draw(
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    query: &str,
    (candidates, selected): (&[(Id, String)], usize),
) {
    let theme = &config.theme;
    let h = u16::try_from(candidates.len() + 2).unwrap_or(u16::MAX);
    let rect = super::centered(area, 60, h);
    let height = usize::from(rect.height.saturating_sub(2));
    let first = ui::offset(selected, height);
    let rows: Vec<Line<'_>> = candidates
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, (id, name))| {
            let style = if i == selected {
                theme.selected()
            } else {
                Style::default()
            };
            Line::styled(format!("{} ({id})", inert(name)), style)
        })
        .collect();
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(rows).block(ui::titled(
            &format!(" who is '{}'? ", inert(query)),
            rect.width,
        )),
        rect,
    );
}
