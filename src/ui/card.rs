//! The selected person: card, reciprocity gauge and history.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{field, fit, offset, rows_in};
use crate::app::App;
use crate::config::Config;
use crate::domain::text::inert;
use crate::domain::{Status, Tallies, Tally};
use crate::journal::Card;
use crate::keymap::{Action, Layer};

pub fn person(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, focused: bool) {
    let theme = &config.theme;
    let Some(card) = &app.card else {
        frame.render_widget(
            Paragraph::new(Line::styled("nobody selected", theme.muted())).block(Block::bordered()),
            area,
        );
        return;
    };
    let info = info_lines(app, card, config);
    let card_height = u16::try_from(info.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height / 2 + 2);
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
    frame.render_widget(
        Paragraph::new(info)
            .block(Block::bordered().title(title).border_style(theme.accent()))
            .wrap(Wrap { trim: false }),
        top,
    );
    history(app, card, config, frame, bottom, focused);
}

fn info_lines<'a>(app: &App, card: &'a Card, config: &Config) -> Vec<Line<'a>> {
    let theme = &config.theme;
    let c = &card.contact;
    let mut lines = Vec::new();
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
        lines.push(field("met", met.join(" · "), config));
    }
    let work: Vec<&str> = [c.role.as_str(), c.org.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !work.is_empty() {
        lines.push(field("work", work.join(" at "), config));
    }
    let touch = card.balance.days_since_touch(app.today).map_or_else(
        || "never in touch".to_string(),
        |d| format!("last touch {}", crate::domain::dates::ago(d)),
    );
    let cadence = c.cadence_days.map_or_else(String::new, |d| {
        format!(" · every {}", crate::domain::text::count(d, "day", "days"))
    });
    lines.push(field(
        "tier",
        format!("{}{cadence} · {touch}", c.tier),
        config,
    ));
    if !card.interests.is_empty() {
        let mut spans = vec![Span::styled(format!("{:<10}", "interests"), theme.muted())];
        for (n, i) in card.interests.iter().enumerate() {
            if n > 0 {
                spans.push(Span::raw(", "));
            }
            if i.shared {
                spans.push(Span::styled(format!("★ {}", inert(&i.name)), theme.give()));
            } else {
                spans.push(Span::raw(inert(&i.name)));
            }
        }
        lines.push(Line::from(spans));
    }
    for (label, items) in [
        ("needs", &c.needs),
        ("offers", &c.offers),
        ("tags", &c.tags),
    ] {
        if !items.is_empty() {
            lines.push(field(label, items.join(", "), config));
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
        lines.push(Line::styled(
            format!(
                "⚠ {} warning signal(s): {}",
                signals.len(),
                inert(&signals.join("; "))
            ),
            theme.warning(),
        ));
    }
    let t = &card.balance.tallies;
    let max = [t.my_gives, t.my_asks, t.their_gives, t.their_asks]
        .iter()
        .map(|x| x.weight)
        .max()
        .unwrap_or(0)
        .max(1);
    lines.push(gauge("I gave", t.my_gives, max, theme.give(), config));
    lines.push(gauge("I asked", t.my_asks, max, theme.ask(), config));
    lines.push(gauge("they gave", t.their_gives, max, theme.give(), config));
    lines.push(gauge("they asked", t.their_asks, max, theme.ask(), config));
    let lean = card.lean;
    let verdict = match lean {
        0 => "even".to_string(),
        n if n > 0 => format!("+{n}: {}", Tallies::lean_meaning(n)),
        n => format!("{n}: {}; give something back", Tallies::lean_meaning(n)),
    };
    let mut extra = String::new();
    if t.my_open_promises > 0 {
        extra.push_str(&format!(" · {} promise(s) open", t.my_open_promises));
    }
    if t.their_open_requests > 0 {
        extra.push_str(&format!(
            " · {} request(s) to you open",
            t.their_open_requests
        ));
    }
    lines.push(field("balance", format!("{verdict}{extra}"), config));
    lines
}

/// One bar of the reciprocity gauge, scaled to the largest of the four.
fn gauge<'a>(label: &'a str, tally: Tally, max: u32, style: Style, config: &Config) -> Line<'a> {
    const WIDTH: u32 = 20;
    let filled = (tally.weight * WIDTH).div_ceil(max);
    let bar: String =
        "█".repeat(filled as usize) + &"·".repeat((WIDTH - filled.min(WIDTH)) as usize);
    Line::from(vec![
        Span::styled(format!("{label:<10}"), config.theme.muted()),
        Span::styled(bar, style),
        Span::raw(format!(" {} ({}×)", tally.weight, tally.count)),
    ])
}

fn history(
    app: &App,
    card: &Card,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    focused: bool,
) {
    let theme = &config.theme;
    let height = rows_in(area);
    let selected = app.contacts.history_scroll;
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
