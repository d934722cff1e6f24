//! Days read from words are confirmed with their weekday, in English like
//! every other word said to the user (Italian drafts or not), and a year
//! when it is not this one (trial 26y3 #9):
//! "venerdì prossimo" on a Thursday is next week's Friday, and the line
//! says so; a follow-up due yesterday is refused in one line.

use super::*;

/// Thursday 3 December 2026.
const THURSDAY: &str = "2026-12-03";

fn on(j: &Journal, args: &[&str]) -> String {
    let out = j
        .cmd(args)
        .env("GIVEGIVE_TODAY", THURSDAY)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn a_day_from_words_is_confirmed_with_its_weekday() {
    let j = Journal::lingerless();
    j.ok(&["add", "Aisha Khan"]);
    let said = on(&j, &["follow-up", "aisha", "next friday", "send the deck"]);
    assert!(
        said.starts_with("follow-up with Aisha Khan due Friday 11 December: send the deck"),
        "{said}"
    );
    let said = on(&j, &["follow-up", "aisha", "friday", "call about the deck"]);
    assert!(said.contains("due tomorrow, Friday 4 December:"), "{said}");
    let said = on(&j, &["met", "aisha", "coffee", "--on", "dec 24"]);
    assert!(said.contains("Wednesday 24 December 2025)"), "{said}");
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    let said = on(
        &j,
        &["follow-up", "aisha", "venerdì prossimo", "mandare il deck"],
    );
    assert!(said.contains("due Friday 11 December:"), "{said}");
    let said = on(&j, &["snooze", "aisha", "lunedì prossimo"]);
    assert!(said.contains("until Monday 7 December"), "{said}");
}

#[test]
fn a_follow_up_due_in_the_past_is_refused() {
    let j = Journal::lingerless();
    j.ok(&["add", "Tom Hale"]);
    let out = j
        .cmd(&["follow-up", "tom", "ieri", "test"])
        .env("GIVEGIVE_TODAY", THURSDAY)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.trim_end()
            .contains("before today: a follow-up is due today or later")
            && err.lines().count() == 1,
        "{err}"
    );
}

/// Trial 28b: `--birthday 12-09` was taken as 9 December, while every
/// other date refuses it as either day; `25/12/1985`, as Italians write a
/// birthday, was not understood. A birthday in digits is read by the rule
/// every typed date follows.
#[test]
fn a_birthday_in_digits_is_read_as_every_other_date() {
    let j = Journal::lingerless();
    j.ok(&["add", "Sara Verdi"]);
    let refused = j.refused(&["edit", "sara", "--birthday", "12-09"]);
    assert!(
        refused.contains("could be 9 December or 12 September"),
        "{refused}"
    );
    let met = j.refused(&["met", "sara", "coffee", "--on", "12-09"]);
    assert_eq!(
        refused.split_once("could be").map(|(_, r)| r),
        met.split_once("could be").map(|(_, r)| r)
    );
    j.ok(&["edit", "sara", "--birthday", "25/12/1985"]);
    let card = j.ok(&["show", "sara"]);
    assert!(card.contains("birthday 25 December 1985"), "{card}");
    let refused = j.refused(&["edit", "sara", "--birthday", "29/02/2023"]);
    assert!(
        refused.contains("February has 28 days in 2023"),
        "{refused}"
    );
}

/// Trial 28b: `add … --met … --follow-up "in 3 days"` was refused, its
/// tip pointing at `--no-follow-up`. The meeting `add` logs is followed up
/// on the day named, as `met` and `event` do.
#[test]
fn add_follows_up_its_meeting_on_the_day_named() {
    let j = Journal::lingerless();
    let said = on(
        &j,
        &[
            "add",
            "Laura",
            "Bassi",
            "--met",
            "Fintech drinks",
            "--on",
            "yesterday",
            "--follow-up",
            "in 3 days",
        ],
    );
    assert!(
        said.contains("logged meeting: Fintech drinks (#2, Wednesday 2 December)")
            && said.contains("follow-up due Sunday 6 December (#3)"),
        "{said}"
    );
}
