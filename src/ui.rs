//! Drawing: a function of the app state. Nothing here changes state; only
//! the rows that fit on screen are built.

mod card;
mod chrome;
mod insights;
mod overlays;
mod regions;
mod review;
mod screens;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::config::Config;
use crate::domain::text::inert;
pub use regions::Regions;

/// Below this width two-pane screens show one pane at a time.
pub const NARROW: u16 = 70;

/// Draws the whole screen.
pub fn render(app: &App, config: &Config, frame: &mut Frame<'_>) -> Regions {
    let area = frame.area();
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(chrome::status_rows(app, area.width)),
    ])
    .areas(area);
    let mut regions = Regions::default();
    chrome::tabs(app, config, frame, tabs, &mut regions);
    screens::body(app, config, frame, body, &mut regions);
    chrome::status(app, config, frame, status);
    let scroll_end = overlays::overlay(app, config, frame, body);
    // An overlay or a text field has the input: nothing behind it is
    // clicked through, but the search's results, which are worked from
    // its query line (the app takes only a click on a result then).
    let searching = matches!(app.prompt(), Some((crate::app::Prompt::Search, _)));
    if app.overlay().is_some() || (app.prompt().is_some() && !searching) {
        regions = Regions::default();
    }
    regions.scroll_end = scroll_end;
    regions
}

/// How many list rows fit in `area` (inside a border).
pub fn rows_in(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(2))
}

/// The first row to draw so that `selected` is visible in `height` rows.
pub fn offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        selected.saturating_sub(height - 1)
    }
}

/// `text` in at most `width` terminal columns, ending with `…` when it had
/// to be cut, so a cut entry never reads as a whole one.
fn fit(text: &str, width: usize) -> Cow<'_, str> {
    // A text far longer than a row (a 100,000-character give) is measured
    // only as far as the row goes: each frame draws it, so its cost must
    // not grow with the text (a keystroke took seconds).
    if text.len() > 4 * width + 64 {
        let mut used = 0;
        let end = text.char_indices().find_map(|(i, c)| {
            used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            (used > width + 1).then_some(i)
        });
        if let Some(end) = end {
            let (cut, _) = text[..end].unicode_truncate(width.saturating_sub(1));
            return match width {
                0 => Cow::Borrowed(""),
                _ => Cow::Owned(format!("{cut}…")),
            };
        }
    }
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let (cut, _) = text.unicode_truncate(width - 1);
    Cow::Owned(format!("{cut}…"))
}

/// A bordered block `width` columns wide, its title cut with `…` to fit
/// between the corners: ratatui cuts a long title without a mark, and a
/// cut title reads as a whole one.
fn titled(title: &str, width: u16) -> ratatui::widgets::Block<'static> {
    let room = usize::from(width.saturating_sub(2));
    ratatui::widgets::Block::bordered().title(fit(title, room).into_owned())
}

/// A message in a pane `width` columns wide (borders included), wrapped
/// at spaces: an empty screen's hint is read whole or not at all.
fn note(text: &str, width: u16, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width.saturating_sub(2)))
        .into_iter()
        .map(|row| Line::styled(row, style))
        .collect()
}

/// The part of a one-line field's `value` shown from character `scroll`
/// in `width` characters, with `…` at an edge the text goes on past: a
/// field scrolled sideways must not read as if it began where it is cut
/// (trial four read "rk=tom@stripe.com" in an emails field).
fn field_window(value: &str, scroll: usize, width: usize) -> String {
    let total = value.chars().count();
    let mut shown: Vec<char> = value.chars().skip(scroll).take(width).collect();
    if scroll > 0
        && let Some(first) = shown.first_mut()
    {
        *first = '…';
    }
    if scroll + width < total
        && let Some(last) = shown.last_mut()
    {
        *last = '…';
    }
    shown.into_iter().collect()
}

