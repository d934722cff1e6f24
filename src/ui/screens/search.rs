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
        // The excerpt, its matched words shown as the filter shows hers.
        let mut at = 0;
        for (start, end) in &hit.marks {
            spans.push(Span::raw(hit.excerpt[at..*start].to_string()));
            spans.push(Span::styled(
                hit.excerpt[*start..*end].to_string(),
                theme.matched(),
            ));
            at = *end;
        }
        spans.push(Span::raw(hit.excerpt[at..].to_string()));
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
