//! A form: each field on its line, a refused one with its problem under
//! it, the cursor in the focused one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::Form;
use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::{Action, Layer};
use crate::ui;

/// `form` in a box sized to its fields, centred.
pub(super) fn draw(config: &Config, frame: &mut Frame<'_>, area: Rect, form: &Form) {
    let theme = &config.theme;
    let notes = form.notes.len() + 1;
    let width = width(area.width);
    let inner = usize::from(width.saturating_sub(2));
    // The label column is as wide as the labels, unless that leaves a
    // value less than half the form: then a label too long for the rest
    // has its own row above its value (trial 26x2: "who (new or known;
    // …)" left "what they told you" 23 columns at 80x24, too few to read
    // back what was typed).
    let labels = || form.fields.iter().map(|f| f.label.chars().count() + 2);
    let widest = labels().max().unwrap_or(2);
    let cap = match inner.saturating_sub(widest + 1) >= inner / 2 {
        true => widest,
        false => inner.saturating_sub(inner / 2 + 1),
    };
    let label_width = labels().filter(|w| *w <= cap).max().unwrap_or(2);
    let own_row = |label: &str| label.chars().count() + 2 > label_width;
    let own_rows = form.fields.iter().filter(|f| own_row(&f.label)).count();
    let problem: Vec<String> = form
        .problem
        .as_ref()
        .and_then(|(at, why)| {
            Some(problem_rows(
                why,
                &form.fields.get(*at)?.label,
                label_width,
                inner,
            ))
        })
        .unwrap_or_default();
    let wanted = form.fields.len() + own_rows + problem.len() + notes + form.whom.len();
    let h = u16::try_from(wanted + 2).unwrap_or(u16::MAX);
    let rect = super::centered(area, width, h);
    let value_width = inner.saturating_sub(label_width + 1);
    // Each field on its line, a refused one with its problem under
    // it; the focused one and its problem are kept in view when the
    // fields are more than the rows.
    let mut lines: Vec<Line<'_>> = Vec::new();
    // The focused value's row, and the row its label starts on.
    let (mut focus_line, mut focus_rows, mut cursor_x, mut focus_top) = (0, 1, 0, 0);
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        // The focused value scrolls to its cursor; the others show
        // their start, cut with … (a list is read from its first item).
        let scroll = if focused {
            field.input.visual_scroll(value_width)
        } else {
            0
        };
        let value = if focused {
            ui::field_window(field.input.value(), scroll, value_width)
        } else {
            ui::fit(field.input.value(), value_width).into_owned()
        };
        let label_style = if focused {
            theme.accent()
        } else {
            theme.muted()
        };
        if focused {
            focus_top = lines.len();
        }
        let label = if own_row(&field.label) {
            lines.push(Line::styled(
                ui::fit(&field.label, inner).into_owned(),
                label_style,
            ));
            String::new()
        } else {
            field.label.to_string()
        };
        if focused {
            focus_line = lines.len();
            cursor_x = label_width + field.input.visual_cursor() - scroll;
        }
        // The focused value is underlined over all its room: the cursor
        // alone, far right of a short label ("what"), went unseen and
        // nothing showed where typing would go (trial 26y).
        let value = if focused {
            let pad = value_width.saturating_sub(value.width());
            Span::styled(
                format!("{}{:pad$}", inert(&value), ""),
                Style::default().add_modifier(Modifier::UNDERLINED),
            )
        } else {
            Span::raw(inert(&value))
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<label_width$}"), label_style),
            value,
        ]));
        // Whom a typed name is taken for, under it (a new person was
        // made with no word of it).
        if let Some((_, words)) = form.whom.iter().find(|(at, _)| *at == i) {
            // Under the value, or as far right as it is read whole.
            let said = format!("↳ {}", inert(words));
            let indent = label_width.min(inner.saturating_sub(said.width())).max(2);
            let row = format!("{:indent$}{said}", "");
            lines.push(Line::styled(
                ui::fit(&row, inner).into_owned(),
                theme.muted(),
            ));
            focus_rows += 1;
        }
        if form.problem.as_ref().is_some_and(|(at, _)| *at == i) {
            for row in &problem {
                lines.push(Line::styled(row.clone(), theme.warning()));
            }
            if focused {
                focus_rows += problem.len();
            }
        }
    }
    let room = usize::from(rect.height.saturating_sub(2)).saturating_sub(notes);
    let first = ui::offset(focus_line + focus_rows - 1, room).min(focus_top);
    let mut lines: Vec<Line<'_>> = lines.into_iter().skip(first).take(room).collect();
    for note in &form.notes {
        lines.push(Line::styled(
            ui::fit(&inert(note), inner).into_owned(),
            theme.muted(),
        ));
    }
    let adds = if form.adds_people() {
        format!(
            " · {} adds a person",
            super::key(config, Layer::Form, Action::AddPerson)
        )
    } else {
        String::new()
    };
    let hint = format!(
        "enter saves{adds} · tab/↑↓ move · esc closes{}",
        crate::ui::chrome::keys_hint(config, Layer::Form)
    );
    lines.push(Line::styled(hint, theme.muted()));
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(lines).block(ui::titled(&format!(" {} ", inert(&form.title)), rect.width)),
        rect,
    );
    let x = rect.x + 1 + u16::try_from(cursor_x).unwrap_or(0);
    let y = rect.y + 1 + u16::try_from(focus_line - first).unwrap_or(0);
    if focus_line - first < room && x < rect.right() && y < rect.bottom() {
        frame.set_cursor_position((x, y));
    }
}

/// How wide a form is drawn in a terminal `columns` wide: 76 at 80
/// columns, wider with the terminal, a column either side kept clear, up
/// to 100 (trial 26y: at 120x36 "what they told you" was still cut at 76,
/// with the room there); lines longer than that read badly.
fn width(columns: u16) -> u16 {
    const NARROW: u16 = 76;
    const WIDEST: u16 = 100;
    columns.saturating_sub(4).clamp(NARROW.min(columns), WIDEST)
}

/// A refused field's problem, under it: under the value, or as far right
/// as it fits whole, or wrapped over rows when it is longer than the form
/// is wide (cut, it lost the very words that say what to write).
fn problem_rows(why: &str, label: &str, label_width: usize, inner: usize) -> Vec<String> {
    let why = why
        .strip_prefix(label)
        .map_or(why, |rest| rest.trim_start_matches(':').trim());
    let why = format!("↑ {}", inert(why));
    if why.width() <= inner {
        let indent = label_width.min(inner - why.width());
        return vec![format!("{:indent$}{why}", "")];
    }
    let options = textwrap::Options::new(inner.max(8)).subsequent_indent("  ");
    textwrap::wrap(&why, options)
        .into_iter()
        .map(|row| ui::fit(&row, inner).into_owned())
        .collect()
}
