//! Read models: what `show`, `list`, `balance` and `interests` display, built
//! from the store's records, indexes and running balances (never a ledger
//! scan). They serialize to the JSON documented in `docs/json.md`.

use std::collections::{BTreeMap, HashSet};

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Journal, Result};
use crate::domain::dates::day_serde;
use crate::domain::summary::Summary;
use crate::domain::text::fold;
use crate::domain::{
    Balance, Contact, Direction, EntryState, Help, Id, LedgerEntry, Nature, Tallies, Tier, Voice,
};
use crate::store::RecordKind;

mod history;
pub use history::HistoryItem;

/// A person referred to from another record: id and display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: Id,
    pub name: String,
}

/// An interest as shown on a card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardInterest {
    pub name: String,
    /// Also one of mine: a conversation starter.
    pub shared: bool,
}

/// One history item as a line: what kind of thing, its text (with the other
/// people involved) and any details. The CLI and the TUI both print these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    pub id: Id,
    pub date: NaiveDate,
    pub label: &'static str,
    pub text: String,
    pub details: String,
}

/// Everything known about one person, history newest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub contact: Contact,
    pub interests: Vec<CardInterest>,
    pub via: Option<Person>,
    pub balance: Balance,
    pub lean: i64,
    /// Help each way, of which the lean is the difference.
    pub help: Help,
    pub history: Vec<HistoryItem>,
    /// Names of everyone the history mentions and everyone they are
    /// related to, for display.
    pub people: Vec<Person>,
}

/// What `list` shows, filtered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListFilter {
    pub interest: Option<String>,
    pub tag: Option<String>,
    pub tier: Option<Tier>,
    /// Include closed relationships (hidden by default).
    pub closed: bool,
}

/// One row of `list`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ListRow {
    pub id: Id,
    /// Shared with the summary it was made from: a list of 100,000 people
    /// copies no text.
    pub name: Arc<str>,
    pub org: Arc<str>,
    pub role: Arc<str>,
    pub tier: Tier,
    pub tags: Arc<[String]>,
    pub closed: bool,
    #[serde(with = "day_serde::opt")]
    pub last_touch: Option<NaiveDate>,
    pub lean: i64,
    /// Help each way, of which the lean is the difference.
    pub help: Help,
}

impl ListRow {
    pub(super) fn from_summary(s: &Summary) -> ListRow {
        ListRow {
            id: s.id,
            closed: s.closed,
            name: s.name.clone(),
            org: s.org.clone(),
            role: s.role.clone(),
            tier: s.tier,
            tags: s.tags.clone(),
            last_touch: s.balance.last_touch,
            lean: s.balance.tallies.lean(),
            help: s.balance.tallies.help(),
        }
    }

    /// The list's order: by folded name, then by id.
    pub(super) fn sort(rows: &mut [ListRow]) {
        rows.sort_by_cached_key(|r| (fold(&r.name), r.id));
    }
}

/// One row of the reciprocity table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BalanceRow {
    pub id: Id,
    pub name: String,
    pub tallies: Tallies,
    pub lean: i64,
    /// Help each way, of which the lean is the difference.
    pub help: Help,
    #[serde(with = "day_serde::opt")]
    pub last_touch: Option<NaiveDate>,
}

/// The reciprocity table and the overall totals.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BalanceReport {
    /// Most one-sided first.
    pub rows: Vec<BalanceRow>,
    pub totals: Tallies,
    /// Help each way over everyone (an introduction counts for both).
    pub help: Help,
}

/// One interest with the people who have it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InterestRow {
    pub id: Id,
    pub name: String,
    pub mine: bool,
    pub people: Vec<Person>,
}

impl Card {
    /// Whom they are related to, in words: "partner Marco Verdi".
    pub fn relations(&self) -> Vec<String> {
        self.contact
            .links
            .iter()
            .map(|l| format!("{} {}", l.word(), self.name_of(l.to)))
            // Theirs not in the journal, as their address book named them.
            .chain(self.contact.related.iter().map(|r| {
                if r.label.is_empty() {
                    r.value.clone()
                } else {
                    format!("{} {}", r.label, r.value)
                }
            }))
            .collect()
    }

    /// My requests to them still open, newest first: what a give of theirs
    /// may answer.
    pub fn open_requests(&self) -> Vec<&LedgerEntry> {
        self.history
            .iter()
            .filter_map(|h| match h {
                HistoryItem::Ledger(e)
                    if (e.direction, e.nature, e.state)
                        == (Direction::MeToThem, Nature::Ask, EntryState::Open) =>
                {
                    Some(e)
                }
                _ => None,
            })
            .collect()
    }

