//! The stats screen: figures to read, nothing to select.

use super::Unit;
use crate::app::{App, Effect, Pane};
use crate::domain::Id;

pub(super) struct Stats;

impl Unit for Stats {
    fn selected_person(&self, _app: &App) -> Option<Id> {
        None
    }

    fn select(&self, app: &mut App, _pane: Pane, _to: &dyn Fn(usize, usize) -> usize) {
        app.nothing_here("the stats have no rows to move through");
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        app.nothing_here("the stats have nothing to open")
    }
}
