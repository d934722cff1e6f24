//! Plain-text renderings of the insight screens: stats that measure depth,
//! and events with who was met there.

use std::io::{self, Write};

use crate::domain::events::Event;
use crate::domain::stats::{self, Stats};
use crate::domain::text::{count, inert};

pub fn stats(out: &mut impl Write, s: &Stats) -> io::Result<()> {
    let tiers: Vec<String> = s
        .active_by_tier
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect();
    writeln!(
        out,
        "Active relationships (touched in {} days): {}",
        stats::ACTIVE_DAYS,
        tiers.join(" · ")
    )?;
    writeln!(
        out,
        "Help leans (as each card says): you gave more help than you received with {}, you received more help than you gave with {}",
        with(s.you_give_more),
        with(s.they_give_more)
    )?;
    writeln!(out, "Help overall (weight): {}", s.help.line())?;
    writeln!(
        out,
        "Follow-ups: {} (overdue: not done, and its day is past)",
        s.follow_through.said().join(", ")
    )?;
    writeln!(out, "Help you gave and what you asked, per month (weight):")?;
    for m in &s.months {
        writeln!(
            out,
            "  {}  gave {:>3}  asked {:>3}",
            m.month, m.gave, m.asked
        )?;
    }
    writeln!(out, "Longest without contact:")?;
    for n in &s.neglected {
        let when = n
            .last_touch
            .map_or_else(|| "never".to_string(), |d| d.to_string());
        writeln!(out, "  {} ({when})", inert(&n.name))?;
    }
    Ok(())
}

pub fn events(out: &mut impl Write, events: &[Event]) -> io::Result<()> {
    if events.is_empty() {
        return writeln!(
            out,
            "No events yet. Log one with: givegive met anna marco \"RustConf 2026\" --kind event"
        );
    }
    for e in events {
        writeln!(
            out,
            "{}  {}: met {}, followed up {}, ongoing {}",
            e.date,
            inert(&e.name),
            e.met,
            e.followed_up,
            e.ongoing
        )?;
        let names: Vec<String> = e
            .people
            .iter()
            .map(|p| {
                let mark = if p.ongoing {
                    "●"
                } else if p.followed_up {
                    "◐"
                } else {
                    "○"
                };
                format!("{mark} {}", inert(&p.name))
            })
            .collect();
        writeln!(out, "  {}", names.join("  "))?;
    }
    writeln!(out, "(● ongoing, ◐ followed up, ○ not followed up)")
}

/// "with 3 people", "with 1 person", "with no one" (trial 28f: "with 0
/// people").
fn with(n: usize) -> String {
    match n {
        0 => "no one".into(),
        n => count(n, "person", "people"),
    }
}
