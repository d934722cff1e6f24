//! The card's parts and how they share its rows: each part has its rows
//! and may have a folded form (fewer rows, what was left out counted), and
//! the rows go to the most important parts first.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::{fit, fit_line};
use crate::config::Config;
use crate::domain::Tally;

/// One part of the card, already wrapped to its width, with how much it
/// matters: 0 (the balance) keeps its rows first when rows are short.
pub(super) struct Part<'a> {
    pub(super) rank: u8,
    /// What the part is called where the card says it was left out.
    /// Counted where it holds several ("7 chat handles").
    pub(super) name: String,
    pub(super) rows: Vec<Line<'a>>,
    /// The same part in fewer rows, saying what it left out ("+2 more"):
    /// used when every part whole does not fit.
    pub(super) folded: Option<Vec<Line<'a>>>,
    /// Whether a row of it must never be shortened: ways to reach them,
    /// where a cut number reads as a wrong one. Cut short, such a part
    /// ends after a whole row.
    pub(super) whole_rows: bool,
}

impl<'a> Part<'a> {
    /// A part that has no folded form.
    pub(super) fn new(rank: u8, name: String, rows: Vec<Line<'a>>) -> Part<'a> {
        Part {
            rank,
            name,
            rows,
            folded: None,
            whole_rows: false,
        }
    }
}

/// The rank of the gauge, which is drawn whole or not at all.
pub(super) const GAUGE: u8 = 3;

/// The parts that fit in `room` rows of `width` columns, drawn in their
/// own order. When they do not all fit, the least important foldable
/// parts fold first; then the most important keep their rows, and a part
/// that fits only in part ends its last row with `…`; the gauge is whole
/// or left out.
pub(super) fn by_importance<'a>(
    mut blocks: Vec<Part<'a>>,
    room: usize,
    width: usize,
    config: &Config,
) -> Vec<Line<'a>> {
    let total = |blocks: &[Part<'_>]| blocks.iter().map(|b| b.rows.len()).sum::<usize>();
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(blocks[i].rank));
    for &i in &order {
        if total(&blocks) <= room {
            break;
        }
        if let Some(folded) = blocks[i].folded.take() {
            blocks[i].rows = folded;
        }
    }
    // The most important first, and of parts as important the one drawn
    // higher: reversed, the last of a rank took rows before the first.
    order.sort_by_key(|&i| blocks[i].rank);
    let mut keep = share(&blocks, &order, room);
    let left_out = |keep: &[usize]| -> Vec<String> {
        blocks
            .iter()
            .zip(keep)
            .filter(|(_, take)| **take == 0)
            .map(|(b, _)| b.name.clone())
            .collect()
    };
    if !left_out(&keep).is_empty() {
        // One row says which parts are left out, so none goes unsaid.
        keep = share(&blocks, &order, room.saturating_sub(1));
    }
    let names = left_out(&keep);
    let mut lines = Vec::new();
    for (block, take) in blocks.into_iter().zip(keep) {
        let cut = take < block.rows.len();
        for (n, row) in block.rows.into_iter().take(take).enumerate() {
            if cut && n + 1 == take {
                lines.push(if block.whole_rows {
                    ended(row, width)
                } else {
                    marked(row, "…", width)
                });
            } else {
                lines.push(row);
            }
        }
    }
    if !names.is_empty() && room > 0 {
        let row = Line::from(vec![
            Span::styled(format!("{:<10}", "+ more"), config.theme.muted()),
            Span::styled(names.join(", "), config.theme.muted()),
        ]);
        lines.push(fit_line(row, width));
    }
    lines
}

/// The last row a part keeps, `…` after it when there is room; else its
/// label column (a row of several spans) and the `…` alone, so no value
/// shows in part.
fn ended(row: Line<'_>, width: usize) -> Line<'_> {
    if row.width() < width {
        return marked(row, "…", width);
    }
    let mut spans: Vec<Span<'_>> = if row.spans.len() > 1 {
        row.spans.into_iter().take(1).collect()
    } else {
        Vec::new()
    };
    spans.push(Span::raw("…"));
    Line::from(spans)
}

