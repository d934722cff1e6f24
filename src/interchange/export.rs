//! Writing the journal for people and spreadsheets: Markdown for reading
//! before a meeting, CSV for spreadsheets (vCard and ICS have their own
//! modules). Pure text builders over the journal's read models.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::safe::{Reader, cell, md, md_inline};
use crate::domain::labelled::{self, Labelled};
use crate::domain::text::inert;
use crate::domain::{Contact, Direction, EntryState, Id, Nature, Occasion, Status};
use crate::journal::{Card, HistoryItem, ListRow};

/// A one-page dossier to read before meeting someone: a file kept and
/// read later, so its days are dates, never "tomorrow" or "3 days ago".
pub fn markdown(card: &Card) -> String {
    let c = &card.contact;
    let mut out = format!("# {}\n\n", md(&c.name));
    let work: Vec<String> = [c.role.as_str(), c.org.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(md)
        .collect();
    if !work.is_empty() {
        let _ = writeln!(out, "{}\n", work.join(" at "));
    }
    // The names they go by and the tags they were filed under, as `show`
    // has them: who to ask for, and in what context.
    for (title, items) in [("Also known as", &c.aliases), ("Tags", &c.tags)] {
        if !items.is_empty() {
            let items: Vec<String> = items.iter().map(|i| md(i)).collect();
            let _ = writeln!(out, "{title}: {}\n", items.join(", "));
        }
    }
    reach(&mut out, c);
    out.push_str("## How we met\n\n");
    let mut met = if c.met.text.is_empty() {
        "Not recorded".to_string()
    } else {
        md(&c.met.text)
    };
    if let Some(on) = c.met.on {
        let _ = write!(met, ", {on}");
    }
    if let Some(via) = &card.via {
        let _ = write!(met, ", introduced by {}", md(&via.name));
    }
    let _ = writeln!(out, "{met}.\n");
    if !c.dates.is_empty() {
        out.push_str("## Dates to remember\n\n");
        for d in &c.dates {
            // A file is read later: the day itself, never "(tomorrow)"
            // (report 27d #14).
            let _ = writeln!(out, "- {}", md(&format!("{} {d}", d.title())));
        }
        out.push('\n');
    }
    // Their people (a spouse, a colleague), linked or as their address
    // book named them: what to ask after.
    let related = card.relations();
    if !related.is_empty() {
        out.push_str("## Related\n\n");
        for r in &related {
            let _ = writeln!(out, "- {}", md(r));
        }
        out.push('\n');
    }
    if !c.addresses.is_empty() {
        out.push_str("## Addresses\n\n");
        for a in &c.addresses {
            let _ = writeln!(out, "- {}", md(&a.shown()));
        }
        out.push('\n');
    }
    let shared: Vec<String> = card
        .interests
        .iter()
        .filter(|i| i.shared)
        .map(|i| md(&i.name))
        .collect();
    let others: Vec<String> = card
        .interests
        .iter()
        .filter(|i| !i.shared)
        .map(|i| md(&i.name))
        .collect();
    // No interests at all: no section to say so (trial 28c #20).
    if !(shared.is_empty() && others.is_empty()) {
        interests(&mut out, &shared, &others);
    }
    for (title, items) in [("What they need", &c.needs), ("What they offer", &c.offers)] {
        if !items.is_empty() {
            let _ = writeln!(out, "## {title}\n");
            for i in items {
                let _ = writeln!(out, "- {}", md(i));
            }
            out.push('\n');
        }
    }
    if !c.notes.trim().is_empty() {
        // Each line of the notes a paragraph of its own, as typed.
        out.push_str("## Notes\n\n");
        for line in c.notes.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(out, "{}\n", md(line));
        }
    }
    let t = &card.balance.tallies;
    out.push_str("## Balance\n\n");
    let _ = writeln!(out, "- {}", card.help.line());
    let _ = writeln!(out, "- asks (weight): {}", t.asks());
    if let Some(day) = card.balance.last_touch {
        let _ = writeln!(out, "- last touch {day}");
    }
    out.push('\n');
    let open: Vec<String> = card
        .history
        .iter()
        .filter_map(|h| match h {
            HistoryItem::Ledger(e) if e.state == EntryState::Open => {
                Some(match (e.direction, e.nature) {
                    (Direction::MeToThem, Nature::Give) => {
                        format!("- You promised: {} ({})", md(&e.text), e.date)
                    }
                    (Direction::ThemToMe, Nature::Ask) => {
                        format!("- They asked you: {} ({})", md(&e.text), e.date)
                    }
                    (Direction::MeToThem, Nature::Ask) => {
                        format!("- You asked them: {} ({})", md(&e.text), e.date)
                    }
                    (Direction::ThemToMe, Nature::Give) => {
                        format!("- They promised: {} ({})", md(&e.text), e.date)
                    }
                })
            }
            _ => None,
        })
        .collect();
    if !open.is_empty() {
        out.push_str("## Open promises and requests\n\n");
        out.push_str(&open.join("\n"));
        out.push_str("\n\n");
    }
    out.push_str("## Last interactions\n\n");
    let mut any = false;
    for h in card
        .history
        .iter()
        .filter(|h| matches!(h, HistoryItem::Interaction(_)))
        .take(5)
    {
        let line = card.headline(h);
        let _ = writeln!(
            out,
            "- {} {}: {}",
            line.date,
            md(line.label),
            md(&line.text)
        );
        if !line.details.is_empty() {
            let _ = writeln!(out, "  - {}", md(&line.details));
        }
        any = true;
    }
    if !any {
        out.push_str("None recorded yet.\n");
    }
    // Read in a terminal: nothing in it may drive one.
    inert(&out)
}

