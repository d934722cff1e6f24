//! Small forms behind single keys: one field per option of the shell command
//! they build, so a form can only ask for what the command accepts, and
//! saving runs that command like any other.

use tui_input::Input;

use super::Action;
use crate::domain::{Contact, Id};

/// How a field becomes command words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// The value itself, required (the entry's text, a name).
    Positional,
    /// Each word of the value, required (a follow-up's "when" and "what").
    Words,
    /// `--flag value` when filled in.
    Option(&'static str),
    /// `--flag value` for each comma-separated item.
    List(&'static str),
    /// `--flag` when the answer starts with y.
    Switch(&'static str),
    /// `--flag value`, required.
    Required(&'static str),
    /// File paths, split like a shell would (quotes keep spaces), required.
    Paths,
    /// Words split like a shell would (quotes keep spaces), when given.
    OptionalWords,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub label: &'static str,
    pub emit: Emit,
    pub input: Input,
    /// The value the form opened with: an edit only sends what changed.
    initial: String,
}

impl Field {
    fn new(label: &'static str, emit: Emit) -> Field {
        Field::with(label, emit, String::new())
    }

    fn with(label: &'static str, emit: Emit, value: String) -> Field {
        Field {
            label,
            emit,
            input: Input::new(value.clone()),
            initial: value,
        }
    }
}

/// A form: the command it runs and its fields.
#[derive(Clone, Debug)]
pub struct Form {
    pub title: String,
    /// The leading command words (`gave 12`, `add`, `edit 12`).
    command: Vec<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
}

impl PartialEq for Form {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title && self.command == other.command && self.focus == other.focus
    }
}

impl Eq for Form {}

/// The capture verbs behind single keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Gave,
    Got,
    Asked,
    AskedBy,
    Met,
    FollowUp,
    Signal,
}

impl Verb {
    pub fn for_action(action: Action) -> Option<Verb> {
        Some(match action {
            Action::Gave => Verb::Gave,
            Action::Got => Verb::Got,
            Action::Asked => Verb::Asked,
            Action::AskedBy => Verb::AskedBy,
            Action::Met => Verb::Met,
            Action::FollowUp => Verb::FollowUp,
            Action::Signal => Verb::Signal,
            _ => return None,
        })
    }

    /// The shell command this verb runs.
    pub fn command(self) -> &'static str {
        match self {
            Verb::Gave => "gave",
            Verb::Got => "got",
            Verb::Asked => "asked",
            Verb::AskedBy => "asked-by",
            Verb::Met => "met",
            Verb::FollowUp => "follow-up",
            Verb::Signal => "signal",
        }
    }
}

impl Form {
    /// The capture form of `verb` for one person.
    pub fn capture(verb: Verb, who: Id, name: &str) -> Form {
        let ledger = || {
            vec![
                Field::new("what", Emit::Positional),
                Field::new("kind (advice, resource, time, ...)", Emit::Option("--kind")),
                Field::new("weight 1-5", Emit::Option("--weight")),
                Field::new("when (today)", Emit::Option("--on")),
                Field::new("still open? (y/n)", Emit::Switch("--open")),
            ]
        };
        let fields = match verb {
            Verb::Gave | Verb::Got | Verb::Asked | Verb::AskedBy => ledger(),
            Verb::Met => vec![
                Field::new("what happened", Emit::Positional),
                Field::new("details they mentioned", Emit::Option("--details")),
                Field::new("kind (met, call, message, event)", Emit::Option("--kind")),
                Field::new("when (today)", Emit::Option("--on")),
                Field::new("follow up in (3d, friday)", Emit::Option("--follow-up")),
            ],
            Verb::FollowUp => vec![
                Field::new("when (3d, friday, 2026-12-01)", Emit::Words),
                Field::new("what to do", Emit::Words),
            ],
            Verb::Signal => vec![
                Field::new("what was the warning sign", Emit::Positional),
                Field::new("when (today)", Emit::Option("--on")),
            ],
        };
        Form {
            title: format!("{} {name}", verb.command()),
            command: vec![verb.command().to_string(), who.0.to_string()],
            fields,
            focus: 0,
        }
    }

