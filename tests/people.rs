//! What people who keep relationships expect, end to end: birthdays, other
//! dates and addresses (a phone's vCard keeps them through an import and an
//! export, the review announces a birthday three days ahead, the calendar
//! export is a valid iCalendar file as a real parser reads it), and who is
//! related to whom, true on both sides whatever happens to either person.

use crate::common;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarParameterName,
    ICalendarParameterValue, ICalendarProperty, ICalendarRelated, ICalendarValue,
};
use predicates::str::contains;
use serde_json::Value;
use tempfile::TempDir;

struct J {
    dir: TempDir,
}

impl J {
    fn new() -> J {
        J {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self, db: &str, args: &[&str]) -> Command {
        let mut cmd = common::givegive(&self.path(db), &self.path("config"));
        cmd.args(args);
        cmd
    }

    fn out(&self, db: &str, args: &[&str]) -> String {
        let out = self.cmd(db, args).assert().success().get_output().clone();
        String::from_utf8(out.stdout).expect("utf-8")
    }

    fn contact(&self, db: &str, who: &str) -> Value {
        let card: Value =
            serde_json::from_str(&self.out(db, &["show", who, "--json"])).expect("json");
        card["contact"].clone()
    }
}

fn real_world(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real-world/vcard")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn a_phones_birthday_and_addresses_survive_import_and_export() {
    let j = J::new();
    let iphone = real_world("ezvcard_John_Doe_IPHONE.vcf");
    j.out("a", &["import", "--format", "vcard", &iphone]);
    let doe = j.contact("a", "doe");
    assert_eq!(doe["dates"][0]["kind"], "birthday");
    assert_eq!(
        (
            &doe["dates"][0]["year"],
            &doe["dates"][0]["month"],
            &doe["dates"][0]["day"]
        ),
        (&Value::from(2012), &Value::from(6), &Value::from(6))
    );
    let addresses = doe["addresses"].as_array().expect("addresses");
    assert_eq!(addresses.len(), 2, "{doe}");
    assert_eq!(addresses[0]["label"], "home");
    assert_eq!(addresses[0]["city"], "New York");
    assert_eq!(addresses[0]["postcode"], "12345");
    assert_eq!(addresses[0]["country"], "United States of America");
    assert_eq!(addresses[1]["label"], "work");
    assert_eq!(addresses[1]["street"], "Street4\nBuilding 6\nFloor 8");
    assert_eq!(doe["name_parts"]["family"], "Doe");
    assert_eq!(doe["name_parts"]["given"], "John");
    let shown = j.out("a", &["show", "doe"]);
    assert!(shown.contains("birthday 6 June 2012"), "{shown}");
    assert!(
        shown.contains("home: Silicon Alley 5, 12345 New York, New York, United States of America"),
        "{shown}"
    );

    for version in ["3", "4"] {
        let file = j.path(&format!("out-{version}.vcf"));
        let file = file.to_str().expect("utf-8");
        j.out(
            "a",
            &[
                "export",
                "--format",
                "vcard",
                "--vcard-version",
                version,
                "-o",
                file,
            ],
        );
        let text = std::fs::read_to_string(file).expect("written");
        let bday = if version == "3" {
            "BDAY:2012-06-06"
        } else {
            "BDAY:20120606"
        };
        assert!(text.contains(bday), "{text}");
        assert!(text.contains("N:Doe;John;Richter,James;Mr.;Sr."), "{text}");
        assert!(
            text.contains("ADR;TYPE=work:;;Street4\\nBuilding 6\\nFloor 8;New York;;12345;USA")
        );
        let db = format!("b{version}");
        j.out(&db, &["import", "--format", "vcard", file]);
        let back = j.contact(&db, "doe");
        for field in ["dates", "addresses", "name_parts", "emails", "phones"] {
            assert_eq!(back[field], doe[field], "{field} after vCard {version}");
        }
        // And out again, the same file.
        let again = j.out(
            &db,
            &["export", "--format", "vcard", "--vcard-version", version],
        );
        assert_eq!(again, text, "vCard {version} round trip");
    }
}

#[test]
fn other_address_books_dates_and_address_labels_come_in() {
    let j = J::new();
    for file in ["ezvcard_John_Doe_EVOLUTION.vcf", "ezvcard_outlook-2007.vcf"] {
        j.out("a", &["import", "--format", "vcard", &real_world(file)]);
    }
    let people: Value =
        serde_json::from_str(&j.out("a", &["export", "--format", "json"])).expect("json");
    let everyone = people["contacts"].as_array().expect("contacts");
    let with = |kind: &str| {
        everyone
            .iter()
            .filter(|c| {
                c["dates"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|d| d["kind"] == kind))
            })
            .count()
    };
    // Evolution's and Outlook's anniversaries have their own names in 3.0.
    assert_eq!(with("birthday"), 2, "{everyone:?}");
    assert_eq!(with("anniversary"), 2, "{everyone:?}");
    assert!(everyone.iter().any(|c| {
        c["addresses"][0]["street"]
            .as_str()
            .is_some_and(|s| s.contains("222 Broadway"))
    }));
}