    fn name_of(&self, id: Id) -> String {
        self.people
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    /// The line for one item of this card's history.
    pub fn headline(&self, item: &HistoryItem) -> Headline {
        let me = self.contact.id;
        let with = |ids: &mut dyn Iterator<Item = Id>| {
            let others: Vec<String> = ids.filter(|x| *x != me).map(|x| self.name_of(x)).collect();
            if others.is_empty() {
                String::new()
            } else {
                format!(" (with {})", others.join(", "))
            }
        };
        match item {
            HistoryItem::Interaction(i) => Headline {
                id: i.id,
                date: i.date,
                label: i.kind.as_str(),
                // Whose words the details are, when not said between you.
                text: format!(
                    "{}{}{}",
                    i.summary,
                    with(&mut i.contacts.iter().copied()),
                    match i.from {
                        Voice::Both => "",
                        Voice::Them => " [their words]",
                        Voice::Me => " [your words]",
                    }
                ),
                details: i.details.clone(),
            },
            HistoryItem::Ledger(e) => {
                // A done ask is a request answered: say so, since only
                // then does it count as help. The state leads the text,
                // as a follow-up's does: after it, 80 columns cut it.
                // Settled on a later day, the row stays on the day it was
                // recorded and says the day it was settled.
                let on = e
                    .settled
                    .filter(|d| *d != e.date)
                    .map(|d| format!(" {d}"))
                    .unwrap_or_default();
                let state = match (e.state, e.nature, e.direction) {
                    (EntryState::Done, Nature::Give, _) if on.is_empty() => String::new(),
                    (EntryState::Done, Nature::Give, _) => format!("done{on}: "),
                    (EntryState::Done, Nature::Ask, Direction::MeToThem) => {
                        format!("granted{on}: ")
                    }
                    (EntryState::Done, Nature::Ask, Direction::ThemToMe) => format!("done{on}: "),
                    (s, _, _) => format!("{s}{on}: "),
                };
                Headline {
                    id: e.id,
                    date: e.date,
                    label: e.verb(),
                    text: format!("{state}{}{}{}", e.text, with(&mut e.people()), e.aside()),
                    details: String::new(),
                }
            }
            HistoryItem::FollowUp(f) => {
                // Its state leads the text, so a cut at 80 columns never
                // takes it.
                let state = history::state_words(f);
                Headline {
                    id: f.id,
                    date: item.date(),
                    label: "follow-up",
                    text: format!(
                        "{state}: {}",
                        crate::domain::followed::after_label(
                            crate::domain::followed::Label::FollowUp,
                            &f.text
                        )
                    ),
                    details: String::new(),
                }
            }
            HistoryItem::Signal(s) => Headline {
                id: s.id,
                date: s.date,
                label: "signal",
                text: s.text.clone(),
                details: String::new(),
            },
        }
    }
}

impl Journal {
    /// The card and whole history of one person.
    pub fn card(&self, id: Id) -> Result<Card> {
        let contact = self.contact(id)?;
        let mut interests = Vec::new();
        for i in &contact.interests {
            if let Some(interest) = self.store.interest(*i)? {
                interests.push(CardInterest {
                    name: interest.name,
                    shared: interest.mine,
                });
            }
        }
        let via = match contact.met.via {
            Some(v) => Some(self.person(v)?),
            None => None,
        };
        let mut history = Vec::new();
        for (_, kind, record) in self.store.history(id)?.into_iter().rev() {
            let item = match kind {
                RecordKind::Interaction => self
                    .store
                    .interaction(record)?
                    .map(HistoryItem::Interaction),
                RecordKind::Ledger => self.store.ledger_entry(record)?.map(HistoryItem::Ledger),
                RecordKind::FollowUp => self.store.follow_up(record)?.map(HistoryItem::FollowUp),
                RecordKind::Signal => self.store.signal(record)?.map(HistoryItem::Signal),
            };
            history.extend(item);
        }
        // Newest first by the dates shown (the store keeps a follow-up
        // under the day it was made); a day's newer record first.
        history.sort_by_key(|h| std::cmp::Reverse((h.date(), h.id())));
        for item in &mut history {
            if let HistoryItem::Interaction(i) = item {
                self.only_theirs(id, i)?;
            }
        }
        let mut mentioned: Vec<Id> = Vec::new();
        for item in &history {
            match item {
                HistoryItem::Interaction(i) => mentioned.extend(&i.contacts),
                HistoryItem::Ledger(e) => mentioned.extend(e.people()),
                HistoryItem::FollowUp(_) | HistoryItem::Signal(_) => {}
            }
        }
        mentioned.extend(contact.links.iter().map(|l| l.to));
        mentioned.sort_unstable();
        mentioned.dedup();
        mentioned.retain(|m| *m != id);
        let people = mentioned
            .into_iter()
            .map(|m| self.person(m))
            .collect::<Result<Vec<_>>>()?;
        let balance = self.store.balance(id)?;
        Ok(Card {
            contact,
            interests,
            via,
            lean: balance.tallies.lean(),
            help: balance.tallies.help(),
            balance,
            history,
            people,
        })
    }

