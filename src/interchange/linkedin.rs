//! LinkedIn's data export, `Connections.csv`.
//!
//! Real files open with a "Notes:" preamble (older ones don't), carry a BOM
//! after an Excel re-save, quote fields with commas, leave emails mostly
//! empty, write "Connected On" as `12 Mar 2023` (or `4-Apr-21` after Excel),
//! have rows with only a date for hidden profiles, and lack the `URL` column
//! in older exports. So the header row is found by its names and columns are
//! mapped by name, never by position.

use chrono::NaiveDate;

use std::io::{BufRead, Read};

use super::Row;
use crate::domain::Labelled;
use crate::domain::text::quote;
use crate::journal::ContactDraft;

/// The parsed file: people, and how many rows had nobody in them.
#[derive(Debug, Default)]
pub struct Connections {
    pub people: Vec<ContactDraft>,
    pub hidden: usize,
    /// Rows that could not be read, as `LINE: reason`.
    pub bad: Vec<String>,
}

fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    [
        "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y",
    ]
    .iter()
    .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// An invitation to connect, with the message that came with it: exactly
/// the "how we met" context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The other person (the sender of an incoming one, the invitee of an
    /// outgoing one).
    pub name: String,
    pub url: String,
    pub message: String,
}

/// One message of a conversation, with both sides as LinkedIn names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub date: NaiveDate,
    pub from: String,
    pub from_url: String,
    pub to: Vec<String>,
    pub to_urls: Vec<String>,
    pub subject: String,
    pub content: String,
}

/// Which of LinkedIn's files a text is, parsed.
#[derive(Debug)]
pub enum Export {
    Connections(Connections),
    Invitations(Vec<Invitation>),
    Messages(Vec<Message>),
}

/// Parses `Connections.csv`, `Invitations.csv` or `messages.csv`, told apart
/// by their headers.
pub fn parse_any(text: &str) -> Result<Export, String> {
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if first.contains("conversation id") {
        return messages(text).map(Export::Messages);
    }
    if !is_connections(&first) {
        return invitations(text).map(Export::Invitations);
    }
    parse(text).map(Export::Connections)
}

/// Whether a file whose first line is `first` is `Connections.csv` (its
/// notes or its header), not the messages' or invitations' file.
pub fn is_connections(first: &str) -> bool {
    let first = first.trim_start_matches('\u{feff}').to_ascii_lowercase();
    let messages = first.contains("conversation id");
    let invitations =
        first.contains("direction") && first.contains("message") && first.starts_with("from");
    !(messages || invitations)
}

/// A CSV row: its line number and its values by lower-cased column name.
type Named = (usize, std::collections::HashMap<String, String>);

/// Reads a headed CSV into rows.
fn rows(text: &str) -> Result<Vec<Named>, String> {
    let (mut reader, headers) = super::headed_csv(text)?;
    let mut out = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{}: {e}", super::error_line(&e, n + 2)))?;
        let line = super::line_of(&record, n + 2);
        let row = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (h.clone(), v.trim().to_string()))
            .collect();
        out.push((line, row));
    }
    Ok(out)
}

fn invitations(text: &str) -> Result<Vec<Invitation>, String> {
    let mut out = Vec::new();
    for (_, row) in rows(text)? {
        let get = |k: &str| row.get(k).cloned().unwrap_or_default();
        let incoming = get("direction").eq_ignore_ascii_case("incoming");
        let (name, url) = if incoming {
            (get("from"), get("inviterprofileurl"))
        } else {
            (get("to"), get("inviteeprofileurl"))
        };
        let message = get("message");
        if !message.is_empty() && !name.is_empty() {
            out.push(Invitation { name, url, message });
        }
    }
    Ok(out)
}

fn messages(text: &str) -> Result<Vec<Message>, String> {
    let mut out = Vec::new();
    for (line, row) in rows(text)? {
        let get = |k: &str| row.get(k).cloned().unwrap_or_default();
        let content = get("content");
        if content.is_empty() {
            continue;
        }
        let raw = get("date");
        let day = raw
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let date = day.ok_or_else(|| format!("{line}: '{}' is not a date", quote(&raw)))?;
        let split = |v: String| -> Vec<String> {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        out.push(Message {
            date,
            from: get("from"),
            from_url: get("sender profile url"),
            to: split(get("to")),
            to_urls: split(get("recipient profile urls")),
            subject: get("subject"),
            content,
        });
    }
    Ok(out)
}

/// Parses `Connections.csv`; errors start with the line number (`7: ...`).
pub fn parse(text: &str) -> Result<Connections, String> {
    let mut out = Connections::default();
    connections(text.trim_start_matches('\u{feff}').as_bytes(), |row| {
        match row {
            Row::Person(p) => out.people.push(*p),
            Row::Hidden => out.hidden += 1,
            Row::Bad(b) => out.bad.push(b),
        }
        true
    })?;
    Ok(out)
}

/// Reads `Connections.csv` (decoded, its BOM dropped) a row at a time,
/// handing each to `row` until it says to stop (returns false). The notes
/// LinkedIn puts above the header are skipped.
pub fn connections(
    mut input: impl BufRead,
    mut row: impl FnMut(Row) -> bool,
) -> Result<(), String> {
    let mut header = String::new();
    let mut header_at = 0;
    loop {
        header.clear();
        let read = input.read_line(&mut header).map_err(|e| e.to_string())?;
        let l = header.trim_start_matches('\u{feff}').to_ascii_lowercase();
        if l.contains("first name") && l.contains("last name") {
            break;
        }
        if read == 0 {
            return Err("no header with \"First Name\" and \"Last Name\": is this LinkedIn's Connections.csv?".into());
        }
        header_at += 1;
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(std::io::Cursor::new(header.into_bytes()).chain(input));
    let headers = reader
        .headers()
        .map_err(|e| format!("{}: {e}", header_at + 1))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect::<Vec<_>>();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (first, last) = (col("first name"), col("last name"));
    let (url, email, company, position, connected) = (
        col("url"),
        col("email address"),
        col("company"),
        col("position"),
        col("connected on"),
    );
    let mut record = csv::StringRecord::new();
    // The reader starts at the header: its lines are `header_at` short.
    for n in 0.. {
        let read = match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = header_at + super::line_of(&record, n + 2);
                person(
                    &record,
                    line,
                    &Columns {
                        first,
                        last,
                        url,
                        email,
                        company,
                        position,
                        connected,
                    },
                )
            }
            Err(e) => {
                let line = header_at + super::error_line(&e, n + 2);
                Row::Bad(format!("{line}: {e}"))
            }
        };
        if !row(read) {
            break;
        }
    }
    Ok(())
}

