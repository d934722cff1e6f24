//! Taking out what a person does not have is refused, naming what they
//! have (trial 28b: `edit anna --drop-phone "+39 333"` said "already has
//! that" of a phone she never had). One rule for every `--drop-*`,
//! `--untag` and `--unalias`: a person with none of that kind hears so; one
//! with some hears which; nothing is written either way.

use super::Journal;

/// Each flag that takes something out, the flag that puts one in, a value
/// for it, and the words of the kind (one, many; "called" when it is taken
/// out by its name).
const KINDS: [(&str, &str, &str, &str, &str); 11] = [
    ("--unalias", "--alias", "Annie", "alias", "aliases"),
    (
        "--drop-email",
        "--email",
        "anna@acme.test",
        "email",
        "emails",
    ),
    ("--drop-phone", "--phone", "+39 111 222", "phone", "phones"),
    ("--drop-url", "--url", "https://anna.test", "URL", "URLs"),
    ("--untag", "--tag", "climber", "tag", "tags"),
    (
        "--drop-interest",
        "--interest",
        "jazz",
        "interest",
        "interests",
    ),
    ("--drop-need", "--need", "a designer", "need", "needs"),
    ("--drop-offer", "--offer", "legal advice", "offer", "offers"),
    (
        "--drop-date",
        "--date",
        "wedding=2020-06-12",
        "date called",
        "dates",
    ),
    (
        "--drop-address",
        "--address",
        "home=Via Roma 1, Milano",
        "address called",
        "addresses",
    ),
    // Only an imported card holds related names as text: none here.
    ("--drop-related", "", "", "related name", "related names"),
];

#[test]
fn taking_out_what_is_not_there_is_refused_naming_what_is() {
    let j = Journal::lingerless();
    j.ok(&["add", "Anna Rossi"]);
    for (drop, _, _, _, many) in KINDS {
        let err = j.refused(&["edit", "anna", drop, "nothing like it"]);
        assert_eq!(
            err,
            format!("givegive: Anna Rossi has no {many}, so no 'nothing like it' to take out"),
            "{drop}"
        );
    }
    let held = KINDS.iter().filter(|k| !k.1.is_empty());
    for (_, put, value, _, _) in held.clone() {
        j.ok(&["edit", "anna", put, value]);
    }
    let before = j.ok(&["show", "anna", "--json"]);
    for (drop, _, _, one, _) in held {
        let err = j.refused(&["edit", "anna", drop, "+39 333"]);
        let noun = one.trim_end_matches(" called");
        let one = *one;
        assert!(
            err.starts_with(&format!(
                "givegive: Anna Rossi has no {one} '+39 333' (their {noun}: "
            )),
            "{drop}: {err}"
        );
    }
    assert!(
        j.refused(&["edit", "anna", "--drop-phone", "+39 333"])
            .ends_with("(their phone: +39 111 222)")
    );
    assert_eq!(
        j.ok(&["show", "anna", "--json"]),
        before,
        "nothing was written"
    );
    // What is there is taken out, as before.
    let out = j.ok(&[
        "edit",
        "anna",
        "--drop-phone",
        "+39 111 222",
        "--untag",
        "CLIMBER",
    ]);
    assert_eq!(
        out.trim_end(),
        "updated Anna Rossi (#1): took out 1 phone, 1 tag"
    );
}
