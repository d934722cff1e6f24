//! Store v12: people keep what their card's last import said (contact
//! layout 5), so an edited card imported again updates them; a v11 journal
//! migrates with nothing remembered and merges as before.

use super::{fixture, run};
use assert_cmd::Command;

/// Imports `card` into the journal at `path`; what the import says.
fn import(path: &std::path::Path, card: &str) -> String {
    let out = Command::cargo_bin("givegive")
        .expect("binary")
        .env("GIVEGIVE_DB", path)
        .env("GIVEGIVE_TODAY", "2026-11-23")
        .env("GIVEGIVE_LINGER", "0")
        .args(["import", "--format", "vcard", "-"])
        .write_stdin(card.to_string())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// Carla's card as her address book has it after an edit: a new org, a
/// new phone, a corrected birthday.
const EDITED: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:carla-1\r\nFN:Carla Bianchi\r\n\
    ORG:Nestwise\r\nTEL;TYPE=cell:+39 333 2222222\r\nBDAY:1990-07-02\r\nEND:VCARD\r\n";

/// The v12 fixture's Carla was imported from her card, then her org was
/// changed in the journal: the edited card moves her phone and birthday
/// and keeps the user's org.
#[test]
fn store_v12_remembers_what_a_card_said() {
    let (_dir, path) = fixture("store-v12");
    assert!(run(&path, &["check"]).starts_with("ok: 6 contacts"));
    let said = import(&path, EDITED);
    assert!(
        said.contains("updated 1 (1 phone, 1 date; took out 1 phone)"),
        "{said}"
    );
    assert!(
        said.contains("(org: journal 'Acme Labs', file 'Nestwise')"),
        "{said}"
    );
    let carla: serde_json::Value =
        serde_json::from_str(&run(&path, &["show", "carla", "--json"])).expect("json");
    let carla = &carla["contact"];
    assert_eq!(carla["org"], "Acme Labs");
    assert_eq!(
        carla["phones"],
        serde_json::json!([{"label": "cell", "value": "+39 333 2222222"}])
    );
    assert_eq!(carla["dates"][0]["day"], 2);
    assert!(run(&path, &["check"]).starts_with("ok: 6 contacts"));
}

/// A v11 journal opens (layout 4 people read with nothing remembered):
/// the first import of a card merges as before and remembers from then on.
#[test]
fn store_v11_migrates_with_nothing_remembered() {
    let (dir, path) = fixture("store-v11");
    assert!(run(&path, &["check"]).starts_with("ok: 5 contacts"));
    assert!(
        dir.path()
            .join("journal-backups/before-v14-from-v11")
            .exists()
    );
    let card = |org: &str| {
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nFN:Anna Rossi\r\nEMAIL:anna@example.org\r\nORG:{org}\r\nEND:VCARD\r\n"
        )
    };
    // Her org was typed in the journal: the card's differs and is kept
    // out, as before v12...
    let said = import(&path, &card("Nestwise"));
    assert!(
        said.contains("(org: journal 'Fintastic', file 'Nestwise')"),
        "{said}"
    );
    // ...and her org is then still the user's: the card did not change it.
    let said = import(&path, &card("Nestwise"));
    assert!(said.contains("updated 0,"), "{said}");
    // Once the card changes what the journal still has as it said, the
    // journal takes it; here the user's org differs, so it stays.
    let said = import(&path, &card("LedgerLoop"));
    assert!(
        said.contains("(org: journal 'Fintastic', file 'LedgerLoop')"),
        "{said}"
    );
}
