//! What a vCard export of everyone leaves out, said (trial 28b: "exported
//! 2 cards" said nothing of the closed relationships it left out).

use std::path::Path;

use super::super::{CommandError, files};
use crate::domain::text::count;
use crate::journal::Journal;

/// "left out 1 closed person (Carla Neri): name them to export their card
/// (export --format vcard "Carla Neri")". `None` when people were named
/// (`args`: a closed person named is exported) or nobody is closed.
pub(super) fn left_out(journal: &Journal, args: &[String]) -> Result<Option<String>, CommandError> {
    if args.iter().any(|a| !files::is_std(Path::new(a))) {
        return Ok(None);
    }
    let mut closed = Vec::new();
    for c in journal.contacts() {
        let c = c?;
        if c.is_closed() {
            closed.push(c.name);
        }
    }
    let Some(first) = closed.first() else {
        return Ok(None);
    };
    let names = match closed.len() {
        1..=3 => closed.join(", "),
        n => format!("{} and {} more", closed[..3].join(", "), n - 3),
    };
    let theirs = if closed.len() == 1 { "card" } else { "cards" };
    Ok(Some(format!(
        "left out {} ({names}): name them to export their {theirs} (export --format vcard \"{first}\")",
        count(closed.len(), "closed person", "closed people"),
    )))
}
