//! Trials 28b and 28c: lines a user reads, in the words the README uses.
//! Today is Monday 23 November 2026.

use super::Journal;

/// 28c #15: "you met them 4 days ago (cena da Elena)" named nobody, and a
/// follow-up due the very day read "due Monday 23 November".
#[test]
fn the_review_names_whom_you_met_and_a_due_day_says_today_or_tomorrow() {
    let j = Journal::new();
    // Four days ago: past the fresh days, so no follow-up was planned.
    j.ok(&[
        "add",
        "Elena Greco",
        "--met",
        "cena da Elena",
        "--on",
        "2026-11-19",
    ]);
    let review = j.ok(&["review"]);
    assert!(
        review.contains("you met Elena 4 days ago (cena da Elena) and have not followed up"),
        "{review}"
    );
    let today = j.ok(&["follow-up", "elena", "today", "send the menu"]);
    assert!(
        today.starts_with("follow-up with Elena Greco due today, Monday 23 November: "),
        "{today}"
    );
    let tomorrow = j.ok(&["follow-up", "elena", "domani", "call back"]);
    assert!(
        tomorrow.starts_with("follow-up with Elena Greco due tomorrow, Tuesday 24 November: "),
        "{tomorrow}"
    );
    let snoozed = j.ok(&["snooze", "elena", "tomorrow"]);
    assert!(
        snoozed.starts_with("Elena Greco is out of the review until tomorrow, Tuesday 24 November"),
        "{snoozed}"
    );
    let later = j.ok(&["follow-up", "elena", "friday", "the book"]);
    assert!(later.contains("due Friday 27 November: "), "{later}");
}

/// A due day said after a meeting was "follow-up due tomorrow (Tuesday 24
/// November) (#3)": two brackets in a row. The day goes after a comma, and
/// only the id is in brackets, after `add --met` and after `met`.
#[test]
fn a_follow_up_due_tomorrow_reads_as_one_aside() {
    let j = Journal::new();
    let added = j.ok(&["add", "Luca Ferri", "--met", "coffee", "--on", "today"]);
    j.ok(&["add", "Sara Verdi"]);
    let met = j.ok(&["met", "sara", "lunch", "--follow-up", "tomorrow"]);
    for said in [added, met] {
        let line = said
            .lines()
            .find(|l| l.starts_with("follow-up due"))
            .unwrap_or_default();
        assert!(
            line.starts_with("follow-up due tomorrow, Tuesday 24 November (#"),
            "{said}"
        );
        assert!(!line.contains(") ("), "{said}");
    }
}

/// 28c #15: `undo` said "met anna call", the name as typed, where other
/// lines named the person: every person is named as they are called, quoted
/// as one would type it to run the command again.
#[test]
fn undo_names_the_person_as_the_command_would_be_typed_again() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["met", "anna", "call", "--on", "2026-11-20"]);
    let undone = j.ok(&["undo"]);
    assert!(
        undone.contains("undid: met 'Anna Rossi' call --on 2026-11-20"),
        "{undone}"
    );
    j.ok(&["follow-up", "anna", "2026-12-25", "xmas wishes"]);
    let undone = j.ok(&["undo"]);
    assert!(
        undone.contains("undid: follow-up 'Anna Rossi' 2026-12-25 'xmas wishes'"),
        "{undone}"
    );
}

/// 28c #16: a birthday given again without its year lost the year unsaid.
#[test]
fn a_birthday_given_without_its_year_says_the_year_is_gone() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi", "--birthday", "1985-03-14"]);
    let said = j.ok(&["edit", "anna", "--birthday", "14 march"]);
    assert!(
        said.contains(
            "birthday 14 March 1985 → 14 March (the year is gone; give it with --birthday 1985-03-14 to keep it)"
        ),
        "{said}"
    );
    assert!(!said.contains("took out"), "{said}");
    let back = j.ok(&["edit", "anna", "--birthday", "1985-03-14"]);
    assert!(back.contains("birthday 14 March → 14 March 1985"), "{back}");
}

