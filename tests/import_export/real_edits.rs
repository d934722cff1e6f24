//! Real cards edited in their address book and imported again (issue
//! 27): the person is updated where the user did not change them, and a
//! card that shares a phone number with someone is that someone.

use super::J;

/// Evolution's real card of John Doe (read in place), imported, edited in
/// the address book (a new org and title, a corrected birthday, his cell
/// number changed) while his user gave him another title and took out his
/// work phone in givegive, then imported again: the card's edits reach him
/// where the user changed nothing, the user's stand, and one `undo` takes
/// the whole import back.
#[test]
fn a_real_card_edited_in_its_address_book_updates_the_person() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real-world/vcard/ezvcard_John_Doe_EVOLUTION.vcf");
    let text = std::fs::read_to_string(&path).expect("the real card");
    let j = J::new();
    let import = |text: &str| {
        let out = j
            .cmd("a", &["import", "--format", "vcard", "-"])
            .write_stdin(text.to_string())
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
    };
    import(&text);
    j.out(
        "a",
        &[
            "edit",
            "john",
            "--role",
            "Head Counter",
            "--drop-phone",
            "905-555-1234",
        ],
    );
    let unfolded = text.replace("\r\n ", "").replace("\n ", "");
    let edited = [
        ("ORG:IBM;Accounting;Dungeon", "ORG:Nestwise"),
        ("TITLE:Money Counter", "TITLE:Chief Counter"),
        ("BDAY:1980-03-22", "BDAY:1980-03-23"),
        ("TYPE=CELL:905-666-1234", "TYPE=CELL:905-666-4321"),
    ]
    .iter()
    .fold(unfolded, |t, (from, to)| {
        assert!(t.contains(from), "{from}");
        t.replace(from, to)
    });
    let before = j.out("a", &["export", "--format", "json"]);
    // The dry run lists each change, what it takes out too, and writes
    // nothing.
    let dry = j
        .cmd("a", &["import", "--format", "vcard", "-", "--dry-run"])
        .write_stdin(edited.clone())
        .assert()
        .success();
    let dry = String::from_utf8(dry.get_output().stdout.clone()).expect("utf-8");
    for change in [
        "+ phone cell: 905-666-4321",
        "org IBM, Accounting, Dungeon → Nestwise",
        "- phone 905-666-1234",
        "role differs: journal 'Head Counter', file 'Chief Counter' (kept the journal's)",
    ] {
        assert!(dry.contains(change), "{change}\n{dry}");
    }
    assert_eq!(j.out("a", &["export", "--format", "json"]), before);
    let said = import(&edited);
    assert!(
        said.contains("updated 1 (1 phone, 1 date, org; took out 1 phone)"),
        "{said}"
    );
    assert!(
        said.contains("(role: journal 'Head Counter', file 'Chief Counter')"),
        "{said}"
    );
    let john = &j.card("a", "john")["contact"];
    assert_eq!(john["org"], "Nestwise");
    assert_eq!(john["role"], "Head Counter");
    assert_eq!(
        john["phones"],
        serde_json::json!([{"label": "cell", "value": "905-666-4321"}])
    );
    let days: Vec<(u64, u64)> = john["dates"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            (
                d["month"].as_u64().unwrap_or(0),
                d["day"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        days,
        [(3, 23), (3, 22)],
        "the birthday moved, not the anniversary"
    );
    // The same edited card again changes nobody.
    assert!(import(&edited).contains("updated 0,"));
    j.out("a", &["undo"]);
    assert_eq!(j.out("a", &["export", "--format", "json"]), before);
}

/// Report 27b #2: Outlook's card of "Mr. Michael Angstadt Jr." (NICKNAME
/// Mike, ORG TheCompany, cell (111) 555-4444) goes to the journal's Mike
/// Angstadt, who has that number, not to a new person "like" the Michael
/// Angstadt at OtherCo. Before, it made a new person. Report 27c #1: the
/// number he was typed with ("111-555-4444", labelled cell) is the card's
/// "(111) 555-4444", kept once; before, the card's was added beside it.
#[test]
fn a_shared_phone_number_merges_the_outlook_card() {
    let j = J::new();
    j.out("a", &["add", "Michael Angstadt", "--org", "OtherCo"]);
    j.out(
        "a",
        &[
            "add",
            "Mike Angstadt",
            "--org",
            "TheCompany",
            "--phone",
            "cell=111-555-4444",
        ],
    );
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real-world/vcard/ezvcard_outlook-2007.vcf");
    let said = j.out(
        "a",
        &["import", "--format", "vcard", file.to_str().expect("utf-8")],
    );
    assert!(said.starts_with("added 0 people, updated 1"), "{said}");
    let mike = j.out("a", &["show", "mike angstadt"]);
    assert!(mike.contains("mike.angstadt@gmail.com"), "{mike}");
    assert_eq!(mike.matches("555-4444").count(), 1, "{mike}");
    assert!(!j.out("a", &["show", "michael angstadt"]).contains("gmail"));
}
