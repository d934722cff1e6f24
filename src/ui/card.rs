//! The selected person: card, reciprocity gauge and history.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{Regions, field_rows, fit, offset, rows_in, wrap};
use crate::app::App;
use crate::app::{Pane, Spot};
use crate::config::Config;
use crate::domain::text::{count, inert};
use crate::domain::{Help, Status, Tally};
use crate::journal::Card;
use crate::keymap::{Action, Layer};

pub fn person(
    app: &App,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    focused: bool,
    regions: &mut Regions,
) {
    regions.add(area, Spot::Pane(Pane::Detail));
    let theme = &config.theme;
    let Some(card) = &app.card() else {
        frame.render_widget(
            Paragraph::new(Line::styled("nobody selected", theme.muted())).block(Block::bordered()),
            area,
        );
        return;
    };
    // The history keeps a few rows when the pane is tall enough for both;
    // the card takes the rest it needs, its balance before anything else.
    let history_rows = if area.height >= 14 { 5 } else { 0 };
    let room = usize::from(area.height.saturating_sub(history_rows).saturating_sub(2));
    let info = by_importance(info_blocks(app, card, config, inner_width(area)), room);
    let card_height = u16::try_from(info.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(card_height), Constraint::Fill(1)]).areas(area);
    let title = match &card.contact.status {
        Status::Closed { reason, on } => format!(
            " {} · closed {on}: {} ",
            inert(&card.contact.name),
            inert(reason)
        ),
        Status::Active => format!(" {} {} ", inert(&card.contact.name), card.contact.id),
    };
    let title = fit(&title, inner_width(area)).into_owned();
    frame.render_widget(
        Paragraph::new(info).block(Block::bordered().title(title).border_style(theme.accent())),
        top,
    );
    if bottom.height > 0 {
        history(app, card, config, frame, bottom, focused, regions);
    }
}

fn inner_width(area: Rect) -> usize {
    usize::from(area.width.saturating_sub(2))
}

/// One part of the card, already wrapped to its width, with how much it
/// matters: 0 (the balance) is drawn first when rows are short.
struct Part<'a> {
    rank: u8,
    rows: Vec<Line<'a>>,
}

/// The blocks that fit in `room` rows, most important first, drawn in
/// their own order. A block that fits only in part is cut at its last
/// row with `…`; the gauge is whole or left out.
fn by_importance(blocks: Vec<Part<'_>>, room: usize) -> Vec<Line<'_>> {
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_by_key(|&i| blocks[i].rank);
    let mut keep = vec![0; blocks.len()];
    let mut left = room;
    for i in order {
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
    let mut lines = Vec::new();
    for (block, take) in blocks.into_iter().zip(keep) {
        let cut = take < block.rows.len();
        for (n, row) in block.rows.into_iter().take(take).enumerate() {
            if cut && n + 1 == take {
                let mut row = row;
                row.spans.push(Span::raw("…"));
                lines.push(row);
            } else {
                lines.push(row);
            }
        }
    }
    lines
}

const GAUGE: u8 = 1;

fn info_blocks<'a>(app: &App, card: &'a Card, config: &Config, width: usize) -> Vec<Part<'a>> {
    let theme = &config.theme;
    let c = &card.contact;
    let mut blocks = Vec::new();
    let mut add = |rank: u8, rows: Vec<Line<'a>>| {
        if !rows.is_empty() {
            blocks.push(Part { rank, rows });
        }
    };
    let mut met: Vec<String> = Vec::new();
    if !c.met.text.is_empty() {
        met.push(c.met.text.clone());
    }
    if let Some(on) = c.met.on {
        met.push(on.to_string());
    }
    if let Some(via) = &card.via {
        met.push(format!("via {}", via.name));
    }
    if !met.is_empty() {
        add(3, field_rows("met", &met.join(" · "), width, config));
    }
    let work: Vec<&str> = [c.role.as_str(), c.org.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !work.is_empty() {
        add(6, field_rows("work", &work.join(" at "), width, config));
    }
    let touch = card.balance.days_since_touch(app.today()).map_or_else(
        || "never in touch".to_string(),
        |d| format!("last touch {}", crate::domain::dates::ago(d)),
    );
    let cadence = c.cadence_days.map_or_else(String::new, |d| {
        format!(" · every {}", count(d, "day", "days"))
    });
    add(
        4,
        field_rows(
            "tier",
            &format!("{}{cadence} · {touch}", c.tier),
            width,
            config,
        ),
    );
    for d in &c.dates {
        add(5, field_rows("date", &d.line(app.today()), width, config));
    }
    for a in &c.addresses {
        add(9, field_rows("address", &a.shown(), width, config));
    }
    let related = card.relations();
    if !related.is_empty() {
        add(
            5,
            field_rows("related", &related.join(" · "), width, config),
        );
    }
    if !card.interests.is_empty() {
        let items = card
            .interests
            .iter()
            .map(|i| {
                if i.shared {
                    (format!("★ {}", inert(&i.name)), theme.give())
                } else {
                    (inert(&i.name), Style::default())
                }
            })
            .collect();
        add(8, packed("interests", items, width, config));
    }
    for (rank, label, items) in [
        (5, "needs", &c.needs),
        (7, "offers", &c.offers),
        (9, "tags", &c.tags),
    ] {
        if !items.is_empty() {
            add(rank, field_rows(label, &items.join(", "), width, config));
        }
    }
    let signals: Vec<&str> = card
        .history
        .iter()
        .filter_map(|h| match h {
            crate::journal::HistoryItem::Signal(s) => Some(s.text.as_str()),
            _ => None,
        })
        .collect();
    if !signals.is_empty() {
        let text = format!(
            "⚠ {}: {}",
            count(signals.len(), "warning signal", "warning signals"),
            signals.join("; ")
        );
        let rows = wrap(&inert(&text), width)
            .into_iter()
            .map(|row| Line::styled(row, theme.warning()))
            .collect();
        add(2, rows);
    }
    let t = &card.balance.tallies;
    let help = &card.help;
    let max = help.given.weight.max(help.received.weight).max(1);
    add(
        GAUGE,
        vec![
            gauge(Help::GIVEN, help.given, max, theme.give(), width, config),
            gauge(
                Help::RECEIVED,
                help.received,
                max,
                theme.give(),
                width,
                config,
            ),
        ],
    );
    let verdict = match help.lean {
        0 => help.meaning.to_string(),
        n if n > 0 => format!("{}: {}", help.signed(), help.meaning),
        _ => format!("{}: {}; give something back", help.signed(), help.meaning),
    };
    let mut extra = String::new();
    if t.my_open_promises > 0 {
        extra.push_str(&format!(
            " · {} open",
            count(t.my_open_promises, "promise", "promises")
        ));
    }
    if t.their_open_requests > 0 {
        extra.push_str(&format!(
            " · {} to you open",
            count(t.their_open_requests, "request", "requests")
        ));
    }
    add(
        0,
        field_rows("balance", &format!("{verdict}{extra}"), width, config),
    );
    // Asks are requests, not help until granted: said apart, in their
    // colour, after the lean they do not move.
    let asks = field_rows("asks", &t.asks(), width, config)
        .into_iter()
        .map(|row| row.patch_style(theme.ask()))
        .collect();
    add(5, asks);
    blocks
}

