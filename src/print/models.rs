//! Plain-text renderings of the journal's read models.
//!
//! Text output is for people: aligned columns, dates relative to today, and
//! every stored string made inert (control characters shown as `�`) so a
//! name holding an escape sequence cannot drive the terminal.

use std::io::{self, Write};

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use crate::domain::review::{Item, Queue};
use crate::domain::text::{count, inert, inert_cow};

use crate::command::Unlisted;
use crate::domain::{Help, Status, Tallies, TrashEntry};
use crate::journal::{BalanceReport, Card, InterestRow, ListRow};
pub use matching::matches;

/// Pads `text` to `width` terminal columns (wide characters count double).
fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// Writes `text` padded to `width` columns and the two spaces that end a
/// column, without making a string of it.
fn column(out: &mut impl Write, text: &str, width: usize) -> io::Result<()> {
    write!(
        out,
        "{text}{:pad$}  ",
        "",
        pad = width.saturating_sub(text.width())
    )
}

/// A file size for people: 812 B, 14.2 kB, 3.1 MB (powers of 1000, as `ls
/// -h --si` and file managers show them).
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 999.95 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// "today", "3 days ago", "in 2 days".
pub fn relative(day: NaiveDate, today: NaiveDate) -> String {
    crate::domain::dates::ago((today - day).num_days())
}

pub fn card(out: &mut impl Write, card: &Card, today: NaiveDate) -> io::Result<()> {
    let c = &card.contact;
    write!(out, "{}  {}", inert(&c.name), c.id)?;
    if let Status::Closed { reason, on } = &c.status {
        write!(out, "  [closed {on}: {}]", inert(reason))?;
    }
    writeln!(out)?;
    if !c.aliases.is_empty() {
        writeln!(out, "  aka        {}", inert(&c.aliases.join(", ")))?;
    }
    let mut met = Vec::new();
    if !c.met.text.is_empty() {
        met.push(inert(&c.met.text));
    }
    if let Some(on) = c.met.on {
        met.push(on.to_string());
    }
    if let Some(via) = &card.via {
        met.push(format!("via {}", inert(&via.name)));
    }
    if !met.is_empty() {
        writeln!(out, "  met        {}", met.join(" · "))?;
    }
    let work: Vec<String> = [&c.role, &c.org]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| inert(s))
        .collect();
    if !work.is_empty() {
        writeln!(out, "  work       {}", work.join(" at "))?;
    }
    let touch = match card.balance.last_touch {
        Some(day) => format!("last touch {}", relative(day, today)),
        None => "never in touch yet".into(),
    };
    let cadence = c
        .cadence_days
        .map_or_else(String::new, |d| format!(" · every {d} days"));
    writeln!(out, "  tier       {}{cadence} · {touch}", c.tier)?;
    let shown = |items: &[crate::domain::Labelled]| -> Vec<String> {
        let one_each = crate::domain::labelled::by_value(items);
        one_each
            .iter()
            .map(crate::domain::Labelled::shown)
            .collect()
    };
    for (label, items) in [
        ("email", &shown(&c.emails)),
        ("phone", &shown(&c.phones)),
        ("chat", &shown(&c.handles)),
        ("url", &c.urls),
        ("tags", &c.tags),
        ("needs", &c.needs),
        ("offers", &c.offers),
    ] {
        if !items.is_empty() {
            writeln!(out, "  {}{}", pad(label, 11), inert(&items.join(", ")))?;
        }
    }
    for d in &c.dates {
        writeln!(out, "  date       {}", inert(&d.line(today)))?;
    }
    let related = card.relations();
    if !related.is_empty() {
        writeln!(out, "  related    {}", inert(&related.join(" · ")))?;
    }
    for a in &c.addresses {
        writeln!(out, "  address    {}", inert(&a.shown()))?;
    }
    if !card.interests.is_empty() {
        let list: Vec<String> = card
            .interests
            .iter()
            .map(|i| {
                if i.shared {
                    format!("{} (shared)", inert(&i.name))
                } else {
                    inert(&i.name)
                }
            })
            .collect();
        writeln!(out, "  interests  {}", list.join(", "))?;
    }
    if !c.notes.is_empty() {
        writeln!(
            out,
            "  notes      {}",
            inert(&c.notes).replace('\n', "\n             ")
        )?;
    }
    let t = &card.balance.tallies;
    writeln!(out, "  balance    {}", t.verdict(card.help.line()))?;
    writeln!(
        out,
        "             asks (weight): {} · open: {} of yours, {} to you",
        t.asks(),
        count(t.my_open_promises, "promise", "promises"),
        count(t.their_open_requests, "request", "requests")
    )?;
    if card.history.is_empty() {
        return writeln!(out, "\nNo history yet.");
    }
    writeln!(out, "\nHistory, newest first:")?;
    for item in &card.history {
        let line = card.headline(item);
        writeln!(
            out,
            "  {}  {}  {}  {}",
            line.date,
            pad(&line.id.to_string(), 6),
            pad(line.label, 10),
            inert(&line.text)
        )?;
        if !line.details.is_empty() {
            let indent = " ".repeat(34);
            let details = inert(&line.details).replace('\n', &format!("\n{indent}         "));
            writeln!(out, "{indent}details: {details}")?;
        }
    }
    Ok(())
}

