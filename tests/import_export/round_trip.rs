//! People with labelled phones and emails, addresses with commas, related
//! names, chat handles and every kind of date, exported as vCard 3.0, 4.0,
//! a vdir, Google Contacts' CSV and JSON, and imported into an empty
//! journal, come back equal (issue 27), and so do the relationships
//! between them: a link is written as a related name (the other person's
//! name, with the relation), which the import links again.
//!
//! "Equal" means the same name, how we met (text and day: the first line
//! of the note in vCard and Google's CSV), notes, organisation, role, emails, phones,
//! handles and related names (value and label, in order), addresses (every
//! part) and dates (year or none, yearly or once), as `show --json` gives
//! them. JSON also keeps everything else (it is the journal's backup);
//! vCard has no place for interests, needs, offers, tier or cadence, so
//! those are not compared. Google's events come back every year, so a
//! one-off day comes back yearly from Google's CSV (and only from it). The
//! random versions of this, over every label and date form, are
//! `interchange::vcard::round_trip`, `interchange::google::round_trip`
//! and, for the vdir and JSON, `command::transfer::round_trip_tests`.

use super::common;

use std::path::Path;

use serde_json::Value;

const KEPT: [&str; 12] = [
    "name",
    "met",
    "notes",
    "org",
    "role",
    "emails",
    "phones",
    "handles",
    "related",
    "addresses",
    "dates",
    "urls",
];

