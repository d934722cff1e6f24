//! Who does "anna" mean? Resolving a typed name to one contact.
//!
//! What was typed is first cleaned as `add` cleans a name it stores
//! ([`text::as_seen`]: escape sequences and invisible characters left
//! out), so a pasted name finds the person it was stored as. Matching then
//! goes from strict to loose and stops at the first tier that finds
//! anyone: an exact name or alias, then every typed word being a whole word
//! of the name, then every typed word starting a word of the name, then a
//! fuzzy (skim) match. In each of the first three tiers a name fits when
//! it fits as typed (folded) or once both sides are spelled as on a plain
//! keyboard (`text::loose`: Соколов → sokolov, ø → o, ’ → '): both are the
//! name as typed, so "sokolov" fitting Dmitry Sokolov as typed and Дмитрий
//! Соколов once spelled is an ambiguity, never Dmitry (issue 27). Within a
//! tier, one person is a clear answer and several are an ambiguity the
//! user settles; the fuzzy tier also accepts a leader that scores well
//! clear of the rest. Nothing is ever guessed between equals.

use std::borrow::Cow;
use std::collections::BTreeMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::contact::Contact;
use super::id::Id;
use super::text::{self, fold, loose, transliterate};

/// One name (or alias) a contact answers to, already folded.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    pub id: Id,
    pub folded: &'a str,
}

/// The outcome of resolving a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Found(Id),
    /// Several people fit equally well, best first.
    Ambiguous(Vec<Id>),
    NotFound,
}

/// How many candidates an ambiguity lists at most.
pub const MAX_LISTED: usize = 10;

/// A candidate's name in both the forms a query is compared with.
struct Named<'a> {
    id: Id,
    folded: &'a str,
    loose: Cow<'a, str>,
}

/// A query in both forms: folded as typed, and spelled plainly.
struct Query {
    typed: String,
    loose: String,
}

/// Resolves `query` against `candidates` (several per contact when they have
/// aliases).
pub fn resolve<'a>(query: &str, candidates: impl IntoIterator<Item = Candidate<'a>>) -> Resolution {
    let query = text::as_seen(query);
    let q = Query {
        typed: fold(&query),
        loose: loose(&query),
    };
    if q.typed.is_empty() {
        return Resolution::NotFound;
    }
    let named: Vec<Named<'a>> = candidates
        .into_iter()
        .map(|c| Named {
            id: c.id,
            folded: c.folded,
            loose: transliterate(c.folded),
        })
        .collect();
    tiers(&q, &named).unwrap_or_else(|| fuzzy(&q.loose, &named))
}

