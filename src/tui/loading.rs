//! Reading what the screens show from the journal: everything at start,
//! then only the people a write touched.

use std::collections::BTreeSet;

use anyhow::Result;
use chrono::NaiveDate;

use crate::app::{Data, Loaded, Part, PersonRow};
use crate::domain::Id;
use crate::domain::review::Settings;
use crate::domain::stats;
use crate::journal::Journal;

/// Loads what every screen needs, and the parts `parts` names.
pub fn load_data(
    journal: &Journal,
    today: NaiveDate,
    review: &Settings,
    parts: &[Part],
) -> Result<Data> {
    let (rows, facts) = journal.people_and_review_facts(review, today)?;
    let mut people = rows.into_iter().map(PersonRow::new).collect::<Vec<_>>();
    // The list's order, folding each name once.
    people.sort_unstable_by(|a, b| a.key().cmp(&b.key()));
    let mut data = Data {
        totals: journal.totals()?,
        review: journal.review_queue(&facts, review, today, &BTreeSet::new(), false)?,
        facts,
        people,
        settings: review.clone(),
        ..Data::default()
    };
    for part in parts {
        let loaded = load_part(journal, today, &data.people, *part)?;
        data.put(loaded);
    }
    Ok(data)
}

/// Brings `data` up to date after writes that touched the contacts `ids`:
/// their rows and review facts are read again, the queue is rebuilt
/// (keeping whom it showed), and the parts are dropped (the screen in view
/// loads its own again).
pub fn update_data(
    journal: &Journal,
    today: NaiveDate,
    review: &Settings,
    data: &mut Data,
    ids: &BTreeSet<Id>,
    undone: &[Id],
) -> Result<()> {
    data.people.retain(|p| !ids.contains(&p.row.id));
    for id in ids {
        if let Some(row) = journal.list_row(*id)? {
            // Aliases and interests once the filter has loaded everyone's.
            let person = if data.has(Part::Words) {
                journal.person_row(row)?
            } else {
                PersonRow::new(row)
            };
            let at = data.people.partition_point(|p| p.key() < person.key());
            data.people.insert(at, person);
        }
    }
    data.facts.retain(|f| !ids.contains(&f.contact));
    for f in journal.review_facts_of(ids, review, today)? {
        let at = data.facts.partition_point(|g| g.contact < f.contact);
        data.facts.insert(at, f);
    }
    // Whom the pass is showing stays in it while they have a line: acting
    // on one line of theirs must not let someone waiting push out the rest.
    // Whom an undo brought back is shown again, as before the change.
    let mut shown: BTreeSet<Id> = data.review.items.iter().map(|i| i.contact).collect();
    shown.extend(undone.iter().copied());
    data.review = journal.review_queue(&data.facts, review, today, &shown, false)?;
    data.totals = journal.totals()?;
    data.drop_parts();
    Ok(())
}

/// Loads one part of the data.
pub fn load_part(
    journal: &Journal,
    today: NaiveDate,
    people: &[PersonRow],
    part: Part,
) -> Result<Loaded> {
    Ok(match part {
        Part::Interests => Loaded::Interests(journal.interests_overview()?),
        Part::Ledger => {
            let ledger = journal.ledger_lines(people)?;
            let months = stats::monthly(ledger.iter().map(|l| &l.entry), today, 12);
            Loaded::Ledger(ledger, months)
        }
        Part::Stats => Loaded::Stats(journal.stats(today, 12)?),
        Part::Events => Loaded::Events(journal.events(today)?),
        Part::Words => Loaded::Words(journal.filter_words()?),
    })
}