/// Styled items after a label, joined with ", " and packed into rows of
/// `width`; an item longer than a row is cut with `…`.
fn packed(
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
fn gauge<'a>(
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

fn history(
    app: &App,
    card: &Card,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    focused: bool,
    regions: &mut Regions,
) {
    let theme = &config.theme;
    let height = rows_in(area);
    let selected = app.contacts().history_scroll;
    let first = offset(selected, height);
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(height);
    // Inside the border: the date and the label take 22 columns, the arrow
    // before details 13.
    let inner = usize::from(area.width.saturating_sub(2));
    for (i, item) in card.history.iter().enumerate().skip(first) {
        if lines.len() >= height {
            break;
        }
        let h = card.headline(item);
        let style = match h.label {
            "gave" | "introduced" | "got" => theme.give(),
            "asked" | "asked-by" => theme.ask(),
            "signal" => theme.warning(),
            _ => Style::default(),
        };
        let mut row = Line::from(vec![
            Span::styled(format!("{} ", h.date), theme.muted()),
            Span::styled(format!("{:<10} ", h.label), style),
            Span::raw(fit(&inert(&h.text), inner.saturating_sub(22)).into_owned()),
        ]);
        if focused && i == selected {
            row = row.style(theme.selected());
        }
        let y = area.y + 1 + u16::try_from(lines.len()).unwrap_or(0);
        let rows = if h.details.is_empty() { 1 } else { 2 };
        regions.add(
            Rect::new(area.x + 1, y, area.width.saturating_sub(2), rows),
            Spot::Row(Pane::Detail, i),
        );
        lines.push(row);
        if !h.details.is_empty() && lines.len() < height {
            lines.push(Line::styled(
                format!(
                    "           ↳ {}",
                    // One row: a message's lines are kept apart, not run
                    // together ("Hi Aisha,it was…").
                    fit(
                        &inert(&h.details.lines().collect::<Vec<_>>().join(" / ")),
                        inner.saturating_sub(13)
                    )
                ),
                theme.muted(),
            ));
        }
    }
    if card.history.is_empty() {
        let keys: Vec<String> = [
            (Action::Gave, "gave"),
            (Action::Met, "met"),
            (Action::FollowUp, "follow-up"),
        ]
        .iter()
        .filter_map(|(action, what)| {
            let key = config.keymap.key_for(Layer::Contacts, *action)?;
            Some(format!("{key} {what}"))
        })
        .collect();
        lines.push(Line::styled(
            format!("no history yet: {}", keys.join(", ")),
            theme.muted(),
        ));
    }
    let title = format!(" history {} · newest first ", card.history.len());
    let style = if focused {
        theme.accent()
    } else {
        theme.muted()
    };
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title).border_style(style)),
        area,
    );
}