    /// Closing a relationship: the reason is required and kept.
    pub fn close(who: Id, name: &str) -> Form {
        Form {
            title: format!("close the relationship with {name} (reopen undoes it)"),
            command: vec!["close".into(), who.0.to_string(), "--reason".into()],
            fields: vec![Field::new("why", Emit::Positional)],
            focus: 0,
        }
    }

    /// Merging a duplicate into a person.
    pub fn merge(keep: Id, name: &str) -> Form {
        Form {
            title: format!("merge a duplicate into {name} (restore undoes it)"),
            command: vec!["merge".into(), keep.0.to_string()],
            fields: vec![Field::new("the duplicate (name or id)", Emit::Positional)],
            focus: 0,
        }
    }

    /// Bringing people in from files.
    pub fn import() -> Form {
        Form {
            title: "import (see docs/import-export.md)".into(),
            command: vec!["import".into()],
            fields: vec![
                Field::new(
                    "format (vcard, linkedin, google, json)",
                    Emit::Required("--format"),
                ),
                Field::new("files (quote paths with spaces)", Emit::Paths),
            ],
            focus: 0,
        }
    }

    /// Taking things out to a file.
    pub fn export() -> Form {
        Form {
            title: "export (owner-only files; see docs/import-export.md)".into(),
            command: vec!["export".into()],
            fields: vec![
                Field::new(
                    "format (json, vcard, ics, markdown, csv)",
                    Emit::Required("--format"),
                ),
                Field::new(
                    "people (vcard, markdown; quote full names)",
                    Emit::OptionalWords,
                ),
                Field::new("file", Emit::Required("--output")),
            ],
            focus: 0,
        }
    }

    /// Picking the day a follow-up or review item comes back.
    pub fn snooze(target: String, name: &str) -> Form {
        Form {
            title: format!("snooze {name}"),
            command: vec!["snooze".into(), target],
            fields: vec![Field::new(
                "until (tomorrow, 1w, friday, 2026-12-01)",
                Emit::Positional,
            )],
            focus: 0,
        }
    }

    /// The form for a new person.
    pub fn add_contact() -> Form {
        Form {
            title: "add a person".into(),
            command: vec!["add".into()],
            fields: vec![
                Field::new("name", Emit::Positional),
                Field::new("how we met", Emit::Option("--met")),
                Field::new("when we met", Emit::Option("--on")),
                Field::new("introduced by", Emit::Option("--via")),
                Field::new("organisation", Emit::Option("--org")),
                Field::new("role", Emit::Option("--role")),
                Field::new("interests (a, b)", Emit::List("--interest")),
                Field::new("needs (a, b)", Emit::List("--need")),
                Field::new("offers (a, b)", Emit::List("--offer")),
                Field::new("tags (a, b)", Emit::List("--tag")),
                Field::new("tier (inner, close, active)", Emit::Option("--tier")),
                Field::new("stay in touch every N days", Emit::Option("--cadence")),
            ],
            focus: 0,
        }
    }

    /// The form for editing `c`, filled with what is stored; lists add.
    pub fn edit_contact(c: &Contact) -> Form {
        Form {
            title: format!("edit {}", c.name),
            command: vec!["edit".into(), c.id.0.to_string()],
            fields: vec![
                Field::with("name", Emit::Option("--name"), c.name.clone()),
                Field::with("how we met", Emit::Option("--met"), c.met.text.clone()),
                Field::with(
                    "when we met",
                    Emit::Option("--on"),
                    c.met.on.map(|d| d.to_string()).unwrap_or_default(),
                ),
                Field::with("organisation", Emit::Option("--org"), c.org.clone()),
                Field::with("role", Emit::Option("--role"), c.role.clone()),
                Field::new("add interests (a, b)", Emit::List("--interest")),
                Field::new("add needs (a, b)", Emit::List("--need")),
                Field::new("add offers (a, b)", Emit::List("--offer")),
                Field::new("add tags (a, b)", Emit::List("--tag")),
                Field::new("add emails (a, b)", Emit::List("--email")),
                Field::with("tier", Emit::Option("--tier"), c.tier.to_string()),
                Field::with(
                    "stay in touch every N days (0: none)",
                    Emit::Option("--cadence"),
                    c.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
                ),
            ],
            focus: 0,
        }
    }

