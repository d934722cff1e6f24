//! What they told you, sorted by whom it is about and worded for the
//! person a draft is for.
//!
//! A moment's details are split into items (lines and `;`). An item is
//! someone's when it starts with their name and a colon ("anna: her
//! daughter started climbing"), mine when it starts with "me:" or "io:"
//! (what I said is never quoted back), and otherwise the moment's as a
//! whole.
//!
//! An item is used for the recipient only when it speaks of nobody else:
//! it names no other participant and nobody else in the journal, and no
//! capitalised word in it reads as another person's name (a possessive
//! "Paolo's", a subject "Lucia mentioned", a name anywhere but after a
//! word of place: "at Klarheit", "in Berlin" and months stay). What speaks
//! of someone else is left out and said beside the draft: a confidence is
//! never repeated to anyone else.
//!
//! Notes are written about people ("Giulia is booked until March"), but a
//! draft speaks to them: the usual third-person forms are turned to the
//! second ("you are booked until March", "your daughter"). Pronouns are
//! only turned when the item is surely the recipient's: named for them, or
//! said with them alone and after nothing about anyone else ("Paolo's wife
//! is pregnant; she wants to leave her job": "she" is not the recipient).
//! An item that still speaks of someone in the third person is left out
//! and reported, never pasted as if addressed to them.

use super::Language;
use crate::domain::text::fold;
use crate::domain::whom::{self, Whose};

use super::forms::{
    EN_AFTER_OBJECT, EN_DOING, EN_PAST, EN_VERBS, IT_TO_THEM_VERBS, IT_VERBS, THIRD_PERSON,
};
use super::lexicon::{
    CLITICS, CONFIDED, MOTION, NOT_NAMES, PLACE_WORDS, POSSESSIVES, RELATIONS, STARTERS,
};
use super::second::{lookup, split_tail};

mod clause;
use clause::{ClauseState, clause_for, clauses};

/// Who a draft's details may speak of.
#[derive(Clone, Copy, Debug)]
pub struct People<'a> {
    /// The person the draft is for.
    pub recipient: &'a str,
    /// The other participants of the moment, by name.
    pub others: &'a [String],
    /// Words of the item that name somebody else in the journal (folded):
    /// the journal looks them up, since only it knows everyone.
    pub known: &'a [String],
    /// The recipient's organisation: its name is theirs, no one else's.
    pub org: &'a str,
    /// The record is theirs alone (an event's record of them): by the
    /// whom rule, an item with no "WHO:" in it is theirs.
    pub theirs: bool,
}

/// Why an item of theirs is not in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// It speaks of someone else: never repeated to the recipient.
    SomeoneElse(String),
    /// It is marked for a name that is nobody's at the moment ("julie:"
    /// for Julia): whose, cannot be known.
    UnknownName { item: String, name: String },
    /// It was told in confidence ("keep it quiet"): not written back.
    Confided(String),
    /// It speaks of the recipient in the third person and could not be
    /// turned to the second.
    NotToThem(String),
    /// It is written in the other language than the draft's.
    OtherLanguage(String),
}

/// The details of one moment for the recipient, worded for them, and the
/// items left out with why. Each item is taken clause by clause (split on
/// `,` `/` " and " " e "): a clause that cannot be said to them is left
/// out alone, and the rest of its item stays.
pub fn for_recipient(
    details: &str,
    people: People<'_>,
    lang: Language,
) -> (Vec<String>, Vec<LeftOut>) {
    let (mut kept, mut left_out) = (Vec::new(), Vec::new());
    // Once anyone else has been spoken of, a later "she" may be them.
    let mut someone_else = false;
    for item in items(details) {
        let (owner, body) = match owner_prefix(item, people.recipient, people.others) {
            Some((owner, body)) => (Some(owner), body),
            // A record of theirs alone holds only their items (`event`
            // files each under whom the whom rule names), until an item
            // speaks of someone else: a "he" after it may be them.
            None if people.theirs && !someone_else => (Some(Owner::Recipient), item),
            None => (None, item),
        };
        match owner {
            Some(Owner::Me) => continue,
            Some(Owner::Other) => {
                someone_else = true;
                continue;
            }
            Some(Owner::Unknown) => {
                someone_else = true;
                let name = item.split_once(':').map_or("", |(h, _)| h.trim());
                left_out.push(LeftOut::UnknownName {
                    item: item.to_string(),
                    name: name.to_string(),
                });
                continue;
            }
            _ => {}
        }
        // A confidence is the whole item's: "pregnant, only told close
        // friends" keeps none of its clauses.
        if confided(body) {
            left_out.push(LeftOut::Confided(body.to_string()));
            continue;
        }
        let mut clause_state = ClauseState {
            owned: owner == Some(Owner::Recipient),
            someone_else,
            in_item: false,
            other: false,
        };
        for clause in clauses(body) {
            match clause_for(clause, people, lang, &mut clause_state) {
                Ok(worded) => kept.push(worded),
                Err(why) => left_out.push(why),
            }
        }
        someone_else = clause_state.someone_else;
    }
    (kept, left_out)
}

