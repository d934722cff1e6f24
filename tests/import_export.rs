//! Interchange through the real binary: vCard imports (the project's own
//! fixtures, and real files from other programs in ../shared/real-world when
//! that folder is there) and the lossless JSON export and restore.

use crate::common;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;
use tempfile::TempDir;

// Labels and differences between several cards of one person.
#[path = "import_export/cards.rs"]
mod cards;
#[path = "import_export/merge.rs"]
mod merge;
// Report 27t: one phone after a merge, other spellings as aliases, the
// whole dossier, file names for people, dry runs on nothing.
#[path = "import_export/names_and_paths.rs"]
mod names_and_paths;
// Exports that cannot harm, vCard UIDs khard reads once, names as typed.
#[path = "import_export/outputs.rs"]
mod outputs;
// The real files other programs wrote keep every field.
#[path = "import_export/real_files.rs"]
mod real_files;
// An edited card imported again updates the person, by the three-way rule.
// A refused import starts no journal; a vCard error names its line.
#[path = "import_export/real_edits.rs"]
mod real_edits;
#[path = "import_export/refused.rs"]
mod refused;
// Trial 28c #14, report 27t #12/#13: what an import's summary says.
// Report 27d #6: every date on a card comes in or is said.
#[path = "import_export/dated.rs"]
mod dated;
// Report 27d #14: what a summary and a dossier say.
#[path = "import_export/words_27d.rs"]
mod words_27d;
// Report 27d #2: the full name and the only phone merge.
#[path = "import_export/one_phone.rs"]
mod one_phone;
// Report 27d #1: a rename keeps the name's parts.
#[path = "import_export/reimport.rs"]
mod reimport;
#[path = "import_export/renamed.rs"]
mod renamed;
#[path = "import_export/summaries.rs"]
mod summaries;
// Every export into an empty journal comes back equal.
#[path = "import_export/round_trip.rs"]
mod round_trip;
// What an import takes in: dates, names, values add would refuse, labels.
#[path = "import_export/taken_in.rs"]
mod taken_in;
// Every real file imported together, in either order, keeps every value.
#[path = "import_export/together.rs"]
mod together;
// Trial imd: imports that merge (round trips, phonetic names, related
// names, transliterated names).
#[path = "import_export/trial_imd.rs"]
mod trial_imd;

struct J {
    dir: TempDir,
}

