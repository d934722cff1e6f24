//! What givegive's exports do in the programs that open them: a
//! spreadsheet runs no cell, a Markdown renderer shows names as written,
//! and khard reading givegive's vdir beside the address book it came from
//! sees no UID twice.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use tempfile::TempDir;

use super::common;

struct J {
    dir: TempDir,
}

impl J {
    fn new() -> J {
        J {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn cmd(&self, db: &str, args: &[&str]) -> Command {
        let mut cmd = common::givegive(&self.dir.path().join(db), &self.dir.path().join("config"));
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

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Names and fields a spreadsheet or a Markdown renderer would run.
const HOSTILE: [&str; 5] = [
    "=HYPERLINK(\"http://evil\",\"x\")",
    "<script>alert(1)</script>",
    "*bold*",
    "[x](javascript:alert(1))",
    "@SUM(1+1)",
];

#[test]
fn csv_cells_never_run_and_come_back_through_the_import() {
    let j = J::new();
    for (n, name) in HOSTILE.iter().enumerate() {
        let email = format!("p{n}@example.org");
        j.out(
            "a",
            &["add", name, "--org=-2+3", "--role=+cmd|' /C calc'!A0"]
                .into_iter()
                .chain(["--email", &email, "--phone", "+39 333 123456"])
                .collect::<Vec<_>>(),
        );
    }
    let csv = j.out("a", &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert!(
        headers.iter().any(|h| h == "E-mail 1 - Value"),
        "{headers:?}"
    );
    assert!(
        headers.iter().any(|h| h == "Phone 1 - Value"),
        "{headers:?}"
    );
    for record in reader.records() {
        let record = record.expect("row");
        for (cell, header) in record.iter().zip(&headers) {
            // givegive's own numbers (lean, tier) are numbers, not formulas.
            let number = cell.parse::<i64>().is_ok();
            assert!(
                number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{header}: {cell:?} would run in a spreadsheet"
            );
        }
        assert!(record.iter().any(|c| c == "'+39 333 123456"), "{record:?}");
    }
    // The same file read back by givegive has the text as it was typed.
    let file = j.path("people.csv");
    std::fs::write(&file, &csv).expect("csv");
    let file = file.to_str().expect("utf-8");
    j.cmd("b", &["import", "--format", "google", file])
        .assert()
        .success()
        .stdout(contains("added 5 people"));
    let card: serde_json::Value =
        serde_json::from_str(&j.out("b", &["show", HOSTILE[0], "--json"])).expect("json");
    assert_eq!(card["contact"]["name"], HOSTILE[0]);
    assert_eq!(card["contact"]["phones"][0]["value"], "+39 333 123456");
}

#[test]
fn a_dossier_shows_markup_in_names_as_written() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let j = J::new();
    for name in HOSTILE {
        j.out("a", &["add", name, "--met", name, "--need", name]);
        let md = j.out("a", &["export", "--format", "markdown", name]);
        let mut heading = None;
        let mut in_heading = false;
        for event in Parser::new_ext(&md, Options::all() - Options::ENABLE_SMART_PUNCTUATION) {
            match event {
                Event::Start(Tag::Heading { .. }) => in_heading = heading.is_none(),
                Event::Text(t) if in_heading => {
                    heading.get_or_insert_with(String::new).push_str(&t);
                }
                Event::End(_) => in_heading = false,
                Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Code(_)
                | Event::Start(
                    Tag::Link { .. } | Tag::Emphasis | Tag::Strong | Tag::Image { .. },
                ) => {
                    panic!("{event:?} in the dossier of {name}:\n{md}")
                }
                _ => {}
            }
        }
        assert_eq!(heading.as_deref(), Some(name), "{md}");
    }
}

/// The UIDs of the cards in `dirs`, as khard would read them, with the
/// folder each is in.
fn uids(dirs: &[&Path]) -> HashMap<String, Vec<String>> {
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).expect("vdir") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("card");
            for uid in text.lines().filter_map(|l| l.strip_prefix("UID:")) {
                seen.entry(uid.trim().to_string())
                    .or_default()
                    .push(path.display().to_string());
            }
        }
    }
    seen
}

#[test]
fn khard_reading_givegive_beside_its_source_sees_no_uid_twice() {
    let j = J::new();
    // The address book a user keeps with vdirsyncer: one card a file.
    let book = j.path("contacts/personal");
    std::fs::create_dir_all(&book).expect("book");
    for (n, name) in ["Anna Rossi", "Marco Bianchi", "Lucia Neri"]
        .iter()
        .enumerate()
    {
        let card = format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-{n}\r\nFN:{name}\r\n\
             TEL;TYPE=CELL:+39 333 00{n}\r\nEND:VCARD\r\n"
        );
        std::fs::write(book.join(format!("phone-{n}.vcf")), card).expect("card");
    }
    let book_text = book.to_str().expect("utf-8");
    j.out("a", &["import", "--format", "vcard", book_text]);
    j.out("a", &["add", "Sofia Verdi", "--email", "sofia@example.org"]);
    // givegive's own folder beside it, exported twice as the README says.
    let mine = j.path("contacts/givegive");
    let mine_text = mine.to_str().expect("utf-8");
    for _ in 0..2 {
        j.out("a", &["export", "--format", "vcard", "--vdir", mine_text]);
    }
    let seen = uids(&[&book, &mine]);
    let twice: Vec<_> = seen.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(twice.is_empty(), "UIDs khard sees twice: {twice:?}");
    assert_eq!(seen.len(), 3 + 4);
    // givegive's folder read back pairs every card with its person.
    j.cmd("a", &["import", "--format", "vcard", mine_text])
        .assert()
        .success()
        .stdout(contains("added 0 people"));
    let listed = j.out("a", &["list"]);
    assert_eq!(listed.matches("Anna Rossi").count(), 1, "{listed}");
    // And into another journal, then back out: still one UID each.
    j.out("b", &["import", "--format", "vcard", mine_text]);
    j.cmd("b", &["import", "--format", "vcard", book_text])
        .assert()
        .success()
        .stdout(contains("added 0 people"));
    j.out("b", &["export", "--format", "vcard", "--vdir", mine_text]);
    let twice = uids(&[&book, &mine])
        .into_values()
        .filter(|at| at.len() > 1)
        .count();
    assert_eq!(twice, 0);
}