/// Where `Connections.csv` keeps each field.
struct Columns {
    first: Option<usize>,
    last: Option<usize>,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected: Option<usize>,
}

/// One connection's row, read on line `line`.
fn person(record: &csv::StringRecord, line: usize, c: &Columns) -> Row {
    let get = |i: Option<usize>| {
        i.and_then(|i| record.get(i))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    let name = format!("{} {}", get(c.first), get(c.last))
        .trim()
        .to_string();
    if name.is_empty() {
        return Row::Hidden;
    }
    let on = get(c.connected);
    let met_on = if on.is_empty() {
        None
    } else {
        match date(&on) {
            Some(d) => Some(d),
            None => return Row::Bad(format!("{line}: '{}' is not a date", quote(&on))),
        }
    };
    let nonempty = |s: String| if s.is_empty() { Vec::new() } else { vec![s] };
    Row::Person(Box::new(ContactDraft {
        name,
        met_text: "LinkedIn".into(),
        met_on,
        org: get(c.company),
        role: get(c.position),
        urls: nonempty(get(c.url)),
        emails: nonempty(get(c.email))
            .iter()
            .map(|e| Labelled::new("", e))
            .collect(),
        allow_duplicate: true,
        ..ContactDraft::default()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_and_maps_columns_by_name() {
        let file = "\u{feff}Notes:\n\"When exporting, some emails are missing, see \"\"settings\"\"\"\n\n\
            First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
            Anna,Rossi,https://www.linkedin.com/in/annarossi,,\"Fintastic, Inc.\",Head of product,12 Mar 2023\n\
            ,,,,,,3 Feb 2021\n\
            Marco,Verdi,https://www.linkedin.com/in/mverdi,marco@example.org,Acme,CTO,4-Apr-21\n";
        let c = parse(file).unwrap_or_default();
        assert_eq!(c.hidden, 1);
        assert_eq!(c.people.len(), 2);
        let anna = &c.people[0];
        assert_eq!(anna.name, "Anna Rossi");
        assert_eq!(anna.org, "Fintastic, Inc.");
        assert_eq!(anna.met_on, NaiveDate::from_ymd_opt(2023, 3, 12));
        assert_eq!(anna.met_text, "LinkedIn");
        assert!(anna.emails.is_empty());
        assert_eq!(c.people[1].met_on, NaiveDate::from_ymd_opt(2021, 4, 4));
        assert_eq!(c.people[1].emails, ["marco@example.org"]);
    }

    #[test]
    fn invitations_and_messages_are_told_apart() {
        let inv = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n\
            Anna Rossi,Me,\"11/15/23, 10:31 AM\",\"Great talk on pricing, let's stay in touch\",INCOMING,https://www.linkedin.com/in/annarossi,https://www.linkedin.com/in/me\n\
            Me,Marco Verdi,\"11/16/23, 9:00 AM\",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/mverdi\n";
        let Ok(Export::Invitations(list)) = parse_any(inv) else {
            panic!("invitations")
        };
        assert_eq!(list.len(), 1, "no message, no context");
        assert_eq!(list[0].name, "Anna Rossi");
        assert_eq!(
            list[0].message,
            "Great talk on pricing, let's stay in touch"
        );
        let msg = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
            2-abc,,Anna Rossi,https://www.linkedin.com/in/annarossi,Me,https://www.linkedin.com/in/me,2023-11-17 08:00:01 UTC,,\"Here is the deck, thanks!\",INBOX\n";
        let Ok(Export::Messages(list)) = parse_any(msg) else {
            panic!("messages")
        };
        assert_eq!(
            list[0].date,
            NaiveDate::from_ymd_opt(2023, 11, 17).unwrap_or_default()
        );
        assert_eq!(list[0].to_urls, ["https://www.linkedin.com/in/me"]);
        assert!(matches!(
            parse_any("First Name,Last Name\nA,B\n"),
            Ok(Export::Connections(_))
        ));
    }

    #[test]
    fn older_files_without_url_and_bad_dates() {
        let old = "First Name,Last Name,Email Address,Company,Position,Connected On\nZoe,Muller,,Bergwerk,Recruiter,1 Jan 2019\n";
        let c = parse(old).unwrap_or_default();
        assert!(c.people[0].urls.is_empty());
        assert_eq!(c.people[0].role, "Recruiter");
        let bad = "First Name,Last Name,Connected On\nA,B,yesterday-ish\nC,D,1 Jan 2020\n";
        let c = parse(bad).unwrap_or_default();
        assert_eq!(c.bad, ["2: 'yesterday-ish' is not a date"]);
        assert_eq!(c.people.len(), 1, "the good rows are kept for --skip-bad");
        assert!(parse("name,email\nx,y\n").is_err());
    }
}
