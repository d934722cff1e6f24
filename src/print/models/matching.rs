//! `match`: who could help a person, whom they could help, who shares a
//! passion with them, and who is not offered and why.

use std::io::{self, Write};

use crate::domain::matching::TOP;
use crate::domain::text::inert;
use crate::journal::MatchReport;

pub fn matches(out: &mut impl Write, report: &MatchReport) -> io::Result<()> {
    let name = inert(&report.person.name);
    let first = crate::domain::draft::first_name(&report.person.name);
    // Someone who offers it but knows them already is not "nobody": the
    // line says so, as drafts do, and Not offered says who and how.
    let nobody_offers = match (report.needs.as_slice(), report.known.is_empty()) {
        ([], _) if !report.answered.is_empty() => {
            format!("nobody: what {first} needs is answered (below)")
        }
        ([], _) => "nobody yet (add needs: givegive edit NAME --need ...)".to_string(),
        (needs, true) if report.near_misses.is_empty() && report.interest_only.is_empty() => {
            format!("nobody offers {} yet", either_of(needs))
        }
        // Someone close is said below with why: not "nobody" without a word.
        (needs, true) => format!(
            "nobody offers {} yet; some come close (see Not offered)",
            either_of(needs)
        ),
        (needs, false) => format!(
            "nobody you could still introduce to {first} offers {} (see Not offered)",
            either_of(needs)
        ),
    };
    let nobody_needs = match (report.offers.as_slice(), report.known_needing.is_empty()) {
        ([], _) => "nobody yet (add offers: givegive edit NAME --offer ...)".to_string(),
        (offers, true) => format!(
            "nobody needs what {first} offers ({}) yet",
            either_of(offers)
        ),
        (offers, false) => format!(
            "nobody you could still introduce needs what {first} offers ({}) (see Not offered)",
            either_of(offers)
        ),
    };
    // Interests shared with people they know already are not "nobody
    // yet", and adding interests is asked only of someone with none.
    let nobody_shares = match (report.interests.as_slice(), report.known_kindred.as_slice()) {
        ([], _) => "nobody yet (add interests: givegive edit NAME --interest ...)".to_string(),
        (interests, []) => format!("nobody shares {} with {first} yet", either_of(interests)),
        (_, [(one, _)]) => format!(
            "nobody you could still introduce to {first} ({} shares an interest but knows {first} already: see Not offered)",
            one.name
        ),
        (_, known) => format!(
            "nobody you could still introduce to {first} ({} people share an interest but know {first} already: see Not offered)",
            known.len()
        ),
    };
    for (title, list, nobody, met) in [
        (
            format!("Who could help {name}:"),
            &report.could_help,
            nobody_offers,
            report.answered_lines(),
        ),
        (
            format!("Whom {name} could help:"),
            &report.they_could_help,
            nobody_needs,
            Vec::new(),
        ),
        (
            format!("Who shares a passion with {name}:"),
            &report.share_a_passion,
            nobody_shares,
            Vec::new(),
        ),
    ] {
        writeln!(out, "{title}")?;
        if list.is_empty() {
            writeln!(out, "  {}", inert(&nobody))?;
        }
        let shown = if report.all { list.len() } else { TOP };
        for m in list.iter().take(shown) {
            writeln!(
                out,
                "  {} ({}): {}",
                inert(&m.name),
                m.contact,
                inert(&m.reasons.join(" · "))
            )?;
        }
        more(out, list.len().saturating_sub(shown))?;
        // A need a give of mine met is offered nobody, and said so under
        // its list, as the draft notes it (trial 26x).
        for line in met {
            writeln!(out, "  {}", inert(&line))?;
        }
    }
    let not_offered = report.not_offered();
    if !not_offered.is_empty() {
        writeln!(out, "Not offered:")?;
    }
    let shown = if report.all { not_offered.len() } else { TOP };
    let hidden = not_offered.len().saturating_sub(shown);
    for (m, why) in not_offered.into_iter().take(shown) {
        writeln!(out, "  {} ({}): {}", inert(&m.name), m.contact, inert(&why))?;
    }
    more(out, hidden)?;
    writeln!(
        out,
        "(record an introduction with: givegive intro A B \"why\")"
    )
}

/// How many a list shown short leaves out, and how to see them all.
fn more(out: &mut impl Write, hidden: usize) -> io::Result<()> {
    if hidden > 0 {
        writeln!(
            out,
            "  +{hidden} more (all of them: givegive match NAME --all)"
        )?;
    }
    Ok(())
}

/// Phrases as one alternative: "a" or "b", "a", "b" or "c".
fn either_of(phrases: &[String]) -> String {
    let quoted: Vec<String> = phrases.iter().map(|p| format!("\"{p}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}
