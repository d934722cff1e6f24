//! Whom a "WHO: text" detail is about: the one rule that `event`, `met`
//! with several people and the drafts all follow, so that a detail the
//! command line gave to Luca is Luca's in his draft too.
//!
//! The words before the colon (three at most) name a person there when,
//! case and accents aside, they are the words that named them on the
//! command line, their whole name, the first or the last word of it, or
//! one of their aliases. One person fitting makes the item theirs; several
//! fitting, or nobody, means whose it is cannot be known.

use super::text::fold;

/// Whose an item is, among the people there (by their place in the list).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whose {
    /// One person's.
    Person(usize),
    /// The words fit several people there.
    Several,
    /// The words fit nobody there.
    Nobody,
}

/// An item's "WHO:" prefix and the rest, when its head could be a name
/// (three words at most, something after the colon).
pub fn prefix(item: &str) -> Option<(&str, &str)> {
    let (head, body) = item.split_once(':')?;
    let (head, body) = (head.trim(), body.trim());
    let words = head.split_whitespace().count();
    (words > 0 && words <= 3 && !body.is_empty()).then_some((head, body))
}

/// Every folded form a person answers to as a prefix: each of `names`
/// (the typed words, their name, their aliases) whole, and the first and
/// last word of each.
pub fn answers_to<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let folded = fold(name.trim());
        let words: Vec<&str> = folded.split_whitespace().collect();
        let whole = words.join(" ");
        for form in [
            Some(whole.as_str()),
            words.first().copied(),
            words.last().copied(),
        ]
        .into_iter()
        .flatten()
        {
            if !form.is_empty() && !out.iter().any(|o| o == form) {
                out.push(form.to_string());
            }
        }
    }
    out
}

/// Which of `people` (each as [`answers_to`]) the prefix `head` names.
pub fn whose(head: &str, people: &[Vec<String>]) -> Whose {
    let head = fold(head.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let fits: Vec<usize> = (0..people.len())
        .filter(|i| people[*i].contains(&head))
        .collect();
    match fits.as_slice() {
        [one] => Whose::Person(*one),
        [] => Whose::Nobody,
        _ => Whose::Several,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_named_by_the_typed_words_their_name_its_first_or_last_word_or_an_alias() {
        let people = [
            answers_to(["sara", "Sara Conti"]),
            answers_to(["ferri", "Luca Ferri", "Lu"]),
        ];
        for (head, want) in [
            ("sara", Whose::Person(0)),
            ("Conti", Whose::Person(0)),
            ("ferri", Whose::Person(1)),
            ("LUCA", Whose::Person(1)),
            ("luca  ferri", Whose::Person(1)),
            ("lu", Whose::Person(1)),
            ("julie", Whose::Nobody),
        ] {
            assert_eq!(whose(head, &people), want, "{head}");
        }
        let twins = [answers_to(["Anna Rossi"]), answers_to(["Anna Bruni"])];
        assert_eq!(whose("anna", &twins), Whose::Several);
        assert_eq!(prefix("sara: her mother"), Some(("sara", "her mother")));
        assert_eq!(prefix("sara:"), None);
    }
}
