//! Events and cohorts: the people met at the same event, and how many of
//! them became relationships ("met 12, followed up 7, ongoing 3").
//!
//! An event is an interaction of kind *event*; its summary names it
//! (`met anna marco "RustConf 2026" --kind event`). Interactions with the
//! same name (case and accents aside) are one event.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::dates::day_serde;
use super::stats::ACTIVE_DAYS;
use super::text::fold;
use super::{Id, Interaction, InteractionKind};

/// One person met at an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attendee {
    pub id: Id,
    pub name: String,
    /// Followed up after the event, by the one rule
    /// ([`super::followed`]).
    pub followed_up: bool,
    /// Followed up and still in touch (within the active window).
    pub ongoing: bool,
    /// Their reciprocity balance: the people pane shows it beside the name.
    pub lean: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    pub name: String,
    #[serde(with = "day_serde")]
    pub date: NaiveDate,
    pub people: Vec<Attendee>,
    pub met: usize,
    pub followed_up: usize,
    pub ongoing: usize,
}

/// Whether a person's history follows up their record of an event (its
/// day and id), by the one rule ([`super::followed`]), not counting the
/// event's own records.
pub type TouchedAfter = Box<dyn Fn(super::followed::At, &[Id]) -> bool>;

/// What the cohort count needs about a person.
pub struct PersonFacts {
    pub name: String,
    pub touched_after: TouchedAfter,
    pub last_touch: Option<NaiveDate>,
    pub lean: i64,
}

/// Groups event interactions into events, newest first.
pub fn events(
    interactions: &[Interaction],
    people: &BTreeMap<Id, PersonFacts>,
    today: NaiveDate,
) -> Vec<Event> {
    // Name, first day, each person with their last record of it, records.
    type Group = (String, NaiveDate, Vec<(Id, super::followed::At)>, Vec<Id>);
    let mut grouped: BTreeMap<String, Group> = BTreeMap::new();
    for i in interactions
        .iter()
        .filter(|i| i.kind == InteractionKind::Event)
    {
        let entry = grouped
            .entry(fold(&i.summary))
            .or_insert_with(|| (i.summary.clone(), i.date, Vec::new(), Vec::new()));
        entry.1 = entry.1.min(i.date);
        entry.3.push(i.id);
        for c in &i.contacts {
            match entry.2.iter_mut().find(|(id, _)| id == c) {
                Some((_, at)) => *at = (*at).max((i.date, i.id)),
                None => entry.2.push((*c, (i.date, i.id))),
            }
        }
    }
    let mut out: Vec<Event> = grouped
        .into_values()
        .map(|(name, date, contacts, records)| {
            let people: Vec<Attendee> = contacts
                .iter()
                .filter_map(|(id, at)| {
                    let p = people.get(id)?;
                    let followed_up = (p.touched_after)(*at, &records);
                    let ongoing = followed_up
                        && p.last_touch
                            .is_some_and(|t| (today - t).num_days() <= ACTIVE_DAYS);
                    Some(Attendee {
                        id: *id,
                        name: p.name.clone(),
                        followed_up,
                        ongoing,
                        lean: p.lean,
                    })
                })
                .collect();
            Event {
                met: people.len(),
                followed_up: people.iter().filter(|p| p.followed_up).count(),
                ongoing: people.iter().filter(|p| p.ongoing).count(),
                name,
                date,
                people,
            }
        })
        .collect();
    out.sort_by(|a, b| b.date.cmp(&a.date).then(a.name.cmp(&b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn event(id: u64, name: &str, date: &str, who: &[u64]) -> Interaction {
        Interaction {
            id: Id(id),
            date: day(date),
            contacts: who.iter().map(|w| Id(*w)).collect(),
            kind: InteractionKind::Event,
            summary: name.into(),
            details: String::new(),
            tags: Vec::new(),
            from: crate::domain::Voice::Both,
        }
    }

    fn facts(name: &str, after: Option<&str>, last: Option<&str>) -> PersonFacts {
        let after = after.map(day);
        PersonFacts {
            name: name.into(),
            touched_after: Box::new(move |(d, _), _| after.is_some_and(|a| a > d)),
            last_touch: last.map(day),
            lean: 0,
        }
    }

    #[test]
    fn cohorts_count_who_became_a_relationship() {
        let today = day("2026-11-23");
        let interactions = [
            event(1, "RustConf 2026", "2026-09-10", &[1, 2]),
            event(2, "rustconf 2026", "2026-09-11", &[2, 3]),
            event(3, "Product dinner", "2026-10-29", &[1]),
        ];
        let people: BTreeMap<Id, PersonFacts> = [
            (Id(1), facts("Anna", Some("2026-11-01"), Some("2026-11-01"))),
            (
                Id(2),
                facts("Marco", Some("2026-09-20"), Some("2026-03-01")),
            ),
            (Id(3), facts("Zoe", None, Some("2026-09-11"))),
        ]
        .into_iter()
        .collect();
        let list = events(&interactions, &people, today);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].name, "Product dinner");
        let rust = &list[1];
        assert_eq!(rust.date, day("2026-09-10"));
        assert_eq!((rust.met, rust.followed_up, rust.ongoing), (3, 2, 1));
    }
}
