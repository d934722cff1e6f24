//! The overlays drawn over the screens: help, confirmation, give first,
//! command output, forms, the draft, who could help, the name picker.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::offset;
use crate::app::{App, Overlay};
use crate::config::Config;
use crate::domain::text::inert;
use crate::journal::Side;
use crate::keymap::{Action, Layer};

/// A centred rectangle of at most `w` x `h` inside `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn overlay(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    let Some(overlay) = &app.overlay() else {
        return;
    };
    match overlay {
        Overlay::Help { scroll } => {
            let rect = centered(area, 86, area.height);
            let lines = super::help::lines(app, config, usize::from(rect.width.saturating_sub(2)));
            let height = usize::from(rect.height.saturating_sub(2));
            let scroll = (*scroll).min(lines.len().saturating_sub(height));
            let lines: Vec<Line<'_>> = lines.into_iter().skip(scroll).collect();
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines)
                    .block(Block::bordered().title(" keys · j/k scroll · esc closes ")),
                rect,
            );
        }
        Overlay::Confirm { label, .. } => {
            let rect = centered(area, 60, 5);
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(Text::from(vec![
                    Line::raw(format!("Move {} to the trash?", inert(label))),
                    Line::styled(
                        format!(
                            "{}: yes ({} brings it back) · {}: no",
                            key(config, Layer::Confirm, Action::Yes),
                            key(config, Layer::Global, Action::Undo),
                            key(config, Layer::Confirm, Action::No)
                        ),
                        theme.muted(),
                    ),
                ]))
                .block(Block::bordered().title(" delete "))
                .wrap(Wrap { trim: true }),
                rect,
            );
        }
        Overlay::GiveFirst { name, .. } => {
            let name = inert(name);
            let width = area.width.saturating_sub(4).min(72);
            let rect = centered(area, width, 6);
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(Text::from(vec![
                    Line::raw(format!(
                        "You have never given {name} anything. Give before you ask:"
                    )),
                    Line::raw("a small give first makes the ask easier to say yes to."),
                    Line::styled(
                        format!(
                            "{}: record a give first (the ask comes back after) · {}: ask anyway · esc: back",
                            key(config, Layer::Confirm, Action::Gave),
                            key(config, Layer::Confirm, Action::Yes)
                        ),
                        theme.muted(),
                    ),
                ]))
                .block(Block::bordered().title(" give before you ask "))
                .wrap(Wrap { trim: true }),
                rect,
            );
        }
        Overlay::Output {
            title,
            lines,
            scroll,
            ..
        } => {
            let rect = centered(
                area,
                area.width.saturating_sub(4),
                area.height.saturating_sub(2),
            );
            let height = usize::from(rect.height.saturating_sub(2));
            let shown: Vec<Line<'_>> = lines
                .iter()
                .skip(*scroll)
                .take(height)
                .map(|l| Line::raw(inert(l)))
                .collect();
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(shown)
                    .block(Block::bordered().title(output_title(title, rect.width)))
                    .wrap(Wrap { trim: false }),
                rect,
            );
        }
        Overlay::Form(form) => {
            let notes = form.notes.len() + 1;
            let wanted = form.fields.len() + usize::from(form.problem.is_some()) + notes;
            let h = u16::try_from(wanted + 2).unwrap_or(u16::MAX);
            let rect = centered(area, 76, h);
            let label_width = form
                .fields
                .iter()
                .map(|f| f.label.chars().count())
                .max()
                .unwrap_or(0)
                + 2;
            let inner = usize::from(rect.width.saturating_sub(2));
            let value_width = inner.saturating_sub(label_width + 1);
            // Each field on its line, a refused one with its problem under
            // it; the focused one and its problem are kept in view when the
            // fields are more than the rows.
            let mut lines: Vec<Line<'_>> = Vec::new();
            let (mut focus_line, mut focus_rows, mut cursor_x) = (0, 1, 0);
            for (i, field) in form.fields.iter().enumerate() {
                let focused = i == form.focus;
                // The focused value scrolls to its cursor; the others show
                // their start, cut with … (a list is read from its first item).
                let scroll = if focused {
                    field.input.visual_scroll(value_width)
                } else {
                    0
                };
                let value: String = field.input.value().chars().skip(scroll).collect();
                let value = if focused {
                    value
                } else {
                    super::fit(&value, value_width).into_owned()
                };
                let label_style = if focused {
                    theme.accent()
                } else {
                    theme.muted()
                };
                if focused {
                    focus_line = lines.len();
                    cursor_x = label_width + field.input.visual_cursor() - scroll;
                }
                lines.push(Line::from(vec![
                    Span::styled(format!("{:<label_width$}", field.label), label_style),
                    Span::raw(inert(&value)),
                ]));
                if let Some((_, why)) = form.problem.as_ref().filter(|(at, _)| *at == i) {
                    let why = why
                        .strip_prefix(field.label)
                        .map_or(why.as_str(), |rest| rest.trim_start_matches(':').trim());
                    // Under the value, or as far right as it fits whole.
                    let why = format!("↑ {}", inert(why));
                    let indent = label_width.min(inner.saturating_sub(why.width()));
                    let line = format!("{:indent$}{why}", "");
                    lines.push(Line::styled(
                        super::fit(&line, inner).into_owned(),
                        theme.warning(),
                    ));
                    if focused {
                        focus_rows = 2;
                    }
                }
            }
            let room = usize::from(rect.height.saturating_sub(2)).saturating_sub(notes);
            let first = offset(focus_line + focus_rows - 1, room).min(focus_line);
            let mut lines: Vec<Line<'_>> = lines.into_iter().skip(first).take(room).collect();
            for note in &form.notes {
                lines.push(Line::styled(
                    super::fit(&inert(note), inner).into_owned(),
                    theme.muted(),
                ));
            }
            let hint = if form.adds_people() {
                format!(
                    "enter saves · {} adds a person · tab/↑↓ move · esc closes",
                    key(config, Layer::Form, Action::AddPerson)
                )
            } else {
                "enter saves · tab/↑↓ move · esc closes".to_string()
            };
            lines.push(Line::styled(hint, theme.muted()));
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(super::titled(
                    &format!(" {} ", inert(&form.title)),
                    rect.width,
                )),
                rect,
            );
            let x = rect.x + 1 + u16::try_from(cursor_x).unwrap_or(0);
            let y = rect.y + 1 + u16::try_from(focus_line - first).unwrap_or(0);
            if focus_line - first < room && x < rect.right() && y < rect.bottom() {
                frame.set_cursor_position((x, y));
            }
        }
        Overlay::Draft(view) => {
            let inner = usize::from(area.width.min(84).saturating_sub(2)).max(1);
            // Until it is edited, each line says which records it came
            // from, so the sender can check it before it goes.
            let built: Vec<(&str, String)> = if view.editor.is_none()
                && view
                    .lines
                    .iter()
                    .map(|l| l.text.as_str())
                    .eq(view.text.lines())
            {
                view.lines
                    .iter()
                    .map(|l| {
                        let ids: Vec<String> = l.from.iter().map(ToString::to_string).collect();
                        let from = if ids.is_empty() {
                            String::new()
                        } else {
                            format!("  {}", ids.join(" "))
                        };
                        (l.text.as_str(), from)
                    })
                    .collect()
            } else {
                view.text.lines().map(|l| (l, String::new())).collect()
            };
            let wrapped: usize = built
                .iter()
                .map(|(l, from)| {
                    (l.chars().count() + from.chars().count())
                        .div_ceil(inner)
                        .max(1)
                })
                .sum();
            let hint = if view.editor.is_some() {
                "editing: type, arrows move, enter breaks the line · esc done".to_string()
            } else {
                let k = |action| key(config, Layer::Draft, action);
                format!(
                    "#N: the records a line comes from · {} copy · {} edit here · {} edit in $EDITOR · {} mark sent (logs a message of yours) · esc close",
                    k(Action::Copy),
                    k(Action::EditHere),
                    k(Action::EditInEditor),
                    k(Action::Yes)
                )
            };
            let notes: Vec<String> = view.notes.iter().map(|n| format!("note: {n}")).collect();
            let rows = |text: &str| text.chars().count().div_ceil(inner).max(1);
            // While editing, the notes give their rows to the text.
            let note_lines: usize = if view.editor.is_some() {
                0
            } else {
                notes.iter().map(|n| rows(n)).sum()
            };
            let h = u16::try_from(
                wrapped + note_lines + rows(&hint) + 3 + usize::from(view.editor.is_some()),
            )
            .unwrap_or(u16::MAX);
            let rect = centered(area, 84, h);
            let block = super::titled(&format!(" follow-up to {} ", inert(&view.name)), rect.width);
            frame.render_widget(Clear, rect);
            let mut lines: Vec<Line<'_>> = Vec::new();
            if let Some(editor) = &view.editor {
                // The text area takes the rows the text needs, plus one to
                // grow into; notes and the hint go under it.
                let inside = block.inner(rect);
                let text_rows = u16::try_from(wrapped + 1).unwrap_or(u16::MAX);
                let [text, rest] =
                    Layout::vertical([Constraint::Length(text_rows), Constraint::Fill(1)])
                        .areas(inside);
                frame.render_widget(block, rect);
                frame.render_widget(&editor.0, text);
                lines.push(Line::styled(hint, theme.muted()));
                frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rest);
                return;
            }
            lines.extend(built.into_iter().map(|(l, from)| {
                Line::from(vec![Span::raw(inert(l)), Span::styled(from, theme.muted())])
            }));
            lines.push(Line::raw(""));
            // The keys before the notes: many notes on a small terminal
            // may be cut, never how to send or close.
            lines.push(Line::styled(hint, theme.muted()));
            for note in notes {
                lines.push(Line::styled(inert(&note), theme.warning()));
            }
            frame.render_widget(
                Paragraph::new(lines)
                    .block(block)
                    .wrap(Wrap { trim: false }),
                rect,
            );
        }
        Overlay::Matches { report, selected } => {
            let rows = report.all();
            let h = u16::try_from(rows.len() + 4).unwrap_or(u16::MAX);
            let rect = centered(area, area.width.saturating_sub(4).min(110), h);
            let height = usize::from(rect.height.saturating_sub(3));
            let first = offset(*selected, height);
            let first_name = crate::domain::draft::first_name(&report.person.name);
            let (helps_them, they_help, kindred) = (
                format!("can help {first_name}"),
                format!("{first_name} can help them"),
                "shares a passion".to_string(),
            );
            let label_width = [&helps_them, &they_help, &kindred]
                .iter()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0)
                + 1;
            let mut lines: Vec<Line<'_>> = rows
                .iter()
                .enumerate()
                .skip(first)
                .take(height)
                .map(|(i, (side, m))| {
                    let label = match side {
                        Side::HelpsThem => &helps_them,
                        Side::TheyHelp => &they_help,
                        Side::Kindred => &kindred,
                    };
                    let arrow = format!("{:<label_width$}", inert(label));
                    let line = Line::from(vec![
                        Span::styled(
                            format!("{} ", super::column(&inert(&m.name), 20)),
                            theme.accent(),
                        ),
                        Span::styled(arrow, theme.muted()),
                        Span::raw(inert(&m.reasons.join(" · "))),
                    ]);
                    let line = super::fit_line(line, usize::from(rect.width.saturating_sub(2)));
                    if i == *selected {
                        line.style(theme.selected())
                    } else {
                        line
                    }
                })
                .collect();
            lines.push(Line::styled(
                "enter: record the introduction (a give to both) and a follow-up in 30 days · esc",
                theme.muted(),
            ));
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines).block(super::titled(
                    &format!(
                        " who could help {}, and whom they could help ",
                        inert(&report.person.name)
                    ),
                    rect.width,
                )),
                rect,
            );
        }
        Overlay::Picker {
            query,
            candidates,
            selected,
            ..
        } => {
            let h = u16::try_from(candidates.len() + 2).unwrap_or(u16::MAX);
            let rect = centered(area, 60, h);
            let height = usize::from(rect.height.saturating_sub(2));
            let first = offset(*selected, height);
            let rows: Vec<Line<'_>> = candidates
                .iter()
                .enumerate()
                .skip(first)
                .take(height)
                .map(|(i, (id, name))| {
                    let style = if i == *selected {
                        theme.selected()
                    } else {
                        Style::default()
                    };
                    Line::styled(format!("{} ({id})", inert(name)), style)
                })
                .collect();
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(rows).block(super::titled(
                    &format!(" who is '{}'? ", inert(query)),
                    rect.width,
                )),
                rect,
            );
        }
    }
}

/// The key bound to `action` in `layer`, as a hint names it (a rebinding
/// shows; an unbound action says so).
fn key(config: &Config, layer: Layer, action: Action) -> String {
    config
        .keymap
        .key_for(layer, action)
        .map_or_else(|| "(unbound)".into(), |k| k.to_string())
}

/// A command's output titled by the command, cut with `…` before the way
/// out, which stays whole.
fn output_title(command: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(" (esc closes) ".len() + 3);
    format!(" {} (esc closes) ", super::fit(&inert(command), room))
}
