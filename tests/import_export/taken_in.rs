//! What an import takes in (trial 27t): a year given to a year-less day is
//! news, a curly apostrophe does not make one person two, a value `add`
//! would refuse is left out and said, both CSV exports guard a cell alike,
//! and "mobile" is "cell", through the real binary.

use serde_json::Value;

use super::J;

/// What an import of `text` (standard input) prints: (stdout, stderr).
fn import(j: &J, db: &str, format: &str, text: &str, dry: bool) -> (String, String) {
    let mut args = vec!["import", "--format", format, "-"];
    if dry {
        args.push("--dry-run");
    }
    let out = j.cmd(db, &args).write_stdin(text).assert().success();
    let o = out.get_output();
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Each of the person's days as "title year-month-day" (year or none).
fn days(j: &J, db: &str, who: &str) -> Vec<String> {
    let c = j.card(db, who);
    let mut out: Vec<String> = c["contact"]["dates"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let title = match d["kind"].as_str() {
                Some("other") | None => d["label"].as_str().unwrap_or("").to_string(),
                Some(kind) => kind.to_string(),
            };
            format!("{title} {}-{}-{}", d["year"], d["month"], d["day"])
        })
        .collect();
    out.sort();
    out
}

fn marco(bday: &str, anniversary: &str, name_day: &str) -> String {
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:marco-1\r\nFN:Marco Galli\r\nN:Galli;Marco;;;\r\n\
         BDAY:{bday}\r\nX-ANNIVERSARY:{anniversary}\r\n\
         item1.X-ABDATE:{name_day}\r\nitem1.X-ABLabel:name day\r\nEND:VCARD\r\n"
    )
}

/// Trial 27t #1: a card that gives a year to a year-less birthday,
/// anniversary or named day updates the person where the journal still
/// has what the card said; a file with no base to go by lists it as a
/// difference. Neither is "unchanged".
#[test]
fn a_year_given_to_a_yearless_day_is_taken_or_listed_never_unchanged() {
    let j = J::new();
    import(
        &j,
        "a",
        "vcard",
        &marco("--12-09", "--06-20", "--03-01"),
        false,
    );
    let before = days(&j, "a", "marco");
    assert_eq!(
        before,
        [
            "anniversary null-6-20",
            "birthday null-12-9",
            "name day null-3-1"
        ],
        "{before:?}"
    );
    let edited = marco("1979-12-09", "2005-06-20", "1990-03-01");
    let (said, _) = import(&j, "a", "vcard", &edited, true);
    assert!(
        said.contains("would add 0 people, update 1 (3 dates), 0 unchanged")
            && said.contains("birthday 9 December → 9 December 1979"),
        "{said}"
    );
    let (said, _) = import(&j, "a", "vcard", &edited, false);
    assert!(said.contains("updated 1 (3 dates), 0 unchanged"), "{said}");
    assert_eq!(
        days(&j, "a", "marco"),
        [
            "anniversary 2005-6-20",
            "birthday 1979-12-9",
            "name day 1990-3-1"
        ]
    );
    // A card that leaves the year out again says nothing new.
    let (said, _) = import(
        &j,
        "a",
        "vcard",
        &marco("--12-09", "--06-20", "--03-01"),
        false,
    );
    assert!(said.contains("updated 0, 1 unchanged"), "{said}");

    // Without a card to go by (a Google row), the year the journal lacks
    // is added all the same, as any value it lacks (trial 28c #3).
    j.out(
        "b",
        &[
            "add",
            "Marco Galli",
            "--email",
            "marco@example.org",
            "--birthday",
            "9 december",
        ],
    );
    let row = "First Name,Last Name,E-mail 1 - Value,Birthday\nMarco,Galli,marco@example.org,1979-12-09\n";
    let (said, _) = import(&j, "b", "google", row, false);
    assert!(said.contains("updated 1 (1 date)"), "{said}");
    assert_eq!(days(&j, "b", "marco"), ["birthday 1979-12-9"]);
}

