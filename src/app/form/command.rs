//! What a form's values make: the typed command, with dates read against
//! today, or what is missing or wrong.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::values::Values;
use super::{Form, Makes, Problem, Slot, Verb};
use crate::command::{
    Command, Dropped, ExportFormat, ExportRequest, ImportFormat, ImportRequest, Introduction,
    LedgerNote, Meeting, NewPerson, PersonEdit, PersonFields, Sealing, Who,
};
use crate::domain::dates::{Toward, parse_date};
use crate::domain::{FavourKind, InteractionKind, Nature, Voice};

impl Form {
    /// The command the form makes, with dates read against `today`, or
    /// what is missing or wrong (an edit whose values differ from what it
    /// opened with only in how they are written changes nothing).
    pub(crate) fn command(&self, today: NaiveDate) -> Result<Command, Problem> {
        let v = Values::read(self)?;
        let past = |text: Option<&str>| {
            text.map(|t| parse_date(t, today, Toward::Past))
                .transpose()
                .map_err(|e| v.problem(Slot::On, &e))
        };
        let future = |slot: Slot| {
            v.get(slot)
                .map(|t| parse_date(t, today, Toward::Future))
                .transpose()
                .map_err(|e| v.problem(slot, &e))
        };
        let text = || v.get(Slot::Text).unwrap_or_default().to_string();
        Ok(match &self.makes {
            Makes::Capture(verb, who) => {
                let who = Who::Id(*who);
                let on = past(v.get(Slot::On))?;
                match (verb, verb.ledger()) {
                    (_, Some((direction, nature))) => Command::Record(LedgerNote {
                        who,
                        direction,
                        nature,
                        kind: v.parsed(Slot::Kind)?.unwrap_or(FavourKind::Other),
                        text: text(),
                        weight: v.parsed(Slot::Weight)?.unwrap_or(1),
                        // An ask is a request until granted; a give is
                        // given unless only promised.
                        open: match nature {
                            Nature::Give => v.yes(Slot::Open),
                            Nature::Ask => !v.yes(Slot::Granted),
                        },
                        answers: v.id(Slot::Answers)?,
                        on,
                    }),
                    (Verb::Met, None) => Command::Met(Meeting {
                        people: vec![who],
                        kind: v.parsed(Slot::Kind)?.unwrap_or(InteractionKind::Met),
                        summary: text(),
                        details: v.get(Slot::Details).unwrap_or_default().to_string(),
                        from: v.parsed(Slot::From)?.unwrap_or(Voice::Both),
                        on,
                        follow_up: future(Slot::FollowUpIn)?,
                        no_follow_up: false,
                    }),
                    (Verb::FollowUp, None) => Command::FollowUp {
                        who,
                        due: future(Slot::Due)?.unwrap_or(today),
                        text: text(),
                    },
                    (_, None) => Command::Signal {
                        who,
                        text: text(),
                        on,
                    },
                }
            }
            Makes::Close(who) => Command::Close {
                who: Who::Id(*who),
                reason: text(),
            },
            Makes::Intro(a, b) => Command::Intro(Introduction {
                a: Who::Id(*a),
                b: Who::Id(*b),
                text: text(),
                weight: v.parsed(Slot::Weight)?.unwrap_or(1),
                on: None,
                closes: v.id(Slot::Answers)?,
                follow_up: Some(future(Slot::FollowUpIn)?.unwrap_or(today + chrono::Days::new(30))),
            }),
            Makes::Merge(keep) => Command::Merge {
                keep: Who::Id(*keep),
                gone: Who::Typed(text()),
            },
            Makes::Snooze(target) => Command::Snooze {
                target: target.clone(),
                until: future(Slot::Due)?.unwrap_or(today),
            },
            Makes::Import => Command::Import(ImportRequest {
                format: v
                    .parsed::<ImportFormat>(Slot::Format)?
                    .unwrap_or(ImportFormat::Vcard),
                files: v
                    .split(Slot::Files)?
                    .into_iter()
                    .map(PathBuf::from)
                    .collect(),
                dry_run: false,
                skip_bad: false,
                identity: None,
            }),
            Makes::Export => Command::Export(ExportRequest {
                format: v
                    .parsed::<ExportFormat>(Slot::Format)?
                    .unwrap_or(ExportFormat::Json),
                args: v.split(Slot::People)?,
                output: v.path(Slot::Output),
                force: false,
                vcard_version: 3,
                as_todo: false,
                sealing: Sealing::Open,
                vdir: None,
                skip_imported: false,
            }),
            Makes::Add => Command::Add(Box::new(NewPerson {
                name: text(),
                fields: v.person(past(v.get(Slot::On))?, today)?,
                duplicate: false,
                details: v.get(Slot::Details).unwrap_or_default().to_string(),
                follow_up: !v.yes(Slot::SkipFollowUp),
                follow_up_on: None,
                at_event: false,
            })),
            Makes::Event => self.event_command(&v, today)?,
            Makes::Edit(id) => {
                let edit = PersonEdit {
                    who: Who::Id(*id),
                    name: v.get(Slot::Text).map(str::to_string),
                    fields: v.person(past(v.get(Slot::On))?, today)?,
                    dropped: v.dropped(),
                };
                if edit.name.is_none()
                    && edit.fields == PersonFields::default()
                    && edit.dropped == Dropped::default()
                {
                    return Err(Problem::Unchanged);
                }
                Command::Edit(Box::new(edit))
            }
        })
    }
}
