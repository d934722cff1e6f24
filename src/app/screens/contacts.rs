//! The contacts screen (and the welcome, which becomes it): the list,
//! filtered and sorted, and the selected person's card and history.

use super::Unit;
use crate::app::{Action, App, Effect, Pane, Part, Prompt, Status};
use crate::domain::Id;
use crate::journal::HistoryItem;

pub(super) struct Contacts;

impl Unit for Contacts {
    fn pane(&self, app: &App) -> Pane {
        app.contacts.pane
    }

    fn focus(&self, app: &mut App, pane: Pane) {
        app.contacts.pane = pane;
    }

    fn selected_person(&self, app: &App) -> Option<Id> {
        app.contacts.selected_id(&app.data)
    }

    fn carry(&self, app: &mut App, person: Id) {
        let (people, data) = (&app.contacts.visible, &app.data);
        if let Some(at) = people
            .iter()
            .position(|v| data.people[v.index].row.id == person)
        {
            app.contacts.selected = at;
        }
    }

    fn select(&self, app: &mut App, pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        match pane {
            Pane::List => {
                app.contacts.selected = to(app.contacts.selected, app.contacts.visible.len())
            }
            Pane::Detail => history(app, to),
        }
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        if app.contacts.pane == Pane::Detail {
            app.show_entry();
            return Vec::new();
        }
        app.contacts.pane = Pane::Detail;
        app.card_effects()
    }

    fn back(&self, app: &mut App) {
        if app.contacts.pane == Pane::Detail {
            app.contacts.pane = Pane::List;
        } else if !app.contacts.filter.is_empty() {
            // The person picked through the filter stays picked.
            app.contacts.clear_filter(&app.data);
        }
    }

    fn act(&self, app: &mut App, action: Action) -> Vec<Effect> {
        match action {
            Action::Filter => {
                app.contacts.pane = Pane::List;
                // The list shows what the query shown matches.
                let current = app.contacts.reopened_filter();
                if current != app.contacts.filter {
                    let keep = app.contacts.selected_id(&app.data);
                    app.contacts.filter = current.clone();
                    app.contacts.refresh(&app.data, keep);
                }
                app.open_prompt(Prompt::Filter, &current);
                // Aliases and interests load the first time: reading them
                // for everyone would slow the first frame.
                if app.data.has(Part::Words) {
                    Vec::new()
                } else {
                    vec![Effect::Load(Part::Words)]
                }
            }
            Action::CycleSort => {
                app.contacts.sort = app.contacts.sort.next();
                app.contacts
                    .refresh(&app.data, app.contacts.selected_id(&app.data));
                app.status = Status {
                    text: format!("sorted by {}", app.contacts.sort.label()),
                    warning: false,
                };
                Vec::new()
            }
            Action::ToggleClosed => {
                app.contacts.show_closed = !app.contacts.show_closed;
                app.contacts
                    .refresh(&app.data, app.contacts.selected_id(&app.data));
                app.status = Status {
                    text: if app.contacts.show_closed {
                        "showing closed relationships".into()
                    } else {
                        "closed relationships hidden".into()
                    },
                    warning: false,
                };
                app.card_effects()
            }
            Action::Draft => draft(app),
            Action::EditNotes if app.contacts.pane == Pane::Detail && app.card.is_some() => {
                app.edit_entry_details()
            }
            a => app.act_on_selected(a),
        }
    }
}

/// Moves in the card's history (the contacts' and the review's).
pub(super) fn history(app: &mut App, to: &dyn Fn(usize, usize) -> usize) {
    let len = app.card.as_ref().map_or(0, |c| c.history.len());
    app.contacts.history_scroll = to(app.contacts.history_scroll, len);
}

/// A follow-up drafted for the selected person, about the meeting under
/// the cursor in their history, if any.
fn draft(app: &mut App) -> Vec<Effect> {
    let meeting = match (app.contacts.pane, &app.card) {
        (Pane::Detail, Some(card)) => match card.history.get(app.contacts.history_scroll) {
            Some(HistoryItem::Interaction(i)) => Some(i.id),
            _ => None,
        },
        _ => None,
    };
    app.contacts
        .selected_id(&app.data)
        .map(|contact| Effect::Draft {
            contact,
            meeting,
            follow_up: None,
        })
        .into_iter()
        .collect()
}
