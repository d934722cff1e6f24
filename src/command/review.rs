//! Commands of the daily loop: the list, snoozing, drafting a follow-up.

use chrono::NaiveDate;

use super::{Env, Ran, Report, Who, done, resolve};
use crate::domain::Id;
use crate::journal::{Journal, ListFilter};

pub(super) fn list(journal: &Journal, filter: &ListFilter) -> Ran {
    Ok(Report::List(journal.list(filter)?))
}

pub(super) fn snooze(journal: &Journal, target: &str, until: NaiveDate) -> Ran {
    let line = match Id::parse_strict(target.trim()) {
        Some(id) => {
            let f = journal.snooze(id, until)?;
            format!("snoozed follow-up {id} until {until}: {}", f.text)
        }
        None => {
            journal.hide_review_item(target.trim(), until)?;
            format!("review item {} hidden until {until}", target.trim())
        }
    };
    done(journal, line)
}

pub(super) fn draft(journal: &Journal, env: &Env<'_>, who: &Who, meeting: Option<Id>) -> Ran {
    let contact = resolve(journal, who)?;
    let draft = journal.draft(
        contact,
        meeting,
        env.today,
        &env.config.drafts.template(),
        env.config.review.dates_ahead,
    )?;
    Ok(Report::Draft(draft))
}
