//! What a form says: the value of each field that says something, read
//! as the typed values a command takes.

use chrono::NaiveDate;

use super::{Field, Form, Makes, Problem, Slot};
use crate::command::{Dropped, PersonFields, Who};
use crate::domain::reach::ReachKind;
use crate::domain::text::fold;
use crate::domain::{Address, Occasion, OccasionKind, Tier};

/// A form's values: what was typed in each field that says something (a
/// required field, or one changed from what the form opened with).
pub(super) struct Values<'a> {
    said: Vec<(&'a Field, &'a str)>,
    /// The addresses an edit opened with (`Slot::HeldAddress` indexes them).
    held: &'a [Address],
}

impl<'a> Values<'a> {
    pub(super) fn read(form: &'a Form) -> Result<Values<'a>, Problem> {
        let mut said = Vec::new();
        for f in &form.fields {
            let value = f.input.value().trim();
            let required = f.slot.required() && !matches!(form.makes, Makes::Edit(_));
            if required && value.is_empty() {
                return Err(Problem::Field(f.slot, format!("{} is needed", f.label)));
            }
            if value != f.initial.trim() || required {
                said.push((f, value));
            }
        }
        if said.is_empty() {
            return Err(Problem::Unchanged);
        }
        Ok(Values {
            said,
            held: &form.held,
        })
    }

    /// The value of `slot`, when one was given. An emptied field of an edit
    /// is given as empty.
    pub(super) fn get(&self, slot: Slot) -> Option<&'a str> {
        self.said
            .iter()
            .find(|(f, v)| f.slot == slot && (!v.is_empty() || !f.initial.is_empty()))
            .map(|(_, v)| *v)
    }

    fn label(&self, slot: Slot) -> &str {
        self.said
            .iter()
            .find(|(f, _)| f.slot == slot)
            .map_or("a field", |(f, _)| &f.label)
    }

    pub(super) fn problem(&self, slot: Slot, e: &str) -> Problem {
        Problem::Field(slot, format!("{}: {e}", self.label(slot)))
    }

    /// Whether a yes/no field says yes.
    pub(super) fn yes(&self, slot: Slot) -> bool {
        self.get(slot)
            .is_some_and(|a| a.to_lowercase().starts_with('y'))
    }

    /// The record id a field names (`12` or `#12`), if it names one.
    pub(super) fn id(&self, slot: Slot) -> Result<Option<crate::domain::Id>, Problem> {
        self.get(slot)
            .map(|t| {
                crate::domain::Id::parse_strict(t)
                    .ok_or_else(|| self.problem(slot, &format!("'{t}' is not an id (like 12)")))
            })
            .transpose()
    }

    pub(super) fn parsed<T: std::str::FromStr>(&self, slot: Slot) -> Result<Option<T>, Problem>
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

    /// Words split like a shell would (quotes keep spaces, a leading `~`
    /// is the home folder).
    pub(super) fn split(&self, slot: Slot) -> Result<Vec<String>, Problem> {
        match self.get(slot) {
            Some(text) => {
                crate::app::prompt::words(text).map_err(|e| self.problem(slot, &e.to_string()))
            }
            None => Ok(Vec::new()),
        }
    }

    /// A path as a shell reads it: a leading `~` is the home folder.
    pub(super) fn path(&self, slot: Slot) -> Option<std::path::PathBuf> {
        self.get(slot)
            .map(|p| std::path::PathBuf::from(crate::app::prompt::home(p)))
    }

    /// A list field's items as typed and as it opened: what was added
    /// and what was taken out (ignoring case and accents, as the journal
    /// matches them).
    fn list(&self, slot: Slot) -> (Vec<String>, Vec<String>) {
        let Some((field, now)) = self.said.iter().find(|(f, _)| f.slot == slot) else {
            return (Vec::new(), Vec::new());
        };
        let (now, was) = (items(now), items(&field.initial));
        let missing = |from: &[String], other: &[String]| -> Vec<String> {
            from.iter()
                .filter(|i| !other.iter().any(|o| fold(o) == fold(i)))
                .cloned()
                .collect()
        };
        (missing(&now, &was), missing(&was, &now))
    }

