//! What an import's summary says of the people it wrote.

use std::collections::{BTreeMap, BTreeSet};

use super::Writer;
use crate::domain::patch::merge::{Kind, Merged};
use crate::domain::text::{count, inert};

/// How many people whose file differs from the journal the summary names.
const DIFFERS_SHOWN: usize = 10;

/// How many people who gained a phone or email the summary names.
const REACHED_SHOWN: usize = 3;

impl Writer<'_> {
    /// What the updates added and took out: "3 phones, org, 2 roles; took
    /// out 1 phone". One rule for every kind: each is counted, but a kind
    /// a person has one of (org, role) is named bare where only one
    /// person gained it (report 27t #13: "org, role" hid that two people
    /// got a role); a kind with no plural is "how we met for 2".
    pub(in crate::command::import) fn gained(&self) -> String {
        let said = |kinds: &BTreeMap<Kind, usize>| {
            kinds
                .iter()
                .map(|(kind, n)| match kind.words() {
                    // A kind with no plural is said per person (report 27d
                    // #14: "2 how we met" read badly).
                    (one, many) if one == many && *n > 1 => format!("{one} for {n}"),
                    (one, many) if kind.counted() || *n > 1 => count(*n, one, many),
                    (one, _) => one.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (said(&self.gained), said(&self.lost)) {
            (gained, lost) if lost.is_empty() => gained,
            (gained, lost) if gained.is_empty() => format!("took out {lost}"),
            (gained, lost) => format!("{gained}; took out {lost}"),
        }
    }

    /// Counts what one person's update added, by kind: each value of a
    /// kind a person has several of, and once a kind a person has one of
    /// (the day we met is named with how we met: one "how we met").
    pub(super) fn count_gained(&mut self, m: &Merged) {
        let mut once = BTreeSet::new();
        for (kind, _) in m.added.iter().filter(|(kind, _)| kind.seen()) {
            let kind = match kind {
                Kind::MetOn => Kind::Met,
                kind => *kind,
            };
            if kind.counted() || once.insert(kind) {
                *self.gained.entry(kind).or_default() += 1;
            }
        }
    }

    /// Notes who of the journal gained a phone or email, and which, as
    /// the summary names them.
    pub(super) fn reach(&mut self, name: &str, m: &Merged) {
        let each: Vec<String> = m
            .added
            .iter()
            .filter(|(kind, _)| matches!(kind, Kind::Phone | Kind::Email))
            .map(|(kind, value)| format!("{} {}", kind.words().0, inert(value)))
            .collect();
        if !each.is_empty() {
            self.reached
                .push(format!("{} gained {}", inert(name), each.join(", ")));
        }
    }

    /// Who gained a phone or email, [`REACHED_SHOWN`] of them and how
    /// many more: a number an import brings back is seen, and whose
    /// (report 27t #12).
    pub(in crate::command::import) fn reached_shown(&self) -> Option<String> {
        let (shown, more) = (
            self.reached.iter().take(REACHED_SHOWN).cloned(),
            self.reached.len().saturating_sub(REACHED_SHOWN),
        );
        let mut line: Vec<String> = shown.collect();
        if more > 0 {
            line.push(format!("and {more} more"));
        }
        (!line.is_empty()).then(|| line.join("; "))
    }

    /// What this import's people whose file differs say, at most
    /// [`DIFFERS_SHOWN`] of them a line: against the journal, and between
    /// two cards of one person the import added.
    pub(in crate::command::import) fn differs_shown(&self) -> Vec<String> {
        [
            (false, "kept the journal's values where the file differs"),
            (
                true,
                "kept the earlier card's values where cards of one person differ",
            ),
        ]
        .into_iter()
        .filter_map(|(cards, head)| {
            let all: Vec<String> = self
                .differs
                .iter()
                .filter(|d| d.cards == cards)
                .map(Differing::line)
                .collect();
            if all.is_empty() {
                return None;
            }
            let mut line: Vec<String> = all
                .iter()
                .take(DIFFERS_SHOWN)
                .map(|l| l.to_string())
                .collect();
            let more = all.len().saturating_sub(DIFFERS_SHOWN);
            if more > 0 {
                line.push(format!("and {} more", count(more, "person", "people")));
            }
            Some(format!("{head}: {}", line.join(", ")))
        })
        .collect()
    }

    /// How the import's cards of one person came together: "3 cards
    /// merged into 1", or none when every card was another person.
    pub(in crate::command::import) fn merged_cards(&self) -> Option<String> {
        let people = self.here.values().filter(|n| **n > 0).count();
        let cards: usize = self.here.values().filter(|n| **n > 0).map(|n| n + 1).sum();
        (people > 0).then(|| format!("{cards} cards merged into {people}"))
    }
}

/// A person whose file says otherwise than the journal, or whose cards in
/// this import say otherwise than each other, and what.
pub(super) struct Differing {
    /// Whether it is between cards of one person this import added.
    cards: bool,
    name: String,
    /// Each field that differs, and the two values quoted.
    each: Vec<(&'static str, String)>,
}

impl Differing {
    pub(super) fn new(name: &str) -> Differing {
        Differing {
            cards: false,
            name: name.to_string(),
            each: Vec::new(),
        }
    }

    /// What a file (or another card) says: every field any card differs
    /// on, against the journal or between cards (Ada's third card
    /// differing on the phone's label does not hide that her second
    /// differed on the email's).
    pub(super) fn take(&mut self, cards: bool, each: impl Iterator<Item = (&'static str, String)>) {
        self.cards = cards;
        // Every difference of every card is said once: a later card's
        // never hides an earlier one's (trial 27f: the Evolution card's
        // anniversary went unsaid once the iPhone card's was listed; 27e:
        // the second phone's label hid the first's).
        for (field, text) in each {
            if !self.each.iter().any(|(f, t)| *f == field && *t == text) {
                self.each.push((field, text));
            }
        }
    }

    /// "Jane Doe (org: journal 'Acme', file 'Nestwise')".
    fn line(&self) -> String {
        let each: Vec<String> = self.each.iter().map(|(f, t)| format!("{f}: {t}")).collect();
        format!("{} ({})", self.name, each.join("; "))
    }
}
