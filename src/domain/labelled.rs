//! An email or a phone number with its label ("work", "cell"), kept as two
//! pieces of data: the label is shown on the card and written as vCard's
//! `TYPE`, the value alone is what is copied, searched and given to a mail
//! program. Record layout 4 of `Contact` holds these; layout 3 held
//! `LABEL=VALUE` text, split by [`Labelled::parse`] when read.

use serde::{Deserialize, Serialize};

use super::reach::labelled;
use super::text::{fold, tidy};

/// One email or phone and its label (empty when none was given).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Labelled {
    pub label: String,
    pub value: String,
}

impl Labelled {
    /// A value with a label, tidied; the label lowercased only when it is
    /// one of vCard's own words, so "Cell" from a phone reads as "cell" and
    /// Apple's related name "Spouse" as "spouse": vCard 4.0 writes these
    /// as a `TYPE`, which has no case, so any other spelling would not
    /// come back from a round trip as it went.
    pub fn new(label: &str, value: &str) -> Labelled {
        let label = tidy(label);
        let label = match label.to_lowercase().as_str() {
            l @ ("cell" | "home" | "work" | "fax" | "pager" | "voice" | "text" | "video"
            | "other" | "mobile" | "main") => l.to_string(),
            l @ ("spouse" | "child" | "parent" | "sibling" | "friend" | "colleague"
            | "co-worker" | "neighbor" | "kin" | "acquaintance" | "co-resident" | "agent"
            | "emergency") => l.to_string(),
            _ => label,
        };
        Labelled {
            label,
            value: tidy(value),
        }
    }

    /// Reads one as typed: `LABEL=VALUE` ("cell=+39 333 1234567") or a
    /// value alone, by the rule [`labelled`] says.
    pub fn parse(text: &str) -> Labelled {
        let (label, value) = labelled(text);
        Labelled::new(label, value)
    }

    /// The address or number alone: what `query`, search and copying use.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// As the shell takes it: "work=anna@x.it", or the value alone.
    pub fn typed(&self) -> String {
        self.to_string()
    }

    /// As a card shows it: "work: anna@x.it", or the value alone.
    pub fn shown(&self) -> String {
        if self.label.is_empty() {
            self.value.clone()
        } else {
            format!("{}: {}", self.label, self.value)
        }
    }

    /// Whether `text` (a value, or a value with its label as typed) names
    /// this one, case and accents aside: what `--drop-email` matches.
    pub fn is_called(&self, text: &str) -> bool {
        let key = fold(text);
        key == fold(&self.value) || key == fold(&self.typed())
    }
}

/// As the shell takes it: `LABEL=VALUE`, or the value alone.
impl std::fmt::Display for Labelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.label.is_empty() {
            f.write_str(&self.value)
        } else {
            write!(f, "{}={}", self.label, self.value)
        }
    }
}

/// As typed: `LABEL=VALUE` or a value alone.
impl From<&str> for Labelled {
    fn from(text: &str) -> Labelled {
        Labelled::parse(text)
    }
}

/// Adds `item` unless that value is there already with that label (case
/// and accents aside), or `item` has no label and the value is there. A
/// label it brings goes on the same value if that had none; a value with
/// another label is another entry, so an Android card's cell, work and
/// work fax on one number keep all three labels, shown and exported.
/// Returns whether the list changed.
pub fn add(list: &mut Vec<Labelled>, item: &Labelled) -> bool {
    let item = Labelled::new(&item.label, &item.value);
    if item.value.is_empty() {
        return false;
    }
    let value = fold(&item.value);
    let label = fold(&item.label);
    let same = |x: &Labelled| fold(&x.value) == value;
    if list
        .iter()
        .any(|x| same(x) && (label.is_empty() || fold(&x.label) == label))
    {
        return false;
    }
    match list.iter_mut().find(|x| same(x) && x.label.is_empty()) {
        Some(there) => there.label = item.label,
        None => list.push(item),
    }
    true
}

