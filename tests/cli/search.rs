//! `givegive search` through the real binary: every field and record, case
//! and accents ignored, what matched said, JSON, and exit 1 with one line
//! when nothing matches.

use serde_json::Value;

use super::{Journal, common};

struct J(Journal);

impl std::ops::Deref for J {
    type Target = Journal;

    fn deref(&self) -> &Journal {
        &self.0
    }
}

impl J {
    /// Chiara at Klarheit (with a note and a ledger text), Zoë, and Anna,
    /// whose relationship is closed.
    fn new() -> J {
        let j = J(Journal::lingerless());
        j.ok(&[
            "add",
            "Chiara Romano",
            "--org",
            "Klarheit GmbH",
            "--role",
            "Produktmanagerin",
            "--notes",
            "Prefers WhatsApp over email",
            "--email",
            "chiara@klarheit.example",
        ]);
        j.ok(&["add", "Zoë Müller", "--interest", "Caffè", "--alias", "Zo"]);
        j.ok(&[
            "add",
            "Anna Rossi",
            "--need",
            "a designer",
            "--phone",
            "+39 333 111-2222",
        ]);
        j.ok(&["gave", "chiara", "sent the pricing deck for Klarheit"]);
        j.ok(&[
            "met",
            "zoe",
            "coffee in Brera",
            "--details",
            "talked about Satispay",
        ]);
        j.ok(&["close", "anna", "--reason", "moved away"]);
        j
    }

    fn search(&self, words: &[&str]) -> Value {
        let mut args = vec!["search", "--json"];
        args.extend(words);
        serde_json::from_str(&self.ok(&args)).expect("JSON")
    }
}

#[test]
fn search_finds_every_field_and_record_and_says_what_matched() {
    let j = J::new();
    // An organisation first, then the ledger text that names it.
    let out = j.ok(&["search", "klarheit"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        2,
        "one line for Chiara, one for the record: {out}"
    );
    assert!(
        lines[0].starts_with("Chiara Romano  organisation "),
        "{out}"
    );
    assert!(lines[0].ends_with("  Klarheit GmbH"), "{out}");
    assert!(lines[1].contains("  gave #5 2026-11-23  "), "{out}");
    assert!(
        lines[1].ends_with("  sent the pricing deck for Klarheit"),
        "{out}"
    );
    assert!(
        j.ok(&["search", "klarheit.example"])
            .contains("  email  chiara@klarheit.example")
    );
    // A note, in any case.
    assert!(j.ok(&["search", "WHATSAPP"]).contains("notes"));
    // Accents either way: typed without, stored with, and the reverse.
    let zoe = j.search(&["zoe"]);
    assert_eq!(zoe["hits"][0]["name"], "Zoë Müller");
    assert_eq!(zoe["hits"][0]["field"], "name");
    let caffe = j.search(&["caffe"]);
    assert_eq!(caffe["hits"][0]["field"], "interest");
    assert_eq!(caffe["hits"][0]["excerpt"], "Caffè");
    assert_eq!(j.search(&["Brèra"])["hits"][0]["label"], "met");
    // Every word in one person or one record, across their fields.
    let both = j.search(&["chiara", "whatsapp"]);
    assert_eq!(both["total"], 1);
    assert!(
        j.cmd(&["search", "satispay", "deck"])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .is_empty()
    );
    // A closed relationship is found, and marked.
    assert!(
        j.ok(&["search", "designer"])
            .starts_with("Anna Rossi (closed)  need")
    );
    assert_eq!(j.search(&["designer"])["hits"][0]["closed"], true);
}

#[test]
fn search_json_is_documented_and_nothing_found_exits_1_with_one_line() {
    let j = J::new();
    let v = j.search(&["pricing"]);
    assert_eq!(v["query"], "pricing");
    assert_eq!(v["total"], 1);
    let hit = &v["hits"][0];
    for key in [
        "id", "name", "closed", "record", "date", "field", "label", "excerpt",
    ] {
        assert!(hit.get(key).is_some(), "{key} in {hit}");
    }
    assert_eq!(hit["field"], "ledger");
    assert_eq!(hit["date"], common::TODAY);
    let out = j
        .cmd(&["search", "nobody", "here"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "givegive: nothing matches 'nobody here'\n"
    );
    let out = j
        .cmd(&["search", "--json", "nobody"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["total"], 0);
    j.cmd(&["search"]).assert().code(2);
}

/// A phone number is found typed without its spaces and dashes.
#[test]
fn a_number_is_found_without_its_spaces() {
    let j = J::new();
    for typed in ["3331112222", "333 111", "+39 333"] {
        let out = j.ok(&["search", typed]);
        assert!(
            out.contains("Anna Rossi") && out.contains("phone"),
            "{typed}: {out}"
        );
    }
}