/// How to reach them, as the card shows it: each email and phone once,
/// with every label it has ("- phone (cell, callback): (111) 555-4444"),
/// each chat handle with its service and each web address, so the page
/// read before a meeting carries how to write or call.
fn reach(out: &mut String, c: &Contact) {
    if c.emails.is_empty() && c.phones.is_empty() && c.handles.is_empty() && c.urls.is_empty() {
        return;
    }
    out.push_str("## How to reach them\n\n");
    for (kind, list) in [
        ("email", &c.emails),
        ("phone", &c.phones),
        ("chat", &c.handles),
    ] {
        for item in labelled::by_value(list) {
            let label = match item.label.as_str() {
                "" => String::new(),
                label => format!(" ({})", md_inline(label)),
            };
            let _ = writeln!(out, "- {kind}{label}: {}", md_inline(item.value()));
        }
    }
    for url in &c.urls {
        let _ = writeln!(out, "- web: {}", md_inline(url));
    }
    out.push('\n');
}

/// The dossier's interests: those shared with you (or none yet), theirs.
fn interests(out: &mut String, shared: &[String], others: &[String]) {
    out.push_str("## Interests\n\n");
    let _ = writeln!(
        out,
        "- Shared with you: {}",
        if shared.is_empty() {
            "none yet".into()
        } else {
            shared.join(", ")
        }
    );
    if !others.is_empty() {
        let _ = writeln!(out, "- Theirs: {}", others.join(", "));
    }
    out.push('\n');
}

/// When and why a person was closed, if they were.
fn closed(p: Option<&Contact>) -> Option<(chrono::NaiveDate, &str)> {
    match &p?.status {
        Status::Closed { reason, on } => Some((*on, reason.as_str())),
        Status::Active => None,
    }
}

/// People with their balance, last touch, emails and phones, for
/// spreadsheets: every field a person has one of (trial imd #2: how we
/// met, notes, the birthday... were missing while the README called it
/// an export of people), and their emails and phones. Lists other than
/// those (aliases, URLs, addresses, other days, related names, chat
/// handles, interests, needs, offers) and the history are not in it: the
/// `google` export is the one to bring people back from, `json` the
/// lossless one. Every cell is [`cell`]-neutralised for a spreadsheet
/// ([`Reader::Spreadsheet`]: the lean `-3` stays a number); the emails and
/// phones columns are named and joined (` ::: `) as Google Contacts' CSV
/// names and joins them, so `import --format google` reads them back.
pub fn csv(rows: &[ListRow], people: &HashMap<Id, Contact>) -> Result<String, String> {
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
        "E-mail 1 - Value",
        "Phone 1 - Value",
        "how_we_met",
        "met_on",
        "introduced_by",
        "birthday",
        "notes",
        "cadence_days",
        "created",
        "closed_on",
        "closed_reason",
    ])
    .map_err(fail)?;
    let text = |t: &str| cell(&inert(t), Reader::Spreadsheet).into_owned();
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for r in rows {
        let person = people.get(&r.id);
        // The values alone: what a spreadsheet or Google's import dials
        // or writes to (the labels are in the vCard and JSON exports).
        let joined = |list: Option<&Vec<Labelled>>| {
            let values = list.map(|l| labelled::values(l).collect::<Vec<_>>());
            text(&values.map(|v| v.join(" ::: ")).unwrap_or_default())
        };
        w.write_record([
            r.id.0.to_string(),
            text(&r.name),
            text(&r.org),
            text(&r.role),
            r.tier.to_string(),
            text(&r.tags.join(", ")),
            r.closed.to_string(),
            r.last_touch.map(|d| d.to_string()).unwrap_or_default(),
            text(&r.lean.to_string()),
            joined(person.map(|p| &p.emails)),
            joined(person.map(|p| &p.phones)),
            text(person.map_or("", |p| p.met.text.as_str())),
            day(person.and_then(|p| p.met.on)),
            text(
                person
                    .and_then(|p| people.get(&p.met.via?))
                    .map_or("", |v| v.name.as_str()),
            ),
            text(
                &person
                    .and_then(Contact::birthday)
                    .map(Occasion::iso)
                    .unwrap_or_default(),
            ),
            text(person.map_or("", |p| p.notes.as_str())),
            person
                .and_then(|p| p.cadence_days)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            day(person.map(|p| p.created)),
            day(closed(person).map(|(on, _)| on)),
            text(closed(person).map_or("", |(_, why)| why)),
        ])
        .map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
