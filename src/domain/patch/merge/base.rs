//! What the last import of a card said (its base), so that an edited card
//! imported again updates the person: the three-way rule sync tools use
//! (vdirsyncer keeps each item's state at the last sync and takes a side's
//! version only where that side alone changed it), here field by field.
//!
//! A field the journal still holds as the base said takes the card's new
//! value; one the user changed in givegive since keeps the journal's (and
//! the import says so); one changed on neither side is left alone. A value
//! of a list (phone, email, URL, address, chat handle, related name) gone
//! from the card that the journal still holds is taken out, so a value the
//! card changed is replaced; one the user took out of the journal is not
//! brought back while the card still has it. Every list follows the one
//! rule ([`many`]), so what a user deletes stays deleted whatever its kind.
//! Single values (org, role, how we met, notes) are never emptied: a card
//! that lost its org says nothing about the person.

use serde::{Deserialize, Serialize};

use crate::domain::labelled::Labelled;
use crate::domain::patch::PersonFields;
use crate::domain::text::{fold, tidy};
use crate::domain::{Address, Contact, Occasion};

/// What one card said at its last import, by the card's identifier.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    /// The card's identifier: `vcard:UID`, or a LinkedIn profile URL.
    pub card: String,
    pub name: String,
    pub org: String,
    pub role: String,
    pub met: String,
    pub notes: String,
    /// Phone and email values, labels aside (a value is the same whatever
    /// its label).
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub dates: Vec<Occasion>,
    /// URLs, addresses (as one line), chat handles and related names, by
    /// value as phones are. Added in record layout 6 of `Contact`.
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub handles: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

impl Said {
    /// What the card `card` (the person named `name`, with `file`, its
    /// related names and chat handles) says.
    pub fn of(
        card: &str,
        name: &str,
        file: &PersonFields,
        related: &[Labelled],
        handles: &[Labelled],
    ) -> Said {
        let text = |s: &Option<String>| tidy(s.as_deref().unwrap_or(""));
        let values = |l: &[Labelled]| l.iter().map(|x| x.value().to_string()).collect();
        Said {
            card: card.to_string(),
            name: tidy(name),
            org: text(&file.org),
            role: text(&file.role),
            met: text(&file.met),
            notes: file.notes.as_deref().unwrap_or("").trim().to_string(),
            phones: values(&file.phones),
            emails: values(&file.emails),
            dates: file.dates.clone(),
            urls: file.urls.clone(),
            addresses: file.addresses.iter().map(Address::one_line).collect(),
            handles: values(handles),
            related: values(related),
        }
    }

    /// What the person's last import of `card` said, if any.
    pub fn find<'a>(c: &'a Contact, card: &str) -> Option<&'a Said> {
        c.imported.iter().find(|s| s.card == card)
    }

    /// Keeps `self` as what its card said last; whether that changed
    /// anything.
    pub fn remember(self, c: &mut Contact) -> bool {
        match c.imported.iter_mut().find(|s| s.card == self.card) {
            Some(old) if *old == self => false,
            Some(old) => {
                *old = self;
                true
            }
            None => {
                c.imported.push(self);
                true
            }
        }
    }
}

fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// What happens to one single value.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum One {
    /// The journal's value stands.
    Keep,
    /// The journal takes this value.
    Take(String),
    /// The journal's value stands though the file says otherwise.
    Differs(String),
}

/// A single value by the three-way rule, given what the last import of
/// the card said (`was`); without one, the two-way rule: filled where the
/// journal has none, a differing one reported.
///
/// The value taken is the file's as written, trimmed: notes keep their
/// line breaks (report 27d #4); one reported as differing is one line.
pub(super) fn one(have: &str, file: Option<&str>, was: Option<&str>) -> One {
    let file = file.unwrap_or("").trim().to_string();
    let differs = || {
        if file.is_empty() || have.trim().is_empty() || same(have, &file) {
            One::Keep
        } else {
            One::Differs(tidy(&file))
        }
    };
    match was {
        // The card did not change it: the journal's word stands (and a
        // value the user took out stays out), said no more (report 27c:
        // each import of an unchanged card repeated it).
        Some(was) if same(&file, was) => One::Keep,
        // Single values are never emptied by a card.
        _ if file.is_empty() => One::Keep,
        // The user did not change it (or took it out): the card's new one.
        Some(was) if have.trim().is_empty() || same(have, was) => match same(have, &file) {
            true => One::Keep,
            false => One::Take(file),
        },
        Some(_) => differs(),
        None if have.trim().is_empty() => One::Take(file),
        None => differs(),
    }
}

/// The file's items (of a list: phones, URLs, addresses...) the journal
/// is to gain, and the journal's items to take out, each known by `key`:
/// with a base, an item the card had and the journal lacks was taken out
/// by the user and stays out; an item the card lost that the journal
/// still holds goes (a changed value is one lost and one gained).
pub(super) fn many<T: Clone>(
    have: &[T],
    file: &[T],
    was: Option<&[String]>,
    key: impl Fn(&str) -> String,
    item: impl Fn(&T) -> String,
) -> (Vec<T>, Vec<T>) {
    let was: Vec<String> = was.unwrap_or_default().iter().map(|w| key(w)).collect();
    let holds = |list: &[T], k: &str| list.iter().any(|x| key(&item(x)) == k);
    let mut add: Vec<T> = Vec::new();
    for x in file {
        let k = key(&item(x));
        if !k.is_empty() && !holds(have, &k) && !holds(&add, &k) && !was.contains(&k) {
            add.push(x.clone());
        }
    }
    let gone = have
        .iter()
        .filter(|x| {
            let k = key(&item(x));
            was.contains(&k) && !holds(file, &k)
        })
        .cloned()
        .collect();
    (add, gone)
}
