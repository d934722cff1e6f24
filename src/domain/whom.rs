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

/// The items of a details text: its lines and `;`-separated parts,
/// trimmed. Each says whose it is by its own "WHO:".
pub fn items(details: &str) -> impl Iterator<Item = &str> {
    details
        .split(['\n', ';'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
}

/// Whose an item of details says it is, by its "WHO:".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said<'a> {
    /// One person's (their place in the list), and what about them.
    Person(usize, &'a str),
    /// Mine ("me:", "io:"): what I said, never quoted back.
    Mine,
    /// No "WHO:": the item as it is.
    Unnamed,
}

/// Whose `item` says it is among `people` (each as [`answers_to`]), or
/// the one line refusing it (`names` are the people there, as the user
/// knows them): a "WHO:" of one or two plain words that names nobody
/// there, or names several of them. A draft could give such an item to
/// nobody ("julie:" for Julia, "ugo:" when Ugo was not there), so
/// `event` and `met` refuse it rather than keep it where it is lost.
pub fn said<'a>(item: &'a str, people: &[Vec<String>], names: &[&str]) -> Result<Said<'a>, String> {
    let Some((head, body)) = prefix(item) else {
        return Ok(Said::Unnamed);
    };
    let there = names.join(", ");
    match whose(head, people) {
        Whose::Person(one) => Ok(Said::Person(one, body)),
        Whose::Several => Err(format!(
            "'{head}:' could be several people there ({there}): write their whole name"
        )),
        Whose::Nobody if matches!(fold(head).as_str(), "me" | "io" | "i") => Ok(Said::Mine),
        Whose::Nobody if name_like(head) => Err(format!(
            "'{head}:' is nobody there ({there}): write \"WHO: text\" with one of them, or \"me: text\""
        )),
        Whose::Nobody => Ok(Said::Unnamed),
    }
}

/// What of a shared record's details is person `at`'s to see, by the
/// whom rule (`people` as [`answers_to`]): the items named for them and
/// those named for nobody there ("the venue was loud", "me: …"), never an
/// item named for someone else there. Search shows a meeting of several
/// under each person with this, so Marco's news is not shown as Paolo's.
pub fn theirs(details: &str, at: usize, people: &[Vec<String>]) -> String {
    shown_to(details, at, people).join("; ")
}

/// The items of a shared record's details person `at` sees, by the rule
/// of [`theirs`]: every view of a person (their card, history, dossier,
/// exports) shows a meeting of several so, as their draft reads it
/// (trial 28d: Anna's "her daughter started climbing" was on Marco's
/// card).
pub fn shown_to<'a>(details: &'a str, at: usize, people: &[Vec<String>]) -> Vec<&'a str> {
    items(details)
        .filter(|item| {
            !prefix(item).is_some_and(
                |(head, _)| matches!(whose(head, people), Whose::Person(one) if one != at),
            )
        })
        .collect()
}

/// `details` as stored for a record of `people` (each as
/// [`answers_to`]): with one person there, each item whose "WHO:" names
/// them loses it ("sara: sta per trasferirsi" is stored "sta per
/// trasferirsi", as `event` stores it), so their history reads as their
/// draft does; with several, each "WHO:" is kept, as it says whose an
/// item is. Separators and the other items are left as typed.
pub(crate) fn stored(details: &str, people: &[Vec<String>]) -> String {
    if people.len() != 1 {
        return details.to_string();
    }
    details
        .split_inclusive(['\n', ';'])
        .map(|part| {
            let item = part.trim_end_matches(['\n', ';']).trim();
            match prefix(item) {
                Some((head, body)) if whose(head, people) == Whose::Person(0) => {
                    part.replacen(item, body, 1)
                }
                _ => part.to_string(),
            }
        })
        .collect()
}

