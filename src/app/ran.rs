//! What the app makes of a command's report: a status line, an overlay for
//! longer output, the picker for an ambiguous name, a refused form opened
//! again, a review action counted.

use super::{App, Overlay, Printed, Ran, Status};
use crate::command::{self, Command, Report, Who};
use crate::domain::{Direction, Nature};

impl App {
    /// The result of a command run from the command line, a capture key, a
    /// review action or a picker.
    pub(super) fn ran(&mut self, ran: Ran) {
        let ok = ran.result.as_ref().is_ok_and(Report::ok);
        let counted = self.review.count(&ran.command, ok);
        // An action that failed tells nothing more.
        if !ok {
            self.review.owed = None;
        }
        // The promise a follow-up done named as its give, kept by the same
        // action (a draft's `y`): counted, so nothing more is asked.
        if ok
            && let Command::Done { id } = &ran.command
            && let Some(owed) = &mut self.review.owed
            && !owed.kept_now(*id)
        {
            self.review.owed = None;
        }
        let form = self.submitted.take();
        let report = match ran.result {
            Ok(report) => report,
            Err(command::CommandError::Ambiguous {
                query, candidates, ..
            }) => {
                // Kept while the picker asks: it comes back if nothing is picked.
                self.submitted = form;
                self.overlay = Some(Overlay::Picker {
                    command: ran.command,
                    query,
                    candidates,
                    selected: 0,
                });
                self.status = Status {
                    text: "several people fit: pick one (enter) or esc".into(),
                    warning: true,
                };
                return;
            }
            Err(command::CommandError::Failed(why)) => {
                if let Some(form) = form {
                    self.overlay = Some(Overlay::Form(form));
                }
                self.status = Status {
                    text: why,
                    warning: true,
                };
                return;
            }
        };
        // Said from what the command layer knows, not from each line's
        // words: a change `undo` takes back now.
        let undoable = ok && matches!(&report, Report::Done(done) if done.undoable);
        if ok {
            self.review.track(&ran.command, undoable, counted);
        }
        let Printed { mut out, mut err } = ran.printed;
        // A line only a give ends, said in the TUI's words once the
        // action is told whole (`App::say_owed`).
        if let Report::Done(command::Done {
            owed: Some(owed), ..
        }) = &report
        {
            let shell = owed.shell();
            out.retain(|l| *l != shell);
            self.review.owed = Some(owed.clone());
        }
        // A got form showed the open requests and the person chose: the
        // shell's note on how to answer one would only tell them a flag.
        if form.as_ref().is_some_and(super::Form::offered_requests) {
            err.retain(|w| !w.contains(command::STILL_OPEN));
        }
        if !ok && let Some(form) = form {
            self.overlay = Some(Overlay::Form(form));
        }
        // Someone just added is who you look at next.
        if ok
            && let (Command::Add(_), Report::Done(done)) = (&ran.command, &report)
            && let Some(first) = done.written.first()
        {
            self.pending_person = Some(*first);
        }
        // An undo brings back whom it was about: look at them again
        // (the one selected, when it touched several).
        if ok && let (Command::Undo | Command::Redo, Report::Done(done)) = (&ran.command, &report) {
            let selected = if self.screen == super::Screen::Review {
                self.selected_item().map(|i| i.contact)
            } else {
                self.contacts.selected_id(&self.data)
            };
            self.pending_undone = selected
                .filter(|s| done.written.contains(s))
                .or(done.written.first().copied());
        }
        // A give recorded first brings back the ask that waited for it.
        if ok
            && let Command::Record(note) = &ran.command
            && note.nature == Nature::Give
            && note.direction == Direction::MeToThem
            && let Some((_, ask)) = self
                .after_give
                .take_if(|(who, _)| note.who == Who::Id(*who))
        {
            self.overlay = Some(Overlay::Form(ask));
        }
        let err = err.join("\n");
        let err = err.trim();
        if ok && let Some(text) = super::event::saved(&ran.command, &out) {
            let text = undo_hinted(text, undoable);
            self.review.told = Some(text.clone());
            self.status = Status {
                warning: !err.is_empty(),
                text,
            };
            return;
        }
        let warning = !ok || !err.is_empty();
        let mut text = tui_words(&out.join(" · "));
        if !err.is_empty() {
            if !text.is_empty() {
                text.push_str(" · ");
            }
            text.push_str(&tui_words(&err.lines().collect::<Vec<_>>().join(" · ")));
        }
        // In a review pass the running summary says more than the
        // command's own line, except a snooze's and a done's
        // (`ReviewState::said`).
        // What a draft's `y` marked done before its message (a promise
        // kept) is said with the message's count, not lost under it.
        if ok
            && counted.is_none()
            && let Command::Done { id } = &ran.command
            && self.review.promises.contains(id)
            && let Some((_, Some(_))) = &self.review.counting
        {
            self.review.kept.push(text.clone());
        }
        let kept = match counted {
            Some(_) => {
                self.review.promises.clear();
                std::mem::take(&mut self.review.kept)
            }
            None => Vec::new(),
        };
        let went = counted.and(self.review.went.take());
        // The change's own words, should it empty the review.
        self.review.told = ok.then(|| {
            let own = undo_hinted(text.clone(), undoable);
            std::iter::once(own)
                .chain(kept.iter().cloned())
                .collect::<Vec<_>>()
                .join(" · ")
        });
        // What the command did besides (a request granted also did the
        // follow-up of the meeting before it): its own words, kept.
        let also: Vec<String> = out
            .iter()
            .filter(|l| l.trim_start().starts_with("also done: "))
            .map(|l| tui_words(l.trim()))
            .collect();
        let text = match counted {
            Some(_) if !warning => self.review.said(&ran.command, text, &also),
            _ => text,
        };
        let mut text = undo_hinted(text, undoable);
        if !kept.is_empty() && !warning {
            text = format!("{text} · {}", kept.join(" · "));
        }
        // Where the person went, said by a reload between the action's
        // commands: after the summary, as a one-command action says it.
        if let Some(went) = went.filter(|_| !warning) {
            text = format!("{text} · {went}");
        }
        // Too long for the status line's rows: the whole report in the
        // output, titled in words, and what it starts with on the line.
        if ok && out.len() > 1 && !fits_status(&text) {
            self.status = Status {
                text: undo_hinted(tui_words(&out[0]), undoable),
                warning,
            };
            // A card's first line is its name: on the status line it reads
            // as about whoever is selected, so it goes when they are not.
            if let Report::Card(card) = &report {
                self.said_of = Some((card.contact.id, self.status.text.clone()));
            }
            let mut lines = out;
            lines.extend(err.lines().map(str::to_string));
            self.overlay = Some(Overlay::Output {
                title: self.titled(&ran.command, &report),
                lines,
                scroll: 0,
                settles: None,
            });
            return;
        }
        self.status = Status { text, warning };
    }

