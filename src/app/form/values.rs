//! What a form says: the value of each field that says something, read
//! as the typed values a command takes.

use chrono::NaiveDate;

use super::{Field, Form, Makes, Slot};
use crate::command::{Dropped, PersonFields, Who};
use crate::domain::{Address, Occasion, OccasionKind, Tier};

/// A form's values: what was typed in each field that says something (a
/// required field, or one changed from what the form opened with).
pub(super) struct Values<'a> {
    said: Vec<(&'a Field, &'a str)>,
}

impl<'a> Values<'a> {
    pub(super) fn read(form: &'a Form) -> Result<Values<'a>, String> {
        let mut said = Vec::new();
        for f in &form.fields {
            let value = f.input.value().trim();
            let required = f.slot.required() && !matches!(form.makes, Makes::Edit(_));
            if required && value.is_empty() {
                return Err(format!("{} is needed", f.label));
            }
            if value != f.initial.trim() || required {
                said.push((f, value));
            }
        }
        if said.is_empty() {
            return Err("nothing changed".into());
        }
        Ok(Values { said })
    }

    /// The value of `slot`, when one was given. An emptied field of an edit
    /// is given as empty.
    pub(super) fn get(&self, slot: Slot) -> Option<&'a str> {
        self.said
            .iter()
            .find(|(f, v)| f.slot == slot && (!v.is_empty() || !f.initial.is_empty()))
            .map(|(_, v)| *v)
    }

    fn label(&self, slot: Slot) -> &'static str {
        self.said
            .iter()
            .find(|(f, _)| f.slot == slot)
            .map_or("a field", |(f, _)| f.label)
    }

    pub(super) fn problem(&self, slot: Slot, e: &str) -> String {
        format!("{}: {e}", self.label(slot))
    }

    /// Whether a yes/no field says yes.
    pub(super) fn yes(&self, slot: Slot) -> bool {
        self.get(slot)
            .is_some_and(|a| a.to_lowercase().starts_with('y'))
    }

    /// The record id a field names (`12` or `#12`), if it names one.
    pub(super) fn id(&self, slot: Slot) -> Result<Option<crate::domain::Id>, String> {
        self.get(slot)
            .map(|t| {
                crate::domain::Id::parse_strict(t)
                    .ok_or_else(|| self.problem(slot, &format!("'{t}' is not an id (like 12)")))
            })
            .transpose()
    }

    pub(super) fn parsed<T: std::str::FromStr>(&self, slot: Slot) -> Result<Option<T>, String>
    where
        T::Err: std::fmt::Display,
    {
        self.get(slot)
            .map(|t| {
                t.parse::<T>()
                    .map_err(|e| self.problem(slot, &e.to_string()))
            })
            .transpose()
    }

    /// Words split like a shell would (quotes keep spaces).
    pub(super) fn split(&self, slot: Slot) -> Result<Vec<String>, String> {
        match self.get(slot) {
            Some(text) => shell_words::split(text).map_err(|e| self.problem(slot, &e.to_string())),
            None => Ok(Vec::new()),
        }
    }

    /// Comma-separated items.
    fn list(&self, slot: Slot) -> Vec<String> {
        self.get(slot)
            .map(|t| {
                t.split(',')
                    .map(str::trim)
                    .filter(|i| !i.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub(super) fn person(&self, on: Option<NaiveDate>) -> Result<PersonFields, String> {
        let text = |slot| self.get(slot).map(str::to_string);
        Ok(PersonFields {
            met: text(Slot::Met),
            on,
            via: text(Slot::Via).map(Who::Typed),
            org: text(Slot::Org),
            role: text(Slot::Role),
            emails: self.list(Slot::Emails),
            tags: self.list(Slot::Tags),
            interests: self.list(Slot::Interests),
            needs: self.list(Slot::Needs),
            offers: self.list(Slot::Offers),
            // An emptied cadence clears the person's own.
            cadence: match self.get(Slot::Cadence) {
                Some("") => Some(0),
                _ => self.parsed::<u16>(Slot::Cadence)?,
            },
            tier: self.parsed::<Tier>(Slot::Tier)?,
            dates: self
                .get(Slot::Birthday)
                .filter(|b| !b.is_empty())
                .map(|b| Occasion::parse(OccasionKind::Birthday, "", b))
                .transpose()
                .map_err(|e| self.problem(Slot::Birthday, &e))?
                .into_iter()
                .collect(),
            addresses: self
                .get(Slot::Address)
                .filter(|a| !a.is_empty())
                .map(Address::parse)
                .transpose()
                .map_err(|e| self.problem(Slot::Address, &e))?
                .into_iter()
                .collect(),
            ..PersonFields::default()
        })
    }

    /// What an edit takes away: an emptied birthday.
    pub(super) fn dropped(&self) -> Dropped {
        Dropped {
            dates: match self.get(Slot::Birthday) {
                Some("") => vec!["birthday".into()],
                _ => Vec::new(),
            },
            ..Dropped::default()
        }
    }
}