fn run(dir: &Path, db: &str, args: &[&str]) -> String {
    let out = common::givegive(&dir.join(db), &dir.join("config"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// What vCard carries of everyone in the journal, by name; links between
/// them by the other person's name (ids differ from journal to journal).
fn people(dir: &Path, db: &str) -> Vec<Value> {
    let all: Value =
        serde_json::from_str(&run(dir, db, &["export", "--format", "json"])).expect("JSON");
    let everyone = all["contacts"].as_array().cloned().unwrap_or_default();
    let name_of = |id: &Value| {
        everyone
            .iter()
            .find(|c| c["id"] == *id)
            .map_or(Value::Null, |c| c["name"].clone())
    };
    let mut out: Vec<Value> = everyone
        .iter()
        .map(|c| {
            let mut kept: serde_json::Map<String, Value> =
                KEPT.iter().map(|k| (k.to_string(), c[k].clone())).collect();
            let mut links: Vec<Value> = c["links"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|l| serde_json::json!([name_of(&l["to"]), l["kind"], l["label"]]))
                .collect();
            links.sort_by_key(Value::to_string);
            kept.insert("links".into(), Value::Array(links));
            Value::Object(kept)
        })
        .collect();
    out.sort_by_key(|c: &Value| c["name"].to_string());
    out
}

#[test]
fn labels_and_dates_come_back_from_every_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir = dir.path();
    run(
        dir,
        "j",
        &[
            "add",
            "Anna Rossi",
            "--met",
            "pricing breakfast (Milan), then a call",
            "--on",
            "2026-11-10",
            "--notes",
            "prefers mornings\nHow we met: not this line",
            "--org",
            "Klarheit",
            "--role",
            "Founder",
            "--email",
            "work=anna@klarheit.de",
            "--email",
            "anna@example.org",
            "--phone",
            "cell=+39 333 1234567",
            "--phone",
            "fax=+39 02 765432",
            "--phone",
            "iPhone=+39 333 7654321",
            "--address",
            "home=Silicon Alley 5,;New York;NY;12345;United States of America",
            "--birthday",
            "1 december",
            "--anniversary",
            "2010-06-20",
            "--date",
            "recital=2027-03-12",
        ],
    );
    run(
        dir,
        "j",
        &[
            "add",
            "Marco Verdi",
            "--phone",
            "home=+39 02 111222",
            "--birthday",
            "1985-03-14",
            "--date",
            "name day=every 04-25",
        ],
    );
    // Relationships between people in the journal come back as links.
    run(dir, "j", &["add", "Luca Rossi"]);
    run(dir, "j", &["relate", "anna", "marco", "partner"]);
    run(dir, "j", &["relate", "anna", "luca", "child"]);
    let want = people(dir, "j");
    assert!(
        want.iter()
            .any(|p| p["links"].as_array().is_some_and(|l| l.len() == 2))
    );
    let out = |name: &str| dir.join(name).display().to_string();
    for (db, export, import) in [
        (
            "v3",
            vec!["--format", "vcard", "--vcard-version", "3", "--output"],
            "vcard",
        ),
        (
            "v4",
            vec!["--format", "vcard", "--vcard-version", "4", "--output"],
            "vcard",
        ),
        ("vdir", vec!["--format", "vcard", "--vdir"], "vcard"),
        ("google", vec!["--format", "google", "--output"], "google"),
        ("json", vec!["--format", "json", "--output"], "json"),
    ] {
        let file = out(&format!("{db}.export"));
        let mut args = vec!["export"];
        args.extend(export);
        args.push(&file);
        run(dir, "j", &args);
        let files: Vec<String> = if db == "vdir" {
            std::fs::read_dir(&file)
                .expect("the vdir")
                .map(|e| e.expect("entry").path().display().to_string())
                .collect()
        } else {
            vec![file.clone()]
        };
        let mut args = vec!["import", "--format", import];
        args.extend(files.iter().map(String::as_str));
        run(dir, db, &args);
        let mut want = want.clone();
        if db == "google" {
            for day in want
                .iter_mut()
                .flat_map(|p| p["dates"].as_array_mut())
                .flatten()
            {
                day["yearly"] = Value::Bool(true);
            }
        }
        assert_eq!(people(dir, db), want, "{db}");
    }
    // The card shows each label, and the review knows the birthday has no
    // year.
    let anna = run(dir, "v3", &["show", "anna"]);
    for line in [
        "email      work: anna@klarheit.de, anna@example.org",
        "phone      cell: +39 333 1234567, fax: +39 02 765432, iPhone: +39 333 7654321",
        "date       birthday 1 December",
        "address    home: Silicon Alley 5, 12345 New York, NY, United States of America",
    ] {
        assert!(anna.contains(line), "{line}\n{anna}");
    }
}

/// Apple's year-less birthday (`X-APPLE-OMIT-YEAR`, or its placeholder
/// year 1604 alone) is a birthday without a year: the review never says how old a placeholder year makes them.
#[test]
fn apples_year_less_birthday_has_no_age() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir = dir.path();
    let card = dir.join("apple.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lena Park\r\n\
         BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-26\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ugo Neri\r\nBDAY:1604-11-25\r\nEND:VCARD\r\n",
    )
    .expect("write");
    run(
        dir,
        "j",
        &["import", "--format", "vcard", &card.display().to_string()],
    );
    let review = run(dir, "j", &["review"]);
    assert!(review.contains("birthday in 3 days"), "{review}");
    // A copy that lost Apple's mark still says 1604: no year either.
    assert!(review.contains("birthday in 2 days"), "{review}");
    assert!(!review.contains("turns"), "{review}");
}

/// A day property whose value is no day is left out, and said: one line
/// on stderr per value, naming the file, the card and what it held; the
/// card's good days and the rest of the import come in as ever.
#[test]
fn a_day_that_is_not_a_date_is_said_not_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir = dir.path();
    let card = dir.join("odd.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ella Bruni\r\nBDAY:sometime in spring\r\n\
         X-ANNIVERSARY:2010-02-30\r\nitem1.X-ABDATE:soon\r\nitem1.X-ABLabel:First day\r\n\
         END:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ugo Neri\r\nBDAY:1985\r\n\
         ANNIVERSARY:2010-06-20\r\nEND:VCARD\r\n",
    )
    .expect("write");
    let out = common::givegive(&dir.join("j"), &dir.join("config"))
        .args(["import", "--format", "vcard", &card.display().to_string()])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("added 2 people"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said: Vec<&str> = stderr.lines().filter(|l| l.contains(": card ")).collect();
    assert_eq!(
        said,
        [
            "odd.vcf: card Ella Bruni: birthday 'sometime in spring' is not a date, left out",
            "odd.vcf: card Ella Bruni: anniversary '2010-02-30' is not a date, left out",
            "odd.vcf: card Ella Bruni: First day 'soon' is not a date, left out",
            "odd.vcf: card Ugo Neri: birthday '1985' has no day, left out",
        ]
        .map(|l| l.replacen("odd.vcf", &card.display().to_string(), 1)),
        "{stderr}"
    );
    let ugo = run(dir, "j", &["show", "ugo"]);
    assert!(ugo.contains("anniversary 20 June 2010"), "{ugo}");
}

/// A related name that is someone in the journal becomes a relationship,
/// on both people; one nobody answers to, or without an inverse the
/// journal knows ("manager"), stays text on the card.
#[test]
fn related_names_link_to_people_in_the_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir = dir.path();
    run(dir, "j", &["add", "Maria Doe"]);
    let card = dir.join("evolution.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nX-EVOLUTION-SPOUSE:Maria Doe\r\n\
         X-EVOLUTION-MANAGER:Big Blue\r\nitem1.X-ABRELATEDNAMES:Jenny\r\n\
         item1.X-ABLabel:_$!<Sister>!$_\r\nEND:VCARD\r\n",
    )
    .expect("write");
    run(
        dir,
        "j",
        &["import", "--format", "vcard", &card.display().to_string()],
    );
    let john = run(dir, "j", &["show", "john"]);
    assert!(
        john.contains("related    spouse Maria Doe · manager Big Blue · sister Jenny"),
        "{john}"
    );
    let maria = run(dir, "j", &["show", "maria"]);
    assert!(maria.contains("related    spouse John Doe"), "{maria}");
    assert!(run(dir, "j", &["check"]).starts_with("ok"));
    // One undo takes the import back, and Maria's side of the link with it.
    run(dir, "j", &["undo"]);
    assert!(!run(dir, "j", &["show", "maria"]).contains("related"));
}

