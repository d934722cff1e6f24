//! `givegive search` as text: one line a result, who, where it matched and
//! the words around the match.

use std::io::{self, Write};

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

use crate::domain::search::{Found, Hit};
use crate::domain::text::{count, inert};

/// Widest a name column gets; longer names are cut with `…`.
const NAME: usize = 28;

pub(super) fn found(out: &mut impl Write, found: &Found) -> io::Result<()> {
    let who = |h: &Hit| {
        let closed = if h.closed { " (closed)" } else { "" };
        let name = inert(&format!("{}{closed}", h.name));
        if name.width() <= NAME {
            return name;
        }
        format!("{}…", name.unicode_truncate(NAME - 1).0)
    };
    let place = |h: &Hit| match (h.record, h.date) {
        (Some(id), Some(day)) => format!("{} {id} {day}", h.label),
        _ => h.label.to_string(),
    };
    let names = found.hits.iter().map(|h| who(h).width()).max().unwrap_or(0);
    let places = found
        .hits
        .iter()
        .map(|h| place(h).width())
        .max()
        .unwrap_or(0);
    for h in &found.hits {
        let (name, at) = (who(h), place(h));
        let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(s.width()));
        writeln!(
            out,
            "{name}{}  {at}{}  {}",
            pad(&name, names),
            pad(&at, places),
            h.excerpt
        )?;
    }
    if found.total > found.hits.len() {
        writeln!(
            out,
            "the first {} of {}: another word narrows the search",
            found.hits.len(),
            count(found.total, "match", "matches")
        )?;
    }
    Ok(())
}
