//! The copy key: puts one way to reach the person on the card (an email,
//! a phone, a web page or an address) on the clipboard. Pressed again on
//! the same card it copies the next one, round to the first, so every one
//! is a key or two away without a picker in the way; the status line says
//! which was copied and how many there are.

use super::{App, Effect, Overlay, Screen, Status};
use crate::domain::Id;
use crate::domain::search::{Field, Hit};
use crate::journal::{Reach, ReachKind};

impl App {
    /// Copies the next way to reach the person on the card.
    pub(super) fn copy_reach(&mut self) -> Vec<Effect> {
        // The card of the person selected, wherever they are selected.
        let selected = self.selected_person();
        let Some(card) = self
            .card
            .as_ref()
            .filter(|c| Some(c.contact.id) == selected)
        else {
            self.copied = None;
            self.status = Status {
                text: "nothing to copy here: the copy key works on a selected person \
                       (their card is still loading, or nobody is selected)"
                    .into(),
                warning: true,
            };
            return Vec::new();
        };
        let reach = card.reach();
        let id = card.contact.id;
        if reach.is_empty() {
            self.copied = None;
            self.status = Status {
                text: format!(
                    "{} has no email, phone, web page or address to copy (E adds one)",
                    card.contact.name
                ),
                warning: true,
            };
            return Vec::new();
        }
        let next = match self.copied {
            Some((was, n)) if was == id => after(n, reach.len()),
            _ => self.first_reach(&reach),
        };
        self.copied = Some((id, next));
        self.status = Status {
            text: copying(&reach, next),
            warning: false,
        };
        self.said_of = Some((id, self.status.text.clone()));
        vec![Effect::Copy(reach[next].value.clone())]
    }

    /// Which way to reach them the copy key takes first: on a search
    /// result that matched one, that one (trial 26y: `/333`, `y` copied
    /// Anna's email, not the phone found); else the first.
    fn first_reach(&self, reach: &[Reach]) -> usize {
        let hit = self
            .search
            .selected_hit()
            .filter(|_| self.screen == Screen::Search);
        hit.and_then(|hit| matched(reach, hit)).unwrap_or(0)
    }

    /// How the clipboard took the copy: the line that said what was
    /// copied, told whole, is still about the person it named (trial 26w:
    /// "+44 7700 900123 (phone) sent to the clipboard" stayed on Jonas's
    /// card after Tom's phone was copied).
    pub(super) fn copied_said(&mut self, said: String, warning: bool) {
        if !warning {
            // Of the key just pressed: the next key clears it.
            self.fleeting = Some(said.clone());
        }
        if let Some((_, about)) = &mut self.said_of
            && *about == self.status.text
        {
            about.clone_from(&said);
        }
        self.status = Status {
            text: said,
            warning,
        };
    }

    /// A status about one person (what the copy key took, a draft
    /// refused) goes once another person is selected or another's draft
    /// opens: left, it reads as about them.
    pub(super) fn forget_said_of(&mut self) {
        let Some((whom, said)) = &self.said_of else {
            return;
        };
        let in_view = match &self.overlay {
            Some(Overlay::Draft(view)) => Some(view.contact),
            _ => self.selected_person(),
        };
        if self.status.text != *said {
            self.said_of = None;
        } else if in_view.is_some_and(|p| p != *whom) {
            self.said_of = None;
            self.status = Status::default();
        }
    }

    /// The ways to reach the person on the card and which of them the copy
    /// key took last, for the card to mark it.
    pub fn copied_reach(&self) -> Option<usize> {
        let card = self.card.as_ref()?;
        match self.copied {
            Some((id, n)) if id == card.contact.id => Some(n),
            _ => None,
        }
    }

    /// The kind of way to reach someone the copy key took last, for the
    /// advice to name it.
    pub fn copied_kind(&self) -> Option<ReachKind> {
        let (card, n) = self.card.as_ref().zip(self.copied_reach())?;
        card.reach().get(n).map(|r| r.kind)
    }

    /// What the clipboard just took, for the line that says where it went:
    /// the open draft, else the way to reach someone copied last.
    pub fn copying(&self) -> String {
        if let Some(Overlay::Draft(_)) = self.overlay {
            return "draft".into();
        }
        let Some((card, n)) = self.card.as_ref().zip(self.copied_reach()) else {
            return "text".into();
        };
        copying(&card.reach(), n)
    }
}

