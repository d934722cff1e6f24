//! Issues 27/28 import leftovers, through the real binary: a refused
//! import starts no journal, and a vCard error names its line.

use predicates::prelude::*;
use predicates::str::contains;

use super::J;

fn card(name: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n")
}

/// 28c #9: nothing is created unless something is written, as a dry run
/// starts no journal: the next command still says there is none.
#[test]
fn a_refused_import_starts_no_journal() {
    let j = J::new();
    let cut = j.path("cut.vcf");
    std::fs::write(&cut, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\n").expect("write");
    j.cmd(
        "a",
        &["import", "--format", "vcard", &cut.display().to_string()],
    )
    .assert()
    .code(1)
    .stderr(contains("nothing was imported").and(contains("started a new journal").not()));
    assert!(!j.db("a").exists(), "a refused import left a journal");
    j.cmd("a", &["list"])
        .assert()
        .failure()
        .stderr(contains("no journal at"));
    // What is written still starts one.
    j.cmd("a", &["import", "--format", "vcard", "-"])
        .write_stdin(card("Anna Rossi"))
        .assert()
        .success()
        .stderr(contains("started a new journal"));
    assert!(j.db("a").exists());
}

/// 28c #10: two files concatenated without a final newline glue
/// `END:VCARD` to `BEGIN:VCARD`: read as the two lines it is.
#[test]
fn cards_glued_by_a_missing_newline_are_both_read() {
    let j = J::new();
    let glued = format!("{}{}", card("Anna Rossi").trim_end(), card("Bruno Neri"));
    assert!(glued.contains("END:VCARDBEGIN:VCARD"));
    j.cmd("a", &["import", "--format", "vcard", "-"])
        .write_stdin(glued)
        .assert()
        .success()
        .stdout(contains("added 2 people"));
}

/// 28c #10: a line the parser cannot read is named with its number, and
/// inert for the terminal.
#[test]
fn an_unreadable_vcard_line_is_named_by_number() {
    let j = J::new();
    let file = j.path("contacts.vcf");
    let text = format!(
        "{}broken \u{1b}[2J line\r\n{}",
        card("Anna Rossi"),
        card("Bruno")
    );
    std::fs::write(&file, text).expect("write");
    j.cmd(
        "a",
        &["import", "--format", "vcard", &file.display().to_string()],
    )
    .assert()
    .code(1)
    .stderr(
        contains("contacts.vcf: line 5: unreadable line 'broken \u{FFFD}[2J line'")
            .and(contains("nothing was imported"))
            .and(contains("\u{1b}").not()),
    );
}
