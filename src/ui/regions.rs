//! Where drawing put what a click can reach: the tabs, the panes and
//! their rows. The runtime looks a mouse event up here, so the app gets a
//! [`Spot`] and never sees a coordinate, and no layout is computed twice.

use ratatui::layout::{Position, Rect};

use crate::app::{Pane, Spot};

/// The spots of the frame last drawn, later ones on top.
#[derive(Clone, Debug, Default)]
pub struct Regions {
    spots: Vec<(Rect, Spot)>,
    /// The last line the scrolled overlay drawn can start at.
    pub(super) scroll_end: Option<usize>,
}

impl Regions {
    /// The last line the scrolled overlay drawn (if any) can start at:
    /// the app's moves stop there.
    pub fn scroll_end(&self) -> Option<usize> {
        self.scroll_end
    }

    pub(crate) fn add(&mut self, rect: Rect, spot: Spot) {
        self.spots.push((rect, spot));
    }

    /// A bordered list: the pane, and one row per item from `first`.
    pub(crate) fn list(&mut self, area: Rect, pane: Pane, first: usize, len: usize) {
        self.add(area, Spot::Pane(pane));
        let inner = area.inner(ratatui::layout::Margin::new(1, 1));
        let shown = len.saturating_sub(first).min(usize::from(inner.height));
        for (n, y) in (inner.y..inner.bottom()).take(shown).enumerate() {
            self.add(
                Rect::new(inner.x, y, inner.width, 1),
                Spot::Row(pane, first + n),
            );
        }
    }

    /// What is under the cell at `column`, `row`: the topmost spot there.
    pub fn at(&self, column: u16, row: u16) -> Option<Spot> {
        let cell = Position::new(column, row);
        self.spots
            .iter()
            .rev()
            .find(|(rect, _)| rect.contains(cell))
            .map(|(_, spot)| *spot)
    }

    /// The pane under the cell, for the wheel.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let cell = Position::new(column, row);
        self.spots
            .iter()
            .rev()
            .filter(|(rect, _)| rect.contains(cell))
            .find_map(|(_, spot)| match spot {
                Spot::Pane(p) | Spot::Row(p, _) => Some(*p),
                Spot::Tab(_) => None,
            })
    }
}
