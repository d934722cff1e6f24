//! A person in the journal and what we know about them.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::address::Address;
use super::dates::day_serde;
use super::id::Id;
use super::labelled::Labelled;
use super::occasion::Occasion;
use super::patch::merge::Said;
use super::relation::Link;
use super::text::fold;

/// A person. The field order is the stored layout (see `docs/data-model.md`):
/// append-only changes go through a new record version, never a reorder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    pub aliases: Vec<String>,
    pub met: HowWeMet,
    pub org: String,
    pub role: String,
    /// Labelled since record layout 4 (layout 3 kept `LABEL=VALUE` text).
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    /// Links to [`super::Interest`] records, so one interest renamed or marked
    /// as mine shows the same everywhere.
    pub interests: Vec<Id>,
    /// What they are looking for: matched later against others' offers.
    pub needs: Vec<String>,
    /// What they can help with.
    pub offers: Vec<String>,
    pub notes: String,
    /// Stay-in-touch cadence in days; `None` means the tier's default.
    pub cadence_days: Option<u16>,
    pub tier: Tier,
    pub status: Status,
    #[serde(with = "day_serde")]
    pub created: NaiveDate,
    /// Identifiers other programs gave this person (`vcard:UID`), so that
    /// importing their files again finds them. Added in record layout 2.
    #[serde(default)]
    pub external_ids: Vec<String>,
    /// Birthdays, anniversaries and other days to remember. Added in
    /// record layout 3, with the three fields after it.
    #[serde(default)]
    pub dates: Vec<Occasion>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    /// The name in parts, as an address book gave it (vCard `N`), so a
    /// family name is never guessed from the last word. Dropped when the
    /// name is changed.
    #[serde(default)]
    pub name_parts: Option<NameParts>,
    /// Who they are related to among the people here; each link is kept
    /// on both people (see [`super::relation`]).
    #[serde(default)]
    pub links: Vec<Link>,
    /// People of theirs not in the journal, by relation ("spouse", Maria),
    /// as an address book named them. Added in record layout 4, with
    /// `handles` and the labels of emails and phones.
    #[serde(default)]
    pub related: Vec<Labelled>,
    /// Chat handles (vCard `IMPP`, "xmpp:anna@x.it"), labelled by service.
    #[serde(default)]
    pub handles: Vec<Labelled>,
    /// What the last import of each of their cards said, so that an
    /// edited card imported again updates what the user did not change
    /// (see [`super::patch::merge::base`]). Added in record layout 5.
    #[serde(default)]
    pub imported: Vec<Said>,
}

/// A name in the parts vCard's `N` has: family, given, additional (middle),
/// prefixes and suffixes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameParts {
    pub family: String,
    pub given: String,
    pub additional: String,
    pub prefix: String,
    pub suffix: String,
}

impl NameParts {
    /// The parts of `name`, a new name the user gave someone these parts
    /// were for: kept where it still ends with the family name (report 27d
    /// #1: "Дмитрий Соколов" renamed "Дмитрий Сергеевич Соколов" stays
    /// filed under Соколов), the words before it the given name (or the
    /// old given name and, after it, the middle ones); a prefix or suffix
    /// stays where the new name still has it. `None` where the new name
    /// does not end with the family name: the exports then split the name
    /// as [`Contact::parts`] does rather than keep parts of another name.
    pub fn renamed(&self, name: &str) -> Option<NameParts> {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let mut rest = words(name);
        let mut parts = NameParts::default();
        let prefix = words(&self.prefix);
        if !prefix.is_empty() && rest.starts_with(&prefix) {
            rest.drain(..prefix.len());
            parts.prefix.clone_from(&self.prefix);
        }
        let suffix = words(&self.suffix);
        if !suffix.is_empty() && rest.ends_with(&suffix) {
            rest.truncate(rest.len() - suffix.len());
            parts.suffix.clone_from(&self.suffix);
        }
        let family = words(&self.family);
        if family.is_empty() || rest.len() <= family.len() || !rest.ends_with(&family) {
            return None;
        }
        rest.truncate(rest.len() - family.len());
        parts.family.clone_from(&self.family);
        let given = words(&self.given);
        if !given.is_empty() && rest.len() > given.len() && rest.starts_with(&given) {
            parts.given.clone_from(&self.given);
            parts.additional = rest[given.len()..].join(" ");
        } else {
            parts.given = rest.join(" ");
        }
        Some(parts)
    }
}

