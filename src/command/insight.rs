//! `check`: the journal verified, indexes and balances against records.

use super::{Ran, Report, done};
use crate::journal::Journal;

pub(super) fn check(journal: &Journal) -> Ran {
    let problems = journal.check()?;
    if problems.is_empty() {
        let people = journal.contact_count();
        return done(
            journal,
            format!("ok: {people} contacts, indexes and balances consistent"),
        );
    }
    Ok(Report::Problems {
        summary: format!("check found {} problem(s)", problems.len()),
        problems: problems.iter().map(ToString::to_string).collect(),
    })
}