    /// An output's title: what the command does and whom it names, in
    /// words ("met Paolo Marino"), never the shell's quoted words.
    fn titled(&self, command: &Command, report: &Report) -> String {
        let line = crate::words::line(command);
        let verb = line.split_whitespace().next().unwrap_or_default();
        // A change's report names them from the journal (the app's list
        // is out for reloading); a read names them from the list.
        if let Report::Done(done) = report
            && !done.whom.is_empty()
        {
            return format!("{verb} {}", done.whom.join(", "));
        }
        // A card names them as the journal does, not as typed ("show john doe").
        if let Report::Card(card) = report {
            return format!("{verb} {}", card.contact.name);
        }
        if let Report::Matches(found) = report {
            return format!("{verb} {}", found.person.name);
        }
        let names: Vec<String> = command
            .people()
            .iter()
            .map(|who| match who {
                Who::Id(id) => self
                    .data
                    .people
                    .iter()
                    .find(|p| p.row.id == *id)
                    .map_or_else(|| id.to_string(), |p| p.row.name.to_string()),
                Who::Typed(t) => t.clone(),
            })
            .collect();
        match names.is_empty() {
            true => verb.to_string(),
            false => format!("{verb} {}", names.join(", ")),
        }
    }
}

/// The rows the status line may take (it grows to three for a long
/// message) at the narrowest width the TUI is made for.
const STATUS_ROWS: usize = 3;
const NARROWEST: usize = 80;

/// Whether `text` is read whole on the status line at 80 columns: a
/// report that is goes there, where the eye already is.
pub(super) fn fits_status(text: &str) -> bool {
    let options = textwrap::Options::new(NARROWEST - 1).break_words(false);
    textwrap::wrap(&format!(" {text} "), options).len() <= STATUS_ROWS
}

/// What the status line adds after a change `u` takes back.
pub(crate) const UNDOES: &str = "u undoes it";

/// `text` with [`UNDOES`] after it when the change can be undone and the
/// line does not already say how (the shell's hints, in the TUI's words).
fn undo_hinted(text: String, undoable: bool) -> String {
    let said = text.contains(UNDOES) || UNDO_HINTS.iter().any(|(_, tui)| text.contains(tui));
    match (undoable && !said, text.is_empty()) {
        (false, _) => text,
        (true, true) => UNDOES.to_string(),
        (true, false) => format!("{text} · {UNDOES}"),
    }
}

/// The shell's hints of how to take a change back, said with the TUI's
/// key: right after a change, `u` undoes exactly it.
const UNDO_HINTS: [(&str, &str); 4] = [
    ("bring it back with: givegive restore ", "u brings it back"),
    ("undo with: givegive reopen ", "undo with: u"),
    ("undo with: givegive restore ", "undo with: u"),
    ("`givegive undo` takes", "u takes"),
];

/// A report's line with the shell's undo hints replaced by the TUI's key.
pub(super) fn tui_words(line: &str) -> String {
    let mut text = line.to_string();
    for (shell, tui) in UNDO_HINTS {
        while let Some(at) = text.find(shell) {
            // The id the shell command names goes with it.
            let rest = &text[at + shell.len()..];
            let id = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            text.replace_range(at..at + shell.len() + id, tui);
        }
    }
    text
}

#[cfg(test)]
mod title_tests;
#[cfg(test)]
mod undo_tests;

#[cfg(test)]
mod tests {
    #[test]
    fn undo_hints_name_the_key() {
        assert_eq!(
            super::tui_words("closed Anna (moved); history kept, undo with: givegive reopen 28"),
            "closed Anna (moved); history kept, undo with: u"
        );
        assert_eq!(
            super::tui_words("moved Bo to the trash; bring it back with: givegive restore 5 · x"),
            "moved Bo to the trash; u brings it back · x"
        );
    }
}
