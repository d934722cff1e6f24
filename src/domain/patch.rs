//! The one patch type of a person's fields: what `add` sets and `edit`
//! changes, as the shell's words, the TUI's forms and the socket carry it,
//! down to the journal, applied in one place: [`PersonFields::apply`]
//! here, for everything but what needs the journal (who introduced them,
//! interest records: `journal::patch`). A new contact field is a field
//! of the record, one here with its line in `apply`, its flag, and how
//! `show` prints it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub mod merge;
mod missing;

pub(crate) use missing::{Words, said as missing};

use super::labelled::{self, Labelled};
use super::text::{as_seen, push_unique, remove_folded, tidy};
use super::{Address, Contact, Id, Occasion, Tier, occasion};

/// A person as the command names them: picked by id (the TUI), or as typed
/// (a name, an alias, part of one, or an id), resolved when it runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Who {
    Id(Id),
    Typed(String),
}

impl std::fmt::Display for Who {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Who::Id(id) => write!(f, "{}", id.0),
            Who::Typed(text) => f.write_str(text),
        }
    }
}

/// The details `add` sets and `edit` changes; list fields add items
/// ([`Dropped`] takes them out).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFields {
    pub aliases: Vec<String>,
    pub met: Option<String>,
    pub on: Option<NaiveDate>,
    pub via: Option<Who>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    pub notes: Option<String>,
    /// Days between touches; 0 clears a person's own cadence.
    pub cadence: Option<u16>,
    pub tier: Option<Tier>,
    /// A birthday, anniversary or named day; one of the same name is
    /// replaced (a person has one birthday).
    pub dates: Vec<Occasion>,
    pub addresses: Vec<Address>,
}

/// What `edit` takes out of list fields (matched ignoring case and accents).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    pub aliases: Vec<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    /// Days by name: "birthday", "anniversary" or a label.
    pub dates: Vec<String>,
    /// Addresses by label or as one line.
    pub addresses: Vec<String>,
    /// Related names held as text ("Big Blue", or "manager=Big Blue"),
    /// which no `unrelate` reaches: that takes out a link to a person.
    #[serde(default)]
    pub related: Vec<String>,
}

impl PersonFields {
    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == PersonFields::default()
    }

    /// Sets, adds and (with `d`) takes out the fields on `c`, but for
    /// `via` and `interests`, which the journal resolves. Anything to take
    /// out that `c` does not have is refused, naming what they have.
    pub fn apply(&self, d: &Dropped, c: &mut Contact) -> Result<(), String> {
        let f = self;
        missing::refuse(d, c)?;
        for name in &d.dates {
            occasion::drop(&mut c.dates, name);
        }
        for day in &f.dates {
            occasion::set(&mut c.dates, day.clone());
        }
        for name in &d.addresses {
            c.addresses.retain(|a| !a.is_called(name));
        }
        for name in &d.related {
            c.related.retain(|r| !r.is_called(name));
        }
        for a in &f.addresses {
            if !a.is_empty() && !c.addresses.contains(a) {
                c.addresses.push(a.clone());
            }
        }
        let aliases: Vec<String> = (f.aliases.iter())
            .map(|a| as_seen(a))
            .filter(|a| !a.is_empty())
            .collect();
        list(&mut c.aliases, &aliases, &d.aliases);
        if let Some(text) = &f.met {
            c.met.text = tidy(text);
        }
        if f.on.is_some() {
            c.met.on = f.on;
        }
        if let Some(org) = &f.org {
            c.org = as_seen(org);
        }
        if let Some(role) = &f.role {
            c.role = as_seen(role);
        }
        labelled_list(
            &mut c.emails,
            &f.emails,
            &d.emails,
            (labelled::add, Labelled::is_called),
        );
        labelled_list(
            &mut c.phones,
            &f.phones,
            &d.phones,
            (labelled::add_phone, Labelled::is_number_called),
        );
        list(&mut c.urls, &f.urls, &d.urls);
        list(&mut c.tags, &f.tags, &d.tags);
        list(&mut c.needs, &f.needs, &d.needs);
        list(&mut c.offers, &f.offers, &d.offers);
        if let Some(notes) = &f.notes {
            c.notes = notes.trim().to_string();
        }
        // 0 clears a person's own cadence back to their tier's.
        if let Some(days) = f.cadence {
            c.cadence_days = (days > 0).then_some(days);
        }
        if let Some(tier) = f.tier {
            c.tier = tier;
        }
        Ok(())
    }
}

/// Takes out `remove` (case and accents aside), then adds `add`, once each.
fn list(list: &mut Vec<String>, add: &[String], remove: &[String]) {
    for item in remove {
        remove_folded(list, item);
    }
    for item in add {
        push_unique(list, item);
    }
}

/// [`list`] for emails and phones: taken out by value (or as typed, label
/// and all), added once per value by `put` (a phone however written).
/// How a list of labelled values gains one, and which of its items a
/// typed value names.
type ListRule = (
    fn(&mut Vec<Labelled>, &Labelled) -> bool,
    fn(&Labelled, &str) -> bool,
);

fn labelled_list(
    list: &mut Vec<Labelled>,
    add: &[Labelled],
    remove: &[String],
    (put, called): ListRule,
) {
    for item in remove {
        list.retain(|x| !called(x, item));
    }
    for item in add {
        put(list, item);
    }
}

impl Dropped {
    /// Whether it takes nothing out.
    pub fn is_empty(&self) -> bool {
        *self == Dropped::default()
    }
}
