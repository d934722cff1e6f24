//! Trial imd (issue 27): imports that merge, seen through the binary.

use super::J;

/// One vCard 3.0 card of these lines, as a file in the test's folder.
fn card(j: &J, file: &str, lines: &str) -> String {
    let path = j.path(file);
    let text = format!("BEGIN:VCARD\r\nVERSION:3.0\r\n{lines}END:VCARD\r\n");
    std::fs::write(&path, text).expect("write the card");
    path.display().to_string()
}

/// #3: a phonetic reading is how the name sounds, not another name: the
/// card shows it labelled, search finds it (a kana reading too), and it
/// is no alias; Google's group of everyone is no tag.
#[test]
fn a_phonetic_reading_is_no_alias_and_my_contacts_no_tag() {
    let j = J::new();
    let file = card(
        &j,
        "yamada.vcf",
        "FN:山田太郎\r\nN:山田;太郎;;;\r\n\
         X-PHONETIC-FIRST-NAME:たろう\r\nX-PHONETIC-LAST-NAME:やまだ\r\n\
         CATEGORIES:My Contacts,Tokyo\r\n",
    );
    j.out("a", &["import", "--format", "vcard", &file]);
    let c = j.card("a", "山田太郎");
    assert_eq!(c["contact"]["aliases"], serde_json::json!([]), "{c}");
    assert_eq!(c["contact"]["tags"], serde_json::json!(["Tokyo"]), "{c}");
    let shown = j.out("a", &["show", "山田太郎"]);
    assert!(shown.contains("Phonetic name: たろう やまだ"), "{shown}");
    assert!(!shown.contains("My Contacts"), "{shown}");
    let found = j.out("a", &["search", "やまだ"]);
    assert!(found.contains("山田太郎"), "{found}");
    // Imported again, it is the same person, unchanged.
    let again = j.out("a", &["import", "--format", "vcard", &file]);
    assert!(again.contains("1 unchanged"), "{again}");
}

/// #4: a spouse the card names otherwise is listed, as an org is, in the
/// dry run and the summary; the journal's is kept, the card's not lost.
#[test]
fn a_spouse_named_otherwise_is_listed_like_an_org() {
    let j = J::new();
    let first = card(
        &j,
        "anna.vcf",
        "FN:Anna Rossi\r\nEMAIL:anna@x.example\r\nORG:Acme\r\n\
         item1.X-ABRELATEDNAMES:Marco Rossi\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n",
    );
    j.out("a", &["import", "--format", "vcard", &first]);
    let other = card(
        &j,
        "anna2.vcf",
        "FN:Anna Rossi\r\nEMAIL:anna@x.example\r\nORG:Beta\r\n\
         item1.X-ABRELATEDNAMES:Mario Rossi\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n\
         item2.X-ABRELATEDNAMES:Sofia\r\nitem2.X-ABLabel:_$!<Child>!$_\r\n",
    );
    let dry = j.out("a", &["import", "--format", "vcard", &other, "--dry-run"]);
    assert!(
        dry.contains(
            "related name differs: journal 'spouse Marco Rossi', file 'spouse Mario Rossi' (kept the journal's)"
        ),
        "{dry}"
    );
    assert!(dry.contains("org differs"), "{dry}");
    let said = j.out("a", &["import", "--format", "vcard", &other]);
    assert!(
        said.contains("related name: journal 'spouse Marco Rossi'"),
        "{said}"
    );
    let c = j.card("a", "anna");
    let related = c["contact"]["related"].to_string();
    for name in ["Marco Rossi", "Mario Rossi", "Sofia"] {
        assert!(related.contains(name), "{name}: {related}");
    }
}

