//! Drawing: a function of the app state. Nothing here changes state; only
//! the rows that fit on screen are built.

mod card;
mod chrome;
mod insights;
mod review;
mod screens;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::config::Config;
use crate::domain::text::inert;

/// Below this width two-pane screens show one pane at a time.
pub const NARROW: u16 = 70;

/// Draws the whole screen.
pub fn render(app: &App, config: &Config, frame: &mut Frame<'_>) {
    let area = frame.area();
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::tabs(app, config, frame, tabs);
    screens::body(app, config, frame, body);
    chrome::status(app, config, frame, status);
    chrome::overlay(app, config, frame, body);
}

/// How many list rows fit in `area` (inside a border).
pub fn rows_in(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(2))
}

/// The first row to draw so that `selected` is visible in `height` rows.
pub fn offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        selected.saturating_sub(height - 1)
    }
}

/// A label and a value on one line, the label muted.
fn field<'a>(label: &'a str, value: String, config: &Config) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label:<10}"), config.theme.muted()),
        Span::raw(inert(&value)),
    ])
}
