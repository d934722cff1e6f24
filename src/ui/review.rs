//! The review screen: today's queue beside the card of the selected person.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{NARROW, card, fit, offset, rows_in};
use crate::app::App;
use crate::config::Config;
use crate::domain::text::inert;

pub fn screen(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    let queue = &app.data.review;
    let summary = &app.review.summary;
    if queue.items.is_empty() {
        let mut lines = vec![
            Line::styled("Nothing needs you today.", theme.accent()),
            Line::raw(""),
        ];
        if summary.reviewed() > 0 {
            lines.push(Line::raw(summary.line()));
        }
        lines.push(Line::styled(
            "2 for your people, 3 for shared interests, 4 for the give ledger.",
            theme.muted(),
        ));
        frame.render_widget(
            Paragraph::new(lines).block(Block::bordered().title(" review ")),
            area,
        );
        return;
    }
    let (list, detail) = if area.width < NARROW {
        (area, None)
    } else {
        let share = if area.width < 100 { 60 } else { 45 };
        let [l, r] =
            Layout::horizontal([Constraint::Percentage(share), Constraint::Fill(1)]).areas(area);
        (l, Some(r))
    };
    let height = rows_in(list).saturating_sub(1) / 2;
    let first = offset(app.review.selected, height.max(1));
    let mut lines: Vec<Line<'_>> = vec![Line::styled(
        "d done · s/S snooze a day/week · z until · x dismiss · g give · m met · w draft",
        theme.muted(),
    )];
    for (i, item) in queue
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(height.max(1))
    {
        let selected = i == app.review.selected;
        // Inside the border, after the three columns of the number.
        let room = usize::from(list.width.saturating_sub(2)).saturating_sub(3);
        let mut name = Line::from(vec![
            Span::styled(format!("{:>2} ", i + 1), theme.muted()),
            Span::styled(fit(&inert(&item.name), room).into_owned(), theme.accent()),
        ]);
        let mut why = Line::raw(format!("   {}", fit(&inert(&item.why), room)));
        if selected {
            name = name.style(theme.selected());
            why = why.style(theme.selected());
        }
        lines.push(name);
        lines.push(why);
    }
    let waiting = if queue.waiting > 0 {
        format!(" · {} wait", queue.waiting)
    } else {
        String::new()
    };
    let title = format!(
        " review: {} today{waiting} · {} ",
        queue.items.len(),
        summary.line()
    );
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title).border_style(theme.accent())),
        list,
    );
    if let Some(detail) = detail {
        card::person(app, config, frame, detail, false);
    }
}
