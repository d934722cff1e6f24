//! A small form that builds a command (captures, adding, editing): the
//! form's own rules live in `app::form`; this is what its keys do while it
//! is the overlay.

use crate::app::form::Saved;
use crate::app::{Action, App, Effect, Form, Msg, Overlay, Status};
use crate::command::{Command, Who};
use crate::domain::Id;
use crate::keymap::Layer;

/// The keys the form takes while open.
pub(super) const LAYER: Layer = Layer::Form;

/// A key on the open form; then a status a key said about the focused
/// field (who a name may be, a refusal) is
/// kept only while that field's value is what it was said about.
pub(super) fn update(app: &mut App, form: Form, msg: Msg) -> Vec<Effect> {
    let before = app.status.text.clone();
    let about_a_field = matches!(msg, Msg::Complete | Msg::Submit | Msg::Yes);
    let refused_before = form.problem.clone();
    let effects = keyed(app, form, msg);
    let Some(Overlay::Form(form)) = &mut app.overlay else {
        return effects;
    };
    crate::app::event::say_whom(&app.data, form);
    let value = |form: &Form, at: usize| form.fields.get(at).map(|f| f.input.value().to_string());
    // A refusal is about the value refused: once the field is changed (or
    // a row added above moved another field under its index), it goes.
    match &form.problem {
        Some((at, _)) if form.problem != refused_before => form.problem_was = value(form, *at),
        Some((at, _)) if value(form, *at) != form.problem_was => {
            form.problem = None;
            form.problem_was = None;
        }
        _ => {}
    }
    if about_a_field && !app.status.text.is_empty() && app.status.text != before {
        form.said = value(form, form.focus).map(|v| (form.focus, v, app.status.text.clone()));
    } else if let Some((at, was, words)) = &form.said
        && value(form, *at).as_ref() != Some(was)
    {
        if app.status.text == *words {
            app.status = Status::default();
        }
        form.said = None;
    }
    effects
}

/// What a key does on the open form: edit, move, save or close.
fn keyed(app: &mut App, mut form: Form, msg: Msg) -> Vec<Effect> {
    // Any key but a close takes back a close asked once.
    if !matches!(msg, Msg::Cancel | Msg::No) && form.closing {
        form.closing = false;
        app.status = Status::default();
    }
    match msg {
        Msg::Edit(request) => {
            if let Some(input) = form.focused() {
                input.handle(request);
            }
            form.typed = true;
            app.overlay = Some(Overlay::Form(form));
        }
        Msg::Act(Action::AddPerson) if form.adds_people() => {
            form.add_person();
            form.typed = true;
            app.overlay = Some(Overlay::Form(form));
        }
        Msg::Cancel | Msg::No if form.typed && !form.closing => {
            form.closing = true;
            app.status = Status {
                text: format!(
                    "{}: esc again discards what you typed; enter saves it",
                    form.title
                ),
                warning: true,
            };
            app.overlay = Some(Overlay::Form(form));
        }
        Msg::Complete | Msg::Act(Action::Down) => {
            // Tab on a name completes it first, as on the command line,
            // then moves on: what is typed next is theirs.
            // Several people fit: stay on the name to type more of it.
            if matches!(msg, Msg::Complete) && form.on_name() && !app.complete_attendee(&mut form) {
                app.overlay = Some(Overlay::Form(form));
                return Vec::new();
            }
            form.next();
            app.overlay = Some(Overlay::Form(form));
        }
        Msg::Act(Action::Up) => {
            form.previous();
            app.overlay = Some(Overlay::Form(form));
        }
        Msg::Submit | Msg::Yes => match form.save(app.today) {
            Saved::Run(command) => {
                if let Some((at, ask)) = sentence_names(app, &command, &mut form) {
                    form.refuse(at, ask.clone());
                    app.status = Status {
                        text: ask,
                        warning: true,
                    };
                    app.overlay = Some(Overlay::Form(form));
                    return Vec::new();
                }
                // Going ahead, the last refusal's words are gone.
                app.status = Status::default();
                if let Some((who, name)) = asks_before_giving(app, &command) {
                    app.overlay = Some(Overlay::GiveFirst {
                        ask: command,
                        form,
                        who,
                        name,
                    });
                    return Vec::new();
                }
                app.submitted = Some(form);
                return vec![Effect::run(command)];
            }
            Saved::Unchanged => {
                app.forget_form_count();
                app.status = Status {
                    text: format!("{}: nothing changed", form.title),
                    warning: false,
                };
            }
            Saved::Refused(problem) => {
                app.status = Status {
                    text: problem,
                    warning: true,
                };
                app.overlay = Some(Overlay::Form(form));
            }
        },
        Msg::Cancel | Msg::No => {
            app.forget_form_count();
            let put_off = app.after_give.take().map_or(String::new(), |(_, ask)| {
                format!("; {} was not saved either", ask.title)
            });
            app.status = Status {
                text: format!("{}: nothing saved{put_off}", form.title),
                warning: false,
            };
        }
        // Other keys, and results (taken before any overlay).
        _ => {
            app.overlay = Some(Overlay::Form(form));
        }
    }
    Vec::new()
}