#[test]
fn dates_are_typed_edited_and_dropped_in_the_shell() {
    let j = J::new();
    j.out(
        "a",
        &[
            "add",
            "Anna Rossi",
            "--birthday",
            "1985-11-26",
            "--date",
            "Sofia's recital=2027-03-12",
            "--address",
            "home=Via Roma 1;Milano;MI;20121;Italy",
        ],
    );
    // Today is 23 November 2026: the birthday is in three days.
    let review = j.out("a", &["review"]);
    assert!(
        review.contains("birthday in 3 days (26 November): turns 41"),
        "{review}"
    );
    let json: Value = serde_json::from_str(&j.out("a", &["review", "--json"])).expect("json");
    assert_eq!(json["items"][0]["reason"], "date_coming");
    assert_eq!(json["items"][0]["years"], 41);
    assert_eq!(json["items"][0]["days_until"], 3);
    let card = j.out("a", &["show", "anna"]);
    assert!(card.contains("date       birthday 26 November 1985 (in 3 days, turns 41)"));
    assert!(card.contains("date       Sofia's recital 12 March 2027"));
    assert!(card.contains("address    home: Via Roma 1, 20121 Milano, MI, Italy"));

    // A second birthday replaces the first; a wrong one is one clear line.
    j.out("a", &["edit", "anna", "--birthday", "12-30"]);
    let anna = j.contact("a", "anna");
    assert_eq!(anna["dates"].as_array().map(Vec::len), Some(2));
    assert_eq!(anna["dates"][0]["year"], Value::Null);
    assert!(!j.out("a", &["review"]).contains("birthday"));
    j.cmd("a", &["edit", "anna", "--birthday", "31 feb"])
        .assert()
        .code(1)
        .stderr(contains(
            "'31 feb' is not a day: February has 28 days, 29 in a leap year",
        ));
    j.cmd("a", &["edit", "anna", "--drop-date", "wedding"])
        .assert()
        .code(1)
        .stderr(contains("Anna Rossi has no date called 'wedding'"));
    j.out(
        "a",
        &[
            "edit",
            "anna",
            "--drop-date",
            "sofia's RECITAL",
            "--drop-address",
            "home",
        ],
    );
    let anna = j.contact("a", "anna");
    assert_eq!(anna["dates"].as_array().map(Vec::len), Some(1));
    assert_eq!(anna["addresses"], Value::Array(Vec::new()));
    // `undo` calls the change by the words that made it.
    let undo = j.out("a", &["undo"]);
    assert!(undo.contains("--drop-date"), "{undo}");
}

/// The components of `kind` in a parsed calendar.
fn components(cal: &ICalendar, kind: ICalendarComponentType) -> Vec<&ICalendarComponent> {
    cal.components
        .iter()
        .filter(|c| c.component_type == kind)
        .collect()
}

fn has(c: &ICalendarComponent, property: &ICalendarProperty) -> bool {
    c.entries.iter().any(|e| e.name == *property)
}

fn text(c: &ICalendarComponent, property: &ICalendarProperty) -> Vec<String> {
    c.entries
        .iter()
        .filter(|e| e.name == *property)
        .flat_map(|e| e.values.iter())
        .map(|v| match v {
            ICalendarValue::Text(t) => t.clone(),
            other => format!("{other:?}"),
        })
        .collect()
}

