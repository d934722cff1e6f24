//! The app's side of the event form: a name completed on tab as the
//! command line completes it, and the status line that says in words what
//! an event saved.

use tui_input::Input;

use super::{App, Data, Form, Status};
use crate::command::event::{ADDED, FOLLOW_UP, NO_FOLLOW_UP};
use crate::command::{Command, EventCapture};
use crate::domain::resolve::{Candidate, Resolution, resolve};
use crate::domain::text::count;

impl App {
    /// Completes the focused name of an event row to the one person it
    /// fits, by the shell's rules; a name several people fit is said on
    /// the status line (saving then asks which), one nobody fits is a new
    /// person. False when several fit: the focus stays on the name, where
    /// the user is told to type more.
    pub(super) fn complete_attendee(&mut self, form: &mut Form) -> bool {
        if !form.on_name() {
            return true;
        }
        let Some(input) = form.focused() else {
            return true;
        };
        let typed = input.value().trim().to_string();
        if typed.is_empty() {
            return true;
        }
        let candidates = self.data.people.iter().map(|p| Candidate {
            id: p.row.id,
            folded: &p.folded,
        });
        let id = match resolve(&typed, candidates) {
            Resolution::Found(id) => id,
            Resolution::Ambiguous(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .filter_map(|id| self.data.people.iter().find(|p| p.row.id == *id))
                    .map(|p| p.row.name.to_string())
                    .collect();
                self.status = Status {
                    text: format!(
                        "'{typed}' could be {}: type more of the name, or saving asks which",
                        either(&names)
                    ),
                    warning: true,
                };
                return false;
            }
            Resolution::NotFound => return true,
        };
        if let Some(p) = self.data.people.iter().find(|p| p.row.id == id) {
            *input = Input::new(p.row.name.to_string());
        }
        true
    }
}

/// Says under each name of an event row whom saving takes it for, by the
/// rule saving uses ([`resolve`]): one person named whole, several that
/// fit, or a new person (typing a name nobody has made a new person with
/// no word of it). Said of every name typed, not only the focused one:
/// after tab the row still shows whom it is for.
pub(super) fn say_whom(data: &Data, form: &mut Form) {
    let said: Vec<(usize, String)> = form
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.slot == super::form::Slot::Attendee)
        .filter_map(|(at, f)| Some((at, whom(data, f.input.value().trim())?)))
        .collect();
    form.whom = said;
}

/// Whom `typed` is taken for, in words; nothing for an empty name.
fn whom(data: &Data, typed: &str) -> Option<String> {
    if typed.is_empty() {
        return None;
    }
    let name = |id| {
        let p = data.people.iter().find(|p| p.row.id == id);
        p.map(|p| p.row.name.to_string())
    };
    let candidates = data.people.iter().map(|p| Candidate {
        id: p.row.id,
        folded: &p.folded,
    });
    Some(match resolve(typed, candidates) {
        Resolution::Found(id) => format!("known: {}", name(id).unwrap_or_default()),
        Resolution::Ambiguous(ids) => {
            let names: Vec<String> = ids.into_iter().filter_map(name).collect();
            format!("could be {} (type more)", either(&names))
        }
        Resolution::NotFound => format!("new person: {typed}"),
    })
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
    // The days the follow-ups are due, as the shell's lines say them
    // ("Friday 11 December"): trial 26z4 read "3 follow-ups" and no day.
    let mut days: Vec<&str> = Vec::new();
    for l in &people {
        let Some((_, due)) = l.split_once(FOLLOW_UP) else {
            continue;
        };
        let day = due.rsplit_once(" (#").map_or(due, |(day, _)| day);
        if !days.contains(&day) {
            days.push(day);
        }
    }
    let follow_ups = people.iter().filter(|l| l.contains(FOLLOW_UP)).count();
    let mut who = Vec::new();
    if added > 0 {
        who.push(format!("{added} added"));
    }
    if found > 0 {
        who.push(format!("{found} found"));
    }
    let mut follow_ups = match follow_ups {
        0 => "no follow-ups".to_string(),
        n => format!(
            "{} due {}",
            count(n, "follow-up", "follow-ups"),
            days.join(", ")
        ),
    };
    // Whoever got none, and why, in the shell's words.
    let none: Vec<String> = people
        .iter()
        .filter_map(|l| {
            let (who, why) = l.trim_start().split_once(NO_FOLLOW_UP)?;
            let who = who.split(" (#").next().unwrap_or(who).trim();
            Some(format!("none for {who}: {}", why.trim()))
        })
        .collect();
    if !none.is_empty() {
        follow_ups = format!("{follow_ups} ({})", none.join("; "));
    }
    // A follow-up the event did (an earlier meeting's) is said, as the
    // shell says it: closed without a word, it read as lost.
    let also: Vec<&str> = rows
        .iter()
        .filter_map(|l| l.trim_start().strip_prefix("also done: "))
        .map(|l| l.rsplit_once(" (#").map_or(l, |(text, _)| text))
        .collect();
    if !also.is_empty() {
        follow_ups = format!("{follow_ups}; also done: {}", also.join("; "));
    }
    Some(format!(
        "logged {} with {}: {}; {follow_ups} · u takes it all back",
        crate::domain::text::tidy(name),
        count(people.len(), "person", "people"),
        who.join(", ")
    ))
}

/// "A, B or C".
fn either(names: &[String]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

#[cfg(test)]
mod tests {
    /// The follow-ups an event did are said on the status line, in the
    /// shell's words (trial 26m: the pricing breakfast's follow-up closed
    /// without a word).
    #[test]
    fn an_event_says_the_follow_ups_it_did() {
        let command = crate::command::Command::Event(Box::new(super::EventCapture {
            name: "Fintech drinks".into(),
            on: None,
            people: Vec::new(),
            follow_up: None,
            no_follow_up: false,
        }));
        let out = [
            "logged Fintech drinks (#9)".to_string(),
            format!(
                "  Anna Rossi (#2){}Friday 4 December (#10)",
                super::FOLLOW_UP
            ),
            "  also done: follow-up with Anna Rossi: pricing breakfast (#7)".to_string(),
        ];
        let said = super::saved(&command, &out).unwrap_or_default();
        assert!(
            said.contains(
                "1 follow-up due Friday 4 December; also done: follow-up with Anna Rossi: \
                 pricing breakfast ·"
            ),
            "{said}"
        );
    }
}
