//! Stats and events: reads over the whole journal for the stats and events
//! screens (and `givegive stats`, `givegive events`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Journal, Result};
use crate::domain::events::{self, Event, PersonFacts};
use crate::domain::followed;
use crate::domain::stats::{self, Stats};
use crate::domain::{Id, InteractionKind};

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
                let history = self.store.history(*c)?;
                // The one rule for "followed up" reads these marks; a
                // follow-up still to do is a plan, never a touch.
                let marks = self.marks_since(&history, NaiveDate::MIN)?;
                let balance = self.store.balance(*c)?;
                people.insert(
                    *c,
                    PersonFacts {
                        name: contact.name,
                        last_touch: balance.last_touch,
                        lean: balance.tallies.lean(),
                        touched_after: Box::new(move |met, event_records: &[Id]| {
                            let others = marks
                                .iter()
                                .filter(|(_, _, id)| !event_records.contains(id))
                                .copied();
                            followed::first_follow_up(met, others).is_some()
                        }),
                    },
                );
            }
        }
        Ok(events::events(&interactions, &people, today))
    }
}
