//! Every CSV writer against a model of the programs that open its file:
//! random cells (formula characters, quotes, numbers, phones, words) put
//! in a person's name, organisation, role, phone, email and notes, written
//! by `export --format csv` and `export --format google`, read back as CSV.
//! The model of a spreadsheet: a cell starting with `=`, `+`, `-`, `@`,
//! a tab or a carriage return is a formula; one holding anything beside
//! digits and ` +-().#*/` could call something; a leading `'` makes the
//! rest text, shown without the `'`. Google Contacts reads a cell as it
//! is, so its phones carry a `'` only where they could run; every other
//! cell is the csv export's.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::uncell;
use crate::domain::text::inert;
use crate::domain::{Contact, Id, Labelled, Tier};
use crate::interchange::{export, google};
use crate::journal::ListRow;

const STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet could run more than arithmetic from `cell`.
fn runs(cell: &str) -> bool {
    cell.starts_with(STARTS)
        && !cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().#*/".contains(c))
}

/// What a spreadsheet shows for `cell`, or `None` where it computes it
/// into something else than what is written.
fn shown(cell: &str) -> Option<&str> {
    if let Some(text) = cell.strip_prefix('\'') {
        Some(text)
    } else if !cell.starts_with(STARTS) || cell.parse::<i64>().is_ok_and(|n| n.to_string() == cell)
    {
        Some(cell)
    } else {
        None
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "['=+@\t\r-]{0,3}[a-z|!( ]{0,6}",
        "['+-]{0,2}[0-9][0-9 ().#*/-]{0,10}",
        "[A-Z][a-z]{1,6}",
    ]
    .prop_map(|t| inert(&t))
}

fn person() -> impl Strategy<Value = (Contact, i64)> {
    (prop::collection::vec(text(), 6), any::<i64>()).prop_map(|(t, lean)| {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        // A name of one word, so Google's First Name column holds it whole.
        let name = t[0].replace(' ', "");
        let name = if name.is_empty() {
            "Anna".to_string()
        } else {
            name
        };
        let mut c = Contact::new(Id(1), name, day);
        c.org = t[1].trim().to_string();
        c.role = t[2].trim().to_string();
        c.phones = vec![Labelled::new("", &t[3])];
        c.emails = vec![Labelled::new("", &t[4])];
        c.notes = t[5].trim().to_string();
        (c, lean)
    })
}

/// Each column's cell on the one row of `file`.
fn row(file: &str) -> Result<HashMap<String, String>, TestCaseError> {
    let mut reader = csv::Reader::from_reader(file.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| TestCaseError::fail(e.to_string()))?
        .clone();
    let record = reader.records().next();
    let record = record.ok_or_else(|| TestCaseError::fail("no row"))?;
    let record = record.map_err(|e| TestCaseError::fail(e.to_string()))?;
    Ok(headers
        .iter()
        .map(String::from)
        .zip(record.iter().map(String::from))
        .collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_csv_writer_writes_a_cell_that_runs_and_each_tells_its_reader_the_truth(
        (c, lean) in person(),
    ) {
        let list = ListRow {
            id: c.id,
            name: Arc::from(c.name.as_str()),
            org: Arc::from(c.org.as_str()),
            role: Arc::from(c.role.as_str()),
            tier: Tier::default(),
            tags: Arc::from(Vec::new()),
            closed: false,
            last_touch: None,
            lean,
            help: Default::default(),
        };
        let people = HashMap::from([(c.id, c.clone())]);
        let sheet = row(&export::csv(&[list], &people).map_err(TestCaseError::fail)?)?;
        let contacts = row(&google::contacts_csv(std::slice::from_ref(&c), Some("1a2b3c4d")).map_err(TestCaseError::fail)?)?;
        for (header, cell) in sheet.iter().chain(&contacts) {
            prop_assert!(!runs(cell), "{}: {:?} runs in a spreadsheet", header, cell);
        }
        let typed = [
            ("name", "First Name", c.name.clone()),
            ("organisation", "Organization Name", c.org.clone()),
            ("role", "Organization Title", c.role.clone()),
            ("Phone 1 - Value", "Phone 1 - Value", c.phones[0].value().to_string()),
            ("E-mail 1 - Value", "E-mail 1 - Value", c.emails[0].value().to_string()),
            ("lean", "Notes", String::new()),
        ];
        for (column, google_column, want) in typed {
            let cell = &sheet[column];
            let want = if column == "lean" { lean.to_string() } else { want };
            // A spreadsheet shows what was typed, and so does givegive's import.
            prop_assert_eq!(shown(cell), Some(want.as_str()), "csv {}", column);
            prop_assert_eq!(uncell(cell), want.as_str(), "csv {}", column);
            if column == "lean" {
                continue;
            }
            // Google Contacts reads what was typed: its text guarded
            // exactly as the csv export guards it (trial 27t #6), a phone
            // with a `'` only where it could run, or where givegive's
            // import would take off a `'` of the person's own without it.
            let sheet_cell = cell;
            let cell = &contacts[google_column];
            let quoted = cell.as_str() != want;
            if google_column.starts_with("Phone") {
                let needed = runs(&want) || uncell(&want) != want;
                prop_assert_eq!(quoted, needed, "google {}: {:?}", google_column, cell);
            } else {
                prop_assert_eq!(cell, sheet_cell, "google {} as csv {}", google_column, column);
            }
            prop_assert_eq!(uncell(cell), want.as_str(), "google {}", google_column);
        }
    }
}
