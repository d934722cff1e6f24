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
    // Every row of the box, with the row of the list it belongs to (the
    // offered, then who is not offered, in the order the keys go).
    let mut body: Vec<(Option<usize>, Line<'_>)> = Vec::new();
    for (i, (side, m)) in rows.iter().enumerate() {
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
            body.push((Some(i), ui::fit_line(line, inner)));
            continue;
        }
        let mut whole = whole.iter();
        let head = Line::from(vec![
            name,
            Span::styled(arrow, theme.muted()),
            Span::raw(whole.next().cloned().unwrap_or_default()),
        ]);
        body.extend(
            std::iter::once(head)
                .chain(whole.map(|r| Line::raw(format!("{:indent$}{r}", ""))))
                .map(|line| (Some(i), ui::fit_line(line, inner).style(theme.selected()))),
        );
    }
    // Who is left out, and why (as `match` prints): reached with the
    // list's keys, each reason whole.
    if !not_offered.is_empty() {
        body.push((None, Line::styled("not offered:", theme.muted())));
    }
    for (n, (name, why)) in not_offered.into_iter().enumerate() {
        let i = rows.len() + n;
        let style = match i == selected {
            true => theme.selected(),
            false => theme.muted(),
        };
        let mut why = why.into_iter();
        let head = Line::from(vec![
            Span::raw(format!("{} ", ui::column(&inert(&name), 20))),
            Span::raw(why.next().unwrap_or_default()),
        ]);
        body.push((Some(i), ui::fit_line(head, inner).style(style)));
        body.extend(why.map(|row| (Some(i), Line::styled(format!("{:21}{row}", ""), style))));
    }
    body.extend(
        answered
            .into_iter()
            .map(|row| (None, Line::styled(row, theme.muted()))),
    );
    let h = u16::try_from(body.len() + 3).unwrap_or(u16::MAX);
    let rect = super::centered(area, width, h);
    let room = usize::from(rect.height.saturating_sub(3));
    let rows_of: Vec<Option<usize>> = body.iter().map(|(i, _)| *i).collect();
    let (top, shown) = window(&rows_of, selected, room);
    // How many of the list's rows are out of the box, above and below.
    let out = |part: &[Option<usize>]| {
        let mut seen: Vec<usize> = part.iter().flatten().copied().collect();
        seen.dedup();
        seen.retain(|i| !rows_of[top..top + shown].contains(&Some(*i)));
        seen.len()
    };
    let (above, below) = (out(&rows_of[..top]), out(&rows_of[top + shown..]));
    let mut lines: Vec<Line<'_>> = Vec::new();
    if top > 0 {
        lines.push(Line::styled(format!("↑ {above} more"), theme.muted()));
    }
    lines.extend(body.into_iter().skip(top).take(shown).map(|(_, l)| l));
    if top + shown < rows_of.len() {
        let more = match below {
            0 => "↓ more".to_string(),
            n => format!("+{n} more ↓"),
        };
        lines.push(Line::styled(more, theme.muted()));
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

/// The first of `rows` the box shows and how many, in `room` rows: the
/// selected row's lines whole, a row kept to say what is above when the
/// box does not start at the top, and one to say what is below when it
/// does not reach the end.
fn window(rows: &[Option<usize>], selected: usize, room: usize) -> (usize, usize) {
    let len = rows.len();
    if len <= room {
        return (0, len);
    }
    let start = rows.iter().position(|r| *r == Some(selected)).unwrap_or(0);
    let end = rows
        .iter()
        .rposition(|r| *r == Some(selected))
        .map_or(start + 1, |e| e + 1);
    let shown = |top: usize| {
        let up = usize::from(top > 0);
        let rest = len - top;
        match rest + up <= room {
            true => rest,
            false => room.saturating_sub(up + 1).max(1),
        }
    };
    let top = (0..=start).find(|t| end <= t + shown(*t)).unwrap_or(start);
    (top, shown(top))
}
