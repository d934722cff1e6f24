//! The colours of the TUI, by role.

use ratatui::style::{Color, Modifier, Style};

/// The roles a colour can be set for, as `[theme]` names them.
pub(super) const ROLES: [&str; 6] = ["accent", "give", "ask", "warning", "muted", "highlight"];

/// The colours `[theme]` takes, as a config error lists them.
pub(super) const COLOURS: &str = "black, red, green, yellow, blue, magenta, cyan, gray, dark_gray, \
    light_red, light_green, light_yellow, light_blue, light_magenta, light_cyan, white, reset, \
    a number from 0 to 255, or \"#rrggbb\"";

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
