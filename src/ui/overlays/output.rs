//! A command's output, or one history entry shown whole.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

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
    let wrapped: Vec<Vec<String>> = lines.iter().map(|l| rows(&inert(l), inner)).collect();
    let last = super::last_start(&wrapped.iter().map(Vec::len).collect::<Vec<_>>(), height);
    let shown: Vec<Line<'_>> = wrapped
        .into_iter()
        .skip(scroll.min(last))
        .flatten()
        .take(height)
        .map(Line::raw)
        .collect();
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(shown).block(Block::bordered().title(output_title(title, rect.width))),
        rect,
    );
    last
}

/// `line` in rows of `width` columns, each row after the first under the
/// line's own text: its leading spaces and its number ("12. "), so a
/// wrapped row never falls under the numbers (trial 26z4: the review's `+`
/// and `show` at 80x24 went on at column 0). An indent too wide for the
/// rows is dropped rather than leaving no room for the words.
fn rows(line: &str, width: usize) -> Vec<String> {
    let indent = hanging(line);
    let (lead, text) = line.split_at(indent);
    let indent = if width > indent + 8 { indent } else { 0 };
    let under = " ".repeat(indent);
    let options = textwrap::Options::new(width)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .initial_indent(if indent == 0 { "" } else { lead })
        .subsequent_indent(&under);
    let text = if indent == 0 { line } else { text };
    let rows: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect();
    if rows.is_empty() {
        return vec![String::new()];
    }
    rows
}

/// How far a line's words start: its leading spaces, then a number and
/// its point ("3. ", "12) ") and the spaces after it.
fn hanging(line: &str) -> usize {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[spaces..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered =
        digits > 0 && rest[digits..].starts_with(['.', ')']) && rest[digits + 1..].starts_with(' ');
    if !numbered {
        return spaces;
    }
    let after = &rest[digits + 1..];
    spaces + digits + 1 + after.len() - after.trim_start_matches(' ').len()
}

/// A command's output titled by the command, cut with `…` before the way
/// out, which stays whole.
fn output_title(command: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(" (esc closes) ".len() + 3);
    format!(" {} (esc closes) ", ui::fit(&inert(command), room))
}

#[cfg(test)]
mod tests;