/// Checks what RFC 5545 asks of every event and to-do, and returns the
/// parsed calendar.
fn valid(ics: &str) -> ICalendar {
    let mut parser = calcard::Parser::new(ics);
    let calcard::Entry::ICalendar(cal) = parser.entry() else {
        panic!("not a calendar: {ics}");
    };
    assert!(
        matches!(parser.entry(), calcard::Entry::Eof),
        "one calendar"
    );
    let items: Vec<&ICalendarComponent> = cal
        .components
        .iter()
        .filter(|c| {
            matches!(
                c.component_type,
                ICalendarComponentType::VEvent | ICalendarComponentType::VTodo
            )
        })
        .collect();
    assert!(!items.is_empty(), "a calendar needs a component (§3.6)");
    for item in &items {
        assert!(has(item, &ICalendarProperty::Uid), "UID (§3.8.4.7)");
        let stamp = item
            .entries
            .iter()
            .find(|e| e.name == ICalendarProperty::Dtstamp)
            .expect("DTSTAMP (§3.8.7.2)");
        // A UTC date-time, read as one by the parser.
        match stamp.values.first() {
            Some(ICalendarValue::PartialDateTime(d)) => {
                assert!(d.hour.is_some() && d.tz_hour == Some(0), "{d:?}");
            }
            other => panic!("DTSTAMP is not a date-time: {other:?}"),
        }
        for entry in &item.entries {
            if entry.name == ICalendarProperty::Rrule {
                assert!(
                    matches!(
                        entry.values.first(),
                        Some(ICalendarValue::RecurrenceRule(_))
                    ),
                    "a rule the parser reads: {entry:?}"
                );
            }
        }
        // Each alarm's trigger is relative to a start or an end the item
        // has (§3.8.6.3): a to-do has no start unless it says one.
        for id in &item.component_ids {
            let alarm = &cal.components[*id as usize];
            assert_eq!(alarm.component_type, ICalendarComponentType::VAlarm);
            let trigger = alarm
                .entries
                .iter()
                .find(|e| e.name == ICalendarProperty::Trigger)
                .expect("TRIGGER");
            assert!(
                matches!(trigger.values.first(), Some(ICalendarValue::Duration(_))),
                "a relative trigger: {trigger:?}"
            );
            let to_end = trigger.params.iter().any(|p| {
                p.name == ICalendarParameterName::Related
                    && p.value == ICalendarParameterValue::Related(ICalendarRelated::End)
            });
            if to_end {
                assert!(
                    has(item, &ICalendarProperty::Due) || has(item, &ICalendarProperty::Dtend),
                    "RELATED=END needs DUE or DTEND"
                );
            } else {
                assert!(
                    has(item, &ICalendarProperty::Dtstart),
                    "a trigger relative to a start needs DTSTART: {item:?}"
                );
            }
        }
    }
    cal
}

