//! Store v13: what a card's last import said holds its addresses, URLs,
//! chat handles and related names too (contact layout 6), so what the
//! user deleted of them stays deleted and a changed one is replaced.

use super::{fixture, run};
use assert_cmd::Command;

/// The v13 fixture's Dario was imported from his card, then his home
/// address was deleted in the journal: his card imported again with a new
/// manager leaves the address out and replaces Big Blue with Big Red.
#[test]
fn store_v13_remembers_what_a_card_said_of_its_lists() {
    let (_dir, path) = fixture("store-v13");
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:dario-1\r\nFN:Dario Neri\r\n\
        ADR;TYPE=home:;;Via Roma 1;Milano;;;\r\nURL:https://dario.example\r\n\
        X-EVOLUTION-MANAGER:Big Red\r\nEND:VCARD\r\n";
    let out = Command::cargo_bin("givegive")
        .expect("binary")
        .env("GIVEGIVE_DB", &path)
        .env("GIVEGIVE_TODAY", "2026-11-23")
        .env("GIVEGIVE_LINGER", "0")
        .args(["import", "--format", "vcard", "-"])
        .write_stdin(card)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let said = String::from_utf8(out).expect("utf-8");
    assert!(
        said.contains("updated 1 (1 related name; took out 1 related name)"),
        "{said}"
    );
    let dario: serde_json::Value =
        serde_json::from_str(&run(&path, &["show", "dario", "--json"])).expect("json");
    let dario = &dario["contact"];
    assert_eq!(dario["addresses"], serde_json::json!([]));
    assert_eq!(
        dario["related"],
        serde_json::json!([{"label": "manager", "value": "Big Red"}])
    );
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
}
