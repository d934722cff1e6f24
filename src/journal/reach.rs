//! How to reach a person: their emails, phones, web pages and postal
//! addresses, each with its label, in the order the card shows them and
//! the copy key walks them.

use super::views::Card;

/// What kind of way to reach someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReachKind {
    Email,
    Phone,
    Url,
    Address,
}

impl ReachKind {
    /// The word a card and the status line use for it.
    pub fn word(self) -> &'static str {
        match self {
            ReachKind::Email => "email",
            ReachKind::Phone => "phone",
            ReachKind::Url => "web",
            ReachKind::Address => "address",
        }
    }
}

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
        let typed = [
            (ReachKind::Email, &c.emails),
            (ReachKind::Phone, &c.phones),
            (ReachKind::Url, &c.urls),
        ];
        let mut all: Vec<Reach> = typed
            .into_iter()
            .flat_map(|(kind, items)| {
                items.iter().map(move |text| {
                    let (label, value) = labelled(text);
                    Reach {
                        kind,
                        label: label.to_string(),
                        value: value.to_string(),
                    }
                })
            })
            .collect();
        all.extend(c.addresses.iter().map(|a| Reach {
            kind: ReachKind::Address,
            label: a.label.clone(),
            value: a.one_line(),
        }));
        all
    }
}

/// An email, phone or URL as saved, split into its label and value. Only
/// addresses have a label field; the others take one written the way an
/// address is typed, `LABEL=VALUE` ("cell=+39 333 1234567"), where LABEL is
/// one short word of letters. Anything else is a value without a label, so
/// a URL's query (`?a=b`) is never read as one.
fn labelled(text: &str) -> (&str, &str) {
    match text.split_once('=') {
        Some((label, value))
            if !label.is_empty()
                && label.chars().count() <= 12
                && label.chars().all(char::is_alphabetic)
                && !value.trim().is_empty() =>
        {
            (label, value.trim())
        }
        _ => ("", text.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_one_short_word_before_an_equals_sign() {
        assert_eq!(
            labelled("cell=+39 333 1234567"),
            ("cell", "+39 333 1234567")
        );
        assert_eq!(
            labelled("work=anna@klarheit.de"),
            ("work", "anna@klarheit.de")
        );
        assert_eq!(labelled("anna@klarheit.de"), ("", "anna@klarheit.de"));
        // A URL's query, a label of several words or an empty value are
        // not labels.
        assert_eq!(labelled("https://x.it/?a=b"), ("", "https://x.it/?a=b"));
        assert_eq!(labelled("my work=a@b.it"), ("", "my work=a@b.it"));
        assert_eq!(labelled("home="), ("", "home="));
    }
}