/// Android writes one number once per label: cell, work and work fax on
/// 123456 are three labels kept on the number and exported each as
/// Android wrote it, not one `cell: 123456`; the card shows the number
/// once with all three (report 27d #9); the CSV's values column has it
/// once.
#[test]
fn one_number_keeps_every_label_it_came_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir = dir.path();
    let card = dir.join("android.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Nina Rota\r\nTEL;CELL;PREF:123456\r\n\
         TEL;WORK:123456\r\nTEL;WORK;FAX:123456\r\nEND:VCARD\r\n",
    )
    .expect("write");
    let file = card.display().to_string();
    run(dir, "j", &["import", "--format", "vcard", &file]);
    let shown = run(dir, "j", &["show", "Nina"]);
    assert!(shown.contains("cell, work, work fax: 123456\n"), "{shown}");
    let vcard = run(dir, "j", &["export", "--format", "vcard", "-"]);
    assert_eq!(vcard.matches(":123456\r\n").count(), 3, "{vcard}");
    assert!(vcard.contains("TEL;TYPE=work,fax:123456"), "{vcard}");
    let csv = run(dir, "j", &["export", "--format", "csv"]);
    assert_eq!(csv.matches("123456").count(), 1, "{csv}");
    // Imported again, nothing doubles.
    run(dir, "j", &["import", "--format", "vcard", &file]);
    let card = &people(dir, "j")[0];
    assert_eq!(card["phones"].as_array().map(Vec::len), Some(3), "{card}");
}

/// Report 27b #11: Marco's card says Anna is his spouse, Anna's that Marco
/// is her partner. Each side keeps the word its own card gave, the journal
/// checks whole, and every export writes "spouse" back on Marco's side.
/// Before, Marco's side read "partner" on his card and in every export.
#[test]
fn each_side_of_a_relation_keeps_the_word_its_card_gave() {
    let j = super::J::new();
    let file = j.path("in.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\n\
         item1.X-ABRELATEDNAMES:Marco Bianchi\r\nitem1.X-ABLabel:_$!<Partner>!$_\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marco Bianchi\r\n\
         RELATED;TYPE=spouse:Anna Rossi\r\nEND:VCARD\r\n",
    )
    .expect("write");
    j.out(
        "a",
        &["import", "--format", "vcard", &file.display().to_string()],
    );
    assert!(
        j.out("a", &["show", "marco"])
            .contains("related    spouse Anna Rossi")
    );
    assert!(
        j.out("a", &["show", "anna"])
            .contains("related    partner Marco Bianchi")
    );
    assert!(j.out("a", &["check"]).starts_with("ok:"));
    let v4 = j.out(
        "a",
        &["export", "--format", "vcard", "--vcard-version", "4"],
    );
    assert!(
        v4.contains("RELATED;TYPE=spouse;VALUE=text:Anna Rossi"),
        "{v4}"
    );
    let v3 = j.out("a", &["export", "--format", "vcard"]);
    assert!(v3.contains("X-ABLabel:spouse"), "{v3}");
    let json = j.path("all.json").display().to_string();
    j.out("a", &["export", "--format", "json", "-o", &json]);
    j.out("b", &["import", "--format", "json", &json]);
    assert!(
        j.out("b", &["show", "marco"])
            .contains("related    spouse Anna Rossi")
    );
}
