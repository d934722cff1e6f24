//! The near-duplicate hint's index ("Anna Rossi" is like "Anna Maria
//! Rossi"), keyed so that a lookup touches only people who can be near.
//!
//! The hint used to walk everyone sharing the new name's first word: an
//! address book where one person in twelve is an Anna made an import of n
//! people cost n²/12 name splits (100,000 LinkedIn rows: 545 s). The rule
//! is unchanged: the first person, in the order they were added, whose
//! name holds the new name's first word and one more of its words, or
//! holds its first word when either name has one word only. Such a person
//! shares the pair (first word, another word), has the first word as
//! their whole name, or (when the new name is one word or repeats its
//! first word) merely holds the first word: three maps, each keeping the
//! first person of a key, answer every case. A person's name does not
//! change during an import (a merge never applies a differing name).

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::{Key, key};
use crate::domain::Id;

/// Names of more words than this are kept aside and scanned: their pairs
/// would grow as the square of their words.
const PAIRED: usize = 12;

/// Name words → the first person holding them (see the module's rule).
#[derive(Default)]
pub(super) struct Near {
    /// A word → the first person whose name holds it.
    word: HashMap<Key, Id>,
    /// Two different words (either order) → the first person holding both.
    pair: HashMap<Key, Id>,
    /// A one-word name → the first person so named.
    alone: HashMap<Key, Id>,
    /// Names of more than [`PAIRED`] different words, with their words.
    long: Vec<(Id, Box<[Key]>)>,
    /// When each person came: the earliest of several candidates wins.
    order: HashMap<Id, usize>,
}

fn pair(a: Key, b: Key) -> Key {
    key(&(a.min(b), a.max(b)))
}

impl Near {
    /// Indexes a person's name words (the first time they come only).
    pub(super) fn add(&mut self, id: Id, words: &[Key]) {
        let next = self.order.len();
        match self.order.entry(id) {
            Entry::Occupied(_) => return,
            Entry::Vacant(v) => v.insert(next),
        };
        for &w in words {
            self.word.entry(w).or_insert(id);
        }
        if let [one] = words {
            self.alone.entry(*one).or_insert(id);
        }
        let mut distinct = words.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() > PAIRED {
            self.long.push((id, distinct.into()));
            return;
        }
        for (i, &a) in distinct.iter().enumerate() {
            for &b in &distinct[i + 1..] {
                self.pair.entry(pair(a, b)).or_insert(id);
            }
        }
    }

    /// The first person near a name of these words (see the module's rule).
    pub(super) fn find(&self, words: &[Key]) -> Option<Id> {
        let (&first, rest) = words.split_first()?;
        if rest.is_empty() || rest.contains(&first) {
            return self.word.get(&first).copied();
        }
        let paired = rest.iter().filter_map(|&w| self.pair.get(&pair(first, w)));
        let long = self
            .long
            .iter()
            .filter(|(_, ws)| ws.contains(&first) && rest.iter().any(|w| ws.contains(w)))
            .map(|(id, _)| id);
        paired
            .chain(self.alone.get(&first))
            .chain(long)
            .copied()
            .min_by_key(|id| self.order.get(id).copied().unwrap_or(usize::MAX))
    }
}
