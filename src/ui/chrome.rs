//! The frame around the screens: the tabs line and the status or prompt
//! line (the overlays are in `ui::overlays`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Regions;
use crate::app::{Action, App, Prompt, Screen, Spot};
use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::Layer;
use unicode_width::UnicodeWidthStr;

/// The top line, given room by importance: the screens' tabs always, then
/// the help key, then the whole journal's running totals (help each way
/// and the lean, labelled as all of it), then the name, each only when it fits whole (a
/// total cut to "help given 38 · help" says nothing).
pub fn tabs(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect, regions: &mut Regions) {
    let theme = &config.theme;
    let mut tabs = Vec::new();
    // In the table's order, each with the key that shows it.
    for (n, (screen, tab)) in Screen::tabs().enumerate() {
        let label = tab.title;
        let n = config
            .keymap
            .key_for(crate::keymap::Layer::Global, tab.action)
            .map_or_else(|| (n + 1).to_string(), |k| k.to_string());
        let style = if app.screen() == screen {
            theme.selected()
        } else {
            Style::default()
        };
        tabs.push((Span::styled(format!(" {n} {label} "), style), Some(screen)));
    }
    if app.screen() == Screen::Search {
        tabs.push((Span::styled(" / Search ", theme.selected()), None));
    }
    let brand = Span::styled(" givegive ", theme.accent());
    let help = Span::styled(" ? help ", theme.muted());
    let totals = Span::styled(totals(&app.data().totals.help()), theme.muted());
    let room = usize::from(area.width);
    let mut used: usize = tabs.iter().map(|(s, _)| s.content.width()).sum();
    let mut fits = |span: &Span<'_>| {
        let w = span.content.width();
        let fits = used + w <= room;
        if fits {
            used += w;
        }
        fits
    };
    let with_help = fits(&help);
    let with_totals = fits(&totals);
    let with_brand = fits(&brand);
    let mut spans = Vec::new();
    let mut x = area.x;
    if with_brand {
        x = x.saturating_add(u16::try_from(brand.content.width()).unwrap_or(0));
        spans.push(brand);
    }
    for (span, screen) in tabs {
        let w = u16::try_from(span.content.width()).unwrap_or(0);
        if let Some(screen) = screen {
            regions.add(Rect::new(x, area.y, w, 1), Spot::Tab(screen));
        }
        x = x.saturating_add(w);
        spans.push(span);
    }
    if with_help {
        spans.push(help);
    }
    if with_totals {
        spans.push(totals);
    }
    frame.render_widget(Line::from(spans), area);
}

/// The whole journal's totals, labelled so: beside the tabs, above a
/// person's card, bare figures read as that person's (trial 26s: "help
/// given 2" over a card that said 0). Short enough to fit at 120 columns.
fn totals(help: &crate::domain::Help) -> String {
    format!(
        " overall: {} {} · received {} · lean {}",
        crate::domain::Help::GIVEN,
        help.given.weight,
        help.received.weight,
        help.signed()
    )
}

/// " · f1 keys": the key that lists a text field's keys (`?` is text
/// there), as every field's hint ends; nothing when it is unbound. The one
/// place the prompts' and the forms' hints take it from.
pub(crate) fn keys_hint(config: &Config, layer: Layer) -> String {
    config
        .keymap
        .key_for(layer, Action::Help)
        .map_or(String::new(), |k| format!(" · {k} keys"))
}