impl J {
    fn new() -> J {
        J {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn db(&self, name: &str) -> PathBuf {
        self.path(name)
    }

    /// A file or folder in the test's own directory.
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self, db: &str, args: &[&str]) -> Command {
        let mut cmd = common::givegive(&self.db(db), &self.dir.path().join("config"));
        cmd.args(args);
        cmd
    }

    fn out(&self, db: &str, args: &[&str]) -> String {
        let out = self
            .cmd(db, args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    }

    fn card(&self, db: &str, who: &str) -> Value {
        serde_json::from_str(&self.out(db, &["show", who, "--json"])).expect("json")
    }
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/vcard")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn vcard_import_is_idempotent_and_all_or_nothing() {
    let j = J::new();
    j.cmd("a", &["import", "--format", "vcard", &fixture("one.vcf")])
        .assert()
        .success()
        .stdout(contains("added 1 person"));
    let lucia = j.card("a", "lucia");
    assert_eq!(lucia["contact"]["org"], "Studio Neri");
    assert_eq!(lucia["contact"]["emails"][0]["value"], "lucia@example.org");
    j.cmd("a", &["import", "--format", "vcard", &fixture("one.vcf")])
        .assert()
        .success()
        .stdout(contains("added 0 people, updated 0, 1 unchanged"));

    // The same card renamed in its address book is found by its UID: the
    // journal still has what its last import said, so the new name and
    // email replace the old ones (`import_export::reimport` has the rule;
    // the old name stays an alias),
    // and exporting it again gives givegive's own UID, the original beside
    // it (the two cards side by side in khard are not one card twice).
    j.cmd("d", &["import", "--format", "vcard", &fixture("uid-a.vcf")])
        .assert()
        .success();
    j.cmd("d", &["import", "--format", "vcard", &fixture("uid-b.vcf")])
        .assert()
        .success()
        .stdout(contains(
            "added 0 people, updated 1 (1 email, 1 alias, name; took out 1 email), 0 unchanged",
        ));
    let pietro = j.out("d", &["export", "--format", "vcard", "galli"]);
    assert!(pietro.contains("\r\nFN:Piero Galli-Bassi\r\n"), "{pietro}");
    assert!(pietro.contains("\r\nUID:givegive-contact-"), "{pietro}");
    assert!(
        pietro.contains("\r\nX-GIVEGIVE-SOURCE-UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),
        "{pietro}"
    );

    // A near match by name is reported, not merged.
    j.out("c", &["add", "Lucia Maria Neri"]);
    j.cmd("c", &["import", "--format", "vcard", &fixture("one.vcf")])
        .assert()
        .success()
        .stdout(contains("possible duplicates to check").and(contains(
            "Lucia Neri #2 (like Lucia Maria Neri #1: givegive merge 1 2)",
        )));

    // A truncated file among good ones: one clear line, nothing written.
    j.cmd(
        "b",
        &[
            "import",
            "--format",
            "vcard",
            &fixture("one.vcf"),
            &fixture("truncated.vcf"),
        ],
    )
    .assert()
    .code(1)
    .stderr(
        contains("truncated.vcf")
            .and(contains("no END:VCARD"))
            .and(contains("nothing was imported")),
    );
    j.cmd(
        "b",
        &["import", "--format", "vcard", &fixture("binary.vcf")],
    )
    .assert()
    .code(1)
    .stderr(contains("binary.vcf"));
    assert!(!j.db("b").exists(), "a refused import started a journal");
    j.cmd(
        "b",
        &[
            "import",
            "--format",
            "vcard",
            "--dry-run",
            &fixture("one.vcf"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("would add 1 person"));
    assert!(!j.db("b").exists(), "a dry run started a journal");
}

fn linkedin(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/linkedin")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn linkedin_connections_come_in_with_how_we_met() {
    let j = J::new();
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 3 people").and(contains("1 row without a name")));
    let lucia = j.card("a", "lucia");
    assert_eq!(lucia["contact"]["met"]["text"], "LinkedIn");
    assert_eq!(lucia["contact"]["met"]["on"], "2023-03-12");
    assert_eq!(lucia["contact"]["org"], "Studio Neri, S.r.l.");
    assert_eq!(lucia["contact"]["role"], "Founder");
    assert_eq!(
        lucia["contact"]["urls"][0],
        "https://www.linkedin.com/in/lucianeri"
    );
    assert_eq!(j.card("a", "tomas")["contact"]["met"]["on"], "2021-04-04");
    assert_eq!(
        j.card("a", "tomas")["contact"]["role"],
        "Head of Growth, CEE"
    );

    // Idempotent, and the same person from a phone's vCard is not added twice.
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 0 people, updated 0, 3 unchanged"));
    j.cmd("a", &["import", "--format", "vcard", &fixture("one.vcf")])
        .assert()
        .success()
        .stdout(contains("added 0 people, updated 0, 1 unchanged"));

    // Invitations give how-we-met its words; messages become interactions, once.
    // A dry run says what it would do (trial 28c #14).
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            "--dry-run",
            &linkedin("Invitations.csv"),
            &linkedin("messages.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains(
        "how-we-met would be filled from 1 invitation, 2 messages would be logged",
    ));
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Invitations.csv"),
            &linkedin("messages.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains(
        "how-we-met filled from 1 invitation, 2 messages logged",
    ));
    let lucia = j.card("a", "lucia");
    assert_eq!(
        lucia["contact"]["met"]["text"],
        "LinkedIn: \"Loved your talk on studio pricing at Design Week, shall we keep in touch?\""
    );
    let history = lucia["history"].to_string();
    assert!(
        history.contains("Here is the price list I mentioned") && history.contains("2023-11-18")
    );
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Invitations.csv"),
            &linkedin("messages.csv"),
        ],
    )
    .assert()
    .success()
    // Nothing new: no line of zeros (trial 28c #14).
    .stdout(contains("how-we-met").not().and(contains("logged").not()));

    // Older exports have no URL column.
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections-2018.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 1 person"));
    assert_eq!(j.card("a", "paola")["contact"]["met"]["on"], "2018-05-05");

    // A bad row: FILE:LINE and nothing written.
    j.cmd(
        "b",
        &["import", "--format", "linkedin", &linkedin("bad-date.csv")],
    )
    .assert()
    .code(1)
    .stderr(
        contains("bad-date.csv:3: 'someday' is not a date").and(contains("nothing was imported")),
    );
    // A refused import starts no journal (28c #9).
    assert!(!j.db("b").exists(), "a refused import started a journal");
    j.cmd(
        "b",
        &[
            "import",
            "--format",
            "linkedin",
            "--skip-bad",
            &linkedin("bad-date.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 1 person"))
    .stderr(contains("skipped").and(contains("bad-date.csv:3: 'someday' is not a date")));
    j.cmd(
        "b",
        &["import", "--format", "linkedin", &fixture("one.vcf")],
    )
    .assert()
    .code(1)
    .stderr(contains("Connections.csv"));
}

#[test]
fn real_world_vcards_import_with_names_emails_phones_orgs_and_notes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-world/vcard");
    if !dir.is_dir() {
        eprintln!("skipped: {} is not here (CI always has it)", dir.display());
        return;
    }
    let file = |name: &str| dir.join(name).display().to_string();
    let j = J::new();
    let import = |db: &str, name: &str| {
        j.cmd(db, &["import", "--format", "vcard", &file(name)])
            .assert()
            .success();
    };

    import("gmail", "ezvcard_gmail-list.vcf");
    for (who, email) in [
        ("arnold", "asmithk@gmail.com"),
        ("chris", "chrisy55d@yahoo.com"),
    ] {
        assert_eq!(j.card("gmail", who)["contact"]["emails"][0]["value"], email);
    }

    import("outlook", "ezvcard_outlook-2007.vcf");
    let mike = j.card("outlook", "michael");
    assert_eq!(mike["contact"]["name"], "Mr. Michael Angstadt Jr.");
    assert_eq!(mike["contact"]["org"], "TheCompany, TheDepartment");
    assert_eq!(
        mike["contact"]["emails"][0]["value"],
        "mike.angstadt@gmail.com"
    );
    assert!(
        mike["contact"]["phones"]
            .as_array()
            .is_some_and(|p| p.len() >= 3)
    );
    assert!(
        mike["contact"]["notes"]
            .as_str()
            .unwrap_or("")
            .starts_with("This is the NOTE field\nI assume")
    );

    import("sjis", "aosp_v21_multiple_entry.vcf");
    assert!(
        j.out("sjis", &["list"]).contains("安藤ロイド3"),
        "Shift_JIS decoded"
    );

    import("android", "ezvcard_John_Doe_ANDROID.vcf");
    let list = j.out("android", &["list"]);
    assert!(
        list.contains("john.doe@company.com"),
        "a card with only an email is named by it"
    );
    assert!(list.contains("Ñ Ñ Ñ Ñ"), "quoted-printable UTF-8");

    import("evolution", "ezvcard_John_Doe_EVOLUTION.vcf");
    let john = j.card("evolution", "richter");
    assert_eq!(john["contact"]["name"], "Mr. John Richter, James Doe Sr.");
    assert!(
        john["contact"]["notes"]
            .as_str()
            .unwrap_or("")
            .contains("THIS SOFTWARE IS PROVIDED")
    );

    for name in [
        "ezvcard_John_Doe_IPHONE.vcf",
        "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf",
        "ezvcard_fullcontact.vcf",
        "aosp_v40_sort_as.vcf",
        "aosp_v21_invalid_comment_line.vcf",
    ] {
        let db = name.replace('.', "_");
        import(&db, name);
        let people: Value = serde_json::from_str(&j.out(&db, &["list", "--json"])).expect("json");
        assert!(people.as_array().is_some_and(|p| !p.is_empty()), "{name}");
    }
    let conference = j.card("aosp_v21_invalid_comment_line_vcf", "conference");
    assert!(
        conference["contact"]["notes"]
            .as_str()
            .unwrap_or("")
            .contains("must NOT be ignored")
    );
    assert!(
        j.out("aosp_v40_sort_as_vcf", &["list"])
            .contains("安藤 ロイド")
    );

    j.cmd(
        "broken",
        &["import", "--format", "vcard", &file("khard_unparsable.vcf")],
    )
    .assert()
    .code(1)
    .stderr(contains("no END:VCARD"));
    // A refused import starts no journal (28c #9).
    assert!(
        !j.db("broken").exists(),
        "a refused import started a journal"
    );
}

#[test]
fn json_export_restores_to_the_same_bytes() {
    let j = J::new();
    j.out("a", &["demo"]);
    let id = |who: &str| -> String {
        let card: serde_json::Value =
            serde_json::from_str(&j.out("a", &["show", who, "--json"])).expect("JSON");
        card["contact"]["id"].to_string()
    };
    let (aisha, marco) = (id("aisha"), id("marco"));
    j.out("a", &["snooze", &format!("{aisha}:follow_up_due"), "1w"]);
    j.out("a", &["rm", "marco"]);
    let first = j.out("a", &["export", "--format", "json"]);
    let path = j.dir.path().join("backup.json");
    j.cmd(
        "a",
        &["export", "--format", "json", path.to_str().expect("utf-8")],
    )
    .assert()
    .success()
    .stdout(contains("exported to"));
    assert_eq!(std::fs::read_to_string(&path).expect("written"), first);
    let mode = std::fs::metadata(&path).expect("file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "exports are owner-only");
    j.cmd(
        "a",
        &["export", "--format", "json", path.to_str().expect("utf-8")],
    )
    .assert()
    .code(1)
    .stderr(contains("exists; add --force"));
    j.cmd(
        "a",
        &[
            "export",
            "--format",
            "json",
            "--force",
            path.to_str().expect("utf-8"),
        ],
    )
    .assert()
    .success();

    j.cmd(
        "b",
        &["import", "--format", "json", path.to_str().expect("utf-8")],
    )
    .assert()
    .success()
    .stdout(contains("restored 26 people"));
    assert_eq!(
        j.out("b", &["export", "--format", "json"]),
        first,
        "byte for byte"
    );
    assert!(j.out("b", &["check"]).starts_with("ok"));
    assert_eq!(
        j.out("b", &["review", "--json"]),
        j.out("a", &["review", "--json"])
    );
    j.out("b", &["restore", &marco]);
    j.out("b", &["gave", "marco", "after the restore"]);
    assert!(j.out("b", &["check"]).starts_with("ok"));

    // Into a journal that is not empty: refused, nothing changed; a dry
    // run is refused alike, not "would restore 26 people" (trial 27e).
    for dry in [&["--dry-run"][..], &[]] {
        let mut args = vec!["import", "--format", "json", path.to_str().expect("utf-8")];
        args.extend(dry);
        j.cmd("a", &args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(contains("restores into an empty journal"));
    }
    std::fs::write(
        j.dir.path().join("bad.json"),
        "{\"format\": \"givegive\", \"version\": 1,",
    )
    .expect("write");
    j.cmd(
        "c",
        &[
            "import",
            "--format",
            "json",
            j.dir.path().join("bad.json").to_str().expect("utf-8"),
        ],
    )
    .assert()
    .code(1)
    .stderr(contains("bad.json:1"));
}

#[test]
fn vcard_ics_markdown_and_csv_exports_read_back() {
    let j = J::new();
    j.out("a", &["demo"]);
    j.out(
        "a",
        &[
            "edit",
            "anna",
            "--tag",
            "fintech, pricing",
            "--notes",
            "likes mornings; hates calls\nsecond line",
        ],
    );

    // vCard: everyone active, read back by the importer into an empty journal.
    let path = j.dir.path().join("all.vcf");
    j.cmd(
        "a",
        &[
            "export",
            "--format",
            "vcard",
            "-o",
            path.to_str().expect("utf-8"),
        ],
    )
    .assert()
    .success();
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.contains("UID:givegive-contact-"), "stable UIDs");
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    j.cmd(
        "b",
        &["import", "--format", "vcard", path.to_str().expect("utf-8")],
    )
    .assert()
    .success()
    .stdout(contains("added 26 people"));
    let anna = j.card("b", "anna rossi");
    assert_eq!(anna["contact"]["org"], "Fintastic");
    assert_eq!(
        anna["contact"]["emails"][0]["value"],
        "anna.rossi@example.org"
    );
    assert_eq!(anna["contact"]["tags"][0], "fintech, pricing");
    // How we met, the note's first line, comes back as how we met.
    assert_eq!(
        anna["contact"]["met"]["text"],
        "breakfast talk on pricing at the coworking"
    );
    assert_eq!(anna["contact"]["met"]["on"], "2026-11-14");
    assert_eq!(
        anna["contact"]["notes"],
        "likes mornings; hates calls\nsecond line"
    );
    let four = j.out(
        "a",
        &[
            "export",
            "--format",
            "vcard",
            "--vcard-version",
            "4",
            "anna",
            "zoe",
        ],
    );
    assert_eq!(four.matches("BEGIN:VCARD").count(), 2);
    assert!(four.contains("VERSION:4.0") && four.contains("FN:Zoë Müller"));

    // ICS: one all-day event per follow-up (a reminder on the pending
    // ones), stable UIDs, DTEND next day. Only the time stamps change.
    let ics = j.out("a", &["export", "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//givegive//"));
    assert_eq!(
        ics.matches("BEGIN:VALARM").count(),
        5,
        "one reminder per pending follow-up: {ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20261121\r\nDTEND;VALUE=DATE:20261122"));
    let unstamped = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with("DTSTAMP:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        unstamped(&j.out("a", &["export", "--format", "ics"])),
        unstamped(&ics),
        "re-exports update, not duplicate"
    );
    let mut parser = calcard::Parser::new(&ics);
    assert!(
        matches!(parser.entry(), calcard::Entry::ICalendar(_)),
        "calendars read it"
    );
    let todo = j.out("a", &["export", "--format", "ics", "--as-todo"]);
    assert_eq!(
        todo.matches("BEGIN:VTODO").count(),
        ics.matches("BEGIN:VEVENT").count()
    );
    assert_eq!(todo.matches("STATUS:NEEDS-ACTION").count(), 5);
    assert!(todo.contains("DUE;VALUE=DATE:"));

    // Markdown: the dossier.
    let md = j.out("a", &["export", "--format", "markdown", "anna"]);
    for section in [
        "# Anna Rossi",
        "## How we met",
        "Shared with you: Climbing, Jazz",
        "## Balance",
        "You promised:",
        "## Last interactions",
        "usage-based pricing",
    ] {
        assert!(md.contains(section), "{section} missing:\n{md}");
    }
    j.cmd("a", &["export", "--format", "markdown"])
        .assert()
        .code(1)
        .stderr(contains("one person"));

    // CSV: one row per person, closed ones included.
    let csv = j.out("a", &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().expect("header").get(1), Some("name"));
    assert_eq!(reader.records().count(), 27);
}

#[test]
fn google_contacts_csv_and_skipping_bad_files() {
    let google = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/google/contacts.csv");
    let google = google.to_str().expect("utf-8");
    let j = J::new();
    j.cmd(
        "a",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections.csv"),
        ],
    )
    .assert()
    .success();
    j.cmd("a", &["import", "--format", "google", google])
        .assert()
        .success()
        .stdout(contains("added 1 person, updated 1 ("));
    let lucia = j.card("a", "lucia");
    assert!(
        lucia["contact"]["met"]["text"] == "LinkedIn",
        "kept from LinkedIn, not duplicated"
    );
    let ivo = j.card("a", "ivo");
    assert_eq!(ivo["contact"]["aliases"][0], "Ivo B.");
    assert_eq!(ivo["contact"]["emails"][0]["value"], "ivo@example.org");