/// A styled row in at most `width` columns, ending with `…` when it had
/// to be cut: [`fit`] for a row of several spans.
fn fit_line(line: Line<'_>, width: usize) -> Line<'_> {
    let total: usize = line.spans.iter().map(|s| s.content.width()).sum();
    if total <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::with_capacity(line.spans.len());
    for span in line.spans {
        let w = span.content.width();
        if w < left {
            left -= w;
            spans.push(span);
            continue;
        }
        // This span reaches the edge: the row ends here, with the mark.
        let cut = fit(&span.content, left).into_owned();
        let cut = if cut.ends_with('…') {
            cut
        } else {
            let (head, _) = cut.unicode_truncate(left.saturating_sub(1));
            format!("{head}…")
        };
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line { spans, ..line }
}

/// [`fit`], padded with spaces to exactly `width` columns: a column of a
/// list.
fn column(text: &str, width: usize) -> String {
    let fitted = fit(text, width);
    let pad = width.saturating_sub(fitted.width());
    format!("{fitted}{}", " ".repeat(pad))
}

/// `text` broken into rows of at most `width` columns at spaces. A word
/// longer than a row (a long URL, a name in a script without spaces) is
/// broken with `…` on both sides of the break, so its parts never read as
/// two words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let options = textwrap::Options::new(width)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut rows = Vec::new();
    for row in textwrap::wrap(text, options) {
        if row.width() <= width {
            rows.push(row.into_owned());
        } else {
            rows.extend(break_word(row.trim(), width));
        }
    }
    rows
}

/// One word too long for `width`, in rows that end and start with `…`
/// where it was broken.
fn break_word(word: &str, width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut rest = word;
    let mut lead = "";
    loop {
        let room = width.saturating_sub(lead.width());
        if rest.width() <= room {
            rows.push(format!("{lead}{rest}"));
            return rows;
        }
        let (head, _) = rest.unicode_truncate(room.saturating_sub(1));
        if head.is_empty() {
            // Too narrow for one character and its mark: cut, marked.
            rows.push(format!("{lead}{}", fit(rest, room)));
            return rows;
        }
        rows.push(format!("{lead}{head}…"));
        rest = &rest[head.len()..];
        lead = "…";
    }
}

/// A label and a value wrapped under it: the value's rows start after the
/// label's ten columns, so a long "met" stays readable as one field.
fn field_rows(label: &str, value: &str, width: usize, config: &Config) -> Vec<Line<'static>> {
    const LABEL: usize = 10;
    wrap(&inert(value), width.saturating_sub(LABEL))
        .into_iter()
        .enumerate()
        .map(|(n, row)| {
            let head = if n == 0 { label } else { "" };
            Line::from(vec![
                Span::styled(format!("{head:<LABEL$}"), config.theme.muted()),
                Span::raw(row),
            ])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_text_ends_with_an_ellipsis_and_keeps_its_columns() {
        assert_eq!(fit("deck", 4), "deck");
        assert_eq!(fit("the deck", 5), "the …");
        // Wide characters count two columns, and none is split in half.
        assert_eq!(fit("日本語です", 6), "日本…");
        assert_eq!(column("日本語です", 6).width(), 6);
        assert_eq!(column("Zoë", 6), "Zoë   ");
        assert_eq!(fit("anything", 0), "");
        assert_eq!(fit("anything", 1), "…");
    }

    proptest::proptest! {
        /// A text far longer than its row, measured only as far as the
        /// row goes, is cut exactly as when measured whole.
        #[test]
        fn a_long_text_is_cut_as_a_short_one(
            text in "[a-zé日本 ]{0,40}",
            repeat in 1usize..200,
            width in 0usize..60,
        ) {
            let long = text.repeat(repeat);
            let whole = if long.width() <= width {
                long.clone()
            } else if width == 0 {
                String::new()
            } else {
                format!("{}…", long.unicode_truncate(width - 1).0)
            };
            proptest::prop_assert_eq!(fit(&long, width), whole);
        }
    }

    #[test]
    fn a_word_longer_than_a_row_is_broken_with_marks() {
        assert_eq!(
            wrap("see https://example.com/a/long/path now", 12),
            ["see", "https://exa…", "…mple.com/a…", "…/long/path", "now"]
        );
        assert_eq!(
            wrap("株式会社ソニー", 6),
            ["株式…", "…会社…", "…ソニ…", "…ー"]
        );
    }
}
