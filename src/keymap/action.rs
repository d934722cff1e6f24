//! What the user can ask the TUI to do. Bindable actions deserialize from
//! their snake_case names in the keymap; each has a description that the help
//! overlay and `docs/keys.md` show, so neither can drift from the code.

use serde::Deserialize;

use super::Layer;

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
    /// Opens the form for an event where several people met.
    LogEvent,
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
    /// Opens the status line's last message whole (it is cut at three
    /// rows).
    ShowStatus,
    CopyAddress,
    /// Lists who is in line past the day's people (`review --all`).
    InLine,
    /// Answers yes (a question; a draft or an entry: marks it done or sent).
    Yes,
    /// Answers no (a question; an entry: declines it).
    No,
    /// Saves a form, runs the command line, picks the row.
    Submit,
    /// Closes a form or a field without saving.
    Cancel,
    /// Completes the name before the cursor on the command line.
    Complete,
    /// Empties the text field (a key the field took as an edit, listed
    /// so the help and docs/keys.md show it).
    ClearField,
    /// Deletes the word before the cursor: alt-backspace did in every
    /// field before a lone alt+key was read as esc then the key; bound,
    /// it stays the field's.
    DeleteWord,
    NextField,
    PrevField,
    /// Another person's row in the event form.
    AddPerson,
    /// Copies the draft.
    Copy,
    /// Edits the draft here.
    EditHere,
    /// Edits the draft in `$EDITOR`.
    EditInEditor,
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
            Action::FocusNext => "next pane",
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
            Action::ShowStatus => "show the status line's last message whole",
            Action::CopyAddress => {
                "copy their email, phone, web page or address (again: the next; after the last, the first)"
            }
            Action::InLine => "list who is in line after today's people, in the order they wait",
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
            Action::LogEvent => "log an event with several people, new or known, in one form",
            Action::EditContact => "edit the selected person in a form",
            Action::EditNotes => {
                "write the person's notes in $EDITOR (or, in the history, a meeting's details)"
            }
            Action::Delete => "move the selected person or entry to the trash (asks first)",
            Action::CycleDirection => "show all / given by me / given to me",
            Action::CycleNature => "show gives and asks / gives / asks",
            Action::CycleState => "show any state / open / done / declined",
            Action::CycleKind => "show any kind / introduction / advice / ... / other",
            Action::Open => "open the selected row (a person, an entry, a result)",
            Action::Done => "mark the item done (its follow-up, promise or request)",
            Action::Snooze => "snooze the item until tomorrow",
            Action::SnoozeWeek => "snooze the item for a week",
            Action::SnoozeDate => "snooze the item until a day you pick",
            Action::Dismiss => "dismiss the line until something new happens with them",
            Action::Skip => "skip to the next item",
            Action::Import => "import people from vCard, LinkedIn, Google or a givegive export",
            Action::Export => "export to JSON, vCard, ICS, Markdown or CSV",
            Action::MergeDuplicate => "merge a duplicate into the selected person (u undoes it)",
            Action::CloseRelationship => {
                "close the relationship, with a reason (history kept; u undoes it)"
            }
            Action::WhoCouldHelp => {
                "who could help them, and whom they could help (enter introduces)"
            }
            Action::Draft => {
                "draft a personal follow-up message (c copies, e edits here, E in $EDITOR, y marks it sent)"
            }
            Action::Yes => "yes",
            Action::No => "no",
            Action::Submit => "save, run or pick",
            Action::Cancel => "close without saving",
            Action::Complete => "complete the name before the cursor",
            Action::ClearField => "clear the field, to type anew",
            Action::DeleteWord => "delete the word before the cursor",
            Action::NextField => "next field",
            Action::PrevField => "previous field",
            Action::AddPerson => "in the event form: a row for another person",
            Action::Copy => "copy the text",
            Action::EditHere => "edit the text here (esc when done)",
            Action::EditInEditor => "edit the text in $EDITOR",
        }
    }

    /// What the action does in `layer`, where that says more than
    /// [`Action::describe`] (a yes is "move to the trash" when asked
    /// that; `d` marks a ledger entry done).
    pub fn describe_in(self, layer: Layer) -> &'static str {
        match (layer, self) {
            (Layer::Ledger, Action::Done) => "mark the selected open entry done",
            (Layer::Ledger, Action::Dismiss) => "decline the selected open entry",
            (Layer::Ledger, Action::Delete) => "move the selected entry to the trash (asks first)",
            (Layer::Review | Layer::Interests, Action::EditNotes) => {
                "write the person's notes in $EDITOR"
            }
            (Layer::Interests, Action::Delete) => {
                "move the selected person to the trash (asks first)"
            }
            (Layer::Interests, Action::CloseRelationship) => {
                "close the relationship, with a reason (all kept; u undoes it)"
            }
            (Layer::Review, Action::Open) => "open the item's person, at the entry it is about",
            // Trial 26z: a first `d` landed on Luca's second line.
            (Layer::Review, Action::Down) => "next line (a person may have several)",
            (Layer::Review, Action::Up) => "previous line (a person may have several)",
            // What enter opens is each screen's own: its help says so in
            // the part it opens on (the events help lacked enter).
            (Layer::Contacts, Action::Open) => {
                "go into the card's history; there, show the entry whole"
            }
            (Layer::Interests, Action::Open) => {
                "to the people of an interest or event; on a person or a result, their card"
            }
            (Layer::Ledger, Action::Open) => "open the entry on its person's card",
            // The panes are the screen's: only a card has a history.
            (Layer::Contacts | Layer::Review, Action::FocusNext) => {
                "next pane (the list, the card's history)"
            }
            (Layer::Interests, Action::FocusNext) => "next pane (the list, its people)",
            (Layer::Contacts, Action::Back) => "back to the list (on the list: clear the filter)",
            (Layer::Review | Layer::Interests, Action::Back) => "back to the list",
            (Layer::Help, Action::Back) => "close the help",
            (Layer::Confirm, Action::Yes) => "yes, go ahead",
            (Layer::Confirm, Action::No) => "no, keep it as it is",
            (Layer::Confirm, Action::Gave) => "record a give first (the ask comes back after)",
            (Layer::Picker, Action::Submit) => "pick the selected row",
            (Layer::Picker, Action::Cancel) => "close: nothing is done",
            (Layer::Draft, Action::Yes) => "mark it sent (logs the message)",
            (Layer::Draft, Action::Up) => "scroll the draft and its notes up",
            (Layer::Draft, Action::Down) => "scroll down (the panel says ↓ more while there is)",
            (Layer::Draft, Action::PageUp) => "scroll a page up",
            (Layer::Draft, Action::PageDown) => "scroll a page down",
            (Layer::Draft, Action::Top) => "back to the draft's first line",
            (Layer::Draft, Action::Bottom) => "to the last note",
            // n is "no" elsewhere: here it closes, marking nothing sent
            // (trial 26x2 read "close" for n and q as surprising).
            (Layer::Draft, Action::Back) => {
                "close without marking it sent: nothing is logged (while editing here: done editing)"
            }
            (Layer::Form, Action::Submit) => "save",
            // Over an open form, its help says these as that form does
            // them (`Form::key_does`).
            (Layer::Form, Action::Cancel) => {
                "close; once typed into, asks first (esc again discards)"
            }
            (Layer::Form, Action::NextField) => {
                "next field; in the event form, on a name, completes it first"
            }
            (Layer::Prompt, Action::Submit) => {
                "run the command line; in the search, open the highlighted result"
            }
            (Layer::Prompt, Action::Up) => "the result or person above, while you type",
            (Layer::Prompt, Action::Down) => "the result or person below, while you type",
            (Layer::Prompt, Action::PageUp) => "a page of results or people up",
            (Layer::Prompt, Action::PageDown) => "a page of results or people down",
            (Layer::Prompt, Action::Cancel) => "close the field (the filter is cleared)",
            // The filter and the search complete nothing.
            (Layer::Prompt, Action::Complete) => {
                "command line: complete the name; search: to the results, for the person keys"
            }
            (Layer::Output, Action::Yes) => "mark the entry shown done, when open",
            (Layer::Output, Action::No) => "decline the give or ask shown, when open",
            (Layer::Output, Action::Back) => "close",
            _ => self.describe(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    /// Every bound key's words fit where it is bound: no card or filter
    /// on a screen that has none, no overlay to close from a screen's
    /// own keys.
    #[test]
    fn every_key_says_what_it_does_where_it_is_bound() {
        let keymap = Config::defaults().keymap;
        let absent: [(Layer, &[&str]); 4] = [
            (Layer::Interests, &["card", "history", "filter", "overlay"]),
            (Layer::Review, &["filter", "overlay"]),
            (Layer::Contacts, &["overlay"]),
            (Layer::Ledger, &["card", "history", "overlay"]),
        ];
        for (layer, words) in absent {
            for (key, action) in keymap.layer(layer) {
                let said = action.describe_in(layer);
                for word in words {
                    assert!(
                        !said.contains(word),
                        "[keys.{}] {key}: {said:?} speaks of a {word}",
                        layer.name()
                    );
                }
            }
        }
        // On a draft, closing says it sends nothing.
        assert!(
            Action::Back
                .describe_in(Layer::Draft)
                .starts_with("close without marking it sent")
        );
        // Of the three fields, only the command line completes names;
        // in the search, tab goes to the results.
        let tab = Action::Complete.describe_in(Layer::Prompt);
        assert!(tab.starts_with("command line: complete"), "{tab}");
        assert!(tab.contains("search: to the results"), "{tab}");
        // The global keys act on every screen: no one screen's panes.
        for (key, action) in keymap.layer(Layer::Global) {
            let said = action.describe_in(Layer::Global);
            assert!(!said.contains("card"), "{key}: {said:?}");
        }
    }
}