    // --skip-bad imports the good files and lists the bad ones.
    j.cmd(
        "b",
        &[
            "import",
            "--format",
            "vcard",
            "--skip-bad",
            &fixture("truncated.vcf"),
            &fixture("one.vcf"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 1 person"))
    .stderr(contains("skipped").and(contains("truncated.vcf")));
}

#[test]
fn huge_and_binary_files_fail_cleanly() {
    let j = J::new();
    let huge = j.dir.path().join("huge.vcf");
    std::fs::write(&huge, "A".repeat(20 * 1024 * 1024)).expect("20 MB");
    for format in ["vcard", "linkedin", "google"] {
        let out = j
            .cmd(
                "a",
                &["import", "--format", format, huge.to_str().expect("utf-8")],
            )
            .assert()
            .code(1)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("huge.vcf") && err.lines().count() == 1,
            "{format}: {err}"
        );
    }
    j.cmd(
        "a",
        &["import", "--format", "google", &fixture("binary.vcf")],
    )
    .assert()
    .code(1)
    .stderr(contains("binary.vcf"));
    assert!(!j.db("a").exists(), "a refused import started a journal");
}

/// Every file in `tests/fixtures/nasty`, and a 10 MB single line, fed to
/// every importer: no panic, and either a clean import (the journal passes
/// `check`, and what came in is drawn inert) or one line naming the file
/// with nothing written.
#[test]
fn nasty_files_never_break_an_importer() {
    let j = J::new();
    let nasty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nasty");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&nasty)
        .expect("nasty files")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    let line = j.dir.path().join("one-line.csv");
    std::fs::write(&line, "x,".repeat(5 * 1024 * 1024)).expect("10 MB line");
    files.push(line);
    files.sort();
    let mut tried = 0;
    for format in ["vcard", "linkedin", "google", "json"] {
        for file in &files {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            let db = format!("{format}-{name}");
            // A JSON export only goes into an empty journal (made here: a
            // read on a path with none is refused).
            if format == "json" {
                drop(givegive::journal::Journal::open(&j.db(&db)).expect("an empty journal"));
            } else {
                j.out(&db, &["add", "Anna Rossi"]);
            }
            let before = j.out(&db, &["export", "--format", "json"]);
            let out = j
                .cmd(
                    &db,
                    &["import", "--format", format, file.to_str().expect("utf-8")],
                )
                .output()
                .expect("import runs");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                !err.contains("panicked") && !err.contains("internal error"),
                "{format} {name}: {err}"
            );
            eprintln!(
                "{format:>8} {name:<15} {}",
                if out.status.success() {
                    "imported"
                } else {
                    err.trim()
                }
            );
            match out.status.code() {
                Some(0) => {
                    j.out(&db, &["check"]);
                    let listed = j.out(&db, &["list"]);
                    assert!(
                        !listed.contains('\u{1b}') && !listed.contains('\u{7}'),
                        "{format} {name}: escapes printed raw"
                    );
                }
                Some(1) => {
                    assert_eq!(err.lines().count(), 1, "{format} {name}: {err}");
                    assert!(
                        err.len() < 400 && !err.contains('\u{1b}') && !err.contains('\u{0}'),
                        "{format} {name}: a long or raw error line: {:?}",
                        err.chars().take(200).collect::<String>()
                    );
                    assert!(
                        err.starts_with("givegive: ") && err.contains(name),
                        "{format} {name}: {err}"
                    );
                    assert_eq!(
                        j.out(&db, &["export", "--format", "json"]),
                        before,
                        "{format} {name}: a refused import wrote something"
                    );
                }
                other => panic!("{format} {name}: exit {other:?}: {err}"),
            }
            tried += 1;
        }
    }
    assert_eq!(tried, 4 * files.len());
}

#[test]
fn same_named_connections_with_their_own_profiles_are_two_people() {
    let j = J::new();
    let file = j.dir.path().join("Connections.csv");
    std::fs::write(
        &file,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Anna,Rossi,https://www.linkedin.com/in/anna-rossi-1,,Fintastic,CEO,12 Mar 2023\n\
         Anna,Rossi,https://www.linkedin.com/in/anna-rossi-2,,Studio Nove,Designer,3 Feb 2021\n",
    )
    .expect("written");
    let file = file.to_str().expect("utf-8");
    j.cmd("a", &["import", "--format", "linkedin", file])
        .assert()
        .success()
        .stdout(contains("added 2 people, updated 0, 0 unchanged"))
        .stdout(contains("possible duplicates to check"));
    let list = j.out("a", &["list", "--json"]);
    let rows: Value = serde_json::from_str(&list).expect("json");
    let orgs: Vec<&str> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["org"].as_str())
        .collect();
    assert_eq!(orgs, ["Fintastic", "Studio Nove"], "{list}");
    // Again: both are found by their URL.
    j.cmd("a", &["import", "--format", "linkedin", file])
        .assert()
        .success()
        .stdout(contains("added 0 people, updated 0, 2 unchanged"));
    // Someone typed in by hand, with no URL, is still found by name: the
    // first import of a file does not double the people already there.
    j.out("b", &["add", "Tomas Kral"]);
    j.cmd(
        "b",
        &[
            "import",
            "--format",
            "linkedin",
            &linkedin("Connections.csv"),
        ],
    )
    .assert()
    .success()
    .stdout(contains("added 2 people, updated 1 ("));
}

