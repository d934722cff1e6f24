//! What commands take: people as typed, a person's fields, captures,
//! queries, and the requests of exports and imports.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::domain::patch::{Dropped, PersonFields, Who};
use crate::domain::{Direction, FavourKind, Id, InteractionKind, Nature, Voice};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPerson {
    pub name: String,
    pub fields: PersonFields,
    /// Add even when someone has exactly this name.
    pub duplicate: bool,
    /// What they told you at the meeting `fields.met` names.
    pub details: String,
    /// Plan a follow-up for that meeting (see [`crate::domain::review::Settings::follow_up_due`]).
    pub follow_up: bool,
    /// The day to follow it up, when the user named one.
    #[serde(default)]
    pub follow_up_on: Option<NaiveDate>,
    /// The meeting is an event (`add --at`): the events screen counts them.
    #[serde(default)]
    pub at_event: bool,
}

/// Several people met at one event (`givegive event`, the TUI's event
/// form): everyone in one write and one undo step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCapture {
    pub name: String,
    /// None: today.
    pub on: Option<NaiveDate>,
    /// In the order given.
    pub people: Vec<EventPerson>,
    /// When to follow up with each; None: as `add --met` plans it
    /// (`review.follow_up_days` after the event).
    pub follow_up: Option<NaiveDate>,
    /// Plan no follow-up at all.
    pub no_follow_up: bool,
}

/// One person at an event: someone in the journal (by the usual name
/// rules) or, when nobody fits the name, a new person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPerson {
    pub who: Who,
    /// What they told you: kept in their own record, so a draft for
    /// anyone else never uses it.
    pub details: String,
    /// What they are looking for.
    pub needs: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonEdit {
    pub who: Who,
    pub name: Option<String>,
    pub fields: PersonFields,
    pub dropped: Dropped,
}

/// A give or an ask, either way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerNote {
    pub who: Who,
    pub direction: Direction,
    pub nature: Nature,
    pub kind: FavourKind,
    pub text: String,
    pub weight: u8,
    /// Not fulfilled yet: a promise or a pending request.
    pub open: bool,
    /// For what they gave: the request of mine it answers, which is then
    /// granted instead of a second entry counting the same help.
    pub answers: Option<Id>,
    /// None: today.
    pub on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub people: Vec<Who>,
    pub kind: InteractionKind,
    pub summary: String,
    pub details: String,
    /// Whose words the details are: a message I sent is never quoted back.
    pub from: Voice,
    pub on: Option<NaiveDate>,
    pub follow_up: Option<NaiveDate>,
    /// The user said none is needed (`met --no-follow-up`, as `event` and
    /// `add --met` take it): the review asks for none.
    #[serde(default)]
    pub no_follow_up: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Introduction {
    pub a: Who,
    pub b: Who,
    pub text: String,
    pub weight: u8,
    pub on: Option<NaiveDate>,
    /// The open request it answers, granted in the same write.
    pub closes: Option<Id>,
    /// When to check with `a` how it went.
    pub follow_up: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Json,
    Vcard,
    Ics,
    Markdown,
    Csv,
    /// Google Contacts' own CSV, for Google's import.
    Google,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportFormat {
    Json,
    Vcard,
    Linkedin,
    Google,
}

/// One spelling of each format, for the words and the forms.
macro_rules! format_names {
    ($ty:ident, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let key = s.trim().to_lowercase();
                $ty::ALL.iter().copied().find(|f| f.as_str() == key).ok_or_else(|| {
                    let names: Vec<&str> = $ty::ALL.iter().map(|f| f.as_str()).collect();
                    format!("'{s}' is not a format ({})", names.join(", "))
                })
            }
        }
    };
}

format_names!(ExportFormat, { Json => "json", Vcard => "vcard", Ics => "ics", Markdown => "markdown", Csv => "csv", Google => "google" });
format_names!(ImportFormat, { Json => "json", Vcard => "vcard", Linkedin => "linkedin", Google => "google" });

/// How an exported file is sealed with age.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sealing {
    Open,
    /// For the holders of these public keys (age1...).
    Keys(Vec<String>),
    /// With a passphrase, asked for twice.
    Passphrase,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// json, csv, ics: the file to write; vcard: who (default everyone
    /// active); markdown: the one person.
    pub args: Vec<String>,
    /// Write here; with no file at all, the text is the report.
    pub output: Option<PathBuf>,
    pub force: bool,
    /// vcard: 3 or 4.
    pub vcard_version: u8,
    /// ics: to-dos instead of all-day events.
    pub as_todo: bool,
    pub sealing: Sealing,
    /// vcard: one `.vcf` per person in this directory, named by UID (a
    /// vdir, as khard and vdirsyncer keep an address book).
    pub vdir: Option<PathBuf>,
    /// vcard: leave out the people imported from a vCard address book,
    /// so that khard, reading that book beside givegive's folder, shows
    /// each person once.
    #[serde(default)]
    pub skip_imported: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRequest {
    pub format: ImportFormat,
    pub files: Vec<PathBuf>,
    pub dry_run: bool,
    pub skip_bad: bool,
    pub identity: Option<PathBuf>,
}
