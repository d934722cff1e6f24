//! What givegive's exports do in the programs that open them: a
//! spreadsheet runs no cell, a Markdown renderer shows names as written,
//! and khard reading givegive's vdir beside the address book it came from
//! sees no UID twice.

use std::collections::HashMap;
use std::path::Path;

use predicates::str::contains;

use super::J;

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
    for (n, name) in HOSTILE.iter().enumerate() {
        let email = format!("work=*p_{n}*@example.org");
        let phone = format!("+39 333 12345{n}");
        j.out(
            "a",
            &[
                "add", name, "--met", name, "--need", name, "--email", &email,
            ]
            .into_iter()
            .chain(["--phone", &phone])
            .collect::<Vec<_>>(),
        );
        let md = j.out("a", &["export", "--format", "markdown", name]);
        let mut heading = None;
        let mut in_heading = false;
        // The page's text as a renderer shows it.
        let mut shown = String::new();
        for event in Parser::new_ext(&md, Options::all() - Options::ENABLE_SMART_PUNCTUATION) {
            match event {
                Event::Start(Tag::Heading { .. }) => in_heading = heading.is_none(),
                Event::Text(t) if in_heading => {
                    heading.get_or_insert_with(String::new).push_str(&t);
                }
                Event::Text(t) => shown.push_str(&t),
                Event::SoftBreak | Event::HardBreak | Event::End(_) if !in_heading => {
                    shown.push('\n');
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
        assert_eq!(heading.as_deref(), Some(*name), "{md}");
        // How to write or call them is on the page, as typed.
        assert!(
            shown.contains(&format!("email (work): *p_{n}*@example.org")),
            "{shown}\n{md}"
        );
        assert!(shown.contains(&format!("phone: {}", &phone)), "{shown}");
    }
    j.out("a", &["add", "Plain Person", "--phone", "+39 333 1234567"]);
    let md = j.out("a", &["export", "--format", "markdown", "plain"]);
    assert!(md.contains("Not recorded.\n"), "{md}");
    assert!(!md.contains(".."), "{md}");
    // Trial 28c #20: no backslash where Markdown needs none, and no
    // interests section for someone with no interests at all.
    assert!(md.contains("- phone: +39 333 1234567\n"), "{md}");
    assert!(
        !md.contains("Interests") && !md.contains("none yet"),
        "{md}"
    );
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

/// The names on every card in these folders, each as often as it is
/// there: what khard lists reading them side by side.
fn names_on_cards(dirs: &[&Path]) -> Vec<String> {
    let mut names = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).expect("folder") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("card");
            names.extend(
                text.lines()
                    .filter_map(|l| l.strip_prefix("FN:"))
                    .map(str::to_string),
            );
        }
    }
    names.sort();
    names
}

/// The export line and the folders khard reads, as docs/import-export.md
/// tells a user to set them up: the test runs what the page says.
fn documented_khard() -> (Vec<String>, Vec<String>) {
    let doc = include_str!("../../docs/import-export.md");
    let export = doc
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("givegive export") && l.contains("--skip-imported"))
        .expect("the page gives the export line");
    let folders = doc
        .lines()
        .filter_map(|l| l.trim().strip_prefix("path = ~/.contacts/"))
        .map(|f| f.trim_end_matches('/').to_string())
        .collect();
    let words = export.split_whitespace().skip(1).map(String::from);
    (words.collect(), folders)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 6,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Any mix of people imported from an address book and added by hand,
    /// exported with `--skip-imported` beside that book: khard reading
    /// both folders lists everyone exactly once. An earlier export
    /// without the flag leaves their cards there: the export says how many
    /// and which, and once they are removed, everyone is listed once.
    #[test]
    fn khard_lists_everyone_once_with_skip_imported(
        from_book in proptest::collection::vec(proptest::bool::ANY, 4),
        earlier in proptest::bool::ANY,
    ) {
        let names = ["Anna Rossi", "Marco Bianchi", "Lucia Neri", "Sofia Verdi"];
        let (documented, folders) = documented_khard();
        proptest::prop_assert_eq!(&folders, &["personal", "givegive"]);
        let j = J::new();
        let book = j.path("contacts/personal");
        std::fs::create_dir_all(&book).expect("book");
        for (n, name) in names.iter().enumerate() {
            if from_book[n] {
                let card = format!(
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-{n}\r\nFN:{name}\r\nEND:VCARD\r\n"
                );
                std::fs::write(book.join(format!("phone-{n}.vcf")), card).expect("card");
            } else {
                j.out("a", &["add", name]);
            }
        }
        let imported = from_book.iter().filter(|b| **b).count();
        if imported > 0 {
            j.out("a", &["import", "--format", "vcard", book.to_str().expect("utf-8")]);
        }
        let mine = j.path("contacts/givegive");
        let mine_text = mine.to_str().expect("utf-8");
        let export = ["export", "--format", "vcard", "--vdir", mine_text];
        if earlier {
            j.out("a", &export);
        }
        let documented: Vec<&str> = documented
            .iter()
            .map(|w| if w == "~/.contacts/givegive" { mine_text } else { w.as_str() })
            .collect();
        let said = j.out("a", &documented);
        proptest::prop_assert!(
            said.contains(&format!("exported {} ", 4 - imported)),
            "{}", said
        );
        proptest::prop_assert_eq!(said.contains("left out"), imported > 0, "{}", said);
        proptest::prop_assert_eq!(
            said.contains("from an earlier export"),
            earlier && imported > 0,
            "{}", said
        );
        if earlier {
            for entry in std::fs::read_dir(&mine).expect("folder") {
                let path = entry.expect("entry").path();
                let text = std::fs::read_to_string(&path).expect("card");
                if text.contains("X-GIVEGIVE-SOURCE-UID") {
                    std::fs::remove_file(path).expect("removed");
                }
            }
        }
        let mut all: Vec<String> = names.iter().map(ToString::to_string).collect();
        all.sort();
        proptest::prop_assert_eq!(names_on_cards(&[&book, &mine]), all);
    }
}
