//! The search screen: every text that matches, one a row, the matched
//! words marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Pane};
use crate::config::Config;
use crate::domain::text::inert;
use crate::ui::{self, Regions, column, offset, rows_in};

/// The results of the search typed, the selected one highlighted.
pub(super) fn screen(
    app: &App,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    regions: &mut Regions,
) {
    let theme = &config.theme;
    let state = &app.search();
    let height = rows_in(area);
    let first = offset(state.selected, height);
    regions.list(area, Pane::List, first, state.results.len());
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(height);
    for (i, hit) in state.results.iter().enumerate().skip(first).take(height) {
        let date = hit.date.map_or_else(|| " ".repeat(10), |d| d.to_string());
        let closed = if hit.closed { " (closed)" } else { "" };
        let mut spans = vec![
            Span::styled(format!("{date} "), theme.muted()),
            Span::raw(format!(
                "{} ",
                column(&inert(&format!("{}{closed}", hit.name)), 20)
            )),
            Span::styled(format!("{} ", column(hit.label, 12)), theme.muted()),
        ];
        // The excerpt, its matched words shown as the filter shows hers;
        // cut from the left only when the first would not be in view.
        // (One column kept for the "…" that says more follows.)
        let room = usize::from(area.width.saturating_sub(2)).saturating_sub(46);
        let (excerpt, marks) = in_view(&hit.excerpt, &hit.marks, room);
        let mut at = 0;
        for (start, end) in &marks {
            spans.push(Span::raw(excerpt[at..*start].to_string()));
            spans.push(Span::styled(
                excerpt[*start..*end].to_string(),
                theme.matched(),
            ));
            at = *end;
        }
        spans.push(Span::raw(excerpt[at..].to_string()));
        let row = Line::from(spans);
        let row = ui::fit_line(row, usize::from(area.width.saturating_sub(2)));
        // Highlighted while the query is typed too: up and down move it,
        // and enter opens it.
        lines.push(if i == state.selected {
            row.style(theme.selected())
        } else {
            row
        });
    }
    if state.results.is_empty() {
        let hint = if state.query.is_empty() {
            "type to search names, notes, details, history and ledger texts"
        } else {
            "no match"
        };
        lines.extend(ui::note(hint, area.width, theme.muted()));
    }
    let count = crate::domain::text::count(state.total, "result", "results");
    let title = if state.total > state.results.len() {
        format!(" search: the first {} of {count} ", state.results.len())
    } else {
        format!(" search: {count} · enter opens the person ")
    };
    frame.render_widget(
        Paragraph::new(lines).block(super::border(title, area, state.focused, config)),
        area,
    );
}

/// `excerpt` with what comes before its first match dropped, as little
/// as needed, when the match would end past `room` columns; `marks`
/// moved with it.
fn in_view(excerpt: &str, marks: &[(usize, usize)], room: usize) -> (String, Vec<(usize, usize)>) {
    use unicode_width::UnicodeWidthStr;
    let Some(&(first, end)) = marks.first() else {
        return (excerpt.to_string(), marks.to_vec());
    };
    if excerpt[..end].width() <= room {
        return (excerpt.to_string(), marks.to_vec());
    }
    // Drop enough columns for the "…" that says so, not into the match.
    let over = excerpt[..end].width() + 1 - room;
    let mut cut = 0;
    let mut dropped = 0;
    for (at, c) in excerpt.char_indices() {
        if dropped >= over || at >= first {
            break;
        }
        dropped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        cut = at + c.len_utf8();
    }
    let kept = excerpt[cut..].trim_start_matches('…');
    let shift = excerpt.len() - kept.len();
    let line = format!("…{kept}");
    let marks = marks
        .iter()
        .filter(|(s, _)| *s >= shift)
        .map(|(s, e)| (s - shift + '…'.len_utf8(), e - shift + '…'.len_utf8()))
        .collect();
    (line, marks)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    proptest! {
        /// The first match is always in view, and what is dropped is
        /// before it and no more than needed.
        #[test]
        fn the_match_is_in_view(
            before in "[a-z ]{0,60}", word in "[a-z]{1,8}", after in "[a-z ]{0,20}",
            room in 12usize..60,
        ) {
            let excerpt = format!("{before}{word}{after}");
            let marks = [(before.len(), before.len() + word.len())];
            let (line, m) = super::in_view(&excerpt, &marks, room);
            let (s, e) = m[0];
            prop_assert_eq!(&line[s..e], word.as_str());
            prop_assert!(line[..e].width() <= room.max(word.len() + 1), "{:?}", line);
            if excerpt[..marks[0].1].width() <= room {
                prop_assert_eq!(&line, &excerpt);
            }
        }
    }
}
