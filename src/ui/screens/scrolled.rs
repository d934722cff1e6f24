//! The marks a list's border carries for the rows scrolled out of view:
//! "↑5" at the top right, "↓7" at the bottom right (trial 26s: Anna to
//! Dora were gone above Elena with no mark). One rule for every list of
//! rows, one row a item (the contacts, the interests and their people, the
//! ledger); the review's lines, of several rows each, are counted by
//! `ui::review::window`.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Block;
use unicode_width::UnicodeWidthStr;

use crate::config::Config;

/// How many rows of a list lie above and below the window drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Scrolled {
    above: usize,
    below: usize,
}

impl Scrolled {
    /// A list of `total` rows drawn from `first`, `height` rows of it.
    pub(super) fn of(first: usize, height: usize, total: usize) -> Scrolled {
        let shown = total.saturating_sub(first).min(height);
        Scrolled {
            above: first.min(total),
            below: total.saturating_sub(first + shown),
        }
    }

    /// The list's border in `area`, titled `title` (which gives way to the
    /// top mark), with `label` at the bottom left (the bottom mark goes
    /// where both do not fit: the label says what the rows mean).
    pub(super) fn border(
        self,
        title: String,
        label: Option<&'static str>,
        area: Rect,
        focused: bool,
        config: &Config,
    ) -> Block<'static> {
        let theme = &config.theme;
        let up = (self.above > 0).then(|| format!("↑{} ", self.above));
        // A column of border between a cut title's `…` and the mark, so
        // neither reads as part of the other ("firs…↑1").
        let up_width = up.as_deref().map_or(0, |u| u.width() + 1);
        let room = Rect {
            width: area
                .width
                .saturating_sub(u16::try_from(up_width).unwrap_or(u16::MAX)),
            ..area
        };
        let mut block = super::border(title, room, focused, config);
        if let Some(up) = up {
            block = block.title(Line::styled(up, theme.muted()).right_aligned());
        }
        if let Some(label) = label {
            block = block.title_bottom(Line::styled(label, theme.muted()));
        }
        let down = format!("↓{} ", self.below);
        let inner = usize::from(area.width.saturating_sub(2));
        if self.below > 0 && label.map_or(0, UnicodeWidthStr::width) + down.width() <= inner {
            block = block.title_bottom(Line::styled(down, theme.muted()).right_aligned());
        }
        block
    }
}

#[cfg(test)]
mod tests {
    use super::Scrolled;
    use proptest::prelude::*;

    proptest! {
        /// Against the rows themselves: what is above `first` and what
        /// is past the window, never a row counted twice or lost.
        #[test]
        fn the_marks_count_every_row_out_of_view(
            total in 0usize..60,
            first in 0usize..60,
            height in 0usize..30,
        ) {
            let s = Scrolled::of(first, height, total);
            let drawn = (0..total).filter(|r| *r >= first && *r < first + height).count();
            prop_assert_eq!(s.above + drawn + s.below, total);
            prop_assert_eq!(s.above, (0..total).filter(|r| *r < first).count());
        }
    }
}
