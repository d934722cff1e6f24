//! Days at the door, after the trial of 28b: nothing to do is set decades
//! ahead, and the Italian ways of saying a day (the first of a month, the
//! day before yesterday) are read everywhere days are. Today is Monday
//! 2026-11-23 (`common::TODAY`).

use super::Journal;
use super::door::dated as day_of;

#[test]
fn nothing_to_do_is_set_more_than_ten_years_ahead() {
    let j = Journal::with_people();
    for args in [
        &["follow-up", "marco", "2999-01-01", "call"][..],
        &["snooze", "marco", "in 11 years"],
        &["met", "marco", "coffee", "--follow-up", "2040-01-01"],
    ] {
        let err = j.refused(args);
        assert!(
            err.contains(
                "more than 10 years ahead: a follow-up or a snooze is set within 10 years"
            ),
            "{args:?}: {err}"
        );
    }
    assert!(!j.ok(&["show", "marco"]).contains("coffee"));
    j.ok(&["follow-up", "marco", "in 10 years", "the reunion"]);
    assert_eq!(day_of(&j, "the reunion"), "2036-11-23");
}

#[test]
fn the_first_of_a_month_and_the_day_before_yesterday_in_italian() {
    let j = Journal::with_people();
    for (when, text, day) in [
        ("il primo novembre", "pranzo", "2026-11-01"),
        ("primo novembre", "caffè", "2026-11-01"),
        ("1º novembre", "telefonata", "2026-11-01"),
        ("ieri l'altro", "cena", "2026-11-21"),
        ("l'altro ieri", "aperitivo", "2026-11-21"),
    ] {
        j.ok(&["met", "marco", text, "--on", when]);
        assert_eq!(day_of(&j, text), day, "{when}");
    }
    j.ok(&["follow-up", "marco", "dopodomani", "richiamare"]);
    assert_eq!(day_of(&j, "richiamare"), "2026-11-25");
    j.ok(&["follow-up", "marco", "il primo dicembre", "auguri"]);
    assert_eq!(day_of(&j, "auguri"), "2026-12-01");
    // A birthday in a month with a 't' in its name, or on the first.
    j.ok(&["edit", "marco", "--birthday", "12 ottobre 1985"]);
    assert!(j.ok(&["show", "marco"]).contains("12 October 1985"));
    j.ok(&["edit", "marco", "--birthday", "il primo agosto"]);
    assert!(j.ok(&["show", "marco"]).contains("1 August"));
}
