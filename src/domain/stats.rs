//! Stats that measure depth, not count: how many relationships are alive by
//! tier, which are one-sided, whether follow-ups happen, who is neglected.
//! There is deliberately no "number of contacts" figure.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::balance::{Help, Leans};
use super::dates::day_serde;
use super::{FollowUp, Id, LedgerEntry, Tallies, Tier};

/// A relationship is active when touched within this many days.
pub const ACTIVE_DAYS: i64 = 90;

/// One person as the stats see them.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: Id,
    pub name: String,
    pub tier: Tier,
    pub last_touch: Option<NaiveDate>,
    pub lean: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Active relationships per tier (inner, close, active, none).
    pub active_by_tier: Vec<(Tier, usize)>,
    /// Relationships where you gave more help than you received, by the
    /// card's rule ([`Leans`]).
    pub you_give_more: usize,
    /// Relationships where you received more help than you gave.
    pub they_give_more: usize,
    /// Help each way over everyone, as the balance table's last row says.
    pub help: Help,
    /// Per month, oldest first: the help you gave and what you asked, in
    /// weight.
    pub months: Vec<Month>,
    pub follow_through: FollowThrough,
    /// The active people longest without contact.
    pub neglected: Vec<Neglected>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Month {
    /// `2026-11`.
    pub month: String,
    /// Help given: your done gives and their requests you granted.
    pub gave: u32,
    /// Your asks, whatever the answer.
    pub asked: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FollowThrough {
    /// Done on or before its day.
    pub on_time: usize,
    /// Done, after its day.
    pub late: usize,
    /// Not done, and the day they wait for (due, or the end of a snooze)
    /// is past ([`FollowUp::missed`]): a snoozed one is not missed yet.
    pub missed: usize,
}

impl FollowThrough {
    /// The three counts in the words the shell and the TUI both use: "late"
    /// alone beside "missed" did not say which was done (a user trial), so
    /// one is "done late" and the other "overdue", not done and past its day.
    pub fn said(&self) -> [String; 3] {
        [
            format!("{} done on time", self.on_time),
            format!("{} done late", self.late),
            format!("{} overdue", self.missed),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Neglected {
    pub id: Id,
    pub name: String,
    #[serde(with = "day_serde::opt")]
    pub last_touch: Option<NaiveDate>,
}

/// The help I gave and what I asked per month, in weight, for the
/// `months` months up to `today`, oldest first: each month's entries are
/// counted as [`Tallies`] count them, under the day they were recorded,
/// and an introduction once for each person it joined, as their balances
/// and the overall totals count it: the months add up to the total.
pub fn monthly<'a>(
    ledger: impl IntoIterator<Item = &'a LedgerEntry>,
    today: NaiveDate,
    months: usize,
) -> Vec<Month> {
    let index = |d: NaiveDate| d.year() * 12 + d.month0().cast_signed();
    let now = index(today);
    let count = i32::try_from(months).unwrap_or(12);
    let mut tallies = vec![Tallies::default(); usize::try_from(count).unwrap_or(12)];
    for e in ledger {
        let slot = count - 1 - (now - index(e.date));
        if let Some(t) = usize::try_from(slot).ok().and_then(|s| tallies.get_mut(s)) {
            for _ in e.people() {
                t.add(e);
            }
        }
    }
    tallies
        .iter()
        .zip(0..)
        .map(|(t, back)| {
            let m = now - (count - 1 - back);
            Month {
                month: format!("{}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1),
                gave: t.help().given.weight,
                asked: t.my_asks.weight,
            }
        })
        .collect()
}

/// Computes the stats over active people, the overall tallies, all ledger
/// entries and all follow-ups, for the `months` months up to `today`.
pub fn compute(
    people: &[Person],
    totals: &Tallies,
    ledger: &[&LedgerEntry],
    follow_ups: &[&FollowUp],
    today: NaiveDate,
    months: usize,
) -> Stats {
    let mut by_tier: BTreeMap<Tier, usize> = Tier::ALL.iter().map(|t| (*t, 0)).collect();
    let mut stats = Stats {
        help: totals.help(),
        ..Stats::default()
    };
    for p in people {
        if p.last_touch
            .is_some_and(|t| (today - t).num_days() <= ACTIVE_DAYS)
        {
            *by_tier.entry(p.tier).or_default() += 1;
        }
        match Leans::of(p.lean) {
            Leans::YouGaveMore => stats.you_give_more += 1,
            Leans::YouReceivedMore => stats.they_give_more += 1,
            Leans::Even => {}
        }
    }
    stats.active_by_tier = by_tier.into_iter().collect();

    stats.months = monthly(ledger.iter().copied(), today, months);

    for f in follow_ups {
        match f.done_on() {
            Some(done) if done <= f.due => stats.follow_through.on_time += 1,
            Some(_) => stats.follow_through.late += 1,
            None if f.missed(today) => stats.follow_through.missed += 1,
            None => {}
        }
    }

    let mut neglected: Vec<&Person> = people.iter().collect();
    neglected.sort_by_key(|p| (p.last_touch, p.name.clone()));
    stats.neglected = neglected
        .into_iter()
        .take(5)
        .map(|p| Neglected {
            id: p.id,
            name: p.name.clone(),
            last_touch: p.last_touch,
        })
        .collect();
    stats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Direction, EntryState, FavourKind, FollowUpState, Nature};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn person(id: u64, tier: Tier, touch: Option<&str>, lean: i64) -> Person {
        Person {
            id: Id(id),
            name: format!("P{id}"),
            tier,
            last_touch: touch.map(day),
            lean,
        }
    }

    fn entry(date: &str, nature: Nature, state: EntryState, weight: u8) -> LedgerEntry {
        LedgerEntry {
            id: Id(1),
            date: day(date),
            contact: Id(1),
            other: None,
            direction: Direction::MeToThem,
            nature,
            kind: FavourKind::Other,
            text: String::new(),
            weight,
            state,
            tags: Vec::new(),
            settled: None,
            granted_by: None,
        }
    }

    fn follow_up(due: &str, state: FollowUpState) -> FollowUp {
        FollowUp {
            id: Id(1),
            contact: Id(1),
            due: day(due),
            text: String::new(),
            state,
            created: day("2026-01-01"),
            meeting: None,
            done_by: None,
        }
    }

    #[test]
    fn depth_not_count() {
        let today = day("2026-11-23");
        let people = [
            person(1, Tier::Inner, Some("2026-11-01"), 4),
            person(2, Tier::Inner, Some("2026-01-01"), -5),
            person(3, Tier::Close, None, 0),
            person(4, Tier::Active, Some("2026-11-20"), 1),
        ];
        let ledger = [
            entry("2026-11-02", Nature::Give, EntryState::Done, 3),
            entry("2026-11-03", Nature::Give, EntryState::Open, 2),
            entry("2026-10-03", Nature::Ask, EntryState::Declined, 2),
            entry("2025-01-03", Nature::Ask, EntryState::Done, 5),
            // Their request I granted is help I gave.
            LedgerEntry {
                direction: Direction::ThemToMe,
                ..entry("2026-10-05", Nature::Ask, EntryState::Done, 4)
            },
            // Their give and their open request are not.
            LedgerEntry {
                direction: Direction::ThemToMe,
                ..entry("2026-10-06", Nature::Give, EntryState::Done, 5)
            },
            LedgerEntry {
                direction: Direction::ThemToMe,
                ..entry("2026-10-07", Nature::Ask, EntryState::Open, 3)
            },
        ];
        let follow_ups = [
            follow_up(
                "2026-11-10",
                FollowUpState::Done {
                    on: day("2026-11-09"),
                },
            ),
            follow_up(
                "2026-11-10",
                FollowUpState::Done {
                    on: day("2026-11-15"),
                },
            ),
            follow_up("2026-11-10", FollowUpState::Open),
            follow_up("2026-12-10", FollowUpState::Open),
            // Snoozed past today: not missed (yet).
            follow_up(
                "2026-11-10",
                FollowUpState::Snoozed {
                    until: day("2026-11-30"),
                },
            ),
        ];
        let s = compute(
            &people,
            &Tallies::default(),
            &ledger.iter().collect::<Vec<_>>(),
            &follow_ups.iter().collect::<Vec<_>>(),
            today,
            3,
        );
        assert_eq!(
            s.active_by_tier,
            vec![
                (Tier::Inner, 1),
                (Tier::Close, 0),
                (Tier::Active, 1),
                (Tier::None, 0)
            ]
        );
        // Any lean leans, as the card says it (a lean of 1 too).
        assert_eq!((s.you_give_more, s.they_give_more), (2, 1));
        assert_eq!(
            s.months,
            vec![
                Month {
                    month: "2026-09".into(),
                    gave: 0,
                    asked: 0
                },
                Month {
                    month: "2026-10".into(),
                    gave: 4,
                    asked: 2
                },
                Month {
                    month: "2026-11".into(),
                    gave: 3,
                    asked: 0
                },
            ]
        );
        assert_eq!(
            s.follow_through,
            FollowThrough {
                on_time: 1,
                late: 1,
                missed: 1
            }
        );
        assert_eq!(
            s.follow_through.said(),
            ["1 done on time", "1 done late", "1 overdue"]
        );
        let names: Vec<&str> = s.neglected.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["P3", "P2", "P1", "P4"], "never touched first");
    }
}