/// How and where we met: said again in every follow-up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HowWeMet {
    pub text: String,
    #[serde(with = "day_serde::opt")]
    pub on: Option<NaiveDate>,
    /// The contact who introduced us.
    pub via: Option<Id>,
}

/// How close a relationship is; it sets the default cadence later.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Inner,
    Close,
    Active,
    #[default]
    None,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Inner, Tier::Close, Tier::Active, Tier::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Inner => "inner",
            Tier::Close => "close",
            Tier::Active => "active",
            Tier::None => "none",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Tier {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Tier::ALL
            .into_iter()
            .find(|t| t.as_str() == fold(s))
            .ok_or_else(|| format!("'{s}' is not a tier (inner, close, active or none)"))
    }
}

/// Whether the relationship is being kept up. Closing keeps the history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Closed {
        reason: String,
        #[serde(with = "day_serde")]
        on: NaiveDate,
    },
}

impl Contact {
    /// A new active contact with only a name.
    pub fn new(id: Id, name: String, created: NaiveDate) -> Contact {
        Contact {
            id,
            name,
            aliases: Vec::new(),
            met: HowWeMet::default(),
            org: String::new(),
            role: String::new(),
            emails: Vec::new(),
            phones: Vec::new(),
            urls: Vec::new(),
            tags: Vec::new(),
            interests: Vec::new(),
            needs: Vec::new(),
            offers: Vec::new(),
            notes: String::new(),
            cadence_days: None,
            tier: Tier::None,
            status: Status::Active,
            created,
            external_ids: Vec::new(),
            dates: Vec::new(),
            addresses: Vec::new(),
            name_parts: None,
            links: Vec::new(),
            related: Vec::new(),
            handles: Vec::new(),
            imported: Vec::new(),
        }
    }

    /// Their birthday, if known.
    pub fn birthday(&self) -> Option<&Occasion> {
        self.dates
            .iter()
            .find(|d| d.kind == super::occasion::OccasionKind::Birthday)
    }

    /// Their name in parts: the ones an address book gave, else a split
    /// that never guesses wrong. Particles start the family name ("Ludwig
    /// van Beethoven"); two words are given and family; four or more are
    /// split in half ("María José | García López"). Anything else (three
    /// words, one word, a name in Chinese or Japanese script) is kept whole
    /// as the given name rather than cut in the wrong place.
    pub fn parts(&self) -> NameParts {
        if let Some(p) = &self.name_parts {
            return p.clone();
        }
        const PARTICLES: [&str; 16] = [
            "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "le",
            "la", "du", "ten",
        ];
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let split = |at: usize| NameParts {
            given: words[..at].join(" "),
            family: words[at..].join(" "),
            ..NameParts::default()
        };
        if let Some(at) = words
            .iter()
            .skip(1)
            .position(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
            .map(|i| i + 1)
            .filter(|at| *at + 1 < words.len())
        {
            return split(at);
        }
        match words.len() {
            2 => split(1),
            n if n >= 4 => split(n / 2),
            _ => NameParts {
                given: self.name.clone(),
                ..NameParts::default()
            },
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self.status, Status::Closed { .. })
    }

    /// Every name the person answers to, folded: what resolution matches on.
    pub fn folded_names(&self) -> Vec<String> {
        let mut names = vec![fold(&self.name)];
        for alias in &self.aliases {
            let a = fold(alias);
            if !a.is_empty() && !names.contains(&a) {
                names.push(a);
            }
        }
        names
    }
}
