//! Exports say what they hold (trial 28b): a calendar's line says "follow
//! up" once, and a vCard export of everyone says whom it left out.

use super::Journal;

#[test]
fn a_calendar_line_says_follow_up_once() {
    let j = Journal::with_people();
    j.ok(&["met", "marco", "coffee at Gino's", "--follow-up", "friday"]);
    let ics = j.ok(&["export", "--format", "ics"]);
    assert!(
        ics.contains("SUMMARY:Follow up with Marco Verdi: coffee at Gino's\r\n"),
        "{ics}"
    );
    assert!(!ics.to_lowercase().contains("follow up on"), "{ics}");
}

#[test]
fn a_vcard_export_of_everyone_says_whom_it_left_out() {
    let j = Journal::with_people();
    j.ok(&["close", "anna bianchi", "--reason", "moved away"]);
    let said = "left out 1 closed person (Anna Bianchi): name them to export their card \
                (export --format vcard \"Anna Bianchi\")";
    let dir = j.dir.path().join("cards");
    let dir = dir.to_string_lossy();
    let out = j.ok(&["export", "--format", "vcard", "--vdir", &dir]);
    assert!(out.starts_with("exported 2 cards to "), "{out}");
    assert_eq!(out.lines().nth(1), Some(said), "{out}");
    let file = j.dir.path().join("all.vcf");
    let file = file.to_string_lossy();
    let out = j.ok(&["export", "--format", "vcard", "-o", &file]);
    assert_eq!(out.lines().nth(1), Some(said), "{out}");
    // Named, they are exported, and nothing is said to be left out.
    let one = j.dir.path().join("anna.vcf");
    let out = j.ok(&[
        "export",
        "--format",
        "vcard",
        "-o",
        &one.to_string_lossy(),
        "anna bianchi",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
    let card = std::fs::read_to_string(&one).unwrap_or_default();
    assert!(card.contains("FN:Anna Bianchi"), "{card}");
}