/// The values alone, in order, each once (a number with two labels is
/// one number): for the places that want no labels.
pub fn values(list: &[Labelled]) -> impl Iterator<Item = &str> {
    list.iter()
        .enumerate()
        .filter(|(i, x)| !list[..*i].iter().any(|y| fold(&y.value) == fold(&x.value)))
        .map(|(_, x)| x.value())
}

/// The two shapes a label and value were written in: a record's pair, and
/// (in JSON written before record layout 4, and as a person may type it in
/// a JSON file) the text `LABEL=VALUE`.
#[derive(Deserialize)]
#[serde(untagged)]
enum Written {
    Pair { label: String, value: String },
    Text(String),
}

/// A stored pair, by position: bincode's records are not self-describing,
/// so only JSON may hold the text form.
#[derive(Deserialize)]
struct Pair {
    label: String,
    value: String,
}

impl<'de> Deserialize<'de> for Labelled {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            Ok(match Written::deserialize(d)? {
                Written::Pair { label, value } => Labelled { label, value },
                Written::Text(text) => Labelled::parse(&text),
            })
        } else {
            let Pair { label, value } = Pair::deserialize(d)?;
            Ok(Labelled { label, value })
        }
    }
}

/// Tests compare with what was typed.
#[cfg(test)]
impl PartialEq<&str> for Labelled {
    fn eq(&self, typed: &&str) -> bool {
        self.typed() == *typed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_reads_the_old_text_and_the_pair() {
        let old: Vec<Labelled> =
            serde_json::from_str(r#"["cell=+39 333 1234567", "a@x.it"]"#).expect("old");
        assert_eq!(
            old,
            [
                Labelled::new("cell", "+39 333 1234567"),
                Labelled::new("", "a@x.it")
            ]
        );
        let new = serde_json::to_string(&old).expect("write");
        assert_eq!(
            serde_json::from_str::<Vec<Labelled>>(&new).expect("new"),
            old
        );
    }

    #[test]
    fn a_label_goes_on_the_value_that_had_none() {
        let mut list = vec![Labelled::new("", "a@x.it")];
        assert!(add(&mut list, &Labelled::new("work", "A@x.it")));
        assert!(add(&mut list, &Labelled::new("home", "a@x.it")));
        assert!(!add(&mut list, &Labelled::new("Home", "a@x.it")));
        assert!(!add(&mut list, &Labelled::new("", "a@x.it")));
        assert_eq!(
            list,
            [
                Labelled::new("work", "a@x.it"),
                Labelled::new("home", "a@x.it")
            ]
        );
        assert_eq!(values(&list).collect::<Vec<_>>(), ["a@x.it"]);
    }

    proptest::proptest! {
        /// Against a model: each value is kept once per label it came
        /// with, or once bare when it never came with a label; nothing
        /// else is kept.
        #[test]
        fn every_label_of_a_value_is_kept_once(
            items in proptest::collection::vec(("(|cell|work|work fax|Cell)", "(1|2|)"), 0..8),
        ) {
            let mut list = Vec::new();
            for (label, value) in &items {
                add(&mut list, &Labelled::new(label, value));
            }
            let mut want = std::collections::BTreeSet::new();
            for (_, value) in items.iter().filter(|(_, v)| !v.is_empty()) {
                let labels: std::collections::BTreeSet<String> = items
                    .iter()
                    .filter(|(l, v)| v == value && !l.is_empty())
                    .map(|(l, _)| fold(l))
                    .collect();
                if labels.is_empty() {
                    want.insert((value.clone(), String::new()));
                }
                want.extend(labels.into_iter().map(|l| (value.clone(), l)));
            }
            let got: Vec<(String, String)> =
                list.iter().map(|x| (x.value.clone(), fold(&x.label))).collect();
            proptest::prop_assert_eq!(got.len(), want.len(), "{:?}", list);
            proptest::prop_assert_eq!(got.into_iter().collect::<std::collections::BTreeSet<_>>(), want);
        }
    }
}
