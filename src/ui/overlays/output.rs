//! A command's output, or one history entry shown whole.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::domain::text::inert;
use crate::ui;

/// `lines` under `title`, from line `scroll`, nearly the whole screen;
/// the last line it can start at.
pub(super) fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    lines: &[String],
    scroll: usize,
) -> usize {
    let rect = super::centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    let height = usize::from(rect.height.saturating_sub(2));
    let inner = usize::from(rect.width.saturating_sub(2)).max(1);
    let wrap = textwrap::Options::new(inner).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let rows: Vec<usize> = lines
        .iter()
        .map(|l| textwrap::wrap(&inert(l), &wrap).len().max(1))
        .collect();
    let last = super::last_start(&rows, height);
    let shown: Vec<Line<'_>> = lines
        .iter()
        .skip(scroll.min(last))
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
    last
}

/// A command's output titled by the command, cut with `…` before the way
/// out, which stays whole.
fn output_title(command: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(" (esc closes) ".len() + 3);
    format!(" {} (esc closes) ", ui::fit(&inert(command), room))
}
