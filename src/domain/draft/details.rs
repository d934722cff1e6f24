//! What they told you, sorted by whom it is about and worded for the
//! person a draft is for.
//!
//! A meeting's details are split into items (lines and `;`). An item is
//! someone's when it starts with their name and a colon ("anna: her
//! daughter started climbing") or, failing that, when it names one other
//! participant and not the recipient ("Anna's daughter started climbing"
//! is Anna's, not Marco's); every other item belongs to the meeting as a
//! whole. A draft only ever uses the recipient's items and the meeting's.
//!
//! Notes are written about people ("Giulia is booked until March"), but a
//! draft speaks to them: the usual third-person forms are turned to the
//! second ("you are booked until March", "your daughter"). An item that
//! still speaks of someone in the third person afterwards is left out and
//! reported, never pasted as if addressed to them. Pronouns are only turned
//! when the item is surely the recipient's (named, or they were the only
//! participant): in a group, "her daughter" could be anyone's.

use super::Language;
use crate::domain::text::fold;

use super::forms::{
    EN_AFTER_OBJECT, EN_DOING, EN_PAST, EN_VERBS, IT_POSSESSIVES, IT_VERBS, THIRD_PERSON,
};

/// The details of one interaction for `recipient`, worded for them, and
/// the items of theirs left out because they could not be. `others` are
/// the other participants' names.
pub fn for_recipient(
    details: &str,
    recipient: &str,
    others: &[String],
    lang: Language,
) -> (Vec<String>, Vec<String>) {
    let (mut kept, mut left_out) = (Vec::new(), Vec::new());
    for item in details
        .split(['\n', ';'])
        .map(|i| i.trim().trim_end_matches('.').trim())
        .filter(|i| !i.is_empty())
    {
        let (owner, body) = match owner_prefix(item, recipient, others) {
            Some((owner, body)) => (Some(owner), body),
            None => (None, item),
        };
        let mentions_other = others.iter().any(|o| names(body, o));
        let theirs = match owner {
            Some(Owner::Recipient) => true,
            Some(Owner::Other) => false,
            None => !mentions_other || names(body, recipient),
        };
        if !theirs {
            continue;
        }
        if mentions_other {
            // About them and someone else: nothing about anyone else.
            continue;
        }
        let sure = owner.is_some() || others.is_empty();
        let worded = to_second_person(body, recipient, sure, lang);
        if speaks_of(&worded, recipient) {
            left_out.push(body.to_string());
        } else {
            kept.push(worded);
        }
    }
    (kept, left_out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Recipient,
    Other,
}

/// "anna: …" names whose item it is, when the word before the colon is a
/// participant's name.
fn owner_prefix<'a>(item: &'a str, recipient: &str, others: &[String]) -> Option<(Owner, &'a str)> {
    let (head, body) = item.split_once(':')?;
    let body = body.trim();
    if body.is_empty() || head.split_whitespace().count() > 3 {
        return None;
    }
    let is = |name: &str| {
        let h = fold(head.trim());
        h == fold(name) || h == fold(super::first_name(name))
    };
    if is(recipient) {
        Some((Owner::Recipient, body))
    } else if others.iter().any(|o| is(o)) {
        Some((Owner::Other, body))
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

/// Whether `text` names the person (first name or whole name, as a word).
fn names(text: &str, name: &str) -> bool {
    let first = fold(super::first_name(name));
    !first.is_empty() && tokens(text).contains(&first)
}

/// Whether `text` still speaks of the recipient, or of anyone, in the
/// third person.
fn speaks_of(text: &str, recipient: &str) -> bool {
    names(text, recipient)
        || tokens(text)
            .iter()
            .any(|t| THIRD_PERSON.contains(&t.as_str()))
}

/// A word split from the punctuation that follows it ("March," →
/// "March", ",").
fn split_tail(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .rev()
        .take_while(|(_, c)| matches!(c, ',' | '.' | '!' | '?' | ')' | ':'))
        .last()
        .map_or(word.len(), |(i, _)| i);
    (&word[..end], &word[end..])
}

/// A word's form in a table, compared in lower case (not folded: "è" is
/// not "e").
fn lookup<'a>(table: &'a [(&str, &str)], word: &str) -> Option<&'a str> {
    let w = word.to_lowercase();
    table
        .iter()
        .find(|(third, _)| *third == w)
        .map(|(_, second)| *second)
}

