//! Stores v6 and v7: dates and addresses, undo across a migration, the copy a
//! migration keeps, and whose words an interaction holds.

use super::{fixture, run, run_on};

#[test]
fn store_v6_keeps_dates_and_addresses() {
    let (_dir, path) = fixture("store-v6");
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    let anna = run(&path, &["show", "anna"]);
    for line in [
        "date       birthday 26 November 1985 (in 3 days, turns 41)",
        "date       Sofia's recital 12 March 2027",
        "address    home: Via Roma 1, 20121 Milano, MI, Italy",
    ] {
        assert!(anna.contains(line), "{line}\n{anna}");
    }
    let marco = run(&path, &["show", "marco"]);
    assert!(marco.contains("date       anniversary 20 June"), "{marco}");
    assert!(marco.contains("related    colleague Anna Rossi"), "{marco}");
    assert!(anna.contains("related    colleague Marco Verdi"), "{anna}");
    assert!(
        run(&path, &["review"]).contains("Anna Rossi   birthday in 3 days (26 November): turns 41")
    );
    // The same ledger as v5's, whatever ids each build handed out.
    let (_old, v5) = fixture("store-v5");
    let without_ids = |text: String| {
        text.lines()
            .filter(|l| !l.trim_start().starts_with("\"id\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        without_ids(run(&path, &["balance", "--json"])),
        without_ids(run(&v5, &["balance", "--json"]))
    );
    // Undo goes back through the v6 edits to the layout before them.
    assert!(run(&path, &["undo"]).starts_with("undid: rm "));
    assert!(run(&path, &["undo"]).starts_with("undid: gave marco"));
    assert!(run(&path, &["undo"]).starts_with("undid: relate anna marco"));
    assert!(!run(&path, &["show", "marco"]).contains("related"));
    assert!(run(&path, &["undo"]).starts_with("undid: edit marco"));
    assert!(!run(&path, &["show", "marco"]).contains("anniversary"));
    assert!(run(&path, &["check"]).starts_with("ok"));
}

#[test]
fn a_v5_journal_undoes_into_its_own_layouts_after_the_migration() {
    let (_dir, path) = fixture("store-v5");
    // The migrated journal takes a v6 edit, then undoes past it into what
    // v5 wrote: old summaries and contacts read in their own layouts.
    run(&path, &["edit", "anna", "--birthday", "1985-11-26"]);
    assert!(run(&path, &["review"]).contains("birthday in 3 days"));
    assert!(run(&path, &["undo"]).starts_with("undid: edit 'Anna Rossi' --birthday"));
    assert!(run(&path, &["undo"]).starts_with("undid: rm "));
    assert!(run(&path, &["undo"]).starts_with("undid: gave marco"));
    assert!(!run(&path, &["review"]).contains("birthday"));
    assert!(run(&path, &["check"]).starts_with("ok"));
}

#[test]
fn a_migration_keeps_a_copy_of_the_journal_as_it_was() {
    let (dir, path) = fixture("store-v1");
    let version = run(&path, &["list", "--closed", "--json"]);
    let copy = dir.path().join("journal-backups/before-v14-from-v1");
    assert!(copy.join("conf").is_file() && copy.join("db").is_file());
    // The copy is the old journal: it opens (migrating in turn) and reads
    // the same.
    assert_eq!(run(&copy, &["list", "--closed", "--json"]), version);
    assert!(run(&copy, &["check"]).starts_with("ok: 3 contacts"));
    // An up-to-date journal is not copied again.
    run(&path, &["list"]);
    assert!(
        !dir.path()
            .join("journal-backups/before-v14-from-v1-2")
            .exists()
    );
}

/// A v6 journal whose follow-up was marked sent in the TUI: that message,
/// written before interactions said whose words they hold, is read as mine,
/// so the next draft never quotes it back (issue 24). An export of version
/// 1 from such a journal restores the same way.
#[test]
fn a_message_marked_sent_before_v7_is_mine() {
    let (dir, path) = fixture("store-v6-sent");
    assert!(run(&path, &["check"]).starts_with("ok: 1 contact,"));
    let card: serde_json::Value =
        serde_json::from_str(&run(&path, &["show", "lena", "--json"])).expect("JSON");
    let from = |summary: &str| {
        card["history"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|h| h["summary"] == summary)
            .map(|h| h["from"].clone())
    };
    assert_eq!(from("sent a follow-up message"), Some("me".into()));
    assert_eq!(from("whatsapp"), Some("both".into()));
    assert_eq!(
        run(&path, &["draft", "lena"]),
        "Hi Lena,\nit was good to hear from you last Friday.\n\
         I have been thinking about what you told me: you found a flat in Kreuzberg.\nTalk soon\n"
    );
    // The same journal as a version-1 export: no `from`, version 1.
    let export = dir.path().join("old.json");
    run(
        &path,
        &[
            "export",
            "--format",
            "json",
            "--output",
            export.to_str().unwrap_or(""),
        ],
    );
    let mut old: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).expect("export")).expect("JSON");
    old["version"] = 1.into();
    for i in old["interactions"].as_array_mut().into_iter().flatten() {
        i.as_object_mut().map(|o| o.remove("from"));
    }
    std::fs::write(&export, old.to_string()).expect("write");
    let restored = dir.path().join("restored");
    run(&restored, &["restore", export.to_str().unwrap_or("")]);
    assert_eq!(
        run(&restored, &["draft", "lena"]),
        run(&path, &["draft", "lena"])
    );
}

/// Store v7: interactions say whose words they hold, follow-ups know the
/// meeting that planned them and what did them, and a person is snoozed
/// whole.
#[test]
fn store_v7_keeps_whose_words_and_who_is_set_aside() {
    let (dir, path) = fixture("store-v7");
    assert!(run(&path, &["check"]).starts_with("ok: 4 contacts"));
    let copy = dir.path().join("journal-backups/before-v14-from-v7");
    assert!(copy.join("conf").is_file(), "no copy at {}", copy.display());
    let anna: serde_json::Value =
        serde_json::from_str(&run(&path, &["show", "anna", "--json"])).expect("JSON");
    let item = |summary: &str| {
        anna["history"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|h| h["summary"] == summary || h["text"] == summary)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(item("her note")["from"], "them");
    assert_eq!(item("climbing gym")["from"], "both");
    // The meeting's follow-up was done by her message, in the same write.
    let planned = item("follow up on: climbing gym");
    assert_eq!(planned["meeting"], item("climbing gym")["id"]);
    assert_eq!(planned["done_by"], item("her note")["id"]);
    // Anna is set aside until 30 November; Marco's request still shows.
    let review = run(&path, &["review"]);
    assert!(!review.contains("Anna Rossi"), "{review}");
    assert!(
        review.contains("Marco Verdi  asked you today: a code review"),
        "{review}"
    );
    assert!(run_on(&path, "2026-12-01", &["review"]).contains("Anna Rossi"));
    // My reply to Marco is not what we talked about; what I promised is said.
    // Introduced on 20 November: the dinner is not when we first met.
    assert_eq!(
        run(&path, &["draft", "marco"]),
        "Hi Marco,\nit was great to see you today.\n\
         As promised, I am sending you the review.\nTalk soon\n"
    );
}