#[test]
fn the_calendar_export_is_valid_icalendar() {
    let j = J::new();
    j.out("a", &["add", "Lena Park"]);
    j.cmd("a", &["export", "--format", "ics"])
        .assert()
        .code(1)
        .stderr(contains("nothing to put in a calendar"));
    j.out(
        "a",
        &[
            "add",
            "Anna Rossi",
            "--birthday",
            "1985-11-26",
            "--date",
            "Sofia's recital=2027-03-12",
        ],
    );
    j.out("a", &["add", "Leap Day", "--birthday", "2000-02-29"]);
    j.out("a", &["follow-up", "anna", "friday", "send the deck"]);
    let done = j.out("a", &["follow-up", "anna", "2026-11-20", "call back"]);
    let id = done
        .split('#')
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .expect("an id");
    j.out("a", &["done", id]);

    let events = j.out("a", &["export", "--format", "ics"]);
    let cal = valid(&events);
    let vevents = components(&cal, ICalendarComponentType::VEvent);
    // Two follow-ups and three dates.
    assert_eq!(vevents.len(), 5, "{events}");
    let birthday = vevents
        .iter()
        .find(|e| text(e, &ICalendarProperty::Summary) == ["Birthday: Anna Rossi"])
        .expect("Anna's birthday");
    assert!(events.contains("DTSTART;VALUE=DATE:19851126"));
    assert!(has(birthday, &ICalendarProperty::Rrule));
    let recital = vevents
        .iter()
        .find(|e| text(e, &ICalendarProperty::Summary) == ["Sofia's recital: Anna Rossi"])
        .expect("the recital");
    assert!(!has(recital, &ICalendarProperty::Rrule), "it happens once");
    assert!(events.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
    assert!(events.contains("SUMMARY:Done: Follow up with Anna Rossi: call back"));
    // Trial 28d #14: a done follow-up sat on its due day (20 November); a
    // calendar shows it on the day it was done, today.
    let done_event = events
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("SUMMARY:Done: "))
        .unwrap_or_default();
    assert!(
        done_event.contains("DTSTART;VALUE=DATE:20261123"),
        "{done_event}"
    );

    let todos = j.out("a", &["export", "--format", "ics", "--as-todo"]);
    let cal = valid(&todos);
    let vtodos = components(&cal, ICalendarComponentType::VTodo);
    assert_eq!(vtodos.len(), 2);
    let statuses: Vec<String> = vtodos
        .iter()
        .flat_map(|t| text(t, &ICalendarProperty::Status))
        .collect();
    assert_eq!(statuses.len(), 2);
    assert!(
        statuses.iter().any(|s| s.contains("Completed")),
        "{statuses:?}"
    );
    assert!(
        statuses.iter().any(|s| s.contains("NeedsAction")),
        "{statuses:?}"
    );
    assert!(todos.contains("TRIGGER;RELATED=END:PT9H"));
    // Control characters never reach a calendar or a card.
    j.out("a", &["edit", "anna", "--notes", "a\u{1b}[31m red note"]);
    let card = j.out("a", &["export", "--format", "vcard", "anna"]);
    assert!(!card.contains('\u{1b}') && card.contains("NOTE:a[31m red note"));
}

#[test]
fn relationships_show_on_both_cards_and_survive_the_trash_and_merges() {
    let j = J::new();
    for name in ["Anna Rossi", "Sofia Rossi", "Marco Verdi", "M. Verdi"] {
        j.out("a", &["add", name]);
    }
    j.cmd("a", &["relate", "anna", "sofia", "daughter"])
        .assert()
        .success()
        .stdout(contains(
            "Anna Rossi (#1) → daughter Sofia Rossi; Sofia Rossi (#2) → parent Anna Rossi",
        ));
    j.out("a", &["relate", "anna", "marco verdi", "partner"]);
    // Sofia is M. Verdi's mentor: he is her mentee (trial 28a: the same
    // word on both cards was untrue on one).
    j.out("a", &["relate", "m. verdi", "sofia", "friend"]);
    // A link replaced says what it was (trial 28b).
    let replaced = j.out("a", &["relate", "m. verdi", "sofia", "mentor"]);
    assert!(
        replaced.contains("→ mentor Sofia Rossi (was: friend); Sofia Rossi"),
        "{replaced}"
    );
    assert!(
        j.out("a", &["show", "anna"])
            .contains("related    daughter Sofia Rossi · partner Marco Verdi")
    );
    assert!(
        j.out("a", &["show", "sofia"])
            .contains("related    parent Anna Rossi · mentee M. Verdi")
    );
    let links = &j.contact("a", "sofia")["links"];
    assert_eq!(links[0]["kind"], "parent");
    assert_eq!(links[1]["label"], "mentee");
    // Merging the two Verdis: Sofia's mentee is the one who stays.
    j.out("a", &["merge", "marco verdi", "m. verdi"]);
    assert!(
        j.out("a", &["show", "sofia"])
            .contains("mentee Marco Verdi")
    );
    assert!(j.out("a", &["check"]).starts_with("ok"));
    j.out("a", &["restore", "4"]);
    assert!(j.out("a", &["show", "sofia"]).contains("mentee M. Verdi"));
    assert!(
        j.out("a", &["show", "marco verdi"])
            .contains("related    partner Anna Rossi\n")
    );
    // Deleting Anna takes her off Sofia's card; restoring puts her back.
    j.out("a", &["rm", "anna"]);
    assert!(
        j.out("a", &["show", "sofia"])
            .contains("related    mentee M. Verdi\n")
    );
    j.out("a", &["restore", "1"]);
    assert!(j.out("a", &["show", "sofia"]).contains("parent Anna Rossi"));
    // The user is on no card (trial 28c: "relate elena me wife" offered
    // to add a person called "me").
    j.cmd("a", &["relate", "anna", "me", "wife"])
        .assert()
        .code(1)
        .stderr(contains("you are not one of them"));
    j.cmd("a", &["relate", "anna", "anna", "friend"])
        .assert()
        .code(1)
        .stderr(contains("cannot be related to themselves"));
    // A JSON export keeps them, and restores them on both sides; a file
    // edited to keep one side only is refused whole.
    let backup = j.path("backup.json");
    let backup = backup.to_str().expect("utf-8");
    j.out("a", &["export", "--format", "json", backup]);
    j.out("restored", &["restore", backup]);
    assert_eq!(
        j.out("restored", &["show", "sofia"]),
        j.out("a", &["show", "sofia"])
    );
    let mut export: Value =
        serde_json::from_str(&std::fs::read_to_string(backup).expect("read")).expect("json");
    let sofia = export["contacts"]
        .as_array_mut()
        .and_then(|c| c.iter_mut().find(|c| c["name"] == "Sofia Rossi"))
        .expect("Sofia");
    sofia["links"] = Value::Array(Vec::new());
    let edited = j.path("edited.json");
    std::fs::write(&edited, export.to_string()).expect("written");
    j.cmd("edited", &["restore", edited.to_str().expect("utf-8")])
        .assert()
        .code(1)
        .stderr(contains("does not say so"));
    assert!(
        !j.path("edited").exists(),
        "nothing written, no journal started"
    );
    j.out("a", &["unrelate", "sofia", "anna"]);
    assert!(!j.out("a", &["show", "anna"]).contains("Sofia"));
    j.cmd("a", &["unrelate", "sofia", "anna"])
        .assert()
        .code(1)
        .stderr(contains("Sofia Rossi and Anna Rossi are not related"));
    assert!(j.out("a", &["check"]).starts_with("ok"));
}

