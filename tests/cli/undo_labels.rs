//! Trial six: undo and redo named records by their ids and the review's
//! internal keys ("undid: done 70", "undid: snooze 8:one_sided …"). Every
//! change made on a record by its id or key is now called by the record's
//! words and whose it is.

use super::Journal;

/// The first "(#N" id in a report.
fn id_in(out: &str) -> String {
    let at = out.find("(#").map_or(0, |at| at + 2);
    out[at..].chars().take_while(char::is_ascii_digit).collect()
}

#[test]
fn undo_and_redo_name_the_record_and_the_person_never_an_id_or_key() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi"]);
    let marco = "1";
    let fup = id_in(&j.ok(&[
        "follow-up",
        "marco",
        "friday",
        "send Marco the two firmware leads",
    ]));
    let ask = id_in(&j.ok(&["asked-by", "marco", "a review of the deck"]));
    let promise = id_in(&j.ok(&["gave", "marco", "the pitch notes", "--open"]));
    j.ok(&["asked", "marco", "an intro to his CTO"]);
    let key = format!("{marco}:one_sided");
    let steps: Vec<(Vec<String>, &str, &str)> = vec![
        (
            vec!["done".into(), fup.clone()],
            "send Marco the two firmware leads",
            &fup,
        ),
        (
            vec!["decline".into(), ask.clone()],
            "a review of the deck",
            &ask,
        ),
        (
            vec!["done".into(), promise.clone()],
            "the pitch notes",
            &promise,
        ),
        (
            vec!["snooze".into(), fup.clone(), "2026-12-30".into()],
            "send Marco the two firmware leads",
            &fup,
        ),
        (
            vec!["snooze".into(), key.clone(), "2026-12-30".into()],
            "you asked more",
            &key,
        ),
    ];
    for (words, what, id) in &steps {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        j.ok(&words);
        for verb in ["undo", "redo", "undo"] {
            let out = j.ok(&[verb]);
            assert!(
                out.contains(what) && out.contains("Marco Bianchi"),
                "{words:?}: {out}"
            );
            let bare = out
                .split(|c: char| !c.is_ascii_alphanumeric() && c != ':' && c != '_')
                .any(|w| w == *id);
            assert!(!bare, "{words:?}: {out}");
            assert!(!out.contains("one_sided"), "{words:?}: {out}");
        }
    }
}

/// `done KEY` read "undid: done on the review line 1:follow_up_due", and a
/// line dismissed (hidden until the year 9999, as the TUI's `x` does)
/// "… until 31 December": the person and the line are named, and a
/// dismissal says so.
#[test]
fn undo_names_the_review_line_done_or_dismissed() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi"]);
    j.ok(&["follow-up", "marco", "today", "send Marco the deck"]);
    j.ok(&["asked", "marco", "an intro to his CTO"]);
    j.ok(&["done", "1:follow_up_due"]);
    let out = j.ok(&["undo"]);
    assert!(
        out.contains("Marco Bianchi") && out.contains("send Marco the deck"),
        "{out}"
    );
    assert!(
        !out.contains("follow_up_due") && !out.contains("review line 1"),
        "{out}"
    );
    j.ok(&["snooze", "1:one_sided", "never"]);
    let out = j.ok(&["undo"]);
    assert!(out.contains("dismissed Marco Bianchi's"), "{out}");
    assert!(
        !out.contains("December") && !out.contains("one_sided"),
        "{out}"
    );
}

/// Trial 28d #11: `d` on a meeting's follow-up, then `u`, said `undid:
/// done "follow up on: coffee at the station"`, the words it is stored
/// with: undo says the follow-up's own words.
#[test]
fn undo_says_a_planned_follow_up_by_its_words() {
    let j = Journal::new();
    let added = j.ok(&["add", "Renée Dupont", "--met", "coffee at the station"]);
    let planned = added
        .lines()
        .find(|l| l.starts_with("follow-up due"))
        .map(id_in)
        .unwrap_or_default();
    j.ok(&["done", &planned]);
    let undone = j.ok(&["undo"]);
    assert!(
        undone.contains("done \"coffee at the station\" (Renée Dupont)")
            && !undone.contains("follow up on"),
        "{undone}"
    );
}