/// The exact, whole-word and word-start tiers: the first that finds anyone
/// decides. A name fits a tier as typed or as spelled, one level: a name
/// that fits only once spelled is no weaker than one that fits as typed.
fn tiers(q: &Query, named: &[Named<'_>]) -> Option<Resolution> {
    let exact = |q: &str, name: &str| name == q;
    let words = |q: &str, name: &str| q.split(' ').all(|t| name.split(' ').any(|w| w == t));
    let starts = |q: &str, name: &str| {
        q.split(' ')
            .all(|t| name.split(' ').any(|w| w.starts_with(t)))
    };
    let tiers: [fn(&str, &str) -> bool; 3] = [exact, words, starts];
    for fits in tiers {
        let mut ids: Vec<Id> = named
            .iter()
            .filter(|n| fits(&q.typed, n.folded) || fits(&q.loose, &n.loose))
            .map(|n| n.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        match ids.len() {
            0 => continue,
            1 => return Some(Resolution::Found(ids[0])),
            _ => {
                ids.truncate(MAX_LISTED);
                return Some(Resolution::Ambiguous(ids));
            }
        }
    }
    None
}

/// The letters a fuzzy match may leave out: "mrcverdi" is Marco Verdi
/// with a few letters missed, but "me" or "mia" picked out of "Tom Hale"
/// or "Marco Bianchi" is no typo of anyone (trial 28b: `relate me elena
/// boss` wrote on Tom Hale's card). A fuzzy match counts when the query
/// has four letters or more, starts a word of the name, and holds at
/// least half the letters of the words it touches.
fn a_typo_of(name: &str, q: &str, matched: &[usize]) -> bool {
    const FEWEST: usize = 4;
    let typed = q.chars().filter(|c| *c != ' ').count();
    let chars: Vec<char> = name.chars().collect();
    let starts_word = |i: usize| i == 0 || chars.get(i - 1) == Some(&' ');
    let Some(&first) = matched.first() else {
        return false;
    };
    if typed < FEWEST || !starts_word(first) {
        return false;
    }
    // The words (as char ranges) holding a matched letter.
    let mut touched = 0;
    let mut start = 0;
    for (i, c) in chars.iter().chain(std::iter::once(&' ')).enumerate() {
        if *c == ' ' {
            if matched.iter().any(|m| (start..i).contains(m)) {
                touched += i - start;
            }
            start = i + 1;
        }
    }
    typed * 2 >= touched
}

fn fuzzy(q: &str, named: &[Named<'_>]) -> Resolution {
    let matcher = SkimMatcherV2::default();
    let mut best: BTreeMap<Id, i64> = BTreeMap::new();
    for c in named {
        let found = matcher
            .fuzzy_indices(&c.loose, q)
            .filter(|(_, at)| a_typo_of(&c.loose, q, at));
        if let Some((score, _)) = found {
            let slot = best.entry(c.id).or_insert(score);
            *slot = (*slot).max(score);
        }
    }
    let mut ranked: Vec<(Id, i64)> = best.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match ranked.as_slice() {
        [] => Resolution::NotFound,
        [(id, _)] => Resolution::Found(*id),
        [(id, top), (_, second), ..] if *top * 2 >= *second * 3 => Resolution::Found(*id),
        [(_, top), ..] => {
            let floor = top / 2;
            Resolution::Ambiguous(
                ranked
                    .iter()
                    .take_while(|(_, s)| *s >= floor)
                    .take(MAX_LISTED)
                    .map(|(id, _)| *id)
                    .collect(),
            )
        }
    }
}

/// The people of an ambiguity as its line lists them: "Anna Rossi (#3)",
/// and for namesakes what tells them apart, of their organisation, first
/// email and day added: the first that differs for each of them, else the
/// first that differs at all ("John Doe (#1, Acme), John Doe (#2, no
/// organisation)"). Ids alone give a person nothing to choose by (issue 28).
pub fn told_apart(people: &[Contact]) -> Vec<String> {
    let org = |c: &Contact| match c.org.trim() {
        "" => "no organisation".to_string(),
        org => org.to_string(),
    };
    let email = |c: &Contact| {
        c.emails
            .first()
            .map_or_else(|| "no email".to_string(), |e| e.value().to_string())
    };
    let added = |c: &Contact| format!("added {}", c.created);
    let sayings: [&dyn Fn(&Contact) -> String; 3] = [&org, &email, &added];
    let apart = |c: &Contact| -> Option<String> {
        let namesakes: Vec<&Contact> = people
            .iter()
            .filter(|o| text::same_name(&o.name, &c.name))
            .collect();
        let said = |say: &dyn Fn(&Contact) -> String| {
            let mut all: Vec<String> = namesakes.iter().map(|o| say(o)).collect();
            all.sort_unstable();
            let n = all.len();
            all.dedup();
            (all.len(), n)
        };
        let each = sayings
            .iter()
            .find(|say| matches!(said(**say), (d, n) if d == n));
        let any = sayings.iter().find(|say| said(**say).0 > 1);
        let say = each.or(any).filter(|_| namesakes.len() > 1)?;
        Some(say(c))
    };
    people
        .iter()
        .map(|c| match apart(c) {
            Some(what) => format!("{} ({}, {what})", c.name, c.id),
            None => format!("{} ({})", c.name, c.id),
        })
        .collect()
}

#[cfg(test)]
mod tests;
