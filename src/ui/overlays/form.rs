//! A form: each field on its line, a refused one with its problem under
//! it, the cursor in the focused one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::Form;
use crate::app::form::Slot;
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
    // Each field's rows: its label (on its own row when long), its value,
    // whom a typed name is taken for, a refusal's problem.
    let mut blocks: Vec<Vec<Line<'_>>> = Vec::with_capacity(form.fields.len());
    // The focused value's row in its block, and where the cursor goes.
    let (mut focus_row, mut cursor_x) = (0, 0);
    for (i, field) in form.fields.iter().enumerate() {
        let mut lines: Vec<Line<'_>> = Vec::new();
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
            focus_row = lines.len();
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
        }
        if form.problem.as_ref().is_some_and(|(at, _)| *at == i) {
            for row in &problem {
                lines.push(Line::styled(row.clone(), theme.warning()));
            }
        }
        blocks.push(lines);
    }
    let room = usize::from(rect.height.saturating_sub(2)).saturating_sub(notes);
    let shown = Window::of(form, &blocks, room);
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(room + notes);
    let mut rest: Vec<Line<'_>> = Vec::new();
    for (i, block) in blocks.into_iter().enumerate() {
        if i < shown.pinned {
            lines.extend(block);
        } else {
            rest.extend(block);
        }
    }
    let region = room.saturating_sub(lines.len());
    let below = rest.len().saturating_sub(shown.first + region);
    lines.extend(rest.into_iter().skip(shown.first).take(region));
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
    // The rows scrolled out of view are counted on the border, as a
    // list's are: "↑5" at the top right, "↓7" at the bottom right.
    let up = (shown.first > 0).then(|| format!("↑{} ", shown.first));
    let up_width = up.as_deref().map_or(0, |u| u.width() + 1);
    let title_room = rect
        .width
        .saturating_sub(u16::try_from(up_width).unwrap_or(u16::MAX));
    let mut block = ui::titled(&format!(" {} ", inert(&form.title)), title_room);
    if let Some(up) = up {
        block = block.title(Line::styled(up, theme.muted()).right_aligned());
    }
    if below > 0 {
        block =
            block.title_bottom(Line::styled(format!("↓{below} "), theme.muted()).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    let x = rect.x + 1 + u16::try_from(cursor_x).unwrap_or(0);
    let row = shown.focus_top + focus_row;
    let y = rect.y + 1 + u16::try_from(row).unwrap_or(u16::MAX);
    if row < room && x < rect.right() && y < rect.bottom() {
        frame.set_cursor_position((x, y));
    }
}

/// Which of a form's rows are drawn when they are more than its `room`.
struct Window {
    /// The fields drawn first whatever the focus: the event form's name
    /// and day, so a form of many people never loses what it is about
    /// (issue 28: at 80x24 the fourth person scrolled them away).
    pinned: usize,
    /// The rows after the pinned fields' left out above the window: the
    /// start of a field, never a value under a label left out; of a
    /// person's row when one starts in time.
    first: usize,
    /// The drawn row the focused field's rows start on.
    focus_top: usize,
}

impl Window {
    /// The window over `blocks` (each field's rows) that shows the
    /// focused field whole, its label first, in `room` rows.
    fn of(form: &Form, blocks: &[Vec<Line<'_>>], room: usize) -> Window {
        let start = |i: usize| blocks[..i].iter().map(Vec::len).sum::<usize>();
        let focus = form.focus.min(blocks.len().saturating_sub(1));
        let focus_rows = blocks.get(focus).map_or(0, Vec::len);
        let person = |i: usize| form.fields.get(i).is_some_and(|f| f.slot == Slot::Attendee);
        let pinned = match (0..blocks.len()).position(person) {
            // Under them, the focused field must still fit.
            Some(at) if form.adds_people() && start(at) + focus_rows <= room => at,
            _ => 0,
        };
        let top = start(pinned);
        if focus < pinned {
            return Window {
                pinned,
                first: 0,
                focus_top: start(focus),
            };
        }
        let region = room.saturating_sub(top);
        let focus_start = start(focus) - top;
        let least = (focus_start + focus_rows).saturating_sub(region);
        let field = (pinned..=focus)
            .find(|&i| start(i) - top >= least)
            .unwrap_or(focus);
        let field = if person(field) {
            field
        } else {
            (field..=focus).find(|&i| person(i)).unwrap_or(field)
        };
        let first = start(field) - top;
        Window {
            pinned,
            first,
            focus_top: top + focus_start - first,
        }
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