/// Whether a "WHO:" reads as somebody's name: one or two words of
/// letters ("julie", "Ugo Neri"), as a draft reads it.
pub fn name_like(head: &str) -> bool {
    head.split_whitespace().count() <= 2
        && head
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '-')
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

    /// The rule against a plain recomputation of its words, on random
    /// people whose names share words (so several fitting happens): a
    /// person fits when the head, cased and accented any way, is one of
    /// their names whole, or its first or last word.
    mod model {
        use super::super::*;
        use proptest::prelude::*;

        const WORDS: [&str; 6] = ["Anna", "Luca", "Rossi", "Ferrè", "Zoë", "De Luca"];

        fn plain(text: &str) -> String {
            text.to_lowercase()
                .replace(['è', 'ë'], "e")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        }

        fn shout(text: &str, loud: bool) -> String {
            if loud {
                text.to_uppercase()
            } else {
                text.to_string()
            }
        }

        proptest! {
            #[test]
            fn whose_follows_the_written_rule(
                people in prop::collection::vec(prop::collection::vec((0..WORDS.len(), 0..WORDS.len()), 1..3), 1..5),
                head in prop::collection::vec(0..WORDS.len(), 1..3),
                loud in any::<bool>(),
            ) {
                let names: Vec<Vec<String>> = people
                    .iter()
                    .map(|ns| ns.iter().map(|(a, b)| format!("{} {}", WORDS[*a], WORDS[*b])).collect())
                    .collect();
                let head: Vec<&str> = head.iter().map(|i| WORDS[*i]).collect();
                let head = shout(&head.join("  "), loud);
                let fits: Vec<usize> = (0..names.len())
                    .filter(|i| {
                        names[*i].iter().any(|n| {
                            let n = plain(n);
                            let words: Vec<&str> = n.split(' ').collect();
                            let h = plain(&head);
                            h == n || Some(&h.as_str()) == words.first() || Some(&h.as_str()) == words.last()
                        })
                    })
                    .collect();
                let want = match fits.as_slice() {
                    [one] => Whose::Person(*one),
                    [] => Whose::Nobody,
                    _ => Whose::Several,
                };
                let answers: Vec<Vec<String>> = names
                    .iter()
                    .map(|ns| answers_to(ns.iter().map(String::as_str)))
                    .collect();
                prop_assert_eq!(whose(&head, &answers), want);
            }
        }
    }

    proptest::proptest! {
        /// A shared record's details, as each person there sees them:
        /// exactly the items named for them or for nobody there, in order.
        #[test]
        fn each_sees_only_what_is_theirs_or_nobodys(
            k in 2usize..4,
            items in proptest::collection::vec((proptest::option::of(0usize..3), 0usize..3), 1..6),
        ) {
            const PEOPLE: [&str; 3] = ["Paolo Marino", "Marco Bianchi", "Lea Stone"];
            const TEXTS: [&str; 3] = ["ha trovato casa a Kreuzberg", "parte per Berlino", "the venue was loud"];
            let people: Vec<Vec<String>> = PEOPLE[..k].iter().map(|n| answers_to([*n])).collect();
            let written: Vec<(Option<usize>, String)> = items
                .iter()
                .map(|(who, t)| {
                    let who = who.map(|w| w % k);
                    let first = who.map(|w| PEOPLE[w].split(' ').next().unwrap_or_default().to_lowercase());
                    (who, first.map_or(TEXTS[*t].to_string(), |f| format!("{f}: {}", TEXTS[*t])))
                })
                .collect();
            let details = written.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("; ");
            for at in 0..k {
                let want: Vec<&str> = written
                    .iter()
                    .filter(|(who, _)| who.is_none_or(|w| w == at))
                    .map(|(_, t)| t.as_str())
                    .collect();
                proptest::prop_assert_eq!(theirs(&details, at, &people), want.join("; "));
            }
        }

        /// Details for one person are stored without a "WHO:" naming
        /// them, each other part as typed (nobody's, mine, another
        /// name); for several they are stored as typed.
        #[test]
        fn one_persons_details_are_stored_without_their_prefix(
            items in proptest::collection::vec((0usize..5, 0usize..3, proptest::bool::ANY), 1..6),
        ) {
            const HEADS: [&str; 5] = ["", "sara: ", "Sara Greco: ", "me: ", "julie: "];
            const TEXTS: [&str; 3] = ["sta per trasferirsi", "ha trovato casa", "the venue was loud"];
            let (mut details, mut want) = (String::new(), String::new());
            for (h, t, line) in &items {
                let sep = if *line { "\n" } else { "; " };
                if !details.is_empty() {
                    details.push_str(sep);
                    want.push_str(sep);
                }
                details.push_str(&format!("{}{}", HEADS[*h], TEXTS[*t]));
                let kept = if [1, 2].contains(h) { "" } else { HEADS[*h] };
                want.push_str(&format!("{kept}{}", TEXTS[*t]));
            }
            let sara = answers_to(["Sara Greco"]);
            proptest::prop_assert_eq!(stored(&details, std::slice::from_ref(&sara)), want);
            let both = [sara, answers_to(["Julie Roy"])];
            proptest::prop_assert_eq!(stored(&details, &both), details);
        }
    }
}