/// #5: "Sokolov Ivan" with the phone Иван Соколов alone has is him: he
/// gains the card's email, and the card adds nobody.
#[test]
fn a_transliterated_name_with_the_only_phone_is_that_person() {
    let j = J::new();
    j.out("a", &["add", "Иван Соколов", "--phone", "+7 916 123 4567"]);
    let file = card(
        &j,
        "ivan.vcf",
        "FN:Sokolov Ivan\r\nTEL;TYPE=cell:+79161234567\r\nEMAIL:ivan@work.example\r\n",
    );
    let said = j.out("a", &["import", "--format", "vcard", &file]);
    assert!(said.contains("added 0 people, updated 1"), "{said}");
    let c = j.card("a", "Соколов");
    assert!(
        c["contact"]["emails"]
            .to_string()
            .contains("ivan@work.example"),
        "{c}"
    );
}

/// #2: the csv export, for spreadsheets, carries every field a person has
/// one of, beside the first email and phone columns.
#[test]
fn the_csv_export_carries_every_single_field() {
    let j = J::new();
    j.out("a", &["add", "Marco Bruni"]);
    j.out(
        "a",
        &[
            "add",
            "Anna Rossi",
            "--met",
            "climbing gym",
            "--on",
            "2026-03-01",
            "--via",
            "Marco Bruni",
            "--birthday",
            "1985-03-14",
            "--notes",
            "loves ramen",
            "--cadence",
            "30",
            "--email",
            "anna@x.example",
            "--phone",
            "+39 333 1234567",
            "--no-follow-up",
        ],
    );
    j.out("a", &["close", "marco", "--reason", "moved away"]);
    let text = j.out("a", &["export", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rows
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.expect("row")).collect();
    let at = |name: &str, col: &str| {
        let r = rows.iter().find(|r| r.get(1) == Some(name)).expect("a row");
        let i = header
            .iter()
            .position(|h| h == col)
            .unwrap_or_else(|| panic!("{col}: {header:?}"));
        r.get(i).unwrap_or_default().to_string()
    };
    assert_eq!(at("Anna Rossi", "how_we_met"), "climbing gym");
    assert_eq!(at("Anna Rossi", "met_on"), "2026-03-01");
    assert_eq!(at("Anna Rossi", "introduced_by"), "Marco Bruni");
    assert_eq!(at("Anna Rossi", "birthday"), "1985-03-14");
    assert_eq!(at("Anna Rossi", "notes"), "loves ramen");
    assert_eq!(at("Anna Rossi", "cadence_days"), "30");
    assert_eq!(at("Anna Rossi", "E-mail 1 - Value"), "anna@x.example");
    assert!(!at("Anna Rossi", "created").is_empty());
    assert_eq!(at("Marco Bruni", "closed_reason"), "moved away");
    assert!(!at("Marco Bruni", "closed_on").is_empty());
    let help = j.out("a", &["export", "--help"]);
    assert!(help.contains("csv is for spreadsheets"), "{help}");
}

/// #1: the user's own Google export imported back finds each person by
/// the id it carries, a Sara with nothing but a name and one renamed
/// since; another journal's export is nobody there by that id.
#[test]
fn the_own_google_export_comes_back_to_the_same_people() {
    let j = J::new();
    j.out("a", &["add", "Sara"]);
    j.out("a", &["add", "Sara", "--duplicate"]);
    j.out("a", &["add", "Sara Bianchi", "--org", "Acme"]);
    let file = j.path("google.csv").display().to_string();
    j.out("a", &["export", "--format", "google", &file]);
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(
        text.lines()
            .next()
            .unwrap_or_default()
            .ends_with("Custom Field 1 - Label,Custom Field 1 - Value"),
        "{text}"
    );
    j.out(
        "a",
        &[
            "edit",
            "Sara Bianchi",
            "--name",
            "Sara Neri",
            "--org",
            "Beta",
        ],
    );
    let said = j.out("a", &["import", "--format", "google", &file]);
    assert!(said.contains("added 0 people"), "{said}");
    assert_eq!(j.out("a", &["list"]).matches("Sara").count(), 3);
    // Another journal has no person 3 of this one.
    j.out("b", &["add", "Marco Rossi"]);
    let said = j.out("b", &["import", "--format", "google", &file]);
    assert!(said.contains("added 3 people"), "{said}");
}
