//! The colours of the TUI, by role.

use ratatui::style::{Color, Modifier, Style};

/// The roles a colour can be set for, as `[theme]` names them.
pub(super) const ROLES: [&str; 6] = ["accent", "give", "ask", "warning", "muted", "highlight"];

/// The colours `[theme]` takes by name; a name one slip from one of them
/// gets "did you mean" (trial 28d: "cyann" listed them all, and no cyan).
pub(super) const NAMES: [&str; 17] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark_gray",
    "light_red",
    "light_green",
    "light_yellow",
    "light_blue",
    "light_magenta",
    "light_cyan",
    "white",
    "reset",
];

/// What a colour that does not read is refused with: the name meant, when
/// it is a slip of one, and every colour `[theme]` takes.
pub(super) fn not_a_colour(value: &str) -> String {
    let near = super::errors::nearest(&value.to_lowercase(), NAMES.into_iter())
        .map(|n| format!("did you mean {n}? "))
        .unwrap_or_default();
    format!(
        "\"{value}\" is not a colour ({near}the colours: {}, a number from 0 to 255, or \"#rrggbb\")",
        NAMES.join(", ")
    )
}

/// Colours by role. `None` means the terminal's own colour, which is what
/// NO_COLOR gets everywhere; emphasis then comes from bold and reverse video,
/// so the screen stays readable on dark and light backgrounds alike.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub accent: Option<Color>,
    pub give: Option<Color>,
    pub ask: Option<Color>,
    pub warning: Option<Color>,
    pub muted: Option<Color>,
    pub highlight: Option<Color>,
}

fn fg(color: Option<Color>) -> Style {
    color.map_or_else(Style::default, |c| Style::default().fg(c))
}

impl Theme {
    /// No colour at all.
    pub fn plain() -> Theme {
        Theme::default()
    }

    pub fn accent(&self) -> Style {
        fg(self.accent).add_modifier(Modifier::BOLD)
    }

    pub fn give(&self) -> Style {
        fg(self.give)
    }

    pub fn ask(&self) -> Style {
        fg(self.ask)
    }

    pub fn warning(&self) -> Style {
        fg(self.warning).add_modifier(Modifier::BOLD)
    }

    pub fn muted(&self) -> Style {
        match self.muted {
            Some(c) => Style::default().fg(c),
            None => Style::default().add_modifier(Modifier::DIM),
        }
    }

    /// Matched characters of a fuzzy filter.
    pub fn matched(&self) -> Style {
        fg(self.highlight).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}
