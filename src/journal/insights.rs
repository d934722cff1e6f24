//! Stats and events: reads over the whole journal for the stats and events
//! screens (and `givegive stats`, `givegive events`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Journal, Result};
use crate::domain::events::{self, Event, PersonFacts};
use crate::domain::stats::{self, Stats};
use crate::domain::{Id, InteractionKind};
use crate::store::RecordKind;

impl Journal {
    /// The stats over active relationships, for the last `months` months.
    pub fn stats(&self, today: NaiveDate, months: usize) -> Result<Stats> {
        let mut people = Vec::new();
        for c in self.store.contacts() {
            let c = c?;
            if c.is_closed() {
                continue;
            }
            let balance = self.store.balance(c.id)?;
            people.push(stats::Person {
                id: c.id,
                name: c.name,
                tier: c.tier,
                last_touch: balance.last_touch,
                lean: balance.tallies.lean(),
            });
        }
        let ledger = self.store.ledger().collect::<Result<Vec<_>, _>>()?;
        let follow_ups = self.store.follow_ups().collect::<Result<Vec<_>, _>>()?;
        Ok(stats::compute(
            &people,
            &self.store.totals()?,
            &ledger.iter().collect::<Vec<_>>(),
            &follow_ups.iter().collect::<Vec<_>>(),
            today,
            months,
        ))
    }

    /// Every event with its cohort, newest first.
    pub fn events(&self, today: NaiveDate) -> Result<Vec<Event>> {
        let mut interactions = Vec::new();
        for i in self.store.interactions() {
            let i = i?;
            if i.kind == InteractionKind::Event {
                interactions.push(i);
            }
        }
        let mut people: BTreeMap<Id, PersonFacts> = BTreeMap::new();
        for i in &interactions {
            for c in &i.contacts {
                if people.contains_key(c) {
                    continue;
                }
                let Some(contact) = self.store.contact(*c)? else {
                    continue;
                };
                let mut history: Vec<(NaiveDate, RecordKind, Id)> = self.store.history(*c)?;
                // A follow-up still to do is a plan, not a touch: the
                // event's own would count everyone as followed up.
                let mut planned = Vec::new();
                for (_, kind, id) in &history {
                    if *kind == RecordKind::FollowUp
                        && let Some(f) = self.store.follow_up(*id)?
                        && f.done_on().is_none()
                    {
                        planned.push(*id);
                    }
                }
                history.retain(|(_, _, id)| !planned.contains(id));
                let balance = self.store.balance(*c)?;
                people.insert(
                    *c,
                    PersonFacts {
                        name: contact.name,
                        last_touch: balance.last_touch,
                        lean: balance.tallies.lean(),
                        touched_after: Box::new(move |day, event_records: &[Id]| {
                            history.iter().any(|(d, kind, id)| {
                                *d > day
                                    && *kind != RecordKind::Signal
                                    && !event_records.contains(id)
                            })
                        }),
                    },
                );
            }
        }
        Ok(events::events(&interactions, &people, today))
    }
}
