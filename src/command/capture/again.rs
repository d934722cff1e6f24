//! A meeting logged again, by its name and day, with what is new in its
//! details: its own unit because it is the one path of `met` that writes no
//! new meeting, and its rule (one name on one day is one event) is read apart
//! from how a meeting is recorded.

use super::*;

/// A meeting logged again with one person, by its name and day (trial
/// 28b: the details of last night's dinner typed the next morning made a
/// second dinner that "followed up" the first): one meeting, by the rule
/// that one name on one day is one event (`Journal::same_meeting`). Its
/// details gain what is new; nothing else is written or done.
pub(crate) fn again(
    journal: &Journal,
    env: &Env<'_>,
    logged: crate::domain::Interaction,
    details: &str,
    name: &str,
) -> Ran {
    let (new, old) = (details.trim(), logged.details.trim());
    let said = format!(
        "{} with {name}: {} ({}, {})",
        match logged.kind {
            crate::domain::InteractionKind::Met => "meeting",
            kind => kind.as_str(),
        },
        logged.summary,
        logged.id,
        env.day(logged.date)
    );
    if new.is_empty() || old.contains(new) {
        return done(
            journal,
            format!("already logged: {said}; nothing new to add"),
        );
    }
    let joined = if old.is_empty() {
        new.to_string()
    } else {
        format!("{old}\n{new}")
    };
    journal.set_details(logged.id, &joined)?;
    done(
        journal,
        format!("added the details to the {said}, already logged that day"),
    )
}
