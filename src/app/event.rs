//! The app's side of the event form: a name completed on tab as the
//! command line completes it, and the status line that says in words what
//! an event saved.

use tui_input::Input;

use super::{App, Form};
use crate::command::event::{ADDED, FOLLOW_UP};
use crate::command::{Command, EventCapture};
use crate::domain::resolve::{Candidate, Resolution, resolve};
use crate::domain::text::count;

impl App {
    /// Completes the focused name of an event row to the one person it
    /// fits, by the shell's rules; false when it fits nobody, several, or
    /// is already whole (tab then moves on).
    pub(super) fn complete_attendee(&self, form: &mut Form) -> bool {
        if !form.on_name() {
            return false;
        }
        let Some(input) = form.focused() else {
            return false;
        };
        let typed = input.value().trim();
        if typed.is_empty() {
            return false;
        }
        let candidates = self.data.people.iter().map(|p| Candidate {
            id: p.row.id,
            folded: &p.folded,
        });
        let Resolution::Found(id) = resolve(typed, candidates) else {
            return false;
        };
        match self.data.people.iter().find(|p| p.row.id == id) {
            Some(p) if &*p.row.name != input.value() => {
                *input = Input::new(p.row.name.to_string());
                true
            }
            _ => false,
        }
    }
}

/// What an event saved, in words: "logged Product meetup with 3 people: 2
/// added, 1 found; 3 follow-ups", read from the command and its report's
/// lines (one per person, as the shell prints them).
pub(super) fn saved(command: &Command, out: &[String]) -> Option<String> {
    let Command::Event(e) = command else {
        return None;
    };
    let EventCapture { name, .. } = e.as_ref();
    let rows: Vec<&String> = out.iter().filter(|l| l.starts_with("  ")).collect();
    let people: Vec<&&String> = rows
        .iter()
        .filter(|l| !l.trim_start().starts_with("also done"))
        .collect();
    let added = people.iter().filter(|l| l.contains(ADDED)).count();
    let found = people.len() - added;
    let follow_ups = people.iter().filter(|l| l.contains(FOLLOW_UP)).count();
    let mut who = Vec::new();
    if added > 0 {
        who.push(format!("{added} added"));
    }
    if found > 0 {
        who.push(format!("{found} found"));
    }
    let follow_ups = match follow_ups {
        0 => "no follow-ups".to_string(),
        n => count(n, "follow-up", "follow-ups"),
    };
    Some(format!(
        "logged {} with {}: {}; {follow_ups} · u takes it all back",
        crate::domain::text::tidy(name),
        count(people.len(), "person", "people"),
        who.join(", ")
    ))
}
