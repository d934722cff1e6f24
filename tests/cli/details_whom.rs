//! A fresh-eyes trial: `met sara "caffè" --details "sara: sta per
//! trasferirsi"` kept "sara:" in her history while her draft dropped it.
//! Details for one person are stored without a "WHO:" naming them, the
//! split `event` and `met` make for several.

use super::*;

#[test]
fn details_for_one_person_are_stored_without_a_prefix_naming_them() {
    let j = Journal::new();
    j.ok(&["add", "Sara Greco"]);
    let details = |who: &str| {
        let card = j.json(&["show", who, "--json"]);
        let history = card["history"].as_array().cloned().unwrap_or_default();
        let met = history.iter().find(|h| h["type"] == "interaction");
        met.map(|h| h["details"].clone()).unwrap_or_default()
    };
    j.ok(&[
        "met",
        "sara",
        "caffè",
        "--details",
        "sara: sta per trasferirsi",
    ]);
    assert_eq!(details("sara"), "sta per trasferirsi");
    let shown = j.ok(&["show", "sara"]);
    assert!(!shown.contains("sara:"), "{shown}");
    // Her whole name too; a part naming nobody, or me, is kept as it is.
    j.ok(&[
        "met",
        "sara",
        "pranzo",
        "--details",
        "Sara Greco: ha trovato casa; il locale era pieno; me: le ho promesso un contatto",
    ]);
    assert_eq!(
        details("sara"),
        "ha trovato casa; il locale era pieno; me: le ho promesso un contatto"
    );
}

/// Trial 28d: `event "climbing gym" --with anna --with marco --details
/// "anna: her daughter started climbing"` put Anna's news on Marco's card,
/// history and dossier. A detail marked as one person's is shown only on
/// theirs; the others see the meeting's shared details, as their drafts do.
#[test]
fn a_detail_marked_for_one_person_is_shown_on_their_views_alone() {
    let j = Journal::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["add", "Marco Bianchi"]);
    j.ok(&[
        "met",
        "anna",
        "marco",
        "climbing gym",
        "--details",
        "the wall was brand new",
    ]);
    j.ok(&[
        "event",
        "climbing gym",
        "--with",
        "anna",
        "--with",
        "marco",
        "--details",
        "anna: her daughter started climbing",
    ]);
    let views = |who: &str| {
        [
            j.ok(&["show", who]),
            j.json(&["show", who, "--json"])["history"].to_string(),
            j.ok(&["export", "--format", "markdown", who]),
        ]
    };
    for view in views("marco") {
        assert!(
            !view.contains("daughter") && view.contains("the wall was brand new"),
            "{view}"
        );
    }
    for view in views("anna") {
        assert!(
            view.contains("her daughter started climbing") && view.contains("brand new"),
            "{view}"
        );
    }
}
