//! The review screen: today's queue beside the card of the selected person.

mod window;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{NARROW, card, fit, rows_in, wrap};
use crate::app::{App, Pane, Spot};
use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::{Action, Layer};
use unicode_width::UnicodeWidthStr;

pub fn screen(
    app: &App,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    regions: &mut super::Regions,
) {
    let theme = &config.theme;
    let queue = &app.data().review;
    let summary = &app.review().summary;
    if queue.items.is_empty() {
        // Follow-ups due were set aside: say how, and when they come back
        // (`DueCount::set_aside_words`), rather than "nothing".
        let mut lines = match app.data().review.due.set_aside_words() {
            None => vec![
                Line::styled("Nothing needs you today.", theme.accent()),
                Line::raw(""),
            ],
            Some(words) => vec![
                Line::styled("Nothing more needs you today.", theme.accent()),
                Line::raw(words),
                Line::raw(""),
            ],
        };
        if summary.reviewed() > 0 {
            lines.push(Line::raw(summary.line()));
        }
        lines.push(Line::styled(
            "2 for your people, 3 for shared interests, 4 for the give ledger.",
            theme.muted(),
        ));
        frame.render_widget(
            Paragraph::new(lines)
                .block(Block::bordered().title(" review "))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let focused = app.review().pane == Pane::Detail;
    if area.width < NARROW && focused {
        card::person(app, config, frame, area, true, regions);
        return;
    }
    let (list, detail) = if area.width < NARROW {
        (area, None)
    } else {
        let [l, r] = Layout::horizontal([
            Constraint::Length(list_width(app, area.width)),
            Constraint::Fill(1),
        ])
        .areas(area);
        (l, Some(r))
    };
    // The keys, as many lines as the pane's width needs: a hint cut at
    // "x dismiss" hides the draft key.
    let inner = usize::from(list.width.saturating_sub(2)).max(1);
    let hints: Vec<String> = HINTS
        .iter()
        .filter_map(|(action, what)| {
            // Panes are named by the key every screen shares (tab), not
            // this screen's vi-like one.
            let layer = if *action == Action::FocusNext {
                Layer::Global
            } else {
                Layer::Review
            };
            let key = config.keymap.key_for(layer, *action)?;
            Some(format!("{key} {what}"))
        })
        .collect();
    let hints = wrap_hints(&hints, inner);
    let (title, tally) = header(app, inner);
    let mut lines: Vec<Line<'_>> = tally
        .into_iter()
        .chain(hints)
        .map(|h| Line::styled(h, theme.muted()))
        .collect();
    // A person is numbered and named once; their other reasons follow
    // under the first.
    let numbers: Vec<Option<usize>> = queue
        .items
        .iter()
        .enumerate()
        .scan(0, |n, (i, item)| {
            let same = i > 0 && queue.items[i - 1].contact == item.contact;
            if !same {
                *n += 1;
            }
            Some((!same).then_some(*n))
        })
        .collect();
    // A row for the name where a person starts (or the list does), and one
    // for each reason but the selected, which is shown whole: as many as
    // the rows hold, from the first that keeps the selection in view
    // (`window`), and a mark for what is out of view.
    let rows = rows_in(list).saturating_sub(lines.len());
    // Inside the border, after the three columns of the number.
    let room = usize::from(list.width.saturating_sub(2)).saturating_sub(3);
    regions.add(list, Spot::Pane(Pane::List));
    let selected = app.review().selected.min(queue.items.len() - 1);
    let whole = wrap(&inert(&queue.items[selected].why), room);
    let persons: Vec<(usize, usize)> = numbers
        .iter()
        .scan(0, |n, number| {
            *n = number.unwrap_or(*n);
            Some(*n)
        })
        .enumerate()
        .map(|(i, n)| (n, if i == selected { whole.len() } else { 1 }))
        .collect();
    let shown = window::window(&persons, selected, rows);
    let mark = shown.mark(&persons);
    for (k, (named, why_rows)) in shown.shown.iter().enumerate() {
        let i = shown.first + k;
        let item = &queue.items[i];
        // The selected reason is shown whole, on as many rows as it needs;
        // the others keep one row each.
        let why: Vec<String> = if i == selected {
            whole.iter().take(*why_rows).cloned().collect()
        } else {
            vec![fit(&inert(&item.why), room).into_owned()]
                .into_iter()
                .take(*why_rows)
                .collect()
        };
        let needs = why.len() + usize::from(*named);
        let y = list.y + 1 + u16::try_from(lines.len()).unwrap_or(0);
        regions.add(
            Rect::new(
                list.x + 1,
                y,
                list.width.saturating_sub(2),
                u16::try_from(needs).unwrap_or(1),
            ),
            Spot::Row(Pane::List, i),
        );
        if *named {
            let number = match numbers[i] {
                Some(n) => format!("{n:>2} "),
                None => "   ".into(),
            };
            let mut name = Line::from(vec![
                Span::styled(number, theme.muted()),
                Span::styled(fit(&inert(&item.name), room).into_owned(), theme.accent()),
            ]);
            // The person whose line is selected is named as selected too:
            // on their second line the name above says whom `w` acts on.
            if queue.items[selected].contact == item.contact {
                name = name.style(theme.selected());
            }
            lines.push(name);
        }
        for row in why {
            let mut why = Line::raw(format!("   {row}"));
            if i == selected {
                why = why.style(theme.selected());
            }
            lines.push(why);
        }
    }
    let mut block = Block::bordered().title(title).border_style(theme.accent());
    if let Some(mark) = mark {
        let width = usize::from(list.width.saturating_sub(2));
        block = block.title_bottom(Line::styled(fit(&mark, width).into_owned(), theme.muted()));
    }
    frame.render_widget(Paragraph::new(lines).block(block), list);
    if let Some(detail) = detail {
        card::person(app, config, frame, detail, focused, regions);
    }
}

/// The queue's width: what its longest name or reason needs, at least
/// the share it always had, and never so much that the card beside it has
/// less than two fifths of the width (or [`CARD_MIN`] columns): its rows
/// would fold where the queue's fit.
fn list_width(app: &App, width: u16) -> u16 {
    let need = app
        .data()
        .review
        .items
        .iter()
        .map(|i| inert(&i.why).width().max(inert(&i.name).width()))
        .max()
        .unwrap_or(0)
        // The number's three columns and the two borders.
        + 5;
    let least = if width < 100 {
        width * 3 / 5
    } else {
        width * 9 / 20
    };
    let card = CARD_MIN.max(width * 2 / 5);
    let most = width.saturating_sub(card).max(least);
    u16::try_from(need).unwrap_or(u16::MAX).clamp(least, most)
}

/// The card beside the queue keeps at least this many columns.
const CARD_MIN: u16 = 32;

/// "review: 3 people today · 2 more in line": the queue's title and the
/// status line say the review's size in these words, from
/// [`crate::domain::review::Queue::people`] and the people beyond the
/// day's capacity, who come in as others are done (trial 26s: the status
/// line left out the 2 the header said were waiting).
pub(super) fn today(queue: &crate::domain::review::Queue) -> String {
    let waiting = if queue.waiting > 0 {
        format!(" · {} more in line", queue.waiting)
    } else {
        String::new()
    };
    format!(
        "review: {} today{waiting}",
        crate::domain::text::count(queue.people(), "person", "people")
    )
}

/// The queue's title, and the review's tally as a row of its own when the
/// title cannot hold it whole (nothing reviewed yet goes unsaid there).
fn header(app: &App, width: usize) -> (String, Vec<String>) {
    let queue = &app.data().review;
    let summary = &app.review().summary;
    let head = format!(" {} ", today(queue));
    let whole = format!("{head}· {} ", summary.line());
    if whole.width() <= width {
        return (whole, Vec::new());
    }
    let tally = if summary.reviewed() > 0 {
        wrap(&summary.line(), width)
    } else {
        Vec::new()
    };
    (fit(&head, width).into_owned(), tally)
}

/// What acts on the selected line, named by the keys bound to it.
const HINTS: &[(Action, &str)] = &[
    (Action::Done, "done"),
    (Action::Snooze, "snooze a day"),
    (Action::SnoozeWeek, "a week"),
    (Action::SnoozeDate, "until a day you pick"),
    (Action::Dismiss, "dismiss"),
    (Action::Gave, "give"),
    (Action::Met, "met"),
    (Action::Draft, "draft"),
    (Action::FocusNext, "history"),
];

/// The hints joined with " · " into lines no wider than `width`.
fn wrap_hints(hints: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for hint in hints {
        match lines.last_mut() {
            Some(line) if line.width() + 3 + hint.width() <= width => {
                line.push_str(" · ");
                line.push_str(hint);
            }
            _ => lines.push(super::fit(hint, width).into_owned()),
        }
    }
    lines
}
