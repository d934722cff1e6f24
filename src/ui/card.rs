//! The selected person: card, reciprocity gauge and history.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

mod parts;
mod reach;

use parts::{GAUGE, Part, by_importance, gauge, packed};

use super::{Regions, field_rows, fit, offset, rows_in, wrap};
use crate::app::App;
use crate::app::{Pane, Spot};
use crate::config::Config;
use crate::domain::text::{count, inert};
use crate::domain::{Contact, Occasion};
use crate::domain::{Help, Status};
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
    // The history keeps a few rows when the pane is tall enough for both,
    // no more than its own entries fill (trial 27t: "+2 more" on the card
    // above four empty rows); the card takes the rest it needs, its
    // balance before anything else.
    let wanted = if card.history.is_empty() {
        4
    } else {
        let rows = |item| {
            if card.headline(item).details.is_empty() {
                1
            } else {
                2
            }
        };
        2 + card.history.iter().take(3).map(rows).sum::<u16>()
    };
    let history_rows = if area.height >= 14 { wanted.min(5) } else { 0 };
    let room = usize::from(area.height.saturating_sub(history_rows).saturating_sub(2));
    let width = inner_width(area);
    let info = by_importance(info_blocks(app, card, config, width), room, width, config);
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

fn info_blocks<'a>(app: &App, card: &'a Card, config: &Config, width: usize) -> Vec<Part<'a>> {
    let theme = &config.theme;
    let c = &card.contact;
    // How to reach them and what was written about them come first.
    let mut blocks: Vec<Part<'a>> = Vec::new();
    blocks.extend(reach::reach(card, app.copied_reach(), width, config));
    if let Some((first, rest)) = c.handles.split_first() {
        let items = c
            .handles
            .iter()
            .map(|h| (inert(&h.shown()), Style::default()));
        // Folded, the first and how many more, as a kind of address is.
        let one = packed(
            "chat",
            vec![(inert(&first.shown()), Style::default())],
            width,
            config,
        );
        let folded = one.into_iter().next().map(|row| match rest.len() {
            0 => vec![row],
            more => vec![parts::marked(row, &format!(" +{more} more"), width)],
        });
        blocks.push(Part {
            folded,
            ..Part::new(
                9,
                count(c.handles.len(), "chat handle", "chat handles"),
                packed("chat", items.collect(), width, config),
            )
        });
    }
    blocks.extend(reach::notes(card, width, config));
    blocks.extend(dates(c, app.today(), width, config));
    let mut add = |rank: u8, name: &str, rows: Vec<Line<'a>>| {
        if !rows.is_empty() {
            blocks.push(Part::new(rank, name.to_string(), rows));
        }
    };
    if !c.aliases.is_empty() {
        add(
            9,
            "aka",
            field_rows("aka", &c.aliases.join(", "), width, config),
        );
    }
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
        add(5, "met", field_rows("met", &met.join(" · "), width, config));
    }
    let work: Vec<&str> = [c.role.as_str(), c.org.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !work.is_empty() {
        add(
            8,
            "work",
            field_rows("work", &work.join(" at "), width, config),
        );
    }
    let touch = card.balance.days_since_touch(app.today()).map_or_else(
        || "never in touch".to_string(),
        |d| format!("last touch {}", crate::domain::dates::ago(d)),
    );
    let cadence = c.cadence_days.map_or_else(String::new, |d| {
        format!(" · every {}", count(d, "day", "days"))
    });
    add(
        6,
        "tier",
        field_rows(
            "tier",
            &format!("{}{cadence} · {touch}", c.tier),
            width,
            config,
        ),
    );
    let related = card.relations();
    if !related.is_empty() {
        add(
            7,
            "related",
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
        add(10, "interests", packed("interests", items, width, config));
    }
    for (rank, label, items) in [
        (7, "needs", &c.needs),
        (9, "offers", &c.offers),
        (11, "tags", &c.tags),
    ] {
        if !items.is_empty() {
            add(
                rank,
                label,
                field_rows(label, &items.join(", "), width, config),
            );
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
        add(4, "warnings", rows);
    }
    let t = &card.balance.tallies;
    let help = &card.help;
    let max = help.given.weight.max(help.received.weight).max(1);
    add(
        GAUGE,
        "help gauge",
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
    let verdict = t.verdict(match help.lean {
        0 => help.meaning.to_string(),
        n if n > 0 => format!("{}: {}", help.signed(), help.meaning),
        _ => format!("{}: {}; give something back", help.signed(), help.meaning),
    });
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
        "balance",
        field_rows("balance", &format!("{verdict}{extra}"), width, config),
    );
    // Asks are requests, not help until granted: said apart, in their
    // colour, after the lean they do not move.
    let asks = field_rows("asks", &t.asks(), width, config)
        .into_iter()
        .map(|row| row.patch_style(theme.ask()))
        .collect();
    add(7, "asks", asks);
    blocks
}

/// Their days, the soonest first: a card cut short keeps the birthday
/// due tomorrow before a name day next week. Folded, the soonest and how
/// many more.
fn dates<'a>(c: &Contact, today: NaiveDate, width: usize, config: &Config) -> Option<Part<'a>> {
    let mut days: Vec<&Occasion> = c.dates.iter().collect();
    days.sort_by_key(|d| d.next_on(today).unwrap_or(NaiveDate::MAX));
    let soonest = field_rows("date", &days.first()?.line(today), width, config);
    let rows = days
        .iter()
        .flat_map(|d| field_rows("date", &d.line(today), width, config))
        .collect();
    let more = days.len() - 1;
    let folded = (more > 0).then(|| {
        let mut soonest = soonest;
        let last = soonest.pop().unwrap_or_default();
        soonest.push(parts::marked(last, &format!(" +{more} more"), width));
        soonest
    });
    Some(Part {
        folded,
        ..Part::new(7, count(days.len(), "date", "dates"), rows)
    })
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
        // The selected entry is a bar across the pane, its details too:
        // a search lands here on words that may be in either row.
        let chosen = focused && i == selected;
        let bar = |text: String, width: usize| {
            if chosen {
                super::column(&text, width)
            } else {
                text
            }
        };
        let mut row = Line::from(vec![
            Span::styled(format!("{} ", h.date), theme.muted()),
            Span::styled(format!("{:<10} ", h.label), style),
            Span::raw(bar(
                fit(&inert(&h.text), inner.saturating_sub(22)).into_owned(),
                inner.saturating_sub(22),
            )),
        ]);
        if chosen {
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
            // One row: a message's lines are kept apart, not run together
            // ("Hi Aisha,it was…").
            let details = inert(&h.details.lines().collect::<Vec<_>>().join(" / "));
            let details = bar(
                fit(&details, inner.saturating_sub(13)).into_owned(),
                inner.saturating_sub(13),
            );
            let style = if chosen {
                theme.selected()
            } else {
                theme.muted()
            };
            lines.push(Line::styled(format!("           ↳ {details}"), style));
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
        // Wrapped, read whole: in a narrow pane it was cut with no mark.
        let hint = format!("no history yet: {}", keys.join(", "));
        lines.extend(super::note(&hint, area.width, theme.muted()));
    }
    let title = format!(" history {} · newest first ", card.history.len());
    let style = if focused {
        theme.accent()
    } else {
        theme.muted()
    };
    frame.render_widget(
        Paragraph::new(lines).block(super::titled(&title, area.width).border_style(style)),
        area,
    );
}
