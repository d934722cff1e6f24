//! The review's order as an invariant on random people: someone waiting on
//! me (a follow-up in my own words, their request, my promise) is never
//! behind a person whose most urgent line is a meeting to follow up
//! (planned by default, or fresh) or anything below it; only a day of
//! theirs coming may go first. Trial 26y3: twelve "follow-up 3 days late:
//! Fintech drinks" took the day's ten places while a request 34 days old
//! waited.

use super::*;
use proptest::collection::vec;
use proptest::option;

/// One generated person: written and planned follow-ups (days late), their
/// requests and my promises (days open), a meeting not followed up (days
/// ago), a day of theirs coming (days until), a give of theirs unanswered.
type Drawn = (
    Vec<u64>,
    Vec<u64>,
    Vec<u64>,
    Vec<u64>,
    Option<u64>,
    Option<u32>,
    bool,
);

fn ago(n: u64) -> NaiveDate {
    day(TODAY)
        .checked_sub_days(chrono::Days::new(n))
        .unwrap_or_default()
}

fn facts(n: usize, drawn: &Drawn) -> Facts {
    let (written, planned, requests, promises, met, date, owed) = drawn;
    let mut f = person(n as u64, ["Anna", "Bruno", "Carla", "Dario"][n % 4]);
    let mut id = n as u64 * 100;
    let mut next = || {
        id += 1;
        id
    };
    for (late, planned, text) in written
        .iter()
        .map(|d| (d, false, "send Rita the deck"))
        .chain(
            planned
                .iter()
                .map(|d| (d, true, "follow up on: Fintech drinks")),
        )
    {
        f.due_follow_ups.push(crate::domain::review::Due {
            pending: Pending {
                id: Id(next()),
                date: ago(*late),
                text: text.into(),
            },
            first_due: None,
            planned,
        });
    }
    for d in requests {
        f.digest.open_requests.push(Pending {
            id: Id(next()),
            date: ago(*d),
            text: "feedback on her pitch deck".into(),
        });
    }
    for d in promises {
        f.digest.open_promises.push(Pending {
            id: Id(next()),
            date: ago(*d),
            text: "an intro to Sara".into(),
        });
    }
    f.digest.last_meeting = met.map(|d| Pending {
        id: Id(next()),
        date: ago(d),
        text: "coffee".into(),
    });
    if let Some(until) = date {
        let on = day(TODAY) + chrono::Days::new(u64::from(*until));
        f.dates = vec![crate::domain::Occasion {
            kind: crate::domain::OccasionKind::Birthday,
            label: String::new(),
            month: chrono::Datelike::month(&on) as u8,
            day: chrono::Datelike::day(&on) as u8,
            year: None,
            yearly: true,
        }]
        .into();
    }
    if *owed {
        f.digest.their_last_give = Some(Pending {
            id: Id(next()),
            date: ago(5),
            text: "advice".into(),
        });
    }
    f
}

proptest::proptest! {
    #[test]
    fn nobody_waiting_on_me_is_behind_a_meeting_to_follow_up(
        drawn in vec(
            (
                vec(0u64..40, 0..2),
                vec(0u64..40, 0..3),
                vec(0u64..60, 0..2),
                vec(0u64..60, 0..2),
                option::of(0u64..15),
                option::weighted(0.2, 0u32..8),
                proptest::bool::weighted(0.3),
            ),
            0..30,
        ),
        capacity in 1usize..12,
    ) {
        let people: Vec<Facts> = drawn.iter().enumerate().map(|(n, d)| facts(n, d)).collect();
        // The model: who waits on me, and who has a day coming, by what
        // was drawn, not by the lines the review found.
        let waits = |id: Id| {
            let (written, _, requests, promises, ..) = &drawn[id.0 as usize];
            !written.is_empty() || !requests.is_empty() || !promises.is_empty()
        };
        let dated = |id: Id| drawn[id.0 as usize].5.is_some();
        let settings = Settings { capacity, ..Settings::default() };
        let queue = build_keeping(&people, &settings, day(TODAY), |_, _| false, |_| false, true);
        let mut order: Vec<Id> = Vec::new();
        for item in queue.items.iter().chain(&queue.in_line) {
            if order.last() != Some(&item.contact) {
                order.push(item.contact);
            }
        }
        for (at, later) in order.iter().enumerate() {
            if !waits(*later) {
                continue;
            }
            for before in &order[..at] {
                proptest::prop_assert!(
                    waits(*before) || dated(*before),
                    "#{} waits on me yet comes after #{}: {:?}",
                    later.0,
                    before.0,
                    queue.items.iter().chain(&queue.in_line).map(|i| &i.why).collect::<Vec<_>>()
                );
            }
        }
    }
}
