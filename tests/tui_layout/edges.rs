//! An overlay over the review stands clear of the screen behind: in every
//! row of its frame, the column either side of the frame is blank, so no
//! cut word or half of a wide glyph reads as part of the overlay.

use super::*;
use ratatui::buffer::Buffer;

/// The screen's cells with the overlay open.
fn buffer(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let config = Config::defaults();
    terminal
        .draw(|frame| {
            givegive::ui::render(app, &config, frame);
        })
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The overlay's frame: the outermost `┌` whose row also has a `┐`
/// further right, and the `└` under it.
fn frame_of(buf: &Buffer) -> Option<(u16, u16, u16, u16)> {
    let at = |x: u16, y: u16| buf[(x, y)].symbol().to_string();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            // The screens' own panes start at the edges or at the card's
            // border; an overlay's frame starts inside them.
            if at(x, y) != "┌" || x == 0 || y == 0 {
                continue;
            }
            let right = (x + 1..buf.area.width).rev().find(|&r| at(r, y) == "┐")?;
            if right + 1 == buf.area.width {
                continue;
            }
            let bottom = (y + 1..buf.area.height).find(|&b| at(x, b) == "└")?;
            return Some((x, y, right, bottom));
        }
    }
    None
}

#[test]
fn the_column_either_side_of_an_overlay_is_blank() {
    let (_dir, journal) = journal();
    for (key, name) in [
        (Action::LogEvent, "V"),
        (Action::CloseRelationship, "C"),
        (Action::WhoCouldHelp, "H"),
        (Action::EditContact, "E"),
    ] {
        for down in 0..6 {
            let (mut app, mut rt) = opened(&journal);
            send(&mut app, &mut rt, &[act(Action::ScreenReview)]);
            send(&mut app, &mut rt, &vec![act(Action::Down); down]);
            send(&mut app, &mut rt, &[act(key)]);
            let buf = buffer(&app);
            let (left, top, right, bottom) =
                frame_of(&buf).unwrap_or_else(|| panic!("{name}: no overlay frame"));
            for y in top..=bottom {
                for x in [left - 1, right + 1] {
                    let cell = buf[(x, y)].symbol();
                    assert_eq!(
                        cell, " ",
                        "{name} after {down} down: row {y} keeps {cell:?} at column {x}, beside the frame ({left}..{right})"
                    );
                }
            }
        }
    }
}