pub fn status(app: &App, config: &Config, frame: &mut Frame<'_>, area: Rect) {
    let theme = &config.theme;
    if let Some((prompt, input)) = &app.prompt() {
        let label = match prompt {
            Prompt::Filter => "filter: ".to_string(),
            Prompt::Search => "search: ".to_string(),
            Prompt::Command => ":".to_string(),
        };
        // What is wrong with the line is said as it is typed, with room
        // kept for it beside the text.
        let help = keys_hint(config, Layer::Prompt);
        let hint = match (prompt.problem(input.value()), prompt) {
            (Some(problem), _) => Span::styled(format!("  {problem}"), theme.warning()),
            (None, _) if app.prompt_selected() => Span::styled(
                format!("  typing replaces it · end goes on{help}"),
                theme.muted(),
            ),
            (None, Prompt::Command) if input.value().is_empty() => Span::styled(
                format!("gave anna sent the deck · tab completes a name{help}"),
                theme.muted(),
            ),
            // Letters are the query's while it is typed: how to reach
            // the results with the person keys.
            (None, Prompt::Search) if !app.search().results.is_empty() => {
                let tab = config
                    .keymap
                    .key_for(Layer::Prompt, Action::Complete)
                    .map_or(String::new(), |k| format!(" · {k}: act on results"));
                Span::styled(format!("  enter opens{tab}{help}"), theme.muted())
            }
            (None, _) => Span::styled(
                format!("  {}", help.trim_start_matches(" · ")),
                theme.muted(),
            ),
        };
        let width = usize::from(area.width)
            .saturating_sub(label.chars().count() + 1 + hint.width())
            .max(8);
        let scroll = input.visual_scroll(width);
        let value = super::field_window(input.value(), scroll, width);
        frame.render_widget(
            Line::from(vec![
                Span::styled(label.clone(), theme.accent()),
                // The old query, selected: what is typed replaces it.
                if app.prompt_selected() {
                    Span::styled(inert(&value), theme.selected())
                } else {
                    Span::raw(inert(&value))
                },
                hint,
            ]),
            area,
        );
        let cursor = input.visual_cursor().saturating_sub(scroll);
        let x = area
            .x
            .saturating_add(u16::try_from(label.chars().count() + cursor).unwrap_or(u16::MAX));
        if x < area.right() {
            frame.set_cursor_position((x, area.y));
        }
        return;
    }
    let room = usize::from(area.width);
    let info = match &app.refused() {
        Some(why) => Span::styled(format!(" {} ", inert(why)), theme.warning()),
        None => Span::styled(where_and_count(app, room), theme.muted()),
    };
    // A change refused for the reason the bar shows is said once.
    let spans = if app.status().text.is_empty() || app.refused() == Some(app.status().text.as_str())
    {
        vec![info]
    } else if app.refused().is_some() {
        // Nothing more can be saved: that comes first, then what happened.
        let used = info.content.width();
        let message = bar(&app.status().text);
        vec![
            info,
            Span::styled(
                super::fit(&message, room.saturating_sub(used)).into_owned(),
                theme.warning(),
            ),
        ]
    } else {
        // The message wins the line; where the journal is comes after it
        // when there is room. A message longer than the line is wrapped
        // onto the rows `status_rows` gave it.
        let style = if app.status().warning {
            theme.warning()
        } else {
            Style::default()
        };
        let message = format!(" {} ", bar(&app.status().text));
        if message.width() > room {
            let keep = usize::from(area.height).max(1);
            let rows = super::wrap(&message, room.saturating_sub(1));
            let cut = rows.len() > keep;
            let mut rows: Vec<String> = rows
                .into_iter()
                .take(keep)
                .map(|row| format!(" {}", row.trim_start()))
                .collect();
            // Cut: its end says which key shows it all.
            if let (true, Some(last)) = (cut, rows.last_mut()) {
                let all = config
                    .keymap
                    .key_for(Layer::Global, Action::ShowStatus)
                    .map_or(String::new(), |k| format!(" ({k} shows all)"));
                let kept = super::fit(last, room.saturating_sub(all.width() + 1));
                let kept = kept.trim_end_matches('…').trim_end();
                *last = format!("{kept}…{all}");
            }
            let rows: Vec<Line<'_>> = rows.into_iter().map(|r| Line::styled(r, style)).collect();
            frame.render_widget(ratatui::widgets::Paragraph::new(rows), area);
            return;
        }
        let fits = message.width() + info.content.width() <= room;
        let mut spans = vec![Span::styled(message, style)];
        if fits {
            spans.push(info);
        }
        spans
    };
    frame.render_widget(Line::from(spans), area);
}

/// Where the journal is and the review's count; when both do not fit,
/// the count goes first and the path is cut (with `…`, so a cut line never
/// reads as whole): "review: 10 people today · 10 more in …" said less
/// than the path it came after.
fn where_and_count(app: &App, room: usize) -> String {
    let (path, count) = (app.store_path(), super::review::today(&app.data().review));
    let both = format!(" {path} · {count} ");
    if both.width() <= room {
        return both;
    }
    super::fit(&format!(" {count} · {path} "), room).into_owned()
}

/// What the status bar shows of a message: its first line. A message
/// whose first line names the key for the rest (a copy: what was copied
/// and how, then why paste may be empty) keeps the rest for that key.
fn bar(text: &str) -> String {
    inert(text.lines().next().unwrap_or_default())
}

/// The rows the status line needs at `width`: one, or up to three for a
/// message too long for one (a message cut short can hide what to do).
pub fn status_rows(app: &App, width: u16) -> u16 {
    if app.prompt().is_some() || app.refused().is_some() || app.status().text.is_empty() {
        return 1;
    }
    let message = format!(" {} ", bar(&app.status().text));
    let room = usize::from(width);
    if message.width() <= room {
        return 1;
    }
    let rows = super::wrap(&message, room.saturating_sub(1)).len();
    u16::try_from(rows.clamp(1, 3)).unwrap_or(3)
}
