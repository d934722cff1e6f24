//! Writing the journal for people and spreadsheets: Markdown for reading
//! before a meeting, CSV for spreadsheets (vCard and ICS have their own
//! modules). Pure text builders over the journal's read models.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::text::inert;
use crate::domain::{Direction, EntryState, Nature};
use crate::journal::{Card, HistoryItem, ListRow};

/// A one-page dossier to read before meeting someone.
pub fn markdown(card: &Card, today: NaiveDate) -> String {
    let c = &card.contact;
    let mut md = format!("# {}\n\n", c.name);
    let work: Vec<&str> = [c.role.as_str(), c.org.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !work.is_empty() {
        let _ = writeln!(md, "{}\n", work.join(" at "));
    }
    md.push_str("## How we met\n\n");
    let mut met = if c.met.text.is_empty() {
        "Not recorded.".to_string()
    } else {
        c.met.text.clone()
    };
    if let Some(on) = c.met.on {
        let _ = write!(met, ", {on}");
    }
    if let Some(via) = &card.via {
        let _ = write!(met, ", introduced by {}", via.name);
    }
    let _ = writeln!(md, "{met}.\n");
    if !c.dates.is_empty() {
        md.push_str("## Dates to remember\n\n");
        for d in &c.dates {
            let _ = writeln!(md, "- {}", d.line(today));
        }
        md.push('\n');
    }
    if !c.addresses.is_empty() {
        md.push_str("## Addresses\n\n");
        for a in &c.addresses {
            let _ = writeln!(md, "- {}", a.shown());
        }
        md.push('\n');
    }
    let shared: Vec<&str> = card
        .interests
        .iter()
        .filter(|i| i.shared)
        .map(|i| i.name.as_str())
        .collect();
    let others: Vec<&str> = card
        .interests
        .iter()
        .filter(|i| !i.shared)
        .map(|i| i.name.as_str())
        .collect();
    md.push_str("## Interests\n\n");
    let _ = writeln!(
        md,
        "- Shared with you: {}",
        if shared.is_empty() {
            "none yet".into()
        } else {
            shared.join(", ")
        }
    );
    if !others.is_empty() {
        let _ = writeln!(md, "- Theirs: {}", others.join(", "));
    }
    md.push('\n');
    for (title, items) in [("What they need", &c.needs), ("What they offer", &c.offers)] {
        if !items.is_empty() {
            let _ = writeln!(md, "## {title}\n");
            for i in items {
                let _ = writeln!(md, "- {i}");
            }
            md.push('\n');
        }
    }
    let t = &card.balance.tallies;
    md.push_str("## Balance\n\n");
    let _ = writeln!(md, "- {}", card.help.line());
    let _ = writeln!(md, "- asks (weight): {}", t.asks());
    if let Some(days) = card.balance.days_since_touch(today) {
        let _ = writeln!(md, "- last touch {}", crate::domain::dates::ago(days));
    }
    md.push('\n');
    let open: Vec<String> = card
        .history
        .iter()
        .filter_map(|h| match h {
            HistoryItem::Ledger(e) if e.state == EntryState::Open => {
                Some(match (e.direction, e.nature) {
                    (Direction::MeToThem, Nature::Give) => {
                        format!("- You promised: {} ({})", e.text, e.date)
                    }
                    (Direction::ThemToMe, Nature::Ask) => {
                        format!("- They asked you: {} ({})", e.text, e.date)
                    }
                    (Direction::MeToThem, Nature::Ask) => {
                        format!("- You asked them: {} ({})", e.text, e.date)
                    }
                    (Direction::ThemToMe, Nature::Give) => {
                        format!("- They promised: {} ({})", e.text, e.date)
                    }
                })
            }
            _ => None,
        })
        .collect();
    if !open.is_empty() {
        md.push_str("## Open promises and requests\n\n");
        md.push_str(&open.join("\n"));
        md.push_str("\n\n");
    }
    md.push_str("## Last interactions\n\n");
    let mut any = false;
    for h in card
        .history
        .iter()
        .filter(|h| matches!(h, HistoryItem::Interaction(_)))
        .take(5)
    {
        let line = card.headline(h);
        let _ = writeln!(md, "- {} {}: {}", line.date, line.label, line.text);
        if !line.details.is_empty() {
            let _ = writeln!(md, "  - {}", line.details.replace('\n', " "));
        }
        any = true;
    }
    if !any {
        md.push_str("None recorded yet.\n");
    }
    // Read in a terminal: nothing in it may drive one.
    inert(&md)
}

/// People with their balance and last touch, for spreadsheets.
pub fn csv(rows: &[ListRow]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    w.write_record([
        "id",
        "name",
        "organisation",
        "role",
        "tier",
        "tags",
        "closed",
        "last_touch",
        "lean",
    ])
    .map_err(fail)?;
    for r in rows {
        w.write_record([
            r.id.0.to_string(),
            inert(&r.name),
            inert(&r.org),
            inert(&r.role),
            r.tier.to_string(),
            inert(&r.tags.join(", ")),
            r.closed.to_string(),
            r.last_touch.map(|d| d.to_string()).unwrap_or_default(),
            r.lean.to_string(),
        ])
        .map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
