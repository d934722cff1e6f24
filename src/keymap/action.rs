//! What the user can ask the TUI to do. Bindable actions deserialize from
//! their snake_case names in the keymap; each has a description that the help
//! overlay and `docs/keys.md` show, so neither can drift from the code.

use serde::Deserialize;

/// A bindable action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Back,
    Help,
    ScreenReview,
    ScreenContacts,
    ScreenInterests,
    ScreenLedger,
    ScreenStats,
    ScreenEvents,
    NextScreen,
    PrevScreen,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Filter,
    Search,
    CommandLine,
    CycleSort,
    ToggleClosed,
    Gave,
    Got,
    Asked,
    AskedBy,
    Met,
    FollowUp,
    Signal,
    AddContact,
    EditContact,
    EditNotes,
    Delete,
    CycleDirection,
    CycleNature,
    CycleState,
    CycleKind,
    Open,
    Done,
    Snooze,
    SnoozeWeek,
    SnoozeDate,
    Dismiss,
    Skip,
    Draft,
    WhoCouldHelp,
    CloseRelationship,
    MergeDuplicate,
    Import,
    Export,
    Undo,
    Redo,
}

impl Action {
    /// What the action does, for the help overlay.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back out: close the overlay, clear the filter, leave the pane",
            Action::Help => "show or hide this help",
            Action::ScreenReview => "daily review screen",
            Action::ScreenContacts => "contacts screen",
            Action::ScreenInterests => "shared interests screen",
            Action::ScreenLedger => "give ledger screen",
            Action::ScreenStats => "stats screen: depth, not count",
            Action::ScreenEvents => "events screen: who you met where, and who you kept",
            Action::NextScreen => "next screen",
            Action::PrevScreen => "previous screen",
            Action::FocusNext => "next pane (the list, the card's history)",
            Action::FocusPrev => "previous pane",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "first row",
            Action::Bottom => "last row",
            Action::Filter => "filter people by the starts of words",
            Action::Search => "search people, notes and history",
            Action::CommandLine => "command line: any shell verb (gave anna sent the deck)",
            Action::Undo => "undo the last change (again for the one before)",
            Action::Redo => "redo the last change undone",
            Action::CycleSort => "sort by name, last touch, balance, tier",
            Action::ToggleClosed => "show or hide closed relationships",
            Action::Gave => "record something I gave the selected person",
            Action::Got => "record something they gave me",
            Action::Asked => "record something I asked of them",
            Action::AskedBy => "record something they asked of me",
            Action::Met => "log a meeting with them",
            Action::FollowUp => "plan a follow-up with them",
            Action::Signal => "note a warning signal about them",
            Action::AddContact => "add a person",
            Action::EditContact => "edit the selected person (command line with their id)",
            Action::EditNotes => {
                "write the person's notes in $EDITOR (or, in the history, a meeting's details)"
            }
            Action::Delete => "move the selected person or entry to the trash (asks first)",
            Action::CycleDirection => "ledger: all / given by me / given to me",
            Action::CycleNature => "ledger: gives and asks / gives / asks",
            Action::CycleState => "ledger: any state / open / done / declined",
            Action::CycleKind => "ledger: any kind / introduction / advice / ... / other",
            Action::Open => "open the selected person or search result",
            Action::Done => "review: mark done (the follow-up, promise or request)",
            Action::Snooze => "review: snooze until tomorrow",
            Action::SnoozeWeek => "review: snooze for a week",
            Action::SnoozeDate => "review: snooze until a date you pick",
            Action::Dismiss => "review: dismiss for this cycle (a week, or the cadence)",
            Action::Skip => "review: skip to the next item",
            Action::Import => "import people from vCard, LinkedIn, Google or a givegive export",
            Action::Export => "export to JSON, vCard, ICS, Markdown or CSV",
            Action::MergeDuplicate => {
                "merge a duplicate into the selected person (restore undoes it)"
            }
            Action::CloseRelationship => {
                "close the relationship, with a reason (history kept; :reopen undoes)"
            }
            Action::WhoCouldHelp => {
                "who could help them, and whom they could help (enter introduces)"
            }
            Action::Draft => {
                "draft a personal follow-up message (c copies, e edits here, E in $EDITOR, y marks it sent)"
            }
        }
    }
}
