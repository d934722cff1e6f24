//! Forms use the room the terminal has (trial 26y at 120x36: forms stayed
//! 76 columns wide and cut "what they told you" with the room there), and
//! the focused field shows the cursor where typing goes.

use super::*;
use givegive::app::Overlay;
use ratatui::style::Modifier;

/// The screen's rows, where the cursor is, and how many cells of the
/// cursor's row are underlined (the focused value's room).
type Drawn = (Vec<String>, Option<(u16, u16)>, usize);

/// Draws `app` at `size`.
fn drawn(app: &App, (width, height): (u16, u16)) -> Drawn {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    // A frame that sets no cursor hides it; it is then left where it was.
    let cursor = terminal.get_cursor_position().ok().map(|p| (p.x, p.y));
    let cursor = cursor.filter(|p| *p != (0, 0));
    let buffer = terminal.backend().buffer();
    let underlined = cursor.map_or(0, |(_, y)| {
        (0..width)
            .filter(|x| buffer[(*x, y)].modifier.contains(Modifier::UNDERLINED))
            .count()
    });
    (rows(&format!("{}", terminal.backend())), cursor, underlined)
}

/// What was told is read whole at 120x36 and at 80x24.
#[test]
fn a_form_grows_with_the_terminal() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    let told = "runs a ceramics studio; moving to Berlin";
    let mut msgs = vec![act(Action::LogEvent)];
    msgs.extend(typed("Design night"));
    msgs.extend([act(Action::Down), act(Action::Down)]);
    msgs.extend(typed("Zed Quinn"));
    msgs.push(act(Action::Down));
    msgs.extend(typed(told));
    msgs.push(act(Action::Down));
    send(&mut app, &mut rt, &msgs);
    let (wide, _, _) = drawn(&app, (120, 36));
    let whole = wide.iter().any(|r| r.contains(told));
    assert!(whole, "whole at 120x36:\n{}", wide.join("\n"));
    let (narrow, _, _) = drawn(&app, (80, 24));
    // At 80x24 too, with the long labels on their own rows (trial 26x2
    // read 23 characters of it).
    let read = narrow.iter().any(|r| r.contains(told));
    assert!(read, "whole at 80x24:\n{}", narrow.join("\n"));
}

/// Trial 26y: the "what" field showed no cursor (it was there, 30
/// columns right of "what", unseen). On every form's first field, at
/// both sizes, the cursor is on that field's row, right after what is
/// typed, and the room to type in is underlined.
#[test]
fn the_focused_field_shows_the_cursor_after_what_is_typed() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    for open in [
        Action::Gave,
        Action::LogEvent,
        Action::Met,
        Action::AddContact,
    ] {
        for text in ["", "tea"] {
            send(&mut app, &mut rt, &[act(open)]);
            send(&mut app, &mut rt, &typed(text));
            for size in SIZES {
                let (rows, cursor, underlined) = drawn(&app, size);
                // The room to type in is marked, not the cursor alone.
                assert!(
                    underlined >= 20,
                    "{open:?} {size:?}: {underlined} underlined"
                );
                let (x, y) = cursor.unwrap_or_else(|| panic!("{open:?} {size:?}: no cursor"));
                let row = &rows[usize::from(y)];
                let before: String = row.chars().take(usize::from(x)).collect();
                assert!(
                    before
                        .trim_end()
                        .ends_with(&format!(" {text}").trim_end().to_string())
                        || text.is_empty(),
                    "{open:?} {size:?}: cursor at {x} on {row:?}"
                );
                let Some(Overlay::Form(form)) = app.overlay() else {
                    panic!("{open:?}: a form");
                };
                let label = &form.fields[form.focus].label;
                assert!(
                    before.contains(&label.to_string()),
                    "{open:?} {size:?}: {row:?}"
                );
            }
            send(&mut app, &mut rt, &[Msg::Cancel, Msg::Cancel]);
            assert!(app.overlay().is_none(), "{open:?} closed");
        }
    }
}