#[test]
fn csv_files_from_excel_and_outlook_come_in_whatever_their_encoding() {
    let j = J::new();
    let text = "First Name,Last Name,Notes,Birthday\n\
                Zoë,Müller,\"café, first line\nsecond line\",1990-05-04\n\
                José,Núñez,,\n";
    // Excel's "Unicode text": UTF-16 little-endian with its BOM.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    // Windows-1252, what Outlook writes: one byte per letter.
    let cp1252: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1 letters only"))
        .collect();
    for (name, bytes, said) in [
        ("utf16.csv", utf16, "read as UTF-16LE"),
        ("cp1252.csv", cp1252, "read as windows-1252"),
    ] {
        let file = j.dir.path().join(name);
        std::fs::write(&file, bytes).expect("written");
        let db = name.trim_end_matches(".csv");
        j.cmd(
            db,
            &[
                "import",
                "--format",
                "google",
                file.to_str().expect("utf-8"),
            ],
        )
        .assert()
        .success()
        .stdout(contains("added 2 people"))
        .stderr(contains(said));
        let zoe = j.card(db, "zoe");
        assert_eq!(zoe["contact"]["name"], "Zoë Müller", "{name}");
        assert_eq!(zoe["contact"]["notes"], "café, first line\nsecond line");
        assert_eq!(zoe["contact"]["dates"][0]["year"], 1990);
        assert_eq!(j.card(db, "jose")["contact"]["name"], "José Núñez");
    }
    // `-` reads standard input; a bad row is named by the line it is on,
    // counting the lines of a note that spans two.
    j.cmd("stdin", &["import", "--format", "google", "-"])
        .write_stdin(format!("{text}Bad,Date,,someday\n"))
        .assert()
        .code(1)
        .stderr(contains(
            "standard input:5: Birthday 'someday' is not a date",
        ));
    j.cmd("stdin", &["import", "--format", "google", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(contains("added 2 people"));
}

#[test]
fn a_vdir_gets_one_card_per_person_and_reads_back_idempotently() {
    let j = J::new();
    j.out("a", &["demo"]);
    let dir = j.dir.path().join("contacts");
    let dir_text = dir.to_str().expect("utf-8");
    j.cmd("a", &["export", "--format", "vcard", "--vdir", dir_text])
        .assert()
        .success()
        .stdout(contains("exported 26 cards to"));
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("vdir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 26, "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| f.ends_with(".vcf") && !f.starts_with('.'))
    );
    // Each file is one card, named by its UID.
    for f in &files {
        let text = std::fs::read_to_string(dir.join(f)).expect("card");
        assert_eq!(text.matches("BEGIN:VCARD").count(), 1, "{f}");
        let uid = text
            .lines()
            .find_map(|l| l.strip_prefix("UID:"))
            .expect("a UID");
        assert_eq!(format!("{uid}.vcf"), *f);
    }
    let mode = std::fs::metadata(dir.join(&files[0]))
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "owner-only");
    // Read back into an empty journal, then again: nothing twice.
    j.cmd("b", &["import", "--format", "vcard", dir_text])
        .assert()
        .success()
        .stdout(contains(
            "added 26 people, updated 0, 0 unchanged (26 in 26 files)",
        ));
    j.cmd("b", &["import", "--format", "vcard", dir_text])
        .assert()
        .success()
        .stdout(contains("added 0 people, updated 0, 26 unchanged"));
    // Re-exporting updates each person's file in place.
    j.out("a", &["edit", "anna", "--birthday", "1985-03-14"]);
    j.out("a", &["export", "--format", "vcard", "--vdir", dir_text]);
    assert_eq!(std::fs::read_dir(&dir).expect("vdir").count(), 26);
    let anna = std::fs::read_dir(&dir)
        .expect("vdir")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("card"))
        .find(|t| t.contains("FN:Anna Rossi"))
        .expect("Anna's card");
    assert!(anna.contains("BDAY:1985-03-14"), "{anna}");
    // Someone moved to the trash keeps their card there: said, with its
    // file, never deleted (trial 27e #7).
    j.out("a", &["rm", "anna"]);
    let said = j.out("a", &["export", "--format", "vcard", "--vdir", dir_text]);
    assert!(
        said.contains("still holds 1 card an earlier export wrote for people no longer exported")
            && said.contains("remove it to take that person off: givegive-contact-"),
        "{said}"
    );
    assert_eq!(std::fs::read_dir(&dir).expect("vdir").count(), 26);
    j.cmd("a", &["export", "--format", "json", "--vdir", dir_text])
        .assert()
        .code(1)
        .stderr(contains("--vdir is for --format vcard"));
}

