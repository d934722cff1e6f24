//! The confirmation asked before moving something to the trash.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::{Action, Layer};

/// Moving `label` to the trash, asked with the keys that answer.
pub(super) fn draw(config: &Config, frame: &mut Frame<'_>, area: Rect, label: &str) {
    let theme = &config.theme;
    let rect = super::centered(area, 60, 5);
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(Text::from(vec![
            Line::raw(format!("Move {} to the trash?", inert(label))),
            Line::styled(
                format!(
                    "{}: yes ({} brings it back) · {}: no",
                    super::key(config, Layer::Confirm, Action::Yes),
                    super::key(config, Layer::Global, Action::Undo),
                    super::key(config, Layer::Confirm, Action::No)
                ),
                theme.muted(),
            ),
        ]))
        .block(Block::bordered().title(" delete "))
        .wrap(Wrap { trim: true }),
        rect,
    );
}