/// Random relates, unrelates, deletions, restores, merges, undos and redos
/// never leave a link on one side only: `check` compares both sides.
#[test]
fn links_stay_true_on_both_sides_whatever_happens() {
    use givegive::domain::Id;
    use givegive::journal::{ContactDraft, Journal};
    use rand::{Rng, SeedableRng};

    let kinds = [
        "partner",
        "child",
        "parent",
        "sibling",
        "colleague",
        "friend",
        "introduced-by",
        "cousin",
    ];
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    for seed in 0..12u64 {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = Journal::open(&dir.path().join("j")).expect("opens");
        let mut ids = Vec::new();
        for n in 0..6 {
            let draft = ContactDraft {
                name: format!("Person {n}"),
                ..ContactDraft::default()
            };
            ids.push(journal.add_contact(&draft, today).expect("added").id);
        }
        let mut trashed: Vec<Id> = Vec::new();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        for step in 0..60 {
            let pick = |rng: &mut rand_chacha::ChaCha8Rng| ids[rng.random_range(0..ids.len())];
            let (a, b) = (pick(&mut rng), pick(&mut rng));
            // Refusals (the same person twice, someone in the trash) are
            // part of the game: they must leave nothing half done.
            let _ = match rng.random_range(0..8) {
                0..=2 => journal
                    .relate(a, b, kinds[rng.random_range(0..kinds.len())])
                    .map(|_| ()),
                3 => journal.unrelate(a, b).map(|_| ()),
                4 => journal.delete(a, today).map(|e| trashed.push(e.id)),
                5 => match trashed.pop() {
                    Some(t) => journal.restore(t).map(|_| ()),
                    None => Ok(()),
                },
                6 => journal.merge(a, b, today).map(|_| trashed.push(b)),
                _ => {
                    if rng.random_bool(0.5) {
                        journal.undo().map(|_| ())
                    } else {
                        journal.redo().map(|_| ())
                    }
                }
            };
            let problems = journal.check().expect("checks");
            assert!(
                problems.is_empty(),
                "seed {seed}, step {step}: {problems:?}"
            );
        }
    }
}
