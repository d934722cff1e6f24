//! Google Contacts' CSV export, in its current ("First Name", "Labels",
//! "E-mail 1 - Value") and legacy ("Name", "Given Name", "Group Membership",
//! "Organization 1 - Name") shapes. Columns are found by name; a cell can hold
//! several values joined by ` ::: `, and a leading `* ` marks the primary one.

use crate::domain::{Address, Labelled, NameParts, Occasion, OccasionKind};
use std::io::Read;

mod write;

#[cfg(test)]
pub(crate) mod round_trip;

pub use write::contacts_csv;

use super::Row;
use crate::journal::ContactDraft;

fn values(cell: &str) -> Vec<String> {
    cell.split(":::")
        .map(|v| v.trim().trim_start_matches("* ").trim().to_string())
        .map(|v| super::safe::uncell(&v).to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

/// Parses the file: the people, and the rows that could not be read (as
/// `LINE: reason`). An unrecognisable file is an error.
pub fn parse(text: &str) -> Result<(Vec<ContactDraft>, Vec<String>), String> {
    let (mut out, mut bad) = (Vec::new(), Vec::new());
    each(text.trim_start_matches('\u{feff}').as_bytes(), |row| {
        match row {
            Row::Person(p) => out.push(*p),
            Row::Bad(b) => bad.push(b),
            Row::Hidden => {}
        }
        true
    })?;
    Ok((out, bad))
}

/// A column's name as Google's US export spells it. The same columns come
/// spelled otherwise: Google's import template and a hand-filled copy say
/// "Email 1 - Value", British English exports say "Organisation name" and
/// "Address 1 - Postcode". Read in one spelling, every shape finds its
/// emails, organisation and postcodes by the same names. `h` is lower case.
fn spelled(h: &str) -> String {
    let h = match h.strip_prefix("email ") {
        Some(rest) => format!("e-mail {rest}"),
        None => h.to_string(),
    };
    h.replace("organisation", "organization")
        .replace(" - postcode", " - postal code")
}

/// Reads the file (decoded, its BOM dropped) a row at a time, handing each
/// to `row` until it says to stop (returns false). An unrecognisable file
/// is an error.
pub fn each(input: impl Read, mut row: impl FnMut(Row) -> bool) -> Result<(), String> {
    let (mut reader, headers) = super::headed_reader(input)?;
    let headers: Vec<String> = headers.iter().map(|h| spelled(h)).collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let cols = |suffix: &str, prefix: &str| -> Vec<usize> {
        headers
            .iter()
            .enumerate()
            .filter(|(_, h)| h.starts_with(prefix) && h.ends_with(suffix))
            .map(|(i, _)| i)
            .collect()
    };
    let shape_known =
        col("first name").is_some() || col("given name").is_some() || col("name").is_some();
    if !shape_known {
        return Err(
            "1: no \"First Name\" or \"Name\" column: is this a Google Contacts CSV?".into(),
        );
    }
    let first = col("first name").or(col("given name"));
    let middle = col("middle name").or(col("additional name"));
    let last = col("last name").or(col("family name"));
    let full = col("name");
    let nickname = col("nickname");
    let notes = col("notes");
    let labels = col("labels").or(col("group membership"));
    let org = col("organization name").or(col("organization 1 - name"));
    let title = col("organization title").or(col("organization 1 - title"));
    // Each value column with its label column ("Phone 1 - Label").
    let labelled_cols = |prefix: &str| -> Vec<(usize, Option<usize>)> {
        cols(" - value", prefix)
            .into_iter()
            .map(|i| {
                let label = col(&headers[i].replace(" - value", " - label"));
                // The legacy shape calls it "Phone 1 - Type".
                (i, label.or(col(&headers[i].replace(" - value", " - type"))))
            })
            .collect()
    };
    let emails = labelled_cols("e-mail ");
    let phones = labelled_cols("phone ");
    let relations = labelled_cols("relation ");
    // A chat handle is labelled by its service ("IM 1 - Service": Skype).
    let chats: Vec<(usize, Option<usize>)> = cols(" - value", "im ")
        .into_iter()
        .map(|i| {
            let service = col(&headers[i].replace(" - value", " - service"));
            (
                i,
                service.or(col(&headers[i].replace(" - value", " - label"))),
            )
        })
        .collect();
    let sites = cols(" - value", "website ");
    let custom = labelled_cols("custom field ");
    let birthday = col("birthday");
    let prefix = col("name prefix");
    let suffix = col("name suffix");
    // Numbered groups: "Address 1 - City", "Event 2 - Value"...
    let numbered = |what: &str| -> Vec<usize> {
        let mut n: Vec<usize> = headers
            .iter()
            .filter_map(|h| h.strip_prefix(what)?.split(' ').next()?.parse().ok())
            .collect();
        n.sort_unstable();
        n.dedup();
        n
    };
    let address_numbers = numbered("address ");
    let event_numbers = numbered("event ");
    let mut record = csv::StringRecord::new();
    for n in 0.. {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                if !row(Row::Bad(format!("{}: {e}", super::error_line(&e, n + 2)))) {
                    break;
                }
                continue;
            }
        }
        let line = super::line_of(&record, n + 2);
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(|cell| super::safe::uncell(cell.trim()))
                .unwrap_or_default()
                .to_string()
        };
        let many = |is: &[usize]| {
            is.iter()
                .flat_map(|i| values(record.get(*i).unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let mut name = get(full);
        if name.is_empty() {
            // As Google Contacts shows it: "Mr. John Doe Sr.".
            name = [get(prefix), get(first), get(middle), get(last), get(suffix)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        // A cell of several values has one label for them all.
        let labelled = |is: &[(usize, Option<usize>)]| {
            is.iter()
                .flat_map(|(i, label)| {
                    let label = get(*label).trim_start_matches("* ").to_string();
                    values(record.get(*i).unwrap_or_default())
                        .into_iter()
                        .map(move |v| Labelled::new(&label, &v))
                })
                .collect::<Vec<_>>()
        };
        let emails = labelled(&emails);
        if name.is_empty() {
            name = emails
                .first()
                .map(|e| e.value.clone())
                .unwrap_or_else(|| get(org));
        }
        if name.is_empty() {
            continue;
        }
        let field = |group: &str, n: usize, part: &str| {
            get(col(&format!("{group} {n} - {part}")))
                .trim_start_matches("* ")
                .to_string()
        };
        let addresses = address_numbers
            .iter()
            .map(|n| {
                let street = [
                    field("address", *n, "street"),
                    field("address", *n, "extended address"),
                    field("address", *n, "po box"),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
                let mut a = Address {
                    label: field("address", *n, "label").to_lowercase(),
                    street,
                    city: field("address", *n, "city"),
                    region: field("address", *n, "region"),
                    postcode: field("address", *n, "postal code"),
                    country: field("address", *n, "country"),
                };
                if a.label.is_empty() {
                    a.label = field("address", *n, "type").to_lowercase();
                }
                // Only the one-line form: keep it whole as the street.
                if a.is_empty() {
                    a.street = field("address", *n, "formatted");
                }
                a
            })
            .filter(|a| !a.is_empty())
            .collect();
        let mut dates = Vec::new();
        if let Some(b) = Some(get(birthday)).filter(|b| !b.is_empty()) {
            match Occasion::parse(OccasionKind::Birthday, "", &b) {
                Ok(o) => dates.push(o),
                Err(e) => {
                    if !row(Row::Bad(format!("{line}: Birthday {e}"))) {
                        return Ok(());
                    }
                    continue;
                }
            }
        }
        for n in &event_numbers {
            let value = field("event", *n, "value");
            if value.is_empty() {
                continue;
            }
            let label = field("event", *n, "label");
            // A label naming a kind ("Anniversary") is that kind
            // (`Occasion::parse`).
            let kind = if label.is_empty() {
                OccasionKind::Anniversary
            } else {
                OccasionKind::Other
            };
            match Occasion::parse(kind, &label, &value) {
                // Google's events come back every year.
                Ok(mut o) => {
                    o.yearly = true;
                    dates.push(o);
                }
                Err(e) => {
                    if !row(Row::Bad(format!("{line}: Event {n} {e}"))) {
                        return Ok(());
                    }
                }
            }
        }
        let parts = NameParts {
            family: get(last),
            given: get(first),
            additional: get(middle),
            prefix: get(prefix),
            suffix: get(suffix),
        };
        let name_parts = (!(parts.family.is_empty() && parts.given.is_empty())).then_some(parts);
        let tags = labels
            .map(|i| values(record.get(i).unwrap_or_default()))
            .unwrap_or_default()
            .into_iter()
            .filter(|l| !super::system_group(l))
            .collect();
        let (met_text, met_on, notes) = super::note::read(&get(notes));
        let own_id = custom
            .iter()
            .find(|(_, label)| get(*label).eq_ignore_ascii_case(write::OWN_ID))
            .map(|(value, _)| get(Some(*value)))
            .filter(|v| !v.is_empty());
        let person = ContactDraft {
            name,
            aliases: nickname
                .map(|i| values(record.get(i).unwrap_or_default()))
                .unwrap_or_default(),
            org: get(org),
            role: get(title),
            emails,
            phones: labelled(&phones),
            related: labelled(&relations),
            handles: labelled(&chats),
            urls: many(&sites),
            tags,
            notes,
            met_text,
            met_on,
            allow_duplicate: true,
            dates,
            addresses,
            name_parts,
            own_id,
            ..ContactDraft::default()
        };
        if !row(Row::Person(Box::new(person))) {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_export_with_multi_values_and_labels() {
        let file = "First Name,Middle Name,Last Name,Nickname,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Organization Name,Organization Title,Website 1 - Label,Website 1 - Value\n\
            Giulia,,Conti,Giuli,\"met at the product dinner, loves ramen\",* myContacts ::: Design ::: Milan,* Work,giulia@studio.example ::: g.conti@mail.example,Home,giulia@home.example,Mobile,+39 333 000 1111,Studio Nove,Designer,Profile,https://example.org/giulia\n\
            ,,,,,* myContacts,,,,,,,,,,\n";
        let (people, _) = parse(file).unwrap_or_default();
        assert_eq!(people.len(), 1);
        let g = &people[0];
        assert_eq!(g.name, "Giulia Conti");
        assert_eq!(g.aliases, ["Giuli"]);
        assert_eq!(
            g.emails,
            [
                "work=giulia@studio.example",
                "work=g.conti@mail.example",
                "home=giulia@home.example"
            ]
        );
        assert_eq!(g.phones, ["cell=+39 333 000 1111"]);
        assert_eq!(g.tags, ["Design", "Milan"]);
        assert_eq!(
            (g.org.as_str(), g.role.as_str()),
            ("Studio Nove", "Designer")
        );
        assert_eq!(g.urls, ["https://example.org/giulia"]);
        assert_eq!(g.notes, "met at the product dinner, loves ramen");
    }

    #[test]
    fn birthdays_events_and_addresses_are_kept() {
        let file = "First Name,Last Name,Birthday,Event 1 - Label,Event 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 2 - Label,Address 2 - Formatted\n\
            Giulia,Conti,--03-14,Anniversary,2015-09-12,Home,\"Via Roma 1, Milano\",Via Roma 1,Milano,,MI,20121,Italy,Work,\"Corso Como 5, Milano\"\n\
            Bad,Date,someday,,,,,,,,,,,,\n";
        let (people, bad) = parse(file).unwrap_or_default();
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].starts_with("3: Birthday"), "{bad:?}");
        let g = &people[0];
        assert_eq!(g.dates.len(), 2);
        assert_eq!(
            (g.dates[0].year, g.dates[0].month, g.dates[0].day),
            (None, 3, 14)
        );
        assert_eq!(g.dates[1].kind, OccasionKind::Anniversary);
        assert_eq!(g.addresses.len(), 2);
        assert_eq!(
            g.addresses[0].one_line(),
            "Via Roma 1, 20121 Milano, MI, Italy"
        );
        assert_eq!(g.addresses[0].label, "home");
        assert_eq!(g.addresses[1].street, "Corso Como 5, Milano");
        assert_eq!(
            g.name_parts.as_ref().map(|p| p.family.as_str()),
            Some("Conti")
        );
    }

    #[test]
    fn legacy_export_and_wrong_files() {
        let file = "Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title\n\
            Paolo Esposito,Paolo,,Esposito,* myContacts ::: Climbing,* Other,paolo@law.example,Esposito & Figli,Lawyer\n";
        let (people, _) = parse(file).unwrap_or_default();
        assert_eq!(people[0].name, "Paolo Esposito");
        assert_eq!(people[0].tags, ["Climbing"]);
        assert_eq!(people[0].org, "Esposito & Figli");
        assert_eq!(people[0].emails, ["other=paolo@law.example"]);
        assert!(parse("a,b\n1,2\n").is_err_and(|e| e.contains("Google Contacts")));
    }
}