/// The item turned to the second person, as far as that is sure.
fn to_second_person(item: &str, recipient: &str, sure: bool, lang: Language) -> String {
    let name_words: Vec<String> = recipient.split_whitespace().map(fold).collect();
    let first = name_words.first().cloned().unwrap_or_default();
    // The whole name said once is the first name ("Anna Rossi is" → "Anna is").
    let raw: Vec<&str> = item.split_whitespace().collect();
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let n = name_words.len();
        if n > 1
            && i + n <= raw.len()
            && (0..n).all(|k| fold(split_tail(raw[i + k]).0) == name_words[k])
        {
            let tail = split_tail(raw[i + n - 1]).1;
            words.push(format!("{}{tail}", super::first_name(recipient)));
            i += n;
        } else {
            words.push(raw[i].to_string());
            i += 1;
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (core, tail) = split_tail(&words[i]);
        let folded = fold(core);
        let next = words.get(i + 1).map(|w| split_tail(w).0.to_string());
        let subject =
            folded == first || (sure && matches!(folded.as_str(), "she" | "he" | "lei" | "lui"));
        let possessive_name = folded == format!("{first}'s") || folded == format!("{first}’s");
        // Notes may be in either language whatever the draft's: both sets
        // of forms are turned.
        if possessive_name || (sure && folded == "his") {
            out.push(format!("your{tail}"));
        } else if sure && (folded == "she's" || folded == "he's") {
            out.push(format!("you're{tail}"));
        } else if sure
            && (folded == "him" || (folded == "her" && object_her(tail, next.as_deref())))
        {
            out.push(format!("you{tail}"));
        } else if sure && folded == "her" {
            out.push(format!("your{tail}"));
        } else if sure && folded == "hers" {
            out.push(format!("yours{tail}"));
        } else if sure && (folded == "herself" || folded == "himself") {
            out.push(format!("yourself{tail}"));
        } else if let Some(p) = lookup(IT_POSSESSIVES, core).filter(|_| sure) {
            out.push(format!("{p}{tail}"));
        } else if subject && tail.is_empty() && next.is_some() {
            let next_word = &words[i + 1];
            let (n, ntail) = split_tail(next_word);
            if let Some(v) = lookup(EN_VERBS, n) {
                out.push("you".into());
                out.push(format!("{v}{ntail}"));
                i += 2;
                continue;
            } else if let Some(v) = lookup(IT_VERBS, n) {
                // Italian leaves the subject out: "Giulia è" → "sei".
                out.push(format!("{v}{ntail}"));
                i += 2;
                continue;
            } else if EN_PAST.contains(&fold(n).as_str()) || fold(n).ends_with("ed") {
                out.push("you".into());
            } else if folded == first {
                out.push(you(lang, out.is_empty()).into());
            } else {
                out.push(words[i].clone());
            }
        } else if folded == first {
            out.push(format!("{}{tail}", you(lang, out.is_empty())));
        } else {
            out.push(words[i].clone());
        }
        i += 1;
    }
    // A note that starts with its verb has left its subject out: when the
    // note is surely theirs, that subject is them.
    if sure && let Some(w) = out.first().cloned() {
        let (core, tail) = split_tail(&w);
        let folded = fold(core);
        let second = match lang {
            Language::English => lookup(EN_VERBS, core)
                .map(|v| format!("you {v}{tail}"))
                .or_else(|| {
                    EN_PAST
                        .contains(&folded.as_str())
                        .then(|| format!("you {w}"))
                })
                .or_else(|| {
                    EN_DOING
                        .contains(&folded.as_str())
                        .then(|| format!("you are {w}"))
                })
                .or_else(|| {
                    // "booked until March": a state, said of them.
                    (folded.ends_with("ed")
                        && !folded.ends_with("eed")
                        && folded.chars().count() > 4
                        && folded.chars().all(char::is_alphabetic))
                    .then(|| format!("you are {w}"))
                }),
            Language::Italian => lookup(IT_VERBS, core).map(|v| format!("{v}{tail}")),
        };
        if let Some(second) = second {
            out[0] = second;
        }
    }
    out.join(" ")
}

/// The recipient named in a note, addressed: "you"; in Italian "tu" as
/// the subject, "te" after a preposition ("a te").
fn you(lang: Language, first: bool) -> &'static str {
    match (lang, first) {
        (Language::English, _) => "you",
        (Language::Italian, true) => "tu",
        (Language::Italian, false) => "te",
    }
}

/// Whether "her" is the object here ("told her", "for her."), not a
/// possessive ("her daughter").
fn object_her(tail: &str, next: Option<&str>) -> bool {
    !tail.is_empty() || next.is_none_or(|n| EN_AFTER_OBJECT.contains(&fold(n).as_str()))
}
