//! Who could help a person, and whom they could help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::config::Config;
use crate::domain::text::inert;
use crate::journal::{MatchReport, Side};
use crate::ui;

/// The matches in `report`, one a row, `selected` highlighted.
pub(super) fn draw(
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    report: &MatchReport,
    selected: usize,
) {
    let theme = &config.theme;
    let rows = report.all();
    let width = area.width.saturating_sub(4).min(110);
    let inner = usize::from(width.saturating_sub(2));
    // Who is left out, each reason whole, wrapped under its column (cut,
    // "not \"uno sviluppatore Rust\": \"ru…\"" said nothing).
    let not_offered: Vec<(String, Vec<String>)> = report
        .not_offered()
        .into_iter()
        .map(|(m, why)| {
            let rows = textwrap::wrap(&inert(&why), inner.saturating_sub(21).max(12))
                .into_iter()
                .map(|r| r.into_owned())
                .collect();
            (m.name.to_string(), rows)
        })
        .collect();
    // Needs a give or an introduction met, as `match` says them: nobody
    // is offered for them, and the box says why (trial 26y).
    let answered: Vec<String> = report
        .answered_lines()
        .iter()
        .flat_map(|l| {
            textwrap::wrap(&inert(l), inner.max(12))
                .into_iter()
                .map(|r| r.into_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let extra = match not_offered.len() {
        0 => 0,
        _ => not_offered.iter().map(|(_, r)| r.len()).sum::<usize>() + 1,
    } + answered.len();
    let first_name = crate::domain::draft::first_name(&report.person.name);
    // Each label ends with a colon and goes on from the row's name, so
    // the name is who its reasons speak of: "Irene Sala  Davide can help
    // them: needs …" read as two phrases run together.
    let (helps_them, they_help, kindred) = (
        format!("can help {first_name}:"),
        format!("can be helped by {first_name}:"),
        "shares a passion:".to_string(),
    );
    let label_width = [&helps_them, &they_help, &kindred]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    // The selected row's reasons whole, wrapped under their column: what
    // enter records an introduction for is read before it is (cut, "offers
    // \"contatti con editori\" f…" was all there was).
    let indent = 21 + label_width;
    let whole: Vec<String> = rows.get(selected).map_or_else(Vec::new, |(_, m)| {
        let text = inert(&m.reasons.join(" · "));
        textwrap::wrap(&text, inner.saturating_sub(indent).max(12))
            .into_iter()
            .map(|r| r.into_owned())
            .collect()
    });
    let more_rows = whole.len().saturating_sub(1);
    let h = u16::try_from(rows.len() + more_rows + extra + 4).unwrap_or(u16::MAX);
    let rect = super::centered(area, width, h);
    let room = usize::from(rect.height.saturating_sub(3));
    let height = room.saturating_sub(more_rows);
    // A list longer than the box keeps its last row to say how many more.
    let window = if rows.len() > height {
        height.saturating_sub(1)
    } else {
        height
    };
    let first = ui::offset(selected, window);
    let mut lines: Vec<Line<'_>> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(window)
        .flat_map(|(i, (side, m))| {
            let label = match side {
                Side::HelpsThem => &helps_them,
                Side::TheyHelp => &they_help,
                Side::Kindred => &kindred,
            };
            let arrow = format!("{:<label_width$}", inert(label));
            let name = Span::styled(
                format!("{} ", ui::column(&inert(&m.name), 20)),
                theme.accent(),
            );
            if i != selected {
                let line = Line::from(vec![
                    name,
                    Span::styled(arrow, theme.muted()),
                    Span::raw(inert(&m.reasons.join(" · "))),
                ]);
                return vec![ui::fit_line(line, inner)];
            }
            let mut rows = whole.iter();
            let head = Line::from(vec![
                name,
                Span::styled(arrow, theme.muted()),
                Span::raw(rows.next().cloned().unwrap_or_default()),
            ]);
            std::iter::once(head)
                .chain(rows.map(|r| Line::raw(format!("{:indent$}{r}", ""))))
                .map(|line| ui::fit_line(line, inner).style(theme.selected()))
                .collect()
        })
        .collect();
    let below = rows.len().saturating_sub(first + window);
    if below > 0 {
        lines.push(Line::styled(format!("+{below} more ↓"), theme.muted()));
    }
    // Not selectable: who is left out, and why (as `match` prints).
    if !not_offered.is_empty() && lines.len() + 1 < room {
        lines.push(Line::styled("not offered:", theme.muted()));
    }
    let unsaid = not_offered.len();
    for (n, (name, why)) in not_offered.into_iter().enumerate() {
        if lines.len() + 1 >= room && n + 1 < unsaid {
            lines.push(Line::styled(
                format!(
                    "+{} more not offered (givegive match NAME --all)",
                    unsaid - n
                ),
                theme.muted(),
            ));
            break;
        }
        if lines.len() >= room {
            break;
        }
        let mut why = why.into_iter();
        let head = Line::from(vec![
            Span::styled(format!("{} ", ui::column(&inert(&name), 20)), theme.muted()),
            Span::styled(why.next().unwrap_or_default(), theme.muted()),
        ]);
        lines.push(ui::fit_line(head, inner));
        for row in why {
            if lines.len() >= room {
                break;
            }
            lines.push(Line::styled(format!("{:21}{row}", ""), theme.muted()));
        }
    }
    for row in answered {
        if lines.len() >= room {
            break;
        }
        lines.push(Line::styled(row, theme.muted()));
    }
    // Nothing to pick: enter records nothing, and the hint does not say it does.
    let hint = match rows.is_empty() {
        true => "nobody here can be introduced (each row says why) · esc closes",
        false => "enter: record the introduction (a give to both) and a follow-up in 30 days · esc",
    };
    lines.push(Line::styled(hint, theme.muted()));
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(lines).block(ui::titled(
            &format!(
                " who could help {}, and whom they could help ",
                inert(&report.person.name)
            ),
            rect.width,
        )),
        rect,
    );
}
