//! The stats and events screens.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{NARROW, offset, rows_in};
use crate::app::{App, Pane};
use crate::config::Config;
use crate::domain::stats::ACTIVE_DAYS;
use crate::domain::text::inert;

pub fn stats(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    let s = &app.data().stats;
    let [top, chart] = Layout::vertical([Constraint::Length(12), Constraint::Fill(1)]).areas(area);
    let tiers: Vec<String> = s
        .active_by_tier
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect();
    let [done_on_time, done_late, overdue] = s.follow_through.said();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("active (touched in {ACTIVE_DAYS} days)  "),
                theme.muted(),
            ),
            Span::raw(tiers.join(" · ")),
        ]),
        Line::from(vec![
            Span::styled("help leans                  ", theme.muted()),
            Span::styled(format!("you gave more: {}", s.you_give_more), theme.give()),
            Span::raw(" · "),
            Span::styled(
                format!("you received more: {}", s.they_give_more),
                theme.ask(),
            ),
        ]),
        Line::from(vec![
            Span::styled("help overall                ", theme.muted()),
            Span::raw(s.help.figures()),
        ]),
        Line::from(vec![
            Span::styled("follow-ups                  ", theme.muted()),
            Span::raw(format!("{} · {} · ", done_on_time, done_late)),
            Span::styled(overdue, theme.warning()),
        ]),
        Line::styled("longest without contact", theme.muted()),
    ];
    for n in &s.neglected {
        let when = n.last_touch.map_or_else(
            || "never".to_string(),
            |d| {
                let days = (app.today() - d).num_days();
                format!("{} ago", crate::domain::text::count(days, "day", "days"))
            },
        );
        lines.push(Line::raw(format!(
            "  {} {when}",
            super::column(&inert(&n.name), 28)
        )));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" stats: depth, not count ")),
        top,
    );
    let months = usize::from(chart.width.saturating_sub(2) / 8).clamp(1, s.months.len().max(1));
    let groups: Vec<BarGroup<'_>> = s
        .months
        .iter()
        .skip(s.months.len().saturating_sub(months))
        .map(|m| {
            BarGroup::with_label(
                crate::domain::dates::month_label(&m.month),
                vec![
                    Bar::new(u64::from(m.gave)).style(theme.give()),
                    Bar::new(u64::from(m.asked)).style(theme.ask()),
                ],
            )
        })
        .collect();
    frame.render_widget(
        BarChart::grouped(groups)
            .bar_width(3)
            .bar_gap(0)
            .group_gap(2)
            .block(super::titled(
                " per month: help you gave (left) vs what you asked (right) ",
                chart.width,
            )),
        chart,
    );
}

pub fn events(
    app: &App,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    regions: &mut super::Regions,
) {
    let theme = &config.theme;
    let state = &app.events();
    let events = &app.data().events;
    let (list, detail) = if area.width < NARROW {
        match state.pane {
            Pane::List => (Some(area), None),
            Pane::Detail => (None, Some(area)),
        }
    } else {
        let [l, r] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Fill(1)]).areas(area);
        (Some(l), Some(r))
    };
    if let Some(list) = list {
        let height = rows_in(list);
        let first = offset(state.selected, height);
        regions.list(list, Pane::List, first, events.len());
        let mut lines: Vec<Line<'_>> = events
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, e)| {
                // The counts stay whole: in words when the row holds them,
                // else as figures the title names; the event's name gives
                // way, marked.
                let inner = usize::from(list.width.saturating_sub(2));
                let words = format!(
                    "met {}, followed up {}, ongoing {}",
                    e.met, e.followed_up, e.ongoing
                );
                let name = inert(&e.name);
                let counts = if 11 + name.width() + 1 + words.width() <= inner {
                    words
                } else {
                    format!("{}/{}/{}", e.met, e.followed_up, e.ongoing)
                };
                let room = inner.saturating_sub(11 + 1 + counts.width());
                let line = Line::from(vec![
                    Span::styled(format!("{} ", e.date), theme.muted()),
                    Span::raw(format!("{} ", super::fit(&name, room))),
                    Span::styled(counts, theme.muted()),
                ]);
                let line = super::fit_line(line, inner);
                if i == state.selected {
                    line.style(theme.selected())
                } else {
                    line
                }
            })
            .collect();
        if events.is_empty() {
            // The meeting form's kind says it was an event: no flag to learn.
            let met = config
                .keymap
                .key_for(crate::keymap::Layer::Contacts, crate::keymap::Action::Met)
                .map_or_else(String::new, |key| format!(" ({key})"));
            let hint = format!("no events yet: log a meeting{met} of kind event");
            lines.extend(super::note(&hint, list.width, theme.muted()));
        }
        let style = if state.pane == Pane::List {
            theme.accent()
        } else {
            theme.muted()
        };
        frame.render_widget(
            Paragraph::new(lines).block(
                super::titled(" events · met/followed up/ongoing ", list.width).border_style(style),
            ),
            list,
        );
    }
    if let Some(detail) = detail {
        let people = events
            .get(state.selected)
            .map(|e| e.people.as_slice())
            .unwrap_or_default();
        regions.list(detail, Pane::Detail, 0, people.len());
        let lines: Vec<Line<'_>> = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (mark, style) = if p.ongoing {
                    ("● ongoing     ", theme.give())
                } else if p.followed_up {
                    ("◐ followed up ", theme.ask())
                } else {
                    ("○ not yet     ", theme.warning())
                };
                let mut spans = vec![Span::styled(mark, style), Span::raw(inert(&p.name))];
                if p.lean != 0 {
                    let style = if p.lean > 0 {
                        theme.give()
                    } else {
                        theme.ask()
                    };
                    spans.push(Span::styled(format!(" {:+}", p.lean), style));
                }
                let line = super::fit_line(
                    Line::from(spans),
                    usize::from(detail.width.saturating_sub(2)),
                );
                if state.pane == Pane::Detail && i == state.person {
                    line.style(theme.selected())
                } else {
                    line
                }
            })
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(super::titled(
                " people met there · enter opens ",
                detail.width,
            )),
            detail,
        );
    }
}