/// A CSV from a Russian Excel or Outlook: Windows-1251, no BOM. Every
/// byte is a letter in Windows-1252 too, so only the letters' statistics
/// tell which it is.
#[test]
fn a_windows_1251_csv_is_read_as_cyrillic() {
    let j = J::new();
    let text = "First Name,Last Name,Notes,Organization Name\n\
                Алексей,Соколов,\"Встреча в Москве, офис на Тверской\",Ромашка\n\
                Мария,Иванова,Познакомились на конференции,Северсталь\n";
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!lossy);
    let file = j.path("cp1251.csv");
    std::fs::write(&file, &bytes).expect("csv");
    j.cmd(
        "a",
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
    .stderr(contains("read as windows-1251"));
    let card: serde_json::Value =
        serde_json::from_str(&j.out("a", &["show", "Соколов", "--json"])).expect("json");
    assert_eq!(card["contact"]["name"], "Алексей Соколов");
    assert_eq!(card["contact"]["org"], "Ромашка");
}

/// Names as people type them, the same in `show`, `search` and the
/// shells' completion (`complete-names`), which share one folding.
#[test]
fn names_are_found_as_people_type_them_everywhere() {
    let j = J::new();
    for name in [
        "Алексей Соколов",
        "Giulia D'Amico",
        "Nicolò Bellandi",
        "Sean O’Brien",
    ] {
        j.out("a", &["add", name]);
    }
    for (typed, who) in [
        ("sokolov", "Алексей Соколов"),
        ("D’Amico", "Giulia D'Amico"),
        ("o'brien", "Sean O’Brien"),
        ("bellandi nicolo", "Nicolò Bellandi"),
    ] {
        let card: serde_json::Value =
            serde_json::from_str(&j.out("a", &["show", typed, "--json"])).expect("json");
        assert_eq!(card["contact"]["name"], who, "show {typed}");
        let found = j.out("a", &["search", typed]);
        assert!(found.contains(who), "search {typed}: {found}");
        let completed = j.out("a", &["complete-names", "--", typed]);
        assert_eq!(completed.trim(), who, "complete-names {typed}");
    }
}
