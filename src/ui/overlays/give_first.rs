//! The question asked before an ask to someone I never gave to.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::config::Config;
use crate::domain::text::inert;
use crate::keymap::{Action, Layer};

/// Give before you ask `name`, with the keys that answer.
pub(super) fn draw(config: &Config, frame: &mut Frame<'_>, area: Rect, name: &str) {
    let theme = &config.theme;
    let name = inert(name);
    let width = area.width.saturating_sub(4).min(72);
    let rect = super::centered(area, width, 6);
    super::clear(frame, area, rect);
    frame.render_widget(
        Paragraph::new(Text::from(vec![
            Line::raw(format!(
                "You have never given {name} anything. Give before you ask:"
            )),
            Line::raw("a small give first makes the ask easier to say yes to."),
            Line::styled(
                format!(
                    "{}: record a give first (the ask comes back after) · {}: ask anyway · esc: back",
                    super::key(config, Layer::Confirm, Action::Gave),
                    super::key(config, Layer::Confirm, Action::Yes)
                ),
                theme.muted(),
            ),
        ]))
        .block(Block::bordered().title(" give before you ask "))
        .wrap(Wrap { trim: true }),
        rect,
    );
}
