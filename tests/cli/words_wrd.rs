//! Trials 27e and 28e: small words that were untrue or confusing.
//! Today is Monday 23 November 2026.

use super::Journal;

/// "ok: 1 contacts": a count says its noun in the number it has.
#[test]
fn check_counts_one_contact_as_one() {
    let j = Journal::new();
    j.ok(&["add", "Dora Finzi"]);
    let one = j.ok(&["check"]);
    assert!(one.starts_with("ok: 1 contact, "), "{one}");
    j.ok(&["add", "Marco Verdi"]);
    let two = j.ok(&["check"]);
    assert!(two.starts_with("ok: 2 contacts, "), "{two}");
}

/// Undoing a meeting with long details said "… and 3 more words" for a
/// text of 17: it counted the command's arguments. The label is cut
/// between words as they read, and the number is of those words.
#[test]
fn undo_counts_the_words_it_leaves_out() {
    let j = Journal::new();
    j.ok(&["add", "Dora Finzi"]);
    let details =
        "we talked about her new job at the library and the trip she plans to Sicily soon";
    assert_eq!(details.split_whitespace().count(), 17);
    j.ok(&[
        "met",
        "dora",
        "email",
        "--kind",
        "message",
        "--details",
        details,
    ]);
    let undid = j.ok(&["undo"]);
    let line = undid.lines().next().unwrap_or_default();
    let (kept, left) = line
        .strip_prefix("undid: ")
        .and_then(|l| l.rsplit_once(" … and "))
        .unwrap_or_else(|| panic!("cut short: {undid}"));
    let whole = format!("met 'Dora Finzi' email --details '{details}' --kind message");
    assert!(whole.starts_with(kept), "{kept} / {whole}");
    let said = whole[kept.len()..].split_whitespace().count();
    assert_eq!(left, format!("{said} more words"), "{undid}");
}

/// A birthday in 1899 was told "or leave it out: 14 march": the way out
/// is the day typed, without its year.
#[test]
fn a_year_before_1900_is_told_the_day_typed() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    let why = j.refused(&["edit", "anna", "--birthday", "1899-05-05"]);
    assert!(
        why.ends_with(
            "the birthday in 1899 is before 1900: check the year (or leave it out: 5 may)"
        ),
        "{why}"
    );
}

fn config_file(j: &Journal) -> std::path::PathBuf {
    let dir = j.dir.path().join("config/givegive");
    std::fs::create_dir_all(&dir).expect("config dir");
    dir.join("config.toml")
}

/// `capacity = -3` was told "0 or more", then `capacity = 0` refused with
/// "use 1 or more"; a config that is not UTF-8 or is a folder was said in
/// the system's words. Each is one line naming the file and what to do.
#[test]
fn a_config_is_told_the_least_it_takes_and_what_to_do_when_unreadable() {
    let j = Journal::lingerless();
    j.ok(&["add", "Anna"]);
    let path = config_file(&j);
    let file = path.display();
    for (typed, said) in [
        (
            "capacity = -3",
            "-3 is below 1 (a whole number, 1 or more, e.g. capacity = 10)",
        ),
        ("capacity = 0", "0 would show nobody (use 1 or more)"),
        (
            "signal_threshold = -1",
            "-1 is below 1 (a whole number, 1 or more",
        ),
    ] {
        std::fs::write(&path, format!("[review]\n{typed}\n")).expect("config");
        let why = j.refused(&["review"]);
        let key = typed.split(' ').next().unwrap_or_default();
        assert!(
            why.starts_with(&format!(
                "givegive: config {file} line 2: [review] {key}: {said}"
            )),
            "{why}"
        );
    }
    std::fs::write(&path, b"[review]\ncapacity = 4 # caf\xe8\n").expect("config");
    assert_eq!(
        j.refused(&["review"]),
        format!(
            "givegive: config {file} is not text in UTF-8: save it as UTF-8 (a plain text file)"
        )
    );
    std::fs::remove_file(&path).expect("removed");
    std::fs::create_dir(&path).expect("a folder");
    assert_eq!(
        j.refused(&["review"]),
        format!(
            "givegive: config {file} is a folder: the settings go in a file of that name (move the folder away)"
        )
    );
}
