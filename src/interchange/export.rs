//! Writing the journal for other programs: vCard for address books, ICS for
//! calendars, Markdown for reading before a meeting, CSV for spreadsheets.
//! Pure text builders over the journal's read models.

use std::fmt::Write as _;

use chrono::{Days, NaiveDate};

use crate::domain::{Contact, Direction, EntryState, FollowUp, Nature};
use crate::journal::{Card, HistoryItem, ListRow};

/// Which vCard version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VcardVersion {
    V3,
    V4,
}

/// Escapes a vCard/iCalendar text value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 character), as
/// RFC 6350 and RFC 5545 ask, and ends it with CRLF.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A stable identifier: re-exports update the same card or event.
fn uid(kind: &str, id: u64) -> String {
    format!("givegive-{kind}-{id}@givegive.local")
}

/// People as vCards, one after the other.
pub fn vcards(contacts: &[Contact], version: VcardVersion) -> String {
    let mut out = String::new();
    for c in contacts {
        line(&mut out, "BEGIN:VCARD");
        line(
            &mut out,
            if version == VcardVersion::V3 {
                "VERSION:3.0"
            } else {
                "VERSION:4.0"
            },
        );
        // A card that came from another address book keeps its UID there.
        let own = c.external_ids.iter().find_map(|x| x.strip_prefix("vcard:"));
        let card_uid = own.map_or_else(|| uid("contact", c.id.0), |u| u.replace(['\r', '\n'], ""));
        line(&mut out, &format!("UID:{card_uid}"));
        line(&mut out, &format!("FN:{}", escape(&c.name)));
        let mut words: Vec<&str> = c.name.split_whitespace().collect();
        let family = if words.len() > 1 {
            words.pop().unwrap_or_default()
        } else {
            ""
        };
        line(
            &mut out,
            &format!("N:{};{};;;", escape(family), escape(&words.join(" "))),
        );
        if !c.aliases.is_empty() {
            let aliases: Vec<String> = c.aliases.iter().map(|a| escape(a)).collect();
            line(&mut out, &format!("NICKNAME:{}", aliases.join(",")));
        }
        if !c.org.is_empty() {
            line(&mut out, &format!("ORG:{}", escape(&c.org)));
        }
        if !c.role.is_empty() {
            line(&mut out, &format!("TITLE:{}", escape(&c.role)));
        }
        for e in &c.emails {
            line(&mut out, &format!("EMAIL:{}", escape(e)));
        }
        for p in &c.phones {
            line(&mut out, &format!("TEL:{}", escape(p)));
        }
        for u in &c.urls {
            line(&mut out, &format!("URL:{}", u.replace(['\r', '\n'], "")));
        }
        if !c.tags.is_empty() {
            let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
            line(&mut out, &format!("CATEGORIES:{}", tags.join(",")));
        }
        let mut note = String::new();
        if !c.met.text.is_empty() || c.met.on.is_some() {
            note.push_str("How we met: ");
            note.push_str(&c.met.text);
            if let Some(on) = c.met.on {
                let _ = write!(note, " ({on})");
            }
        }
        if !c.notes.is_empty() {
            if !note.is_empty() {
                note.push('\n');
            }
            note.push_str(&c.notes);
        }
        if !note.is_empty() {
            line(&mut out, &format!("NOTE:{}", escape(note.trim())));
        }
        line(&mut out, "END:VCARD");
    }
    out
}

fn ics_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Pending follow-ups as all-day events with a morning reminder (or as
/// to-dos), each with a stable UID.
pub fn ics(follow_ups: &[(FollowUp, String)], today: NaiveDate, as_todo: bool) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//givegive//givegive follow-ups//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    for (f, name) in follow_ups {
        let Some(day) = f.pending_on() else { continue };
        let summary = escape(&format!("Follow up with {name}: {}", f.text));
        line(
            &mut out,
            if as_todo {
                "BEGIN:VTODO"
            } else {
                "BEGIN:VEVENT"
            },
        );
        line(&mut out, &format!("UID:{}", uid("follow-up", f.id.0)));
        line(&mut out, &format!("DTSTAMP:{}T000000Z", ics_date(today)));
        if as_todo {
            line(&mut out, &format!("DUE;VALUE=DATE:{}", ics_date(day)));
            line(&mut out, "STATUS:NEEDS-ACTION");
        } else {
            line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(day)));
            let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
            line(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(next)));
            line(&mut out, "TRANSP:TRANSPARENT");
        }
        line(&mut out, &format!("SUMMARY:{summary}"));
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("DESCRIPTION:{summary}"));
        line(&mut out, "TRIGGER:PT9H");
        line(&mut out, "END:VALARM");
        line(&mut out, if as_todo { "END:VTODO" } else { "END:VEVENT" });
    }
    line(&mut out, "END:VCALENDAR");
    out
}

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
    let _ = writeln!(
        md,
        "You gave {} (weight {}), asked {} ({}); they gave {} ({}), asked {} ({}). Lean {:+}: {}.",
        t.my_gives.count,
        t.my_gives.weight,
        t.my_asks.count,
        t.my_asks.weight,
        t.their_gives.count,
        t.their_gives.weight,
        t.their_asks.count,
        t.their_asks.weight,
        card.lean,
        crate::domain::Tallies::lean_meaning(card.lean)
    );
    if let Some(days) = card.balance.days_since_touch(today) {
        let _ = writeln!(md, "Last touch {days} days ago.");
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
    md
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
            r.name.to_string(),
            r.org.to_string(),
            r.role.to_string(),
            r.tier.to_string(),
            r.tags.join(", "),
            r.closed.to_string(),
            r.last_touch.map(|d| d.to_string()).unwrap_or_default(),
            r.lean.to_string(),
        ])
        .map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut out = String::new();
        line(&mut out, &format!("NOTE:{}", "è".repeat(60)));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("NOTE:{}\r\n", "è".repeat(60))
        );
    }

    #[test]
    fn values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
