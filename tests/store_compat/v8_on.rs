//! Stores v8 to v11: request ids, the journal's identity and its write log,
//! labels as data, notes kept out of the last touch, summaries built again.

use super::{copy_dir, fixture, run};
use std::path::Path;

/// Cuts the journal at `journal` short and loses its snapshot, as a disk
/// or a bug might.
fn damage(journal: &Path) {
    for entry in std::fs::read_dir(journal).expect("journal").flatten() {
        if entry.file_name().to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(entry.path()).expect("remove snapshot");
        }
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(journal.join("db"))
        .and_then(|f| f.set_len(100))
        .expect("cut short");
}

/// A request's id and the answer kept beside it (empty if none).
type Request = (Vec<u8>, Vec<u8>);

/// The journal's identity and its requests.
fn identity_and_requests(path: &Path) -> (Vec<u8>, Vec<Request>) {
    let db = sled::open(path).expect("raw open");
    let identity = db
        .open_tree("meta")
        .and_then(|meta| meta.get("identity"))
        .expect("meta")
        .map_or_else(Vec::new, |raw| raw.to_vec());
    let requests = db
        .open_tree("requests")
        .expect("requests")
        .scan_prefix(b"i")
        .map(|item| item.expect("request"))
        .map(|(id, raw)| (id.to_vec(), raw.get(8..).unwrap_or_default().to_vec()))
        .collect();
    (identity, requests)
}

/// Store v8: the ids of the requests commands sent (a capture sent again
/// runs once), the journal's identity, and a write log that starts by
/// naming it, from a backup known by its hash: a damaged v8 journal is
/// rebuilt from it, as the same journal.
#[test]
fn store_v8_keeps_its_requests_and_rebuilds_from_its_write_log() {
    let (dir, path) = fixture("store-v8");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v8-backups"),
        &dir.path().join("journal-backups"),
    );
    let (identity, requests) = identity_and_requests(&path);
    assert_eq!(identity.len(), 16);
    let answered: Vec<_> = requests.iter().filter(|(_, a)| !a.is_empty()).collect();
    assert!(requests.len() > 20, "{} requests", requests.len());
    assert_eq!(answered.len(), 1, "{answered:?}");
    assert!(String::from_utf8_lossy(&answered[0].1).contains("a portfolio review"));
    assert!(run(&path, &["check"]).starts_with("ok: 4 contacts"));
    assert!(
        dir.path()
            .join("journal-backups/before-v14-from-v8")
            .exists()
    );
    let lena = run(&path, &["show", "lena", "--json"]);
    let people = run(&path, &["list", "--closed", "--json"]);

    damage(&path);
    let recovered = run(&path, &["recover"]);
    assert!(
        recovered.contains("givegive-2026-11-23-") && recovered.contains("check found no problems"),
        "{recovered}"
    );
    assert_eq!(run(&path, &["show", "lena", "--json"]), lena);
    assert_eq!(run(&path, &["list", "--closed", "--json"]), people);
    assert_eq!(identity_and_requests(&path).0, identity);
}

/// Store v9: emails and phones typed `LABEL=VALUE` in a v8 journal keep
/// their labels as data: the card shows them, `query` gives mutt the bare
/// address, the vCard export writes them as types, a deleted person comes
/// back labelled, and undo goes back into the old layout.
#[test]
fn store_v8_labels_become_data() {
    let (dir, path) = fixture("store-v8-labels");
    assert!(run(&path, &["check"]).starts_with("ok: 2 contacts"));
    assert!(
        dir.path()
            .join("journal-backups/before-v14-from-v8")
            .exists()
    );
    let anna = run(&path, &["show", "anna"]);
    for line in [
        "email      work: anna@klarheit.de, anna@example.org",
        "phone      cell: +39 333 1234567, +39 02 765432, work: +39 02 5550000",
    ] {
        assert!(anna.contains(line), "{line}\n{anna}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&run(&path, &["show", "marco", "--json"])).expect("JSON");
    assert_eq!(json["contact"]["phones"][0]["label"], "home");
    assert_eq!(json["contact"]["phones"][0]["value"], "+39 02 111222");
    let query = run(&path, &["query", "anna"]);
    assert!(query.contains("anna@klarheit.de\tAnna Rossi"), "{query}");
    assert!(!query.contains("work="), "{query}");
    let card = run(&path, &["export", "--format", "vcard"]);
    assert!(card.contains("TEL;TYPE=cell:+39 333 1234567"), "{card}");
    assert!(card.contains("EMAIL;TYPE=work:anna@klarheit.de"), "{card}");
    // Zoe was deleted in v8: she comes back with her labelled fax.
    let trash = run(&path, &["trash"]);
    let id = trash.split_whitespace().next().expect("a trashed id");
    run(&path, &["restore", id]);
    assert!(run(&path, &["show", "zoe"]).contains("phone      fax: +39 02 999888"));
    assert!(run(&path, &["undo"]).starts_with("undid: restore"));
    assert!(run(&path, &["undo"]).starts_with("undid: rm zoe"));
    assert!(run(&path, &["undo"]).starts_with("undid: edit anna --phone 'work="));
    assert!(!run(&path, &["show", "anna"]).contains("5550000"));
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
}

/// Store v9, written by make-store.sh: labelled emails and phones read
/// back as written, and the rest reads as v8's.
#[test]
fn store_v9_keeps_its_labels() {
    let (_dir, path) = fixture("store-v9");
    assert!(run(&path, &["check"]).starts_with("ok: 4 contacts"));
    let anna = run(&path, &["show", "anna"]);
    for line in [
        "email      anna@example.org, work: anna@fintastic.example",
        "phone      +39 333 1234567, cell: +39 333 7654321",
    ] {
        assert!(anna.contains(line), "{line}\n{anna}");
    }
    let (_old, v8) = fixture("store-v8");
    for args in [&["show", "lena", "--json"][..], &["balance", "--json"]] {
        let ids = |text: String| {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("\"id\""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(ids(run(&path, args)), ids(run(&v8, args)), "{args:?}");
    }
}

/// v10: a note is not contact (Pia's last touch stays the meeting, not
/// the note written today), and with no contact a cadence counts from the
/// day a person was added; the v9 journal migrates and checks clean.
#[test]
fn store_v10_leaves_notes_out_of_the_last_touch() {
    let (_dir, path) = fixture("store-v10");
    assert!(run(&path, &["check"]).starts_with("ok: 5 contacts"));
    let pia = run(&path, &["show", "pia"]);
    assert!(pia.contains("last touch 22 days ago"), "{pia}");
    let review = run(&path, &["review"]);
    // Not overdue by her cadence: only the meeting never followed up is
    // said (a meeting keeps its line past the fresh window).
    assert!(
        review
            .lines()
            .filter(|l| l.contains("Pia"))
            .all(|l| l.contains("have not followed up") && !l.contains("no contact")),
        "not overdue: {review}"
    );
    let (_old, v9) = fixture("store-v9");
    assert!(run(&v9, &["check"]).starts_with("ok: 4 contacts"));
    // v11 changed no layout: its journal (summaries built again) checks.
    let (_new, v11) = fixture("store-v11");
    assert!(run(&v11, &["check"]).starts_with("ok: 5 contacts"));
}
