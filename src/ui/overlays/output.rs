//! A command's output, or one history entry shown whole.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::domain::text::inert;
use crate::ui;

/// `lines` under `title`, from line `scroll`, nearly the whole screen.
pub(super) fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    lines: &[String],
    scroll: usize,
) {
    let rect = super::centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    let height = usize::from(rect.height.saturating_sub(2));
    let shown: Vec<Line<'_>> = lines
        .iter()
        .skip(scroll)
        .take(height)
        .map(|l| Line::raw(inert(l)))
        .collect();
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(shown)
            .block(Block::bordered().title(output_title(title, rect.width)))
            .wrap(Wrap { trim: false }),
        rect,
    );
}

/// A command's output titled by the command, cut with `…` before the way
/// out, which stays whole.
fn output_title(command: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(" (esc closes) ".len() + 3);
    format!(" {} (esc closes) ", ui::fit(&inert(command), room))
}
