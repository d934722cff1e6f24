//! The help overlay: every layer's keys beside what they do, the screen
//! in view first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use unicode_width::UnicodeWidthStr;

use crate::app::{Action, App, Overlay};
use crate::config::Config;
use crate::keymap::{Key, Layer};
use crate::ui;

/// The help, scrolled `scroll` rows, as tall as the screen, over `over`
/// (whose keys come first) if opened over an overlay; the last row it can
/// start at.
pub(super) fn draw(
    app: &App,
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    (scroll, over): (usize, Option<&Overlay>),
) -> usize {
    let rect = super::centered(area, 86, area.height);
    let here = match over {
        Some(overlay) => overlay.layer(),
        None if app.prompt().is_some() => Layer::Prompt,
        None => app.screen().layer(),
    };
    let width = usize::from(rect.width.saturating_sub(2));
    let lines = match over {
        // An overlay whose keys are its own (a form, who could help):
        // those alone, as it does them; the screen's keys do not act there.
        Some(overlay) if let Some(heading) = overlay.heading() => {
            let keys = config.keymap.layer(here);
            let keys = keys.filter_map(|(key, action)| Some((key, overlay.key_does(action)?)));
            let mut lines = vec![Line::styled(heading, config.theme.accent())];
            lines.extend(rows(keys, width));
            lines
        }
        _ => lines(app, config, here, width),
    };
    let height = usize::from(rect.height.saturating_sub(2));
    let last = super::last_start(&vec![1; lines.len()], height);
    let scroll = scroll.min(last);
    let title = title(scroll, height, lines.len(), usize::from(rect.width));
    let lines: Vec<Line<'_>> = lines.into_iter().skip(scroll).collect();
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        rect,
    );
    last
}

/// The help's title: where in it the rows shown are ("rows 1-20 of 64")
/// and, while there is more below, "↓ more": a help that ends at the
/// screen's edge otherwise reads as all there is.
fn title(scroll: usize, height: usize, total: usize, width: usize) -> String {
    let last = (scroll + height).min(total);
    let more = if last < total { " · ↓ more" } else { "" };
    let whole = format!(
        " keys · rows {}-{last} of {total}{more} · j/k scroll · esc closes ",
        scroll + 1
    );
    if whole.width() + 2 <= width {
        return whole;
    }
    format!(
        " keys · {}-{last} of {total}{more} · esc closes ",
        scroll + 1
    )
}

/// The help's rows in `width` columns: the keys of the screen in view
/// first, then those of every screen, then those of the overlays and
/// fields; each key beside what it does, wrapped (never cut).
fn lines<'a>(app: &App, config: &'a Config, here: Layer, width: usize) -> Vec<Line<'a>> {
    let theme = &config.theme;
    let screen = app.screen().layer();
    let mut layers = vec![here];
    for layer in [screen, Layer::Global].into_iter().chain(
        Layer::ALL
            .into_iter()
            .filter(|l| !Layer::SCREENS.contains(l)),
    ) {
        if !layers.contains(&layer) {
            layers.push(layer);
        }
    }
    let mut lines = Vec::new();
    for layer in layers {
        let keys = config.keymap.help_keys(layer, screen).into_iter();
        // The screen in view's keys are its own: its heading, and what
        // each does there (screens that share a layer differ).
        if layer == screen && Layer::SCREENS.contains(&layer) {
            let in_view = app.screen();
            lines.push(Line::styled(in_view.entry().heading, theme.accent()));
            let keys = keys.filter_map(|(k, a)| Some((k, in_view.key_does(a)?)));
            lines.extend(rows(keys, width));
        } else {
            lines.push(Line::styled(layer.title().to_string(), theme.accent()));
            // Up and down move in the screen's own list: said in its words
            // (on the review, by line, not by person).
            let said = |a: Action| match a {
                Action::Up | Action::Down if layer == Layer::Global => app.screen().key_does(a),
                _ => None,
            };
            let keys = keys.map(|(k, a)| (k, said(a).unwrap_or_else(|| a.describe_in(layer))));
            lines.extend(rows(keys, width));
        }
        lines.push(Line::raw(""));
    }
    lines
}

/// Each key beside what it does, in `width` columns, wrapped (never cut):
/// the keys' column is as wide as the longest key of the part
/// ("alt-backspace"), at least 11.
fn rows<'a>(keys: impl Iterator<Item = (Key, &'a str)>, width: usize) -> Vec<Line<'a>> {
    let keys: Vec<(Key, &str)> = keys.collect();
    let longest = keys.iter().map(|(k, _)| k.to_string().width()).max();
    let key_width = longest.map_or(11, |w| (w + 1).max(11));
    let room = width.saturating_sub(key_width + 2).max(10);
    let mut lines = Vec::new();
    for (key, does) in keys {
        let key = ui::column(&key.to_string(), key_width - 1);
        for (n, row) in ui::wrap(does, room).into_iter().enumerate() {
            let lead = if n == 0 {
                key.clone()
            } else {
                " ".repeat(key_width - 1)
            };
            lines.push(Line::from(vec![
                Span::raw(format!("  {lead} ")),
                Span::raw(row),
            ]));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trial 26z: on the review `j` moved to a person's second line, and
    /// no help said it moves by line; elsewhere it just moves.
    #[test]
    fn the_reviews_help_says_j_and_k_move_by_line() {
        let config = Config::defaults();
        let mut app = App::new(Default::default(), Default::default(), "j".into());
        let text = |app: &App| {
            lines(app, &config, Layer::Global, 80)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        };
        app.update(crate::app::Msg::Act(Action::ScreenReview));
        assert_eq!(app.screen(), crate::app::Screen::Review);
        let review = text(&app);
        assert!(
            review.contains("next line (a person may have several)"),
            "{review}"
        );
        assert!(
            review.contains("previous line (a person may have several)"),
            "{review}"
        );
        app.update(crate::app::Msg::Act(Action::ScreenContacts));
        let contacts = text(&app);
        assert!(
            !contacts.contains("a person may have several"),
            "{contacts}"
        );
        assert!(contacts.contains("move down"), "{contacts}");
    }
}