/// How many rows each part keeps in `room`, the most important first
/// (`order`); the gauge is whole or left out.
fn share(blocks: &[Part<'_>], order: &[usize], room: usize) -> Vec<usize> {
    let mut keep = vec![0; blocks.len()];
    let mut left = room;
    for &i in order {
        let want = blocks[i].rows.len();
        let take = if want <= left {
            want
        } else if blocks[i].rank == GAUGE {
            0
        } else {
            left
        };
        keep[i] = take;
        left -= take;
    }
    keep
}

/// `row` with `mark` after it, the row shortened (and so marked `…`) when
/// both do not fit in `width`.
pub(super) fn marked<'a>(row: Line<'a>, mark: &str, width: usize) -> Line<'a> {
    let used: usize = row.spans.iter().map(|s| s.content.width()).sum();
    let (mut row, mark) = if used + mark.width() <= width {
        (row, mark)
    } else {
        // Shortened, the row ends with its own `…`: a second says nothing.
        let mark = mark.strip_prefix('…').unwrap_or(mark);
        (fit_line(row, width.saturating_sub(mark.width())), mark)
    };
    if !mark.is_empty() {
        row.spans.push(Span::raw(mark.to_string()));
    }
    row
}

/// Styled items after a label, joined with ", " and packed into rows of
/// `width`; an item longer than a row is cut with `…`.
pub(super) fn packed(
    label: &str,
    items: Vec<(String, Style)>,
    width: usize,
    config: &Config,
) -> Vec<Line<'static>> {
    const LABEL: usize = 10;
    let room = width.saturating_sub(LABEL).max(1);
    let mut rows: Vec<(Vec<Span<'static>>, usize)> = Vec::new();
    for (text, style) in items {
        let text = fit(&text, room.saturating_sub(1)).into_owned();
        let w = text.width();
        match rows.last_mut() {
            Some((spans, used)) if *used + 2 + w <= room => {
                spans.push(Span::raw(", "));
                spans.push(Span::styled(text, style));
                *used += 2 + w;
            }
            Some((spans, used)) => {
                spans.push(Span::raw(","));
                *used += 1;
                rows.push((vec![Span::styled(text, style)], w));
            }
            None => rows.push((vec![Span::styled(text, style)], w)),
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(n, (spans, _))| {
            let head = if n == 0 { label } else { "" };
            let mut line = vec![Span::styled(
                format!("{head:<LABEL$}"),
                config.theme.muted(),
            )];
            line.extend(spans);
            Line::from(line)
        })
        .collect()
}

/// How wide the gauge's labels are: the longest, "help received".
const GAUGE_LABEL: usize = 13;

/// One bar of the reciprocity gauge, scaled to the larger of the two.
/// The bar is up to 20 columns, fewer when the card is narrow, so that
/// the figures after it stay on the row.
pub(super) fn gauge<'a>(
    label: &'a str,
    tally: Tally,
    max: u32,
    style: Style,
    width: usize,
    config: &Config,
) -> Line<'a> {
    let figures = format!(" {} ({}×)", tally.weight, tally.count);
    let bar_width = width
        .saturating_sub(GAUGE_LABEL + 1 + figures.width())
        .clamp(1, 20);
    let bar_width = u32::try_from(bar_width).unwrap_or(20);
    let filled = (tally.weight * bar_width).div_ceil(max).min(bar_width);
    let bar: String = "█".repeat(filled as usize) + &"·".repeat((bar_width - filled) as usize);
    Line::from(vec![
        Span::styled(format!("{label:<GAUGE_LABEL$} "), config.theme.muted()),
        Span::styled(bar, style),
        Span::raw(figures),
    ])
}