/// Trial 27t #2: a Google row "Giulia D'Amico" and a phone's card "Giulia
/// D’Amico" with the same number are one person: the names agree as
/// search compares them.
#[test]
fn a_curly_apostrophe_does_not_make_one_person_two() {
    let j = J::new();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:giulia-1\r\nFN:Giulia D’Amico\r\n\
                N:D’Amico;Giulia;;;\r\nTEL;TYPE=CELL:+39 340 9998877\r\nEND:VCARD\r\n";
    import(&j, "a", "vcard", card, false);
    let row = "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n\
               Giulia,D'Amico,Other,giulia@example.org,Mobile,+393409998877\n";
    let (said, _) = import(&j, "a", "google", row, false);
    assert!(
        said.contains("added 0 people, updated 1 (1 email)"),
        "{said}"
    );
    let list = j.out("a", &["list"]);
    assert_eq!(list.matches("Amico").count(), 1, "{list}");
}

/// Trial 27t #5: an import keeps only the emails, phones and web
/// addresses `add` takes; each other one is said on stderr, once.
#[test]
fn values_add_would_refuse_are_left_out_and_said() {
    let j = J::new();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve Hacker\r\nEMAIL:eve@example.org\r\n\
                EMAIL:nobody-at-all\r\nURL:javascript:alert(1)\r\nURL:https://eve.example\r\n\
                TEL:=cmd|' /C calc'!A0\r\nTEL:+39 333 1234567\r\nEND:VCARD\r\n";
    let (_, err) = import(&j, "a", "vcard", card, false);
    for line in [
        "card Eve Hacker: web address 'javascript:alert(1)' is not a web address, left out",
        "card Eve Hacker: email 'nobody-at-all' is not an email address, left out",
        "card Eve Hacker: phone '=cmd|' /C calc'!A0' is not a phone number, left out",
    ] {
        assert_eq!(err.matches(line).count(), 1, "{line}\n{err}");
    }
    let eve = &j.card("a", "eve")["contact"];
    assert_eq!(eve["urls"], serde_json::json!(["https://eve.example"]));
    let values = |k: &str| -> Vec<Value> {
        eve[k]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v["value"].clone())
            .collect()
    };
    assert_eq!(values("emails"), ["eve@example.org"]);
    assert_eq!(values("phones"), ["+39 333 1234567"]);
    let vcard = j.out("a", &["export", "--format", "vcard", "eve"]);
    assert!(!vcard.contains("javascript"), "{vcard}");

    let row = "First Name,E-mail 1 - Value,Phone 1 - Value,Website 1 - Value\n\
               Mallory,mallory(at)x.example,'=cmd,\"=HYPERLINK(\"\"http://x\"\")\"\n";
    let (_, err) = import(&j, "b", "google", row, false);
    assert!(
        err.contains("row Mallory: email 'mallory(at)x.example' is not an email address, left out")
            && err.contains("row Mallory: phone '=cmd' is not a phone number, left out")
            && err.contains(
                "row Mallory: web address '=HYPERLINK(\"http://x\")' is not a web address, left out"
            ),
        "{err}"
    );
}

/// Trial 27t #6: both CSV exports guard a cell that a spreadsheet would
/// compute the same way, and the Google import takes the `'` off again.
#[test]
fn both_csv_exports_guard_a_cell_alike_and_the_import_takes_the_guard_off() {
    let j = J::new();
    j.out("a", &["add", "Eve Hacker", "--org=-1+1"]);
    let csv = j.out("a", &["export", "--format", "csv"]);
    let google = j.out("a", &["export", "--format", "google"]);
    assert!(csv.contains(",'-1+1,"), "{csv}");
    assert!(google.contains(",'-1+1,"), "{google}");
    let (said, _) = import(&j, "b", "google", &google, false);
    assert!(said.contains("added 1 person"), "{said}");
    assert_eq!(j.card("b", "eve")["contact"]["org"], "-1+1");
}