/// Ctrl-C during a large import: the batch under way is written whole, the
/// import stops and says exactly how many people it added and what takes
/// them back, and the journal passes `check` holding exactly those people.
#[test]
fn an_import_stopped_by_ctrl_c_says_exactly_who_it_added() {
    const ROWS: usize = 60_000;
    let j = J::new();
    let csv = j.dir.path().join("contacts.csv");
    let mut text = String::from("First Name,Last Name,E-mail 1 - Value,Organization Name\n");
    for n in 0..ROWS {
        text.push_str(&format!(
            "Person{n},Surname{},p{n}@example.org,Company {}\n",
            n % 97,
            n % 50
        ));
    }
    std::fs::write(&csv, text).expect("csv");
    let db = j.db("j");
    let mut import = std::process::Command::new(assert_cmd::cargo::cargo_bin("givegive"))
        .args(["import", "--format", "google"])
        .arg(&csv)
        .env("GIVEGIVE_DB", &db)
        .env("GIVEGIVE_TODAY", common::TODAY)
        .env("XDG_CONFIG_HOME", j.dir.path().join("config"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("import starts");
    // Once the first batches are in the write log, Ctrl-C.
    let log = db.join("writes.log");
    let mut looked = 0;
    while std::fs::metadata(&log).map_or(0, |m| m.len()) < 1_000_000 {
        assert!(
            import.try_wait().expect("alive").is_none(),
            "the import ended first"
        );
        looked += 1;
        assert!(looked < 60_000, "the import wrote nothing");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let sent = std::process::Command::new("kill")
        .args(["-INT", &import.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    let out = import.wait_with_output().expect("import ends");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
    let said = err
        .strip_prefix("givegive: the import stopped after adding ")
        .unwrap_or_else(|| panic!("{err}"));
    let (added, rest) = said.split_once(' ').expect("a number");
    let added: usize = added.parse().expect("a number");
    assert!(added > 0 && added < ROWS, "{err}");
    assert_eq!(
        rest,
        format!(
            "of the file's {ROWS} people: they are saved; `givegive undo` takes them back; importing the file again adds the rest\n"
        ),
        "{err}"
    );
    eprint!("{err}");

    // No holder: one left on a folder the test removes can hang in sled's
    // flush at exit (a holder's matter, not the import's).
    let run = |args: &[&str]| {
        let out = j
            .cmd("j", args)
            .env("GIVEGIVE_LINGER", "0")
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let people = |listed: String| {
        let listed: Value = serde_json::from_str(&listed).expect("json");
        listed.as_array().expect("people").len()
    };
    run(&["check"]);
    assert_eq!(people(run(&["list", "--json"])), added);
    // One undo takes back every batch, and says how many people.
    let said = run(&["undo"]);
    assert!(
        said.contains(&format!("undid: import of {added} people from ")),
        "{said}"
    );
    assert_eq!(people(run(&["list", "--json"])), 0);
}
