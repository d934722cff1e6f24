//! A drafted follow-up: its lines with the records each came from, or
//! the text being edited here.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::DraftView;
use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::{Action, Layer};
use crate::ui;

/// The draft in `view`, its notes and the keys that act on it.
/// Scrolled, the last line it can start at (none while edited here).
pub(super) fn draw(
    config: &Config,
    frame: &mut Frame<'_>,
    area: Rect,
    view: &DraftView,
) -> Option<usize> {
    let theme = &config.theme;
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
    // Rows as the paragraph wraps them, at word boundaries: counted by
    // characters, a wrapped note took more rows than the panel gave and
    // its last line was cut unmarked (trial four).
    // (Like the paragraph, never at a hyphen.)
    let wrap = textwrap::Options::new(inner).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let rows = |text: &str| textwrap::wrap(text, &wrap).len().max(1);
    let wrapped: usize = built
        .iter()
        .map(|(l, from)| rows(&format!("{l}{from}")))
        .sum();
    let hint = if view.editor.is_some() {
        "editing: type, arrows move, enter breaks the line · esc done".to_string()
    } else {
        let k = |action| super::key(config, Layer::Draft, action);
        format!(
            "#N: the records a line comes from · {} copy · {} edit here · {} edit in $EDITOR · {} mark sent (logs a message of yours) · esc close",
            k(Action::Copy),
            k(Action::EditHere),
            k(Action::EditInEditor),
            k(Action::Yes)
        )
    };
    let notes: Vec<String> = view.notes.iter().map(|n| format!("note: {n}")).collect();
    // While editing, the notes give their rows to the text.
    let note_lines: usize = if view.editor.is_some() {
        0
    } else {
        notes.iter().map(|n| rows(n)).sum()
    };
    let h =
        u16::try_from(wrapped + note_lines + rows(&hint) + 3 + usize::from(view.editor.is_some()))
            .unwrap_or(u16::MAX);
    let rect = super::centered(area, 84, h);
    // A draft may be wishes or a message, not only a follow-up: its
    // title says what it is for all of them.
    let block = ui::titled(&format!(" draft to {} ", inert(&view.name)), rect.width);
    super::clear(frame, area, rect);
    if let Some(editor) = &view.editor {
        // The text area takes the rows the text needs, plus one to
        // grow into; notes and the hint go under it.
        let inside = block.inner(rect);
        let text_rows = u16::try_from(wrapped + 1).unwrap_or(u16::MAX);
        let [text, rest] =
            Layout::vertical([Constraint::Length(text_rows), Constraint::Fill(1)]).areas(inside);
        frame.render_widget(block, rect);
        frame.render_widget(&editor.0, text);
        frame.render_widget(
            Paragraph::new(Line::styled(hint, theme.muted())).wrap(Wrap { trim: false }),
            rest,
        );
        return None;
    }
    // The text and its notes scroll as one under the keys, which stay
    // in view: a long draft's notes were cut at 80x24 with no key to
    // reach them (trial five). Scrolled by whole lines, as the app counts.
    let mut body: Vec<(Line<'_>, usize)> = built
        .into_iter()
        .map(|(l, from)| {
            let rows = rows(&format!("{l}{from}"));
            let line = Line::from(vec![Span::raw(inert(l)), Span::styled(from, theme.muted())]);
            (line, rows)
        })
        .collect();
    body.push((Line::raw(""), 1));
    for note in notes {
        let rows = rows(&note);
        body.push((Line::styled(inert(&note), theme.warning()), rows));
    }
    let inside = block.inner(rect);
    let keys_rows = u16::try_from(rows(&hint)).unwrap_or(u16::MAX);
    let [text, keys] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(keys_rows)]).areas(inside);
    let room = usize::from(text.height);
    let last = super::last_start(&body.iter().map(|(_, r)| *r).collect::<Vec<_>>(), room);
    let first = view.scroll.min(last);
    let shown: usize = body.iter().skip(first).map(|(_, r)| r).sum();
    let below = shown > room;
    let block = if below || first > 0 {
        let at = match (first > 0, below) {
            (true, true) => " ↑↓ more ",
            (false, true) => " ↓ more · ↓ scrolls ",
            _ => " ↑ more ",
        };
        block.title_bottom(Line::from(at).right_aligned())
    } else {
        block
    };
    frame.render_widget(block, rect);
    let lines: Vec<Line<'_>> = body.into_iter().skip(first).map(|(l, _)| l).collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text);
    frame.render_widget(
        Paragraph::new(Line::styled(hint, theme.muted())).wrap(Wrap { trim: false }),
        keys,
    );
    Some(last)
}
