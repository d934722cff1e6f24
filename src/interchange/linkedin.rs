//! LinkedIn's data export, `Connections.csv`.
//!
//! Real files open with a "Notes:" preamble (older ones don't), carry a BOM
//! after an Excel re-save, quote fields with commas, leave emails mostly
//! empty, write "Connected On" as `12 Mar 2023` (or `4-Apr-21` after Excel),
//! have rows with only a date for hidden profiles, and lack the `URL` column
//! in older exports. So the header row is found by its names and columns are
//! mapped by name, never by position.

use chrono::NaiveDate;

use crate::journal::ContactDraft;

/// The parsed file: people, and how many rows had nobody in them.
#[derive(Debug, Default)]
pub struct Connections {
    pub people: Vec<ContactDraft>,
    pub hidden: usize,
}

fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    [
        "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y",
    ]
    .iter()
    .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// Parses `Connections.csv`; errors start with the line number (`7: ...`).
pub fn parse(text: &str) -> Result<Connections, String> {
    let text = text.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = text.lines().collect();
    let header_at = lines
        .iter()
        .position(|l| {
            let l = l.trim_start_matches('\u{feff}').to_ascii_lowercase();
            l.contains("first name") && l.contains("last name")
        })
        .ok_or(
            "no header with \"First Name\" and \"Last Name\": is this LinkedIn's Connections.csv?",
        )?;
    let body: String = lines[header_at..].join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(body.as_bytes());
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
    let mut out = Connections::default();
    for (n, record) in reader.records().enumerate() {
        let line = header_at + n + 2;
        let record = record.map_err(|e| format!("{line}: {e}"))?;
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .unwrap_or_default()
                .to_string()
        };
        let name = format!("{} {}", get(first), get(last)).trim().to_string();
        if name.is_empty() {
            out.hidden += 1;
            continue;
        }
        let on = get(connected);
        let met_on = if on.is_empty() {
            None
        } else {
            Some(date(&on).ok_or_else(|| format!("{line}: '{on}' is not a date"))?)
        };
        let nonempty = |s: String| if s.is_empty() { Vec::new() } else { vec![s] };
        out.people.push(ContactDraft {
            name,
            met_text: "LinkedIn".into(),
            met_on,
            org: get(company),
            role: get(position),
            urls: nonempty(get(url)),
            emails: nonempty(get(email)),
            allow_duplicate: true,
            ..ContactDraft::default()
        });
    }
    Ok(out)
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
    fn older_files_without_url_and_bad_dates() {
        let old = "First Name,Last Name,Email Address,Company,Position,Connected On\nZoe,Muller,,Bergwerk,Recruiter,1 Jan 2019\n";
        let c = parse(old).unwrap_or_default();
        assert!(c.people[0].urls.is_empty());
        assert_eq!(c.people[0].role, "Recruiter");
        let bad = "First Name,Last Name,Connected On\nA,B,yesterday-ish\n";
        assert_eq!(
            parse(bad).err(),
            Some("2: 'yesterday-ish' is not a date".into())
        );
        assert!(parse("name,email\nx,y\n").is_err());
    }
}