/// Trial 27t #8: Google's Mobile, Apple's `_$!<Mobile>!$_` and vCard's
/// cell are one label, kept as "cell": no difference is reported for the
/// same number; Google's export spells labels as Google does.
#[test]
fn mobile_and_cell_are_one_label_and_google_gets_its_own_spelling() {
    let j = J::new();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEMAIL;TYPE=WORK:anna@example.org\r\n\
                TEL;TYPE=CELL:+39 333 1234567\r\nitem1.TEL:+39 347 7654321\r\n\
                item1.X-ABLabel:_$!<Mobile>!$_\r\nEND:VCARD\r\n";
    import(&j, "a", "vcard", card, false);
    let row = "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n\
               Anna,Rossi,Work,anna@example.org,Mobile,+39 333 123 4567\n";
    let (said, _) = import(&j, "a", "google", row, true);
    assert!(!said.contains("label differs"), "{said}");
    let anna = &j.card("a", "anna")["contact"];
    let labels: Vec<&str> = anna["phones"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["label"].as_str())
        .collect();
    assert_eq!(labels, ["cell", "cell"]);
    let vcard = j.out("a", &["export", "--format", "vcard", "anna"]);
    assert!(
        vcard.contains("TEL;TYPE=cell:+39 347 7654321") && !vcard.contains("X-ABLabel"),
        "{vcard}"
    );
    let google = j.out("a", &["export", "--format", "google"]);
    assert!(
        google.contains(",Work,anna@example.org,")
            && google.contains(",Mobile,+39 333 1234567,Mobile,+39 347 7654321,"),
        "{google}"
    );
}

/// Trial 28c #1: "Nicolò D’Amico" from a phone and "Nicolo D'Amico" from
/// LinkedIn, both at Satispay with nothing that disagrees, were two people
/// in one order of the imports and one in the other. Names are compared
/// as people type them, so the order does not matter.
#[test]
fn a_name_written_with_another_apostrophe_or_accent_is_one_person_in_either_order() {
    let j = J::new();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nicolo-1\r\nFN:Nicolò D’Amico\r\nN:D’Amico;Nicolò;;;\r\nEMAIL:nicolo@satispay.example\r\nORG:Satispay\r\nEND:VCARD\r\n";
    let row = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
               Nicolo,D'Amico,https://www.linkedin.com/in/nicolo-damico,,Satispay,Product Manager,01 Dec 2026\n";
    for (db, first, second) in [
        ("a", ("vcard", card), ("linkedin", row)),
        ("b", ("linkedin", row), ("vcard", card)),
    ] {
        import(&j, db, first.0, first.1, false);
        let (said, _) = import(&j, db, second.0, second.1, false);
        assert!(said.contains("added 0 people, updated 1"), "{db}: {said}");
    }
}

/// Trial 27e #2: a day typed as `--date "anniversary=…"` is the
/// anniversary, so givegive's own exports imported back change nothing,
/// year or no year, in every format that carries dates.
#[test]
fn a_day_named_anniversary_is_the_anniversary_and_comes_back_once() {
    let j = J::new();
    j.out(
        "a",
        &["add", "Siobhan Byrne", "--date", "anniversary=--06-20"],
    );
    j.out(
        "a",
        &["add", "Paula Test", "--date", "Anniversario=2015-06-20"],
    );
    assert_eq!(days(&j, "a", "siobhan"), ["anniversary null-6-20"]);
    assert_eq!(days(&j, "a", "paula"), ["anniversary 2015-6-20"]);
    for format in ["vcard", "google"] {
        let export = j.out("a", &["export", "--format", format]);
        let (said, _) = import(&j, "a", format, &export, false);
        assert!(said.contains("updated 0, 2 unchanged"), "{format}: {said}");
    }
    assert_eq!(days(&j, "a", "siobhan"), ["anniversary null-6-20"]);
    assert_eq!(days(&j, "a", "paula"), ["anniversary 2015-6-20"]);
}

/// Trial 28f #8: a day `add` would refuse (a birthday ahead, one before
/// 1900) is left out of an import too, and said; the rest comes in.
#[test]
fn an_impossible_day_in_a_file_is_left_out_and_said() {
    let j = J::new();
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Old Timer\r\nBDAY:1850-05-05\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zed Future\r\nBDAY:2030-01-01\r\nANNIVERSARY:2031-02-02\r\nEND:VCARD\r\n";
    let (said, err) = import(&j, "a", "vcard", cards, false);
    assert!(said.contains("added 2 people"), "{said}");
    assert!(
        err.contains("left out Old Timer's birthday 5 May 1850: before 1900 or after today")
            && err.contains("left out Zed Future's birthday 1 January 2030"),
        "{err}"
    );
    assert!(days(&j, "a", "old timer").is_empty());
    assert!(
        days(&j, "a", "zed").is_empty(),
        "{:?}",
        days(&j, "a", "zed")
    );
}