    fn person(&self, id: Id) -> Result<Person> {
        Ok(Person {
            id,
            name: self.name_of(id)?,
        })
    }

    /// Contacts matching `filter`, by name.
    pub fn list(&self, filter: &ListFilter) -> Result<Vec<ListRow>> {
        let members = match &filter.interest {
            Some(name) => match self.store.interest_by_key(&fold(name))? {
                Some(i) => Some(self.store.interest_members(i.id)?),
                None => Some(Vec::new()),
            },
            None => None,
        };
        let members: Option<HashSet<Id>> = members.map(|m| m.into_iter().collect());
        let tag = filter.tag.as_deref().map(fold);
        let mut rows = Vec::new();
        let mut visit = |s: &Summary| {
            let keep = (filter.closed || !s.closed)
                && members.as_ref().is_none_or(|m| m.contains(&s.id))
                && tag
                    .as_ref()
                    .is_none_or(|t| s.tags.iter().any(|x| fold(x) == *t))
                && filter.tier.is_none_or(|t| s.tier == t);
            if keep {
                rows.push(ListRow::from_summary(s));
            }
        };
        // A process that keeps everyone in memory keeps them in this order.
        let sorted = self.with_warm(|w| {
            w.by_name().for_each(&mut visit);
            Ok(())
        })?;
        if sorted.is_none() {
            self.for_each_summary(&mut visit)?;
            ListRow::sort(&mut rows);
        }
        Ok(rows)
    }

    /// One person's row of the list, closed or not; `None` once deleted.
    pub fn list_row(&self, id: Id) -> Result<Option<ListRow>> {
        Ok(self.summary(id)?.as_ref().map(ListRow::from_summary))
    }

    /// The reciprocity table, most one-sided first, with the overall totals.
    /// Only people with ledger activity appear.
    pub fn balance_table(&self) -> Result<BalanceReport> {
        let mut rows = Vec::new();
        self.for_each_summary(|s| {
            let b = &s.balance;
            if b.tallies != Tallies::default() {
                rows.push(BalanceRow {
                    id: s.id,
                    name: s.name.to_string(),
                    lean: b.tallies.lean(),
                    help: b.tallies.help(),
                    tallies: b.tallies,
                    last_touch: b.last_touch,
                });
            }
        })?;
        rows.sort_by_cached_key(|r| (std::cmp::Reverse(r.lean.abs()), fold(&r.name)));
        let totals = self.store.totals()?;
        Ok(BalanceReport {
            rows,
            totals,
            help: totals.help(),
        })
    }

    /// Every interest with its people: mine first, then the most shared.
    pub fn interests_overview(&self) -> Result<Vec<InterestRow>> {
        let mut names: BTreeMap<Id, String> = BTreeMap::new();
        let mut rows = Vec::new();
        for i in self.store.interests() {
            let i = i?;
            let mut people = Vec::new();
            for id in self.store.interest_members(i.id)? {
                let name = match names.get(&id) {
                    Some(n) => n.clone(),
                    None => {
                        let n = self.name_of(id)?;
                        names.insert(id, n.clone());
                        n
                    }
                };
                people.push(Person { id, name });
            }
            people.sort_by_cached_key(|p| fold(&p.name));
            rows.push(InterestRow {
                id: i.id,
                name: i.name,
                mine: i.mine,
                people,
            });
        }
        rows.sort_by_cached_key(|r| (!r.mine, std::cmp::Reverse(r.people.len()), fold(&r.name)));
        Ok(rows)
    }
}
