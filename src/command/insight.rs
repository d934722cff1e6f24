//! `check`: the journal verified, indexes and balances against records.

use super::{Ran, Report, done};
use crate::domain::text::count;
use crate::journal::Journal;

pub(super) fn check(journal: &Journal) -> Ran {
    let problems = journal.check()?;
    if problems.is_empty() {
        let people = count(journal.contact_count(), "contact", "contacts");
        return done(
            journal,
            format!("ok: {people}, indexes and balances consistent"),
        );
    }
    Ok(Report::Problems {
        summary: format!(
            "check found {}",
            count(problems.len(), "problem", "problems")
        ),
        problems: problems.iter().map(ToString::to_string).collect(),
    })
}
