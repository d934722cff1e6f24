//! How to reach a person: their emails, phones, web pages and postal
//! addresses, each with its label, in the order the card shows them and
//! the copy key walks them.

use super::views::Card;
pub use crate::domain::reach::ReachKind;
use crate::domain::reach::labelled;

/// One way to reach a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reach {
    pub kind: ReachKind,
    /// "work", "home", "cell"...; empty when none was given.
    pub label: String,
    /// What is copied: the address or number alone, without its label.
    pub value: String,
}

impl Reach {
    /// The value with its label before it, as the card shows it:
    /// "work: anna@klarheit.de".
    pub fn shown(&self) -> String {
        if self.label.is_empty() {
            self.value.clone()
        } else {
            format!("{}: {}", self.label, self.value)
        }
    }
}

impl Card {
    /// Every way to reach them: emails, phones, web pages, then postal
    /// addresses, each kind in the order it was saved.
    pub fn reach(&self) -> Vec<Reach> {
        let c = &self.contact;
        let typed = [(ReachKind::Email, &c.emails), (ReachKind::Phone, &c.phones)];
        let mut all: Vec<Reach> = typed
            .into_iter()
            .flat_map(|(kind, items)| {
                // A number with several labels is one way to reach them.
                crate::domain::labelled::by_value(items)
                    .into_iter()
                    .map(move |item| Reach {
                        kind,
                        label: item.label,
                        value: item.value,
                    })
            })
            .collect();
        // A URL's label is still typed before it (`LABEL=VALUE`).
        all.extend(c.urls.iter().map(|text| {
            let (label, value) = labelled(text);
            Reach {
                kind: ReachKind::Url,
                label: label.to_string(),
                value: value.to_string(),
            }
        }));
        all.extend(c.addresses.iter().map(|a| Reach {
            kind: ReachKind::Address,
            label: a.label.clone(),
            value: a.one_line(),
        }));
        all
    }
}