/// The items of a details text: its lines and `;`-separated parts.
pub(super) fn items(details: &str) -> impl Iterator<Item = &str> {
    details
        .split(['\n', ';'])
        .map(|i| i.trim().trim_end_matches('.').trim())
        .filter(|i| !i.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Recipient,
    Other,
    Me,
    /// A name before the colon that is nobody's at the meeting.
    Unknown,
}

/// "anna: …" names whose item it is by the one rule of
/// [`crate::domain::whom`] (their whole name, first or last name); "me: …"
/// and "io: …" are mine.
fn owner_prefix<'a>(item: &'a str, recipient: &str, others: &[String]) -> Option<(Owner, &'a str)> {
    let (head, body) = whom::prefix(item)?;
    let people: Vec<Vec<String>> = std::iter::once(recipient)
        .chain(others.iter().map(String::as_str))
        .map(|name| whom::answers_to([name]))
        .collect();
    match whom::whose(head, &people) {
        Whose::Person(0) => return Some((Owner::Recipient, body)),
        Whose::Person(_) => return Some((Owner::Other, body)),
        // Two people there answer to it: whose, cannot be known.
        Whose::Several => return Some((Owner::Unknown, body)),
        Whose::Nobody => {}
    }
    let h = fold(head);
    if matches!(h.as_str(), "me" | "io" | "i") {
        Some((Owner::Me, body))
    } else if head.split_whitespace().count() <= 2
        && head
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '-')
    {
        // Someone's, by a name that is no participant's ("julie:" for
        // Julia, "sarah:" for Sara): whose, cannot be known.
        Some((Owner::Unknown, body))
    } else {
        None
    }
}

fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The words of a text that could name someone, folded, for the journal
/// to look up ([`People::known`]).
pub fn name_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = tokens(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 2 && w.chars().any(char::is_alphabetic))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Whether `text` names the person (first name or whole name, as a word).
fn names(text: &str, name: &str) -> bool {
    let first = fold(super::first_name(name));
    !first.is_empty() && tokens(text).contains(&first)
}

/// Whether an item speaks of anyone but the recipient: another
/// participant, someone else in the journal, or a capitalised word that
/// reads as a name.
fn names_someone_else(item: &str, people: People<'_>) -> bool {
    let own: Vec<String> = people
        .recipient
        .split_whitespace()
        .chain(people.org.split_whitespace())
        .map(fold)
        .collect();
    if people.others.iter().any(|o| names(item, o)) {
        return true;
    }
    let words: Vec<&str> = item.split_whitespace().collect();
    // Whether the word before was a place's ("at Talent Garden").
    let mut in_place = false;
    for (i, raw) in words.iter().enumerate() {
        let (core, _) = split_tail(raw.trim_start_matches(['(', '"', '\'', '“']));
        let possessive = core.ends_with("'s") || core.ends_with("’s");
        let bare = core
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches('\'');
        let folded = fold(bare);
        if folded.is_empty() || folded == "i" || own.contains(&folded) {
            in_place = false;
            continue;
        }
        if people.known.contains(&folded) {
            return true;
        }
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !capital {
            in_place = false;
            continue;
        }
        let acronym = bare
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && bare.chars().count() >= 2;
        if acronym
            || bare.chars().any(|c| c.is_ascii_digit())
            || NOT_NAMES.contains(&folded.as_str())
            || super::words::calendar_word(&folded)
        {
            continue;
        }
        if possessive {
            return true;
        }
        let before = i.checked_sub(1).map(|j| fold(split_tail(words[j]).0));
        let sentence_start = i == 0 || words[i - 1].ends_with(['.', '!', '?', ':']);
        if sentence_start {
            let known_word = STARTERS.contains(&folded.as_str())
                || lookup(EN_VERBS, bare).is_some()
                || lookup(IT_VERBS, bare).is_some()
                || EN_PAST.contains(&folded.as_str())
                || EN_DOING.contains(&folded.as_str())
                || folded.ends_with("ing")
                || (folded.ends_with("ed") && folded.chars().count() > 4);
            if !known_word {
                return true;
            }
            in_place = false;
            continue;
        }
        let after_place = before.as_deref().is_some_and(|b| {
            PLACE_WORDS.contains(&b)
                || (b == "to"
                    && i >= 2
                    && MOTION.contains(&fold(split_tail(words[i - 2]).0).as_str()))
        });
        if !(after_place || in_place) {
            return true;
        }
        in_place = true;
    }
    false
}

