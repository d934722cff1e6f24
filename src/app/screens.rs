//! The screens, from one table: each screen's tab, keymap layer, the part
//! of the data it needs, and its unit (what the shared keys do on it:
//! move, focus, open, back, and its own keys). A new screen is one row
//! here and one unit; the tab order is the table's.

mod contacts;
mod insights;
mod ledger;
mod lists;
mod review;
mod search;

use super::{Action, App, Effect, Pane, Part, Screen};
use crate::domain::Id;
use crate::keymap::Layer;

/// What the shared keys do on one screen.
pub(super) trait Unit: Sync {
    /// The pane with the keyboard.
    fn pane(&self, _app: &App) -> Pane {
        Pane::List
    }

    /// Gives `pane` the keyboard, where the screen has it.
    fn focus(&self, _app: &mut App, _pane: Pane) {}

    /// The person whose card is wanted now, and whom the person keys
    /// (`g`, `w`, `E`, `D`, ...) act on: a screen that answers gets them.
    fn selected_person(&self, app: &App) -> Option<Id>;

    /// Selects `person` where this screen lists them (the person the user
    /// was on, brought along from the screen they left); elsewhere the
    /// screen's own row stays.
    fn carry(&self, _app: &mut App, _person: Id) {}

    /// Moves the selection of `pane` to `to(position, rows)`.
    fn select(&self, app: &mut App, pane: Pane, to: &dyn Fn(usize, usize) -> usize);

    /// Enter: drill into the selection.
    fn open(&self, app: &mut App) -> Vec<Effect>;

    /// Esc: back out one step.
    fn back(&self, _app: &mut App) {}

    /// What `action`, bound in this screen's `layer`, does here, for the
    /// help; `None`: nothing here, so the help leaves it out. Screens that
    /// share a layer (interests, events, search) say their own.
    fn key_does(&self, action: Action, layer: Layer) -> Option<&'static str> {
        Some(action.describe_in(layer))
    }

    /// A key of the screen's own layer; by default a person key, for the
    /// person selected.
    fn act(&self, app: &mut App, action: Action) -> Vec<Effect> {
        app.act_on_selected(action)
    }
}

/// A screen's tab: its title, and the action that shows it.
pub(crate) struct Tab {
    pub(crate) title: &'static str,
    pub(crate) action: Action,
}

/// One row of the table.
pub(crate) struct Entry {
    pub(crate) screen: Screen,
    /// None: reached otherwise (the welcome, the search).
    pub(crate) tab: Option<Tab>,
    pub(crate) layer: Layer,
    /// The heading of its keys in the help: where they act.
    pub(crate) heading: &'static str,
    pub(crate) part: Option<Part>,
    unit: &'static dyn Unit,
}

/// Every screen, in the order of [`Screen`]'s variants; the tabs in the
/// order they are shown and numbered.
pub(crate) const SCREENS: [Entry; 8] = [
    Entry {
        screen: Screen::Welcome,
        tab: None,
        layer: Layer::Contacts,
        heading: "On the welcome screen",
        part: None,
        unit: &contacts::Contacts,
    },
    Entry {
        screen: Screen::Review,
        tab: Some(Tab {
            title: "Review",
            action: Action::ScreenReview,
        }),
        layer: Layer::Review,
        heading: "On the daily review",
        part: None,
        unit: &review::Review,
    },
    Entry {
        screen: Screen::Contacts,
        tab: Some(Tab {
            title: "Contacts",
            action: Action::ScreenContacts,
        }),
        layer: Layer::Contacts,
        heading: "On the contacts screen",
        part: None,
        unit: &contacts::Contacts,
    },
    Entry {
        screen: Screen::Interests,
        tab: Some(Tab {
            title: "Interests",
            action: Action::ScreenInterests,
        }),
        layer: Layer::Interests,
        heading: "On the interests screen",
        part: Some(Part::Interests),
        unit: &lists::Interests,
    },
    Entry {
        screen: Screen::Ledger,
        tab: Some(Tab {
            title: "Ledger",
            action: Action::ScreenLedger,
        }),
        layer: Layer::Ledger,
        heading: "On the give ledger",
        part: Some(Part::Ledger),
        unit: &ledger::Ledger,
    },
    Entry {
        screen: Screen::Stats,
        tab: Some(Tab {
            title: "Stats",
            action: Action::ScreenStats,
        }),
        layer: Layer::Global,
        heading: "On every screen",
        part: Some(Part::Stats),
        unit: &insights::Stats,
    },
    Entry {
        screen: Screen::Events,
        tab: Some(Tab {
            title: "Events",
            action: Action::ScreenEvents,
        }),
        layer: Layer::Interests,
        heading: "On the events screen",
        part: Some(Part::Events),
        unit: &lists::Events,
    },
    Entry {
        screen: Screen::Search,
        tab: None,
        // Its results are people: the person keys act on them.
        layer: Layer::Interests,
        heading: "On the search results",
        part: None,
        unit: &search::Search,
    },
];

impl Screen {
    /// The screen's row of the table.
    pub(crate) fn entry(self) -> &'static Entry {
        &SCREENS[self as usize]
    }

    pub(super) fn unit(self) -> &'static dyn Unit {
        self.entry().unit
    }

    /// What `action`, bound in the screen's layer, does on this screen,
    /// for its help; `None`: nothing here.
    pub(crate) fn key_does(self, action: Action) -> Option<&'static str> {
        self.unit().key_does(action, self.layer())
    }

    /// The screens that have a tab, in tab order.
    pub(crate) fn tabs() -> impl Iterator<Item = (Screen, &'static Tab)> {
        SCREENS
            .iter()
            .filter_map(|e| e.tab.as_ref().map(|t| (e.screen, t)))
    }

    /// The screen a tab's action shows.
    pub(super) fn for_action(action: Action) -> Option<Screen> {
        Screen::tabs()
            .find(|(_, t)| t.action == action)
            .map(|(s, _)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is indexed by the screen: each row sits at its
    /// variant's place.
    #[test]
    fn every_screen_is_at_its_place_in_the_table() {
        for (i, entry) in SCREENS.iter().enumerate() {
            assert_eq!(entry.screen as usize, i, "{:?}", entry.screen);
        }
        let tabs: Vec<&str> = Screen::tabs().map(|(_, t)| t.title).collect();
        assert_eq!(
            tabs,
            [
                "Review",
                "Contacts",
                "Interests",
                "Ledger",
                "Stats",
                "Events"
            ]
        );
    }
}
