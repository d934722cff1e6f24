//! The give ledger: every entry, filtered four ways, and what settles one.

use super::Unit;
use crate::app::{Action, App, Effect, Overlay, Pane};
use crate::domain::Id;

pub(super) struct Ledger;

impl Unit for Ledger {
    fn selected_person(&self, app: &App) -> Option<Id> {
        app.ledger.selected_line(&app.data).map(|l| l.entry.contact)
    }

    fn select(&self, app: &mut App, _pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        app.ledger.selected = to(app.ledger.selected, app.ledger.visible.len());
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        match app.ledger.selected_line(&app.data) {
            Some(l) => {
                let (person, entry) = (l.entry.contact, l.entry.id);
                app.show_person(person, Some(entry))
            }
            None => app.nothing_here("no entry is selected"),
        }
    }

    fn act(&self, app: &mut App, action: Action) -> Vec<Effect> {
        match action {
            Action::Delete => {
                if let Some(line) = app.ledger.selected_line(&app.data) {
                    app.overlay = Some(Overlay::Confirm {
                        id: line.entry.id,
                        label: format!("{} {}: {}", line.entry.verb(), line.names, line.entry.text),
                    });
                }
                Vec::new()
            }
            Action::Done | Action::Dismiss => app.settle_entry(action),
            Action::CycleDirection
            | Action::CycleNature
            | Action::CycleState
            | Action::CycleKind => {
                // The entry selected stays selected while it still fits.
                let had = app.ledger.selected_line(&app.data).map(|l| l.entry.id);
                app.ledger.cycle(action);
                app.ledger.refresh(&app.data);
                app.ledger.selected = app
                    .ledger
                    .visible
                    .iter()
                    .position(|i| Some(app.data.ledger[*i].entry.id) == had)
                    .unwrap_or(0);
                app.card_effects()
            }
            a => app.not_here(a),
        }
    }
}