/// The way to reach someone a search result matched: of the kind of its
/// field, the one its excerpt shows (a phone found by its digits alone is
/// found by them), else the first of that kind.
fn matched(reach: &[Reach], hit: &Hit) -> Option<usize> {
    let kind = match hit.field {
        Field::Email => ReachKind::Email,
        Field::Phone => ReachKind::Phone,
        _ => return None,
    };
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
    let same = |r: &Reach| match kind {
        ReachKind::Phone => digits(&r.value) == digits(&hit.excerpt),
        _ => r.value.eq_ignore_ascii_case(hit.excerpt.trim()),
    };
    let of_kind = || reach.iter().position(|r| r.kind == kind);
    reach
        .iter()
        .position(|r| r.kind == kind && same(r))
        .or_else(of_kind)
}

/// Which of `len` ways to reach someone the copy key takes after the
/// `n`th: the next, and after the last the first again.
fn after(n: usize, len: usize) -> usize {
    (n + 1) % len.max(1)
}

/// "anna@klarheit.de (work email, 1 of 5, again: next)": what was
/// copied comes first and alone, so the start of the status line is exactly
/// it, for a terminal's own selection when its clipboard ignored the copy;
/// short, so that and how it went fit one 80-column line (trial 26t).
fn copying(reach: &[Reach], n: usize) -> String {
    let r = &reach[n];
    let label = if r.label.is_empty() {
        String::new()
    } else {
        format!("{} ", r.label)
    };
    // Said from where the key goes next: on the last it starts over
    // (trial five: the last one said "again for the next").
    let again = if after(n, reach.len()) == 0 {
        "again: first"
    } else {
        "again: next"
    };
    let more = if reach.len() > 1 {
        format!(", {} of {}, {again}", n + 1, reach.len())
    } else {
        String::new()
    };
    format!("{} ({label}{}{more})", r.value, r.kind.word())
}

/// Whom the copy key's place belongs to: kept apart from the card so a
/// card reloaded for the same person keeps it.
pub(crate) type Copied = Option<(Id, usize)>;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What the status says the key does again is what it does: the
        /// next one, or on the last, the first.
        #[test]
        fn again_says_where_the_copy_key_goes_next(len in 2usize..7, presses in 1usize..15) {
            let reach: Vec<Reach> = (0..len)
                .map(|i| Reach { kind: ReachKind::Email, label: String::new(), value: format!("a{i}@x.org") })
                .collect();
            let mut n = 0;
            for _ in 0..presses {
                let said = copying(&reach, n);
                let next = after(n, len);
                // The model: a plain count round the list.
                prop_assert_eq!(next, if n + 1 == len { 0 } else { n + 1 });
                if next == 0 {
                    prop_assert!(said.contains("again: first"), "{}", said);
                } else {
                    prop_assert!(said.contains("again: next"), "{}", said);
                }
                n = next;
            }
        }

        /// Trial 26t: every copy's status was cut at 80 columns ("…up to
        /// the b… (L shows all)"). For an address of up to 20 columns with
        /// a label, whichever way the copy went, the bar's line fits 80
        /// columns (a space either side) and starts with what was copied,
        /// whole; which of how many and what the key does next are on it;
        /// why paste may be empty and what to do then are behind L.
        #[test]
        fn the_copy_status_fits_one_line_and_keeps_the_rest_behind_l(
            value in "[a-z@.]{1,20}",
            label in prop::sample::select(vec!["", "work", "home", "mobile"]),
            kind in prop::sample::select(vec![ReachKind::Email, ReachKind::Phone, ReachKind::Url]),
            len in 1usize..10,
            pick in any::<prop::sample::Index>(),
        ) {
            use crate::tui::clipboard::{Copied, otherwise};
            use unicode_width::UnicodeWidthStr;
            let keymap = crate::config::Config::defaults().keymap;
            let reach: Vec<Reach> = (0..len)
                .map(|_| Reach { kind, label: label.to_string(), value: value.clone() })
                .collect();
            let n = pick.index(len);
            let what = copying(&reach, n);
            let way = otherwise(&keymap, false, Some(kind));
            for copied in [Copied::Tool("wl-copy"), Copied::Tool("clip.exe"), Copied::Terminal] {
                let said = copied.said(&what, &way, Some("L"));
                let line = said.lines().next().unwrap_or_default();
                prop_assert!(line.width() + 2 <= 80, "{} columns: {}", line.width(), line);
                prop_assert!(line.starts_with(&format!("{value} (")), "{}", line);
                if len > 1 {
                    prop_assert!(line.contains(&format!("{} of {len}, again: ", n + 1)), "{}", line);
                }
                if copied == Copied::Terminal {
                    prop_assert!(line.ends_with(" · L if paste fails"), "{}", line);
                    prop_assert!(said.contains("cannot confirm") && said.ends_with(&way), "{}", said);
                }
            }
        }
    }
}