/// 28c #19: a date word a letter off, and a name that starts with a dash.
#[test]
fn a_slip_in_a_date_and_a_name_with_a_dash_say_what_to_type() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    let err = j.refused(&["follow-up", "anna", "tomorow", "the deck"]);
    assert!(err.ends_with("did you mean tomorrow?"), "{err}");
    let err = j.refused(&["met", "anna", "coffee", "--on", "ieir"]);
    assert!(err.contains("did you mean ieri?"), "{err}");
    let out = j
        .cmd(&["add", "-Dash Name"])
        .assert()
        .failure()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("givegive add -- '-Dash Name'"), "{err}");
    // Typed that way, it is added.
    assert!(
        j.ok(&["add", "--", "-Dash Name"])
            .contains("added -Dash Name")
    );
}

/// 28b #5: "capo of Elena Greco" put English inside Italian words, and
/// "partnr" went on two cards.
#[test]
fn relate_says_the_other_side_in_the_word_s_language_and_catches_a_slip() {
    let j = Journal::new();
    j.ok(&["add", "Elena Greco"]);
    j.ok(&["add", "Davide Neri"]);
    let said = j.ok(&["relate", "elena", "davide", "capo"]);
    assert!(said.contains("capo di Elena Greco"), "{said}");
    assert!(!said.contains(" of "), "{said}");
    let said = j.ok(&["relate", "elena", "davide", "zia"]);
    assert!(said.contains("nipote Elena Greco"), "{said}");
    let err = j.refused(&["relate", "elena", "davide", "partnr"]);
    assert!(err.contains("did you mean partner?"), "{err}");
    assert!(
        j.ok(&["relate", "elena", "davide", "partner"])
            .contains("partner")
    );
}

/// Trial 28d #2: "mia cugina" went on Lucia's card as "mia cugina di Anna
/// Rossi"; "cugina" read "cousin" on the other card while "capo" read
/// "capo di"; and "wife" became "partner" on the other card unsaid.
#[test]
fn relate_words_read_true_on_both_cards_in_their_language() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["add", "Lucia Bassi"]);
    j.ok(&["add", "Chiara Neri"]);
    for mine in ["mia cugina", "la mia cugina", "my cousin"] {
        let err = j.refused(&["relate", "anna", "lucia", mine]);
        let word = mine.rsplit(' ').next().unwrap_or(mine);
        assert!(
            err.contains(&format!("(givegive relate anna lucia {word})"))
                && err.contains(&format!("givegive edit lucia --tag {word}")),
            "{err}"
        );
    }
    assert!(!j.ok(&["show", "lucia"]).contains("Anna Rossi"));
    let said = j.ok(&["relate", "anna", "lucia", "cugina"]);
    assert!(
        said.contains("→ cugina Lucia Bassi")
            && said.contains("Lucia Bassi (#2) → cugino/a Anna Rossi"),
        "{said}"
    );
    assert!(!said.contains("cousin"), "{said}");
    let said = j.ok(&["relate", "anna", "chiara", "wife"]);
    assert!(
        said.contains(
            "→ partner Anna Rossi (\"wife\" says what Chiara Neri is, not what Anna Rossi is)"
        ),
        "{said}"
    );
    assert!(
        !j.ok(&["relate", "anna", "chiara", "partner"])
            .contains("says what")
    );
    j.ok(&["check"]);
}

/// Trial 28d #11: `done 999` said no more than that, and `done
/// 21:follow_up_due:99` named the line by its code.
#[test]
fn done_on_nothing_says_where_to_look_in_words() {
    let j = Journal::new();
    j.ok(&["add", "Lena Hoffmann"]);
    let err = j.refused(&["done", "999"]);
    assert_eq!(
        err,
        "givegive: there is no record #999: `givegive show NAME` lists a person's record ids"
    );
    let err = j.refused(&["done", "1:follow_up_due:99"]);
    assert!(
        err.starts_with("givegive: Lena Hoffmann has no follow-up due line"),
        "{err}"
    );
}

/// Trial 28d #14: the first `add` on the default journal started it
/// silently, while `--db` said "started a new journal at …".
#[test]
fn the_first_add_on_the_default_journal_says_it_started_one() {
    let home = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("givegive").expect("binary");
        cmd.env_remove("GIVEGIVE_DB")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("GIVEGIVE_TODAY", super::TODAY)
            .env("GIVEGIVE_LINGER", "0")
            .args(args);
        let out = cmd.assert().success().get_output().clone();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let journal = home.path().join("data").join("givegive").join("journal");
    let first = run(&["add", "Anna Rossi"]);
    assert_eq!(
        first,
        format!("givegive: started a new journal at {}\n", journal.display())
    );
    assert_eq!(run(&["add", "Marco Bianchi"]), "");
}