impl Form {
    /// What `action` does on this form, for its help: written beside
    /// [`keyed`], which does it, and from the same state (typed into or
    /// not, rows of people or not). `None`: it does nothing here.
    pub(crate) fn key_does(&self, action: Action) -> Option<&'static str> {
        Some(match action {
            Action::Help => "show or hide this help",
            Action::Submit => "save; a field it cannot take is said, and gets the focus",
            Action::Cancel if self.typed => {
                "close: asks first, and esc again discards what you typed"
            }
            Action::Cancel => "close (nothing typed yet, nothing lost)",
            Action::NextField if self.adds_people() => {
                "next field; on a name, completes it first (several fit: stays, says who)"
            }
            Action::NextField => "next field",
            Action::PrevField => "previous field",
            Action::AddPerson if self.adds_people() => "a row for another person",
            Action::ClearField => "clear the field, to type anew",
            Action::DeleteWord => "delete the word before the cursor",
            _ => return None,
        })
    }
}

/// The person an ask would go to before I ever gave them anything, as
/// their card shows (the card of whoever the form is for is loaded).
fn asks_before_giving(app: &App, command: &Command) -> Option<(Id, String)> {
    let Command::Record(note) = command else {
        return None;
    };
    let Who::Id(who) = note.who else {
        return None;
    };
    let card = app.card.as_ref().filter(|c| c.contact.id == who)?;
    card.balance
        .tallies
        .asks_before_giving(note.nature, note.direction)
        .then(|| (who, card.contact.name.clone()))
}

/// A new person in the event form whose name reads as a sentence ("saraher
/// cofounder quit last week": a name left ambiguous, then the next words
/// typed after it): the save asks once, naming them, rather than adding
/// that person silently; the next enter saves as typed. The question names
/// the first such name's field (its index), which takes the focus.
fn sentence_names(
    app: &App,
    command: &crate::command::Command,
    form: &mut Form,
) -> Option<(usize, String)> {
    use crate::command::{Command, Who};
    use crate::domain::text::fold;
    let Command::Event(event) = command else {
        return None;
    };
    let known = |name: &str| {
        let name = fold(name);
        app.data
            .people
            .iter()
            .any(|p| fold(&p.row.name).starts_with(&name))
    };
    let odd: Vec<&str> = event
        .people
        .iter()
        .filter_map(|p| match &p.who {
            Who::Typed(name) if reads_as_words(name) && !known(name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let asked = odd.join("\n");
    if odd.is_empty() || form.asked_new.as_ref() == Some(&asked) {
        return None;
    }
    form.asked_new = Some(asked);
    let at = form.fields.iter().position(|f| {
        f.slot == crate::app::form::Slot::Attendee && odd.contains(&f.input.value().trim())
    })?;
    let names = odd.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>();
    Some((
        at,
        format!(
            "nobody is called {}: enter again adds {} as a new person, or fix the name",
            names.join(" or "),
            if odd.len() == 1 { "them" } else { "each" }
        ),
    ))
}

/// Whether a name reads as words rather than a name: three or more words
/// in lower case that are not a name's particles ("de", "van"), as
/// "saraher cofounder quit last week"; "maria de la cruz" is a name.
fn reads_as_words(name: &str) -> bool {
    const PARTICLES: [&str; 16] = [
        "de", "di", "da", "del", "della", "dei", "la", "le", "lo", "van", "von", "der", "den",
        "du", "dos", "bin",
    ];
    name.split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase) && !PARTICLES.contains(w))
        .count()
        >= 3
}

#[cfg(test)]
mod tests;
