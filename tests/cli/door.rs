//! Inputs are checked at the door. Dates, in the shell as in the TUI's forms (one
//! rule: `domain::dates::parse_date`, and `Occasion::impossible` for a
//! birthday): what happened cannot be after today, no day is before 1900,
//! nobody is born ahead, and Italian users type Italian dates. Today is
//! Monday 2026-11-23 (`common::TODAY`). And a journal's path: a mistyped
//! one is refused, never answered from a new empty journal made there.

use super::Journal;

/// The day of `marco`'s record whose text is `text`.
pub(super) fn dated(j: &Journal, text: &str) -> String {
    let card = j.json(&["show", "marco", "--json"]);
    card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["text"] == text || h["summary"] == text)
        .and_then(|h| h["date"].as_str().or(h["due"].as_str()))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn impossible_days_are_refused_in_one_line_and_nothing_is_written() {
    let j = Journal::with_people();
    for (args, says) in [
        (
            &["gave", "marco", "a book", "--on", "2030-01-01"][..],
            "'2030-01-01' is 1 January 2030, after today: the day something happened is today or before (plan what is ahead with follow-up)",
        ),
        (
            &["met", "marco", "coffee", "--on", "tomorrow"][..],
            "'tomorrow' is 24 November 2026, after today",
        ),
        (
            &["met", "marco", "coffee", "--on", "1899-12-31"][..],
            "'1899-12-31' is before 1900",
        ),
        (
            &["edit", "marco", "--birthday", "2027-01-01"][..],
            "a birthday on 1 January 2027 is after today",
        ),
        (
            &["edit", "marco", "--birthday", "1850-03-14"][..],
            "the birthday in 1850 is before 1900",
        ),
        (
            &["edit", "marco", "--anniversary", "2030-12-06"][..],
            "an anniversary on 6 December 2030 is after today: give the year it began, or none",
        ),
    ] {
        let err = j.refused(args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let card = j.ok(&["show", "marco"]);
    assert!(
        !card.contains("a book") && !card.contains("coffee"),
        "{card}"
    );
    assert!(!card.contains("birthday"), "{card}");
    // A birthday without a year, or a wedding ahead, is fine.
    j.ok(&["edit", "marco", "--birthday", "03-14"]);
    j.ok(&["edit", "marco", "--date", "wedding=2027-06-12"]);
}

#[test]
fn a_weekday_for_what_happened_is_today_on_that_day() {
    let j = Journal::with_people();
    // Said on a Monday: the call just had, not a week ago.
    j.ok(&["met", "marco", "call", "--on", "monday"]);
    assert_eq!(dated(&j, "call"), "2026-11-23");
    j.ok(&["met", "marco", "lunch", "--on", "last monday"]);
    assert_eq!(dated(&j, "lunch"), "2026-11-16");
    // Ahead, "monday" is next week's: today is "today".
    j.ok(&["follow-up", "marco", "monday", "send the deck"]);
    assert_eq!(dated(&j, "send the deck"), "2026-11-30");
}

#[test]
fn italian_dates_are_read_everywhere_dates_are() {
    let j = Journal::with_people();
    for (args, text, day) in [
        (
            &["gave", "marco", "un libro", "--on", "ieri"][..],
            "un libro",
            "2026-11-22",
        ),
        (
            &["met", "marco", "caffè", "--on", "venerdì"][..],
            "caffè",
            "2026-11-20",
        ),
        (
            &["got", "marco", "un consiglio", "--on", "3 giorni fa"][..],
            "un consiglio",
            "2026-11-20",
        ),
        (
            &["follow-up", "marco", "venerdì", "mandare il deck"][..],
            "mandare il deck",
            "2026-11-27",
        ),
        (
            &["follow-up", "marco", "tra 2 settimane", "sentirlo"][..],
            "sentirlo",
            "2026-12-07",
        ),
        (
            &["follow-up", "marco", "il 12 dicembre", "auguri"][..],
            "auguri",
            "2026-12-12",
        ),
    ] {
        j.ok(args);
        assert_eq!(dated(&j, text), day, "{args:?}");
    }
    j.ok(&["edit", "marco", "--cadence", "2 settimane"]);
    assert_eq!(
        j.json(&["show", "marco", "--json"])["contact"]["cadence_days"],
        14
    );
    j.ok(&["edit", "marco", "--birthday", "14 marzo 1985"]);
    assert!(j.ok(&["show", "marco"]).contains("14 March"));
    j.ok(&["edit", "marco", "--date", "onomastico=il 12 marzo"]);
    assert!(j.ok(&["show", "marco"]).contains("12 March"));
    // Taken back, the day is said as written, never as digits that could
    // be read either way round ("03-12").
    let undid = j.ok(&["undo"]);
    assert!(
        undid.contains("12 march") && !undid.contains("03-12"),
        "{undid}"
    );
}

#[test]
fn a_mistyped_journal_path_is_refused_and_nothing_is_made() {
    let j = Journal::with_people();
    let typo = j.dir.path().join("jornal");
    let db = typo.to_string_lossy().to_string();
    for args in [
        &["list"][..],
        &["show", "marco"],
        &["gave", "marco", "a book"],
        &["review"],
    ] {
        let err = j.refused(&[&["--db", &db][..], args].concat());
        assert_eq!(
            err,
            format!(
                "givegive: no journal at {db}: did you mean {}?",
                j.path().display()
            ),
            "{args:?}"
        );
        assert!(!typo.exists(), "{args:?} made {db}");
    }
    // Beside a journal, a slip of its name starts nothing, even for a
    // command that starts journals (trial 28b: `add` wrote the person into
    // a new `jornal`).
    let err = j.refused(&["--db", &db, "add", "Lena Park"]);
    assert!(
        err.contains(&format!(
            "no journal at {db}, but {} is one: did you mean it? Nothing was written",
            j.path().display()
        )),
        "{err}"
    );
    assert!(!typo.exists());
    // A slip of case, as of letters (trial 28c: `~/Copy` beside `~/copy`).
    let cased = j.dir.path().join("Journal");
    let err = j.refused(&["--db", &cased.to_string_lossy(), "add", "Lena Park"]);
    assert!(err.contains("did you mean it?"), "{err}");
    let far = j.dir.path().join("people");
    let db = far.to_string_lossy().to_string();
    let out = j
        .cmd(&["--db", &db, "add", "Lena Park"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("started a new journal at {db}")),
        "{err}"
    );
    assert!(j.ok(&["--db", &db, "list"]).contains("Lena Park"));
}

/// What a command says back is inert whatever was typed or imported: an
/// escape in a name or a text never reaches the terminal raw, as `show`
/// already made sure (one rule in `print::report`).
#[test]
fn confirmations_never_carry_raw_terminal_escapes() {
    let j = Journal::new();
    let raw = |s: &str| s.contains('\u{1b}') || s.contains('\u{7}');
    for args in [
        &["add", "Evil\u{1b}]0;pwned\u{7}"][..],
        &["gave", "evil", "esc \u{1b}[31mRED\u{1b}[0m bell\u{7}"],
        &[
            "met",
            "evil",
            "coffee \u{1b}[2J",
            "--details",
            "\u{1b}[1mbold",
        ],
        &["follow-up", "evil", "friday", "ping \u{1b}[5m"],
    ] {
        let out = j.cmd(args).assert().success().get_output().clone();
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(!raw(&o) && !raw(&e), "{args:?}: {o:?} {e:?}");
    }
    let card = j.dir.path().join("evil.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Evil\u{1b}[2J\r\nEND:VCARD\r\n",
    )
    .expect("card");
    let out = j
        .cmd(&["import", "--format", "vcard", &card.to_string_lossy()])
        .assert()
        .success()
        .get_output()
        .clone();
    let said = [out.stdout, out.stderr].concat();
    assert!(!raw(&String::from_utf8_lossy(&said)), "{said:?}");
}

/// A give answering a request takes the day it was given (`--on
/// venerdì`): the request keeps the day it was asked and is settled on
/// that day, never before it was asked (trial 26x2: the date was refused,
/// so the request read done a day late).
#[test]
fn an_answer_takes_the_day_it_was_given() {
    let j = Journal::with_people();
    let asked = j.ok(&["asked-by", "marco", "a review of his deck", "--on", "5d"]);
    let id = asked
        .split("(#")
        .nth(1)
        .and_then(|r| r.split(',').next())
        .unwrap_or_default()
        .to_string();
    let err = j.refused(&[
        "gave",
        "marco",
        "the review",
        "--answers",
        &id,
        "--on",
        "6d",
    ]);
    assert!(err.contains("cannot be answered before"), "{err}");
    j.ok(&[
        "gave",
        "marco",
        "the review",
        "--answers",
        &id,
        "--on",
        "venerdì",
    ]);
    let shown = j.ok(&["show", "marco"]);
    assert!(shown.contains("2026-11-18"), "asked on its day: {shown}");
    assert!(
        shown.contains("done 2026-11-20"),
        "settled on Friday: {shown}"
    );
}

/// Trial 28b: a file to import that is not there was "No such file or
/// directory (os error 2)". It says where it was looked for.
#[test]
fn a_file_to_import_that_is_not_there_says_where_it_was_looked_for() {
    let j = Journal::with_people();
    let err = j.refused(&["import", "--format", "vcard", "no-such-contacts.vcf"]);
    assert!(
        err.starts_with("givegive: there is no file no-such-contacts.vcf in /")
            && err.ends_with("check its name and folder; nothing was imported"),
        "{err}"
    );
}

/// Trial 28d #4: a short journal name mistyped by one letter (`tri`,
/// `tr`, `tryy` beside `try`) is caught as a long one is; a numbered
/// name is not a slip; a journal to start in a folder that does not exist
/// is refused; a folder holding a journal points to it.
#[test]
fn a_short_or_deep_journal_path_typed_wrong_is_caught() {
    let j = Journal::with_people();
    let near = |name: &str| j.dir.path().join(name).to_string_lossy().to_string();
    let try_ = near("try");
    j.ok(&["--db", &try_, "add", "Lena Park"]);
    for slip in ["tri", "tr", "tryy"] {
        let err = j.refused(&["--db", &near(slip), "add", "Foo Bar"]);
        assert!(
            err.contains(&format!("but {try_} is one: did you mean it?")),
            "{slip}: {err}"
        );
        let err = j.refused(&["--db", &near(slip), "show", "x"]);
        assert!(err.ends_with(&format!("did you mean {try_}?")), "{err}");
        assert!(!j.dir.path().join(slip).exists(), "{slip}");
    }
    j.ok(&["--db", &near("try2"), "add", "Foo Bar"]);
    j.ok(&["--db", &near("home"), "add", "Foo Bar"]);

    let deep = j.dir.path().join("no/such/j");
    let err = j.refused(&["--db", &deep.to_string_lossy(), "add", "Foo Bar"]);
    let folder = j.dir.path().join("no/such");
    assert_eq!(
        err,
        format!(
            "givegive: the folder {0} does not exist: make it first (mkdir -p {0}) to start a journal there",
            folder.display()
        )
    );
    assert!(!j.dir.path().join("no").exists());

    let err = j.refused(&["--db", &j.dir.path().to_string_lossy(), "show", "marco"]);
    assert!(
        err.ends_with(&format!("did you mean {}?", j.path().display())),
        "{err}"
    );
}

/// Trial 28d #5, from a script: the TUI asked for where it cannot run
/// leaves no journal on the new path it named.
#[test]
fn a_tui_that_cannot_start_leaves_no_journal() {
    let j = Journal::new();
    let new = j.dir.path().join("oops");
    let err = j.refused(&["--db", &new.to_string_lossy()]);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(!new.exists());
}

/// Trial 28d #9: a pasted name keeps what shows and loses what nobody
/// sees (escape sequences, zero-width and bidi characters), says so, and
/// is found as it reads.
#[test]
fn a_pasted_name_is_stored_as_it_shows() {
    let j = Journal::new();
    let said = j.ok(&["add", "\u{1b}[31mRed\u{1b}[0m Man"]);
    assert!(
        said.contains("added Red Man (#1) (left out 2 invisible characters)"),
        "{said}"
    );
    assert!(j.ok(&["show", "red man"]).contains("Red Man"));
    let said = j.ok(&["add", "Ana\u{200b}Stasia Rus"]);
    assert!(said.contains("(left out 1 invisible character)"), "{said}");
    assert!(j.ok(&["show", "anastasia"]).contains("AnaStasia Rus"));
    let said = j.ok(&["edit", "red man", "--name", "\u{202e}Red Mann"]);
    assert!(said.contains("(left out 1 invisible character)"), "{said}");
    let card = j.json(&["show", "red mann", "--json"]);
    assert_eq!(card["contact"]["name"], "Red Mann", "{card}");
    let said = j.ok(&["add", "李 小龙"]);
    assert!(!said.contains("left out"), "{said}");
}

/// Trial 28f #2: an empty folder holds no journal. A command that only
/// reads is refused there and makes nothing; one that adds starts the
/// journal in it and says so; a refused one leaves the folder as it was.
#[test]
fn an_empty_folder_is_no_journal_until_something_is_written() {
    let j = Journal::new();
    let folder = j.dir.path().join("synced-not-yet");
    std::fs::create_dir(&folder).expect("folder");
    let db = folder.to_string_lossy().into_owned();
    for args in [&["review"][..], &["list"], &["show", "anna"]] {
        let words = [&["--db", db.as_str()][..], args].concat();
        let err = j.refused(&words);
        assert!(err.contains("the folder is empty"), "{args:?}: {err}");
    }
    let err = j.refused(&["--db", &db, "gave", "anna", "a book"]);
    assert!(err.contains("no journal at"), "{err}");
    assert!(folder.is_dir(), "the user's folder stays");
    assert_eq!(
        std::fs::read_dir(&folder).map(Iterator::count).ok(),
        Some(0)
    );
    let out = j
        .cmd(&["--db", &db, "add", "Anna Rossi"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("started a new journal at"));
    assert!(j.ok(&["--db", &db, "list"]).contains("Anna Rossi"));
}

/// Trial 28f #10: a journal's path written `~/…` in quotes (a profile's
/// `GIVEGIVE_DB="~/journal"`) is in the home folder, never a folder named
/// `~` where the command ran.
#[test]
fn a_quoted_tilde_is_the_home_folder() {
    let j = Journal::new();
    let home = j.dir.path().join("home");
    std::fs::create_dir(&home).expect("home");
    let out = j
        .cmd(&["--db", "~/mine", "add", "Anna Rossi"])
        .env("HOME", &home)
        .current_dir(j.dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    assert!(home.join("mine").join("conf").is_file());
    assert!(!j.dir.path().join("~").exists());
}