    /// The person's fields, refused as `add` and `edit` refuse them (an
    /// email among the phones, a birthday after `today`...), with the
    /// focus on the field at fault and the refusal drawn under it (trial
    /// 28b: a birthday ahead was said only in the status line).
    pub(super) fn person(
        &self,
        on: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<PersonFields, Problem> {
        let fields = self.fields(on)?;
        if let Some(why) = fields.dates.iter().find_map(|d| d.impossible(today)) {
            return Err(self.problem(Slot::Birthday, &why));
        }
        match crate::command::misplaced(&fields) {
            Some((kind, why)) => Err(Problem::Field(
                match kind {
                    ReachKind::Email => Slot::Emails,
                    ReachKind::Phone => Slot::Phones,
                    ReachKind::Url | ReachKind::Address => Slot::Urls,
                },
                why,
            )),
            None => Ok(fields),
        }
    }

    fn fields(&self, on: Option<NaiveDate>) -> Result<PersonFields, Problem> {
        let text = |slot| self.get(slot).map(str::to_string);
        Ok(PersonFields {
            met: text(Slot::Met),
            on,
            via: text(Slot::Via).map(Who::Typed),
            org: text(Slot::Org),
            role: text(Slot::Role),
            aliases: self.list(Slot::Aliases).0,
            emails: labelled(self.list(Slot::Emails).0),
            phones: labelled(self.list(Slot::Phones).0),
            urls: self.list(Slot::Urls).0,
            tags: self.list(Slot::Tags).0,
            interests: self.list(Slot::Interests).0,
            needs: self.list(Slot::Needs).0,
            offers: self.list(Slot::Offers).0,
            // An emptied cadence clears the person's own.
            cadence: match self.get(Slot::Cadence) {
                Some("") => Some(0),
                Some(text) => Some(
                    crate::domain::dates::days(text)
                        .map_err(|e| self.problem(Slot::Cadence, &e))?,
                ),
                None => None,
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
                .chain(self.held_addresses()?.0)
                .collect(),
            ..PersonFields::default()
        })
    }

    /// What an edit takes away: an emptied birthday, the items taken out
    /// of a list.
    pub(super) fn dropped(&self) -> Dropped {
        Dropped {
            aliases: self.list(Slot::Aliases).1,
            emails: self.list(Slot::Emails).1,
            phones: self.list(Slot::Phones).1,
            urls: self.list(Slot::Urls).1,
            tags: self.list(Slot::Tags).1,
            interests: self.list(Slot::Interests).1,
            needs: self.list(Slot::Needs).1,
            offers: self.list(Slot::Offers).1,
            dates: match self.get(Slot::Birthday) {
                Some("") => vec!["birthday".into()],
                _ => Vec::new(),
            },
            // Read once `person` has refused what does not parse.
            addresses: self.held_addresses().map(|a| a.1).unwrap_or_default(),
            ..Dropped::default()
        }
    }

    /// What the fields of the addresses an edit opened with say, as
    /// `edit --address` and `--drop-address` take it: each emptied or
    /// rewritten field drops its address by the line the card shows, and
    /// a rewritten one adds what it now says. An address kept that the
    /// same line names too is added back, so only the one emptied goes.
    fn held_addresses(&self) -> Result<(Vec<Address>, Vec<String>), Problem> {
        let (mut add, mut drop, mut gone) = (Vec::new(), Vec::new(), Vec::new());
        for (field, now) in &self.said {
            let Slot::HeldAddress(i) = field.slot else {
                continue;
            };
            let Some(was) = self.held.get(i) else {
                continue;
            };
            let now = match *now {
                "" => None,
                text => Some(Address::parse(text).map_err(|e| self.problem(field.slot, &e))?),
            };
            if now.as_ref() != Some(was) {
                drop.push(was.one_line());
                gone.push(i);
                add.extend(now);
            }
        }
        let kept = self
            .held
            .iter()
            .enumerate()
            .filter(|(i, a)| !gone.contains(i) && drop.iter().any(|name| a.is_called(name)));
        let mut back: Vec<Address> = kept.map(|(_, a)| a.clone()).collect();
        back.append(&mut add);
        Ok((back, drop))
    }
}

/// Comma-separated items, each trimmed, empty ones left out.
pub(super) fn items(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(str::to_string)
        .collect()
}

/// Emails or phones as typed in a form, `LABEL=VALUE` or a value alone.
fn labelled(typed: Vec<String>) -> Vec<crate::domain::Labelled> {
    typed
        .iter()
        .map(|t| crate::domain::Labelled::parse(t))
        .collect()
}
