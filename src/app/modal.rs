//! The modal layers: overlays (help, confirmation, command output, name
//! picker) and text fields take every message while they are open.

use tui_input::Input;

use super::form::Saved;
use super::{Action, App, Effect, Form, Msg, Overlay, Prompt, Status, Verb, complete_name};
use crate::command::{Command, Meeting, Who};
use crate::domain::{Id, InteractionKind, Voice};
use crate::words::{self, Typed};

impl App {
    pub(super) fn update_overlay(&mut self, overlay: Overlay, msg: Msg) -> Vec<Effect> {
        match overlay {
            Overlay::Help { scroll } => {
                let scroll = match msg {
                    Msg::Act(Action::Help | Action::Back | Action::Quit)
                    | Msg::Cancel
                    | Msg::No => {
                        return Vec::new();
                    }
                    Msg::Act(Action::Down) => scroll + 1,
                    Msg::Act(Action::Up) => scroll.saturating_sub(1),
                    Msg::Act(Action::PageDown) => scroll + self.page,
                    Msg::Act(Action::PageUp) => scroll.saturating_sub(self.page),
                    Msg::Act(Action::Top) => 0,
                    _ => scroll,
                };
                self.overlay = Some(Overlay::Help { scroll });
            }
            Overlay::Confirm { id, label } => match msg {
                Msg::Yes => {
                    return vec![Effect::run(Command::Remove {
                        target: id.0.to_string(),
                    })];
                }
                Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                    self.status = Status {
                        text: format!("kept {label}"),
                        warning: false,
                    };
                }
                _ => self.overlay = Some(Overlay::Confirm { id, label }),
            },
            Overlay::Output {
                title,
                lines,
                scroll,
                settles,
            } => {
                let max = lines.len().saturating_sub(1);
                let scroll = match (msg, settles) {
                    // Closed right there, by the same commands as the shell's.
                    (Msg::Yes, Some(s)) => return vec![Effect::run(Command::Done { id: s.id })],
                    (Msg::No, Some(s)) if s.can_decline => {
                        return vec![Effect::run(Command::Decline { id: s.id })];
                    }
                    (msg, _) => match msg {
                        Msg::Act(Action::Down) => (scroll + 1).min(max),
                        Msg::Act(Action::Up) => scroll.saturating_sub(1),
                        Msg::Act(Action::PageDown) => (scroll + self.page).min(max),
                        Msg::Act(Action::PageUp) => scroll.saturating_sub(self.page),
                        Msg::Act(Action::Back | Action::Quit | Action::Open) | Msg::Cancel => {
                            return Vec::new();
                        }
                        _ => scroll,
                    },
                };
                self.overlay = Some(Overlay::Output {
                    title,
                    lines,
                    scroll,
                    settles,
                });
            }
            Overlay::Form(mut form) => match msg {
                Msg::Edit(request) => {
                    if let Some(input) = form.focused() {
                        input.handle(request);
                    }
                    self.overlay = Some(Overlay::Form(form));
                }
                Msg::Act(Action::AddPerson) => {
                    form.add_person();
                    self.overlay = Some(Overlay::Form(form));
                }
                Msg::Complete | Msg::Act(Action::Down) => {
                    // Tab on a name completes it first, as on the command
                    // line, then moves on: what is typed next is theirs.
                    if matches!(msg, Msg::Complete) {
                        self.complete_attendee(&mut form);
                    }
                    form.next();
                    self.overlay = Some(Overlay::Form(form));
                }
                Msg::Act(Action::Up) => {
                    form.previous();
                    self.overlay = Some(Overlay::Form(form));
                }
                Msg::Submit | Msg::Yes => match form.save(self.today) {
                    Saved::Run(command) => {
                        // Going ahead, the last refusal's words are gone.
                        self.status = Status::default();
                        if let Some((who, name)) = self.asks_before_giving(&command) {
                            self.overlay = Some(Overlay::GiveFirst {
                                ask: command,
                                form,
                                who,
                                name,
                            });
                            return Vec::new();
                        }
                        self.submitted = Some(form);
                        return vec![Effect::run(command)];
                    }
                    Saved::Unchanged => {
                        self.forget_form_count();
                        self.status = Status {
                            text: format!("{}: nothing changed", form.title),
                            warning: false,
                        };
                    }
                    Saved::Refused(problem) => {
                        self.status = Status {
                            text: problem,
                            warning: true,
                        };
                        self.overlay = Some(Overlay::Form(form));
                    }
                },
                Msg::Cancel | Msg::No => {
                    self.forget_form_count();
                    let put_off = self.after_give.take().map_or(String::new(), |(_, ask)| {
                        format!("; {} was not saved either", ask.title)
                    });
                    self.status = Status {
                        text: format!("{}: nothing saved{put_off}", form.title),
                        warning: false,
                    };
                }
                // Other keys, and results (taken before any overlay).
                _ => {
                    self.overlay = Some(Overlay::Form(form));
                }
            },
            Overlay::Draft(view) => match msg {
                Msg::Copy => {
                    // The runtime says where it went, once it knows.
                    let text = view.text.clone();
                    self.overlay = Some(Overlay::Draft(view));
                    return vec![Effect::Copy(text)];
                }
                Msg::EditText => {
                    let text = view.text.clone();
                    self.overlay = Some(Overlay::Draft(view));
                    return vec![Effect::Edit(super::EditTarget::Draft(text))];
                }
                Msg::EditHere => {
                    let mut view = view;
                    view.editor = Some(Box::new(super::DraftEditor::new(&view.text)));
                    self.overlay = Some(Overlay::Draft(view));
                }
                Msg::DraftKey(key) => {
                    let mut view = view;
                    if let Some(editor) = &mut view.editor {
                        editor.0.input(key);
                    }
                    self.overlay = Some(Overlay::Draft(view));
                }
                // Done editing here: the text is what was typed.
                Msg::Submit if view.editor.is_some() => {
                    let mut view = view;
                    if let Some(editor) = view.editor.take() {
                        view.text = editor.text();
                    }
                    self.overlay = Some(Overlay::Draft(view));
                }
                Msg::Yes => {
                    let message = Command::Met(Meeting {
                        people: vec![Who::Id(view.contact)],
                        kind: InteractionKind::Message,
                        summary: crate::domain::SENT_SUMMARY.into(),
                        details: view.text.clone(),
                        from: Voice::Me,
                        on: None,
                        follow_up: None,
                    });
                    let mut effects = Vec::new();
                    let mut done: Vec<Id> = view.follow_up.into_iter().collect();
                    // Sent with the line that delivers them, what was
                    // promised is delivered.
                    if let Some(line) = &view.delivers
                        && view.text.contains(&line.text)
                    {
                        done.extend(
                            line.from
                                .iter()
                                .filter(|id| !done.contains(id))
                                .copied()
                                .collect::<Vec<_>>(),
                        );
                    }
                    for id in done {
                        effects.push(Effect::run(Command::Done { id }));
                    }
                    // Wished well for their day: the review's line about it
                    // has been acted on, until the day after.
                    if let Some((on, line)) = &view.wishes
                        && view.text.contains(line.as_str())
                        && let Some(after) = on.succ_opt()
                    {
                        let key = format!("{}:date_coming:{on}", view.contact.0);
                        if self.data.review.items.iter().any(|i| i.key == key) {
                            effects.push(Effect::run(Command::Snooze {
                                target: key,
                                until: after,
                            }));
                        }
                    }
                    self.review.counting =
                        Some((super::review::Counted::FollowUpSent, Some(message.clone())));
                    effects.push(Effect::run(message));
                    return effects;
                }
                Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {}
                _ => self.overlay = Some(Overlay::Draft(view)),
            },
            Overlay::Matches { report, selected } => {
                let total = report.all().len();
                let selected = match msg {
                    Msg::Act(Action::Down) => (selected + 1).min(total.saturating_sub(1)),
                    Msg::Act(Action::Up) => selected.saturating_sub(1),
                    Msg::Submit | Msg::Yes | Msg::Act(Action::Open) => {
                        let all = report.all();
                        let Some((_, m)) = all.get(selected).copied() else {
                            return Vec::new();
                        };
                        let why = m.reasons.first().cloned().unwrap_or_default();
                        // Why, how big, the request it answers and when to
                        // check how it went are asked before anything is
                        // recorded.
                        self.overlay = Some(Overlay::Form(super::form::Form::intro(
                            (report.person.id, &report.person.name),
                            (m.contact, &m.name),
                            &why,
                        )));
                        return Vec::new();
                    }
                    Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                        return Vec::new();
                    }
                    _ => selected,
                };
                self.overlay = Some(Overlay::Matches { report, selected });
            }
            Overlay::GiveFirst {
                ask,
                form,
                who,
                name,
            } => match msg {
                Msg::Yes | Msg::Submit => {
                    self.submitted = Some(form);
                    return vec![Effect::run(ask)];
                }
                Msg::Act(Action::Gave) => {
                    self.overlay = Some(Overlay::Form(Form::capture(Verb::Gave, who, &name)));
                    self.after_give = Some((who, form));
                    self.status = Status {
                        text: format!("give {name} something first; the ask comes back after"),
                        warning: false,
                    };
                }
                Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                    self.overlay = Some(Overlay::Form(form));
                }
                _ => {
                    self.overlay = Some(Overlay::GiveFirst {
                        ask,
                        form,
                        who,
                        name,
                    });
                }
            },
            Overlay::Picker {
                command,
                query,
                candidates,
                selected,
            } => {
                let last = candidates.len().saturating_sub(1);
                let selected = match msg {
                    Msg::Act(Action::Down) => (selected + 1).min(last),
                    Msg::Act(Action::Up) => selected.saturating_sub(1),
                    Msg::Yes | Msg::Submit | Msg::Act(Action::Open) => {
                        let Some((id, _)) = candidates.get(selected) else {
                            return Vec::new();
                        };
                        return self.run_or_ask(command.naming(&query, *id), false);
                    }
                    Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                        // A form that asked is back as it was typed.
                        let form = self.submitted.take();
                        let kept = if form.is_some() {
                            ": the form is as you left it"
                        } else {
                            ""
                        };
                        self.overlay = form.map(Overlay::Form);
                        self.status = Status {
                            text: format!("nothing was done{kept}"),
                            warning: false,
                        };
                        return Vec::new();
                    }
                    _ => selected,
                };
                self.overlay = Some(Overlay::Picker {
                    command,
                    query,
                    candidates,
                    selected,
                });
            }
        }
        Vec::new()
    }

    pub(super) fn update_prompt(&mut self, msg: Msg) -> Vec<Effect> {
        let Some((prompt, mut input)) = self.prompt.take() else {
            return Vec::new();
        };
        let selected = std::mem::take(&mut self.prompt_selected);
        match msg {
            Msg::Edit(request) => {
                if selected {
                    input = super::prompt::replacing(input, request);
                } else {
                    input.handle(request);
                }
                let text = input.value().to_string();
                self.prompt = Some((prompt.clone(), input));
                match prompt {
                    Prompt::Filter => {
                        self.contacts.filter = text;
                        self.contacts.refresh(&self.data, None);
                        return self.card_effects();
                    }
                    Prompt::Search => self.search.refresh(&text),
                    Prompt::Command => {}
                }
                Vec::new()
            }
            Msg::Complete => {
                if matches!(prompt, Prompt::Command) {
                    let completed = complete_name(input.value(), &self.data);
                    input = Input::new(completed);
                }
                self.prompt = Some((prompt, input));
                Vec::new()
            }
            Msg::Cancel | Msg::No => {
                match prompt {
                    Prompt::Filter => {
                        let keep = self.contacts.selected_id(&self.data);
                        self.contacts.filter.clear();
                        self.contacts.refresh(&self.data, keep);
                        return self.card_effects();
                    }
                    Prompt::Search => {
                        self.back();
                        return self.card_effects();
                    }
                    Prompt::Command => {}
                }
                Vec::new()
            }
            Msg::Submit | Msg::Yes => {
                let text = input.value().trim().to_string();
                match prompt {
                    Prompt::Filter => Vec::new(),
                    Prompt::Search => {
                        self.prompt = None;
                        self.search.focused = true;
                        Vec::new()
                    }
                    Prompt::Command if text.is_empty() => Vec::new(),
                    // The TUI's help, not the shell's.
                    Prompt::Command if matches!(text.as_str(), "help" | "?" | "--help") => {
                        self.overlay = Some(Overlay::Help { scroll: 0 });
                        Vec::new()
                    }
                    Prompt::Command => {
                        let words = match super::prompt::words(&text) {
                            Ok(words) => words,
                            Err(e) => {
                                self.status = Status {
                                    text: format!("cannot read that command line: {e}"),
                                    warning: true,
                                };
                                self.prompt = Some((prompt, input));
                                return Vec::new();
                            }
                        };
                        match words::parse(&words, self.today) {
                            Ok(Typed { command, json }) => self.run_or_ask(command, json),
                            Err(e) => {
                                self.status = Status {
                                    text: e,
                                    warning: true,
                                };
                                Vec::new()
                            }
                        }
                    }
                }
            }
            // Other keys, and results (taken before any field).
            _ => {
                self.prompt_selected = selected;
                self.prompt = Some((prompt, input));
                Vec::new()
            }
        }
    }

    /// The capture form of `verb` for one person. A *got* offers my open
    /// requests to them, as their card shows (the card of whoever the form
    /// is for is loaded).
    pub(super) fn capture_form(&self, verb: Verb, who: Id, name: &str) -> Form {
        let form = Form::capture(verb, who, name);
        match self.card.as_ref().filter(|c| c.contact.id == who) {
            Some(card) if verb == Verb::Got => form.offering(&card.open_requests()),
            _ => form,
        }
    }

    /// The person an ask would go to before I ever gave them anything, as
    /// their card shows (the card of whoever the form is for is loaded).
    fn asks_before_giving(&self, command: &Command) -> Option<(Id, String)> {
        let Command::Record(note) = command else {
            return None;
        };
        let Who::Id(who) = note.who else {
            return None;
        };
        let card = self.card.as_ref().filter(|c| c.contact.id == who)?;
        card.balance
            .tallies
            .asks_before_giving(note.nature, note.direction)
            .then(|| (who, card.contact.name.clone()))
    }
}