    pub fn focused(&mut self) -> Option<&mut Input> {
        self.fields.get_mut(self.focus).map(|f| &mut f.input)
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
    }

    pub fn previous(&mut self) {
        let n = self.fields.len().max(1);
        self.focus = (self.focus + n - 1) % n;
    }

    /// The command the form runs, or what is missing.
    pub fn words(&self) -> Result<Vec<String>, String> {
        let mut words = self.command.clone();
        let mut changed = false;
        for f in &self.fields {
            let value = f.input.value().trim();
            let required = matches!(
                f.emit,
                Emit::Positional | Emit::Words | Emit::Required(_) | Emit::Paths
            );
            if value == f.initial.trim() && !required {
                continue;
            }
            match f.emit {
                _ if required && value.is_empty() => {
                    return Err(format!("{} is needed", f.label));
                }
                Emit::Required(flag) => {
                    words.push(flag.to_string());
                    words.push(value.to_string());
                }
                Emit::Paths => {
                    let paths =
                        shell_words::split(value).map_err(|e| format!("{}: {e}", f.label))?;
                    words.extend(paths);
                }
                Emit::OptionalWords => {
                    words.extend(
                        shell_words::split(value).map_err(|e| format!("{}: {e}", f.label))?,
                    );
                }
                Emit::Positional => words.push(value.to_string()),
                Emit::Words => words.extend(value.split_whitespace().map(str::to_string)),
                Emit::Option(flag) => {
                    words.push(flag.to_string());
                    words.push(if value.is_empty() && flag == "--cadence" {
                        "0".into()
                    } else {
                        value.to_string()
                    });
                }
                Emit::List(flag) => {
                    for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                        words.push(flag.to_string());
                        words.push(item.to_string());
                    }
                }
                Emit::Switch(flag) => {
                    if value.to_lowercase().starts_with('y') {
                        words.push(flag.to_string());
                    }
                }
            }
            changed = true;
        }
        if !changed {
            return Err("nothing changed".into());
        }
        Ok(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tui_input::InputRequest;

    fn fill(form: &mut Form, values: &[&str]) {
        for (i, v) in values.iter().enumerate() {
            form.focus = i;
            if let Some(input) = form.focused() {
                *input = Input::new((*v).to_string());
            }
        }
    }

    #[test]
    fn a_capture_form_builds_the_shell_command() {
        let mut f = Form::capture(Verb::Gave, Id(12), "Anna");
        fill(&mut f, &["sent the deck", "resource", "3", "", "y"]);
        assert_eq!(
            f.words(),
            Ok([
                "gave",
                "12",
                "sent the deck",
                "--kind",
                "resource",
                "--weight",
                "3",
                "--open"
            ]
            .map(String::from)
            .to_vec())
        );
        let mut empty = Form::capture(Verb::Signal, Id(1), "Zoe");
        assert_eq!(
            empty.words(),
            Err("what was the warning sign is needed".into())
        );
        if let Some(i) = empty.focused() {
            i.handle(InputRequest::InsertChar('x'));
        }
        assert!(empty.words().is_ok());
    }

    #[test]
    fn follow_ups_split_when_and_what() {
        let mut f = Form::capture(Verb::FollowUp, Id(3), "Marco");
        fill(&mut f, &["in 2 weeks", "send the leads"]);
        assert_eq!(
            f.words(),
            Ok(
                ["follow-up", "3", "in", "2", "weeks", "send", "the", "leads"]
                    .map(String::from)
                    .to_vec()
            )
        );
    }

    #[test]
    fn edits_send_only_what_changed_and_lists_split_on_commas() {
        let c = Contact::new(Id(7), "Luca".into(), chrono::NaiveDate::default());
        let mut f = Form::edit_contact(&c);
        assert_eq!(f.words(), Err("nothing changed".into()));
        f.focus = 4;
        if let Some(i) = f.focused() {
            *i = Input::new("CTO".into());
        }
        f.focus = 5;
        if let Some(i) = f.focused() {
            *i = Input::new("jazz, climbing ,".into());
        }
        assert_eq!(
            f.words(),
            Ok([
                "edit",
                "7",
                "--role",
                "CTO",
                "--interest",
                "jazz",
                "--interest",
                "climbing"
            ]
            .map(String::from)
            .to_vec())
        );
    }
}
