//! What a snooze says it hid, held to: each line it names was in the
//! review, the lines it names are exactly those it hides, and none of them
//! shows again before the day it gave, whatever happens meanwhile (news
//! about other records may bring the person back, never those lines).

use chrono::NaiveDate;
use givegive::command::Report;
use givegive::domain::review::Queue;
use proptest::prelude::*;

/// A line a snooze said it hid: its key, until when, and whether a
/// person's snooze said it (snoozing the person again replaces it).
#[derive(Clone, Debug)]
pub(super) struct Claim {
    pub who: usize,
    pub key: String,
    pub until: NaiveDate,
    pub by_person: bool,
}

/// The lines of a snooze's report, one per line.
pub(super) fn report_lines(report: &Report) -> Vec<String> {
    match report {
        Report::Done(d) => d
            .lines
            .iter()
            .flat_map(|l| l.lines().map(str::to_string).collect::<Vec<_>>())
            .collect(),
        _ => Vec::new(),
    }
}

/// What `snooze PERSON` listed under "hidden now:", against the person's
/// lines in the review just before: the same lines, said the same way.
pub(super) fn person_said(
    report: &Report,
    before: &Queue,
    contact: givegive::domain::Id,
) -> Result<Vec<String>, TestCaseError> {
    let mut said: Vec<String> = report_lines(report)
        .iter()
        .filter_map(|l| l.strip_prefix("  ").map(str::to_string))
        .collect();
    let mut shown: Vec<(String, String)> = before
        .items
        .iter()
        .filter(|i| i.contact == contact)
        .map(|i| (i.why.clone(), i.key.clone()))
        .collect();
    said.sort();
    shown.sort();
    let whys: Vec<String> = shown.iter().map(|(w, _)| w.clone()).collect();
    prop_assert_eq!(
        &said,
        &whys,
        "snooze said it hid other lines than were shown"
    );
    Ok(shown.into_iter().map(|(_, key)| key).collect())
}

/// What `snooze KEY` said it hid ("hidden until DATE: …"), against the
/// review just before: every line the key matches that was shown is said.
/// Returns the keys of the lines shown that it hid.
pub(super) fn key_said(
    report: &Report,
    before: &Queue,
    target: &str,
    (until, today): (NaiveDate, NaiveDate),
) -> Result<Vec<String>, TestCaseError> {
    // The day as the shell says a day to come: "Monday 30 November",
    // "tomorrow, Tuesday 24 November".
    let day = givegive::domain::draft::Language::English.day_to_come(until, today);
    let said: Vec<String> = report_lines(report)
        .iter()
        .filter_map(|l| {
            l.strip_prefix(&format!("hidden until {day}: "))
                .map(str::to_string)
        })
        .collect();
    prop_assert!(!said.is_empty(), "snooze {} said nothing hidden", target);
    let mut keys = Vec::new();
    for item in &before.items {
        let matched = item.key == target || item.key.starts_with(&format!("{target}:"));
        if matched {
            prop_assert!(
                // On its own line, naming them.
                said.iter()
                    .any(|s| s.ends_with(&item.reason.explain(&item.name))),
                "snooze {} hid {:?} without saying so: {:?}",
                target,
                item.why,
                said
            );
            keys.push(item.key.clone());
        }
    }
    Ok(keys)
}

/// No line a snooze said it hid shows before its day.
pub(super) fn kept(claims: &[Claim], queue: &Queue, today: NaiveDate) -> Result<(), TestCaseError> {
    for item in &queue.items {
        if let Some(c) = claims.iter().find(|c| c.until > today && c.key == item.key) {
            prop_assert!(
                false,
                "{:?} shows on {} though a snooze said it was hidden until {}",
                item.why,
                today,
                c.until
            );
        }
    }
    Ok(())
}