/// Whether an item asks to be kept quiet.
fn confided(text: &str) -> bool {
    let folded = fold(text);
    CONFIDED.iter().any(|c| folded.contains(c))
}

/// Whether an item brings in a relative or someone close with a
/// possessive ("her sister", "his new boss", "il suo compagno"): their
/// news, not the recipient's to be told back.
fn relative(text: &str) -> bool {
    let words = tokens(text);
    // "Anna's sister" folds to "anna s sister": the "s" is a possessive.
    words.iter().enumerate().any(|(i, w)| {
        (POSSESSIVES.contains(&w.as_str()) || w == "s")
            && words[i + 1..]
                .iter()
                .take(2)
                .any(|n| RELATIONS.contains(&n.as_str()))
    })
}

/// Whether a third-person word follows someone the item brought in with a
/// possessive ("her husband lost his job", "his wife says she …"): that
/// word may be theirs, not the recipient's.
fn pronoun_after_someone(text: &str) -> bool {
    let words = tokens(text);
    // "told her about …": "her" is the object there, nobody new.
    let possessive = |i: usize| {
        let w = words[i].as_str();
        POSSESSIVES.contains(&w)
            && (w != "her"
                || words
                    .get(i + 1)
                    .is_some_and(|n| !EN_AFTER_OBJECT.contains(&n.as_str())))
    };
    (0..words.len()).find(|i| possessive(*i)).is_some_and(|p| {
        words[p + 1..]
            .iter()
            .any(|w| THIRD_PERSON.contains(&w.as_str()))
    })
}

/// Whether a note speaks of someone as the object ("told her", "met him"):
/// when its subject is left out too, who did what cannot be said to them.
fn object_pronoun(text: &str) -> bool {
    let words = tokens(text);
    words.iter().enumerate().any(|(i, w)| {
        w == "him"
            || (w == "her"
                && words
                    .get(i + 1)
                    .is_none_or(|n| EN_AFTER_OBJECT.contains(&n.as_str())))
    })
}

/// Whether a note starts with its verb, its subject left out ("got the
/// job", "vuole lasciare il lavoro").
fn subjectless(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(mut first) = words.next() else {
        return false;
    };
    // "mi chiede …": the verb after the pronoun.
    if CLITICS.contains(&fold(first).as_str()) {
        first = words.next().unwrap_or(first);
    }
    let (core, _) = split_tail(first);
    let folded = fold(core);
    lookup(EN_VERBS, core).is_some()
        || lookup(IT_VERBS, core).is_some()
        || EN_PAST.contains(&folded.as_str())
        || EN_DOING.contains(&folded.as_str())
}

/// Whether `text` still speaks of the recipient, or of anyone, in the
/// third person.
pub(super) fn speaks_of(text: &str, recipient: &str) -> bool {
    let words = tokens(text);
    names(text, recipient)
        || words.iter().any(|t| THIRD_PERSON.contains(&t.as_str()))
        || words.windows(2).any(|w| {
            // "le piace", "gli serve": "to her", "to him" in Italian.
            matches!(w[0].as_str(), "le" | "gli") && IT_TO_THEM_VERBS.contains(&w[1].as_str())
        })
}
