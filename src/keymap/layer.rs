//! The layers of the keymap: one for every key, one per screen, and one
//! per overlay and text field, each named as `[keys.NAME]` in the config.

/// A set of bindings that is active in one state of the TUI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Global,
    Review,
    Contacts,
    Interests,
    Ledger,
    /// The help overlay.
    Help,
    /// A question asked before acting (move to the trash; give first).
    Confirm,
    /// A list to pick from (who a name meant; who could help).
    Picker,
    /// A drafted message, and the draft's text edited in place.
    Draft,
    /// A form's fields.
    Form,
    /// The one-line field: filter, search, command line.
    Prompt,
    /// A command's long output.
    Output,
}

impl Layer {
    pub const ALL: [Layer; 12] = [
        Layer::Global,
        Layer::Review,
        Layer::Contacts,
        Layer::Interests,
        Layer::Ledger,
        Layer::Help,
        Layer::Confirm,
        Layer::Picker,
        Layer::Draft,
        Layer::Form,
        Layer::Prompt,
        Layer::Output,
    ];

    /// The layers that are a screen's (and the global one under them).
    pub const SCREENS: [Layer; 5] = [
        Layer::Global,
        Layer::Review,
        Layer::Contacts,
        Layer::Interests,
        Layer::Ledger,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Global => "global",
            Layer::Review => "review",
            Layer::Contacts => "contacts",
            Layer::Interests => "interests",
            Layer::Ledger => "ledger",
            Layer::Help => "help",
            Layer::Confirm => "confirm",
            Layer::Picker => "picker",
            Layer::Draft => "draft",
            Layer::Form => "form",
            Layer::Prompt => "prompt",
            Layer::Output => "output",
        }
    }

    /// Every layer's name, for a config that names none of them.
    pub fn names() -> String {
        Layer::ALL.map(Layer::name).join(", ")
    }

    /// Where the layer's keys act, in words for the help and the docs.
    pub fn title(self) -> &'static str {
        match self {
            Layer::Global => "On every screen",
            Layer::Review => "On the daily review",
            Layer::Contacts => "On the contacts screen",
            Layer::Interests => "On the interests and events screens, and search results",
            Layer::Ledger => "On the give ledger",
            Layer::Help => "In this help",
            Layer::Confirm => "When asked to confirm",
            Layer::Picker => "In a list to pick from",
            Layer::Draft => "On a drafted message",
            Layer::Form => "In a form (other keys type into the field)",
            Layer::Prompt => "In the filter, search or command line (other keys type)",
            Layer::Output => "On a command's output",
        }
    }

    /// The layer tried when a key is not bound in this one: the global
    /// keys under a screen, the help and an output overlay (to move and
    /// scroll); none under a question, a list to pick from or a text
    /// field, where a stray key must not quit or change screen.
    pub fn fallback(self) -> Option<Layer> {
        match self {
            Layer::Review
            | Layer::Contacts
            | Layer::Interests
            | Layer::Ledger
            | Layer::Help
            | Layer::Output => Some(Layer::Global),
            Layer::Global
            | Layer::Confirm
            | Layer::Picker
            | Layer::Draft
            | Layer::Form
            | Layer::Prompt => None,
        }
    }

    /// Whether `action`, bound in the layer under this one, acts here:
    /// under a screen every global key does; under the help and an output
    /// only the moves (to scroll) and quitting do, so a screen's key pressed there
    /// (`u`, `2`, `:`) is said to do nothing instead of vanishing.
    pub fn takes_from_under(self, action: super::Action) -> bool {
        use super::Action as A;
        match self {
            Layer::Help | Layer::Output => matches!(
                action,
                A::Quit | A::Up | A::Down | A::PageUp | A::PageDown | A::Top | A::Bottom
            ),
            _ => true,
        }
    }

    /// Whether keys not bound here are text typed into a field.
    pub fn takes_text(self) -> bool {
        matches!(self, Layer::Form | Layer::Prompt)
    }
}