pub fn list(
    out: &mut impl Write,
    rows: &[ListRow],
    why: Unlisted,
    today: NaiveDate,
) -> io::Result<()> {
    if rows.is_empty() {
        let add = "Add someone with: givegive add NAME --met \"...\"";
        return match why {
            Unlisted::Yet => writeln!(out, "No one in this journal yet. {add}"),
            Unlisted::Filtered => writeln!(out, "Nobody matches. {add}"),
            Unlisted::Closed(n) => writeln!(
                out,
                "Nobody open: {} (givegive list --closed shows them). {add}",
                count(n, "closed relationship", "closed relationships")
            ),
        };
    }
    // Written piece by piece, without a string per cell: a list can hold
    // 100,000 people.
    let closed = " [closed]";
    let name_width =
        |r: &ListRow| inert_cow(&r.name).width() + if r.closed { closed.len() } else { 0 };
    let width = rows.iter().map(name_width).max().unwrap_or(0).min(40);
    for r in rows {
        column(out, &r.id.to_string(), 6)?;
        write!(out, "{}", inert_cow(&r.name))?;
        if r.closed {
            out.write_all(closed.as_bytes())?;
        }
        write!(
            out,
            "{:pad$}  ",
            "",
            pad = width.saturating_sub(name_width(r))
        )?;
        column(out, r.tier.as_str(), 6)?;
        let touch = r
            .last_touch
            .map_or_else(|| "never".to_string(), |d| relative(d, today));
        column(out, &touch, 13)?;
        let mut work = [&r.role, &r.org].into_iter().filter(|s| !s.is_empty());
        if let Some(first) = work.next() {
            write!(out, "{}", inert_cow(first))?;
        }
        for more in work {
            write!(out, " at {}", inert_cow(more))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn balance(out: &mut impl Write, report: &BalanceReport) -> io::Result<()> {
    let rows = &report.rows;
    if rows.is_empty() {
        return writeln!(
            out,
            "Nothing given or asked yet. Record one with: givegive gave NAME \"...\""
        );
    }
    let width = rows
        .iter()
        .map(|r| inert(&r.name).width())
        .max()
        .unwrap_or(0)
        .clamp(5, 40);
    writeln!(
        out,
        "{}  {:>10}  {:>13}  {:>9}  {:>10}  lean",
        pad("who", width),
        Help::GIVEN,
        Help::RECEIVED,
        "you asked",
        "they asked"
    )?;
    let line = |out: &mut dyn Write, name: &str, t: &Tallies, help: &Help| {
        writeln!(
            out,
            "{}  {:>10}  {:>13}  {:>9}  {:>10}  {} ({})",
            pad(name, width),
            help.given.weight,
            help.received.weight,
            t.my_asks.weight,
            t.their_asks.weight,
            help.signed(),
            help.meaning
        )
    };
    for r in rows {
        line(out, &inert(&r.name), &r.tallies, &r.help)?;
    }
    line(out, "all", &report.totals, &report.help)?;
    writeln!(
        out,
        "(weights; {}; an ask counts as asked when it is made, whatever the answer)",
        Help::RULE
    )
}

pub fn interests(out: &mut impl Write, rows: &[InterestRow]) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(
            out,
            "No interests yet. Add yours with: givegive interest add NAME --mine"
        );
    }
    for r in rows {
        let mark = if r.mine { "*" } else { " " };
        let names: Vec<String> = r.people.iter().map(|p| inert(&p.name)).collect();
        let who = if names.is_empty() {
            "nobody yet".to_string()
        } else {
            names.join(", ")
        };
        let shared = if r.mine && !names.is_empty() {
            " shared:"
        } else {
            ":"
        };
        writeln!(
            out,
            "{mark} {} ({}){shared} {who}",
            inert(&r.name),
            r.people.len()
        )?;
    }
    writeln!(out, "(* = yours)")
}

pub fn review(out: &mut impl Write, queue: &Queue) -> io::Result<()> {
    if queue.items.is_empty() {
        return writeln!(out, "Nothing needs you today.");
    }
    let width = queue
        .items
        .iter()
        .chain(&queue.in_line)
        .map(|i| inert(&i.name).width())
        .max()
        .unwrap_or(0)
        .min(30);
    if !queue.in_line.is_empty() {
        writeln!(
            out,
            "Today: {}; {} in line, listed after them.",
            count(queue.people(), "person", "people"),
            queue.waiting
        )?;
    }
    let shown = review_lines(out, &queue.items, 0, width)?;
    // `review --all`: who waits, numbered on from the day's few, so the
    // number says where each stands.
    if !queue.in_line.is_empty() {
        writeln!(out, "In line for another day, in the order they wait:")?;
        review_lines(out, &queue.in_line, shown, width)?;
        return Ok(());
    }
    match queue.waiting {
        0 => {}
        1 => writeln!(
            out,
            "(1 more person waits for another day; review --all lists them)"
        )?,
        w => writeln!(
            out,
            "({w} more people wait for another day; review --all lists them)"
        )?,
    }
    Ok(())
}

/// The review's lines, one number and one name per person (their other
/// reasons follow), numbered after `before`; how many people they were.
fn review_lines(
    out: &mut impl Write,
    items: &[Item],
    before: usize,
    width: usize,
) -> io::Result<usize> {
    let mut n = before;
    let mut last = None;
    for item in items {
        if last == Some(item.contact) {
            writeln!(out, "    {}  {}", " ".repeat(width), inert(&item.why))?;
        } else {
            n += 1;
            writeln!(
                out,
                "{n:>2}. {}  {}",
                pad(&inert(&item.name), width),
                inert(&item.why)
            )?;
        }
        last = Some(item.contact);
    }
    Ok(n)
}

pub fn trash(out: &mut impl Write, entries: &[TrashEntry]) -> io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "The trash is empty.");
    }
    for e in entries {
        writeln!(
            out,
            "{}  deleted {}  {}",
            pad(&e.id.to_string(), 6),
            e.deleted_on,
            inert(&e.item.describe())
        )?;
    }
    writeln!(out, "(restore one with: givegive restore ID)")
}

mod matching;
#[cfg(test)]
mod tests;
