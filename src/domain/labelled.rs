//! An email or a phone number with its label ("work", "cell"), kept as two
//! pieces of data: the label is shown on the card and written as vCard's
//! `TYPE`, the value alone is what is copied, searched and given to a mail
//! program. Record layout 4 of `Contact` holds these; layout 3 held
//! `LABEL=VALUE` text, split by [`Labelled::parse`] when read.

use serde::{Deserialize, Serialize};

use super::reach::{self, labelled};
use super::text::{fold, tidy};

mod words;
pub use words::{is_word, label, same_label};

/// One email or phone and its label (empty when none was given).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Labelled {
    pub label: String,
    pub value: String,
}

impl Labelled {
    /// A value with a label, tidied, the label by [`label`]'s rule.
    pub fn new(label: &str, value: &str) -> Labelled {
        Labelled {
            label: self::label(label),
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

    /// [`Labelled::is_called`] for a phone: the same number however it is
    /// written (`reach::phone_key`), so `--drop-phone +39-333-1234567`
    /// takes out "+39 333 1234567" (trial 28c #6).
    pub fn is_number_called(&self, text: &str) -> bool {
        let typed = Labelled::parse(text);
        self.is_called(text)
            || (reach::phone_key(&typed.value) == reach::phone_key(&self.value)
                && (typed.label.is_empty() || same_label(&typed.label, &self.label)))
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
/// another label is another entry, written as the list already writes the
/// value, so an Android card's cell, work and work fax on one number keep
/// all three labels, shown and exported as one number. Returns whether the
/// list changed. For phones, [`add_phone`].
pub fn add(list: &mut Vec<Labelled>, item: &Labelled) -> bool {
    add_by(list, item, fold)
}

/// [`add`] for phone numbers, the same number by [`reach::phone_key`]
/// however it is written: "+39 340 9998877" and "+393409998877" are one
/// number with both their labels, as the import keeps them (report 27t #4:
/// `merge` kept both).
pub fn add_phone(list: &mut Vec<Labelled>, item: &Labelled) -> bool {
    add_by(list, item, reach::phone_key)
}

/// [`add`], two values being the same when `same` gives them one key.
pub fn add_by(list: &mut Vec<Labelled>, item: &Labelled, same: fn(&str) -> String) -> bool {
    let item = Labelled::new(&item.label, &item.value);
    if item.value.is_empty() {
        return false;
    }
    let value = same(&item.value);
    let is = |x: &Labelled| same(&x.value) == value;
    if list
        .iter()
        .any(|x| is(x) && (item.label.is_empty() || same_label(&x.label, &item.label)))
    {
        return false;
    }
    if let Some(there) = list.iter_mut().find(|x| is(x) && x.label.is_empty()) {
        there.label = item.label;
        return true;
    }
    let written = list.iter().find(|x| is(x)).map(|x| x.value.clone());
    list.push(Labelled {
        label: item.label,
        value: written.unwrap_or(item.value),
    });
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

/// Each value once, with every label it has, joined ("cell, callback"),
/// in the order the values first came: how a card shows a number with
/// several labels (report 27d #9: Outlook's cell and callback on one
/// number read as two numbers). Each label stays its own pair in the
/// record and in every export, as an address book wrote it.
pub fn by_value(list: &[Labelled]) -> Vec<Labelled> {
    values(list)
        .map(|value| {
            let labels: Vec<&str> = list
                .iter()
                .filter(|x| fold(&x.value) == fold(value) && !x.label.is_empty())
                .map(|x| x.label.as_str())
                .collect();
            Labelled {
                label: labels.join(", "),
                value: value.to_string(),
            }
        })
        .collect()
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

    /// Report 27t #4: a phone is one number however it is written, and a
    /// label it brings goes on the number as the list writes it.
    #[test]
    fn a_phone_written_otherwise_is_the_same_number() {
        let mut list = vec![Labelled::new("cell", "+39 340 9998877")];
        assert!(add_phone(
            &mut list,
            &Labelled::new("work", "+393409998877")
        ));
        assert!(!add_phone(&mut list, &Labelled::new("", "340-999-8877")));
        assert!(!add_phone(
            &mut list,
            &Labelled::new("Cell", "0039 340 9998877")
        ));
        assert_eq!(
            by_value(&list),
            [Labelled::new("cell, work", "+39 340 9998877")]
        );
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
            proptest::prop_assert_eq!(got.into_iter().collect::<std::collections::BTreeSet<_>>(), want.clone());
            // Shown one row a value, with all its labels (report 27d #9).
            let shown = by_value(&list);
            let rows: Vec<&str> = shown.iter().map(|x| x.value.as_str()).collect();
            let distinct: std::collections::BTreeSet<&str> = rows.iter().copied().collect();
            proptest::prop_assert_eq!(rows.len(), distinct.len());
            for row in &shown {
                let mut labels: Vec<String> = row.label.split(", ").filter(|l| !l.is_empty()).map(fold).collect();
                labels.sort();
                let theirs: Vec<String> = want.iter().filter(|(v, l)| *v == row.value && !l.is_empty()).map(|(_, l)| l.clone()).collect();
                proptest::prop_assert_eq!(labels, theirs);
            }
        }
    }

    proptest::proptest! {
        /// Report 27b #12: one rule whatever the source wrote. A label of
        /// address-book words in any case (Google's "Work Fax", Android's
        /// "work fax", an upper-cased "WORK FAX") is one label; a word of
        /// the person's own keeps its case; reading it again changes
        /// nothing. Before, "Work Fax" kept its capitals beside "work fax",
        /// and FullContact's "Fiancé" beside "spouse" (report 27d #7); and
        /// Google's "Mobile" beside vCard's "cell" (trial 27t #8).
        #[test]
        fn a_label_is_one_label_whatever_its_case(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "work", "Fax", "MOBILE", "Sister", "iPhone", "Nestwise", "Fiancé", "Fiancée",
                ]),
                1..4,
            ),
            upper in proptest::bool::ANY,
        ) {
            let text = words.join(" ");
            let cased = if upper { text.to_uppercase() } else { text.to_lowercase() };
            let own = |w: &str| ["iPhone", "Nestwise"].contains(&w);
            // An address book's word lower-cased, and "mobile" as "cell"
            // (trial 27t #8).
            let want: Vec<String> = words
                .iter()
                .map(|w| match w.to_lowercase() {
                    _ if own(w) => (*w).to_string(),
                    l if l == "mobile" => "cell".to_string(),
                    l => l,
                })
                .collect();
            proptest::prop_assert_eq!(label(&text), want.join(" "));
            proptest::prop_assert_eq!(label(&label(&text)), label(&text));
            if words.iter().all(|w| !own(w)) {
                proptest::prop_assert_eq!(label(&cased), label(&text));
            }
        }
    }
}
