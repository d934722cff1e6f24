//! Trial four: `show` read "gave other w1: gli ho mandato…", the text
//! cut away behind words that said nothing. Each history row shows the
//! text first; the kind only when it says something (never "other"); the
//! weight only when not 1, in words.

use super::*;

#[test]
fn a_history_row_shows_the_text_first_and_only_words_that_say_something() {
    let j = Journal::with_people();
    let cases = [
        ("other", "1"),
        ("advice", "1"),
        ("other", "3"),
        ("time", "5"),
    ];
    for (n, (kind, weight)) in cases.iter().enumerate() {
        let text = format!("sent the deck number {n}");
        j.ok(&["gave", "marco", &text, "--kind", kind, "--weight", weight]);
        let shown = j.cmd(&["show", "marco"]).assert().success();
        let out = String::from_utf8_lossy(&shown.get_output().stdout).to_string();
        let row = out
            .lines()
            .find(|l| l.contains(&text))
            .unwrap_or_else(|| panic!("{text} not shown:\n{out}"));
        let after = row.split_once("gave").map_or("", |(_, a)| a).trim_start();
        assert!(after.starts_with(&text), "text first: {row:?}");
        assert!(
            !row.contains(" w1") && !row.contains(&format!(" w{weight}")),
            "{row:?}"
        );
        assert!(!row.contains("other"), "{row:?}");
        assert_eq!(row.contains(kind), *kind != "other", "{row:?}");
        assert_eq!(
            row.contains(&format!("weight {weight}")),
            *weight != "1",
            "{row:?}"
        );
    }
}

/// Trial 26y: a follow-up snoozed a day read "snoozed" in the history on
/// the day its snooze ended, while the review called it due. A snoozed
/// follow-up's row is dated on the snooze's end and says it is due then,
/// and when it was first due, before that day and after it alike.
#[test]
fn a_snoozed_follow_up_reads_due_on_its_day() {
    let j = Journal::with_people();
    let said = j.ok(&["follow-up", "marco", "2026-11-21", "send the leads"]);
    let id = said
        .rsplit('#')
        .next()
        .expect(&said)
        .trim_end()
        .trim_end_matches(')');
    j.ok(&["snooze", id, "2026-11-25"]);
    for today in ["2026-11-22", "2026-11-25", "2026-11-30"] {
        let shown = j
            .cmd(&["show", "marco"])
            .env("GIVEGIVE_TODAY", today)
            .assert()
            .success();
        let out = String::from_utf8_lossy(&shown.get_output().stdout).to_string();
        let row = out
            .lines()
            .find(|l| l.contains("send the leads"))
            .unwrap_or_else(|| panic!("{today}: not shown:\n{out}"));
        assert!(!row.contains("snoozed"), "{today}: {row:?}");
        assert!(
            row.contains("2026-11-25"),
            "{today}: dated on its day: {row:?}"
        );
        assert!(
            row.contains("due (first due 21 November): send the leads"),
            "{today}: {row:?}"
        );
    }
}
