//! `met` takes `--no-follow-up` as `event` and `add --met` do (trial 28b):
//! the meeting is logged and the review asks for no follow-up.

use super::Journal;

#[test]
fn met_with_no_follow_up_is_kept_out_of_the_review() {
    let j = Journal::with_people();
    j.ok(&["met", "marco", "coffee"]);
    j.ok(&["met", "anna rossi", "a call", "--no-follow-up"]);
    let review = j.ok(&["review"]);
    assert!(review.contains("Marco Verdi"), "{review}");
    assert!(!review.contains("Anna Rossi"), "{review}");
    assert!(j.ok(&["show", "anna rossi"]).contains("a call"));
    let err = j
        .cmd(&[
            "met",
            "marco",
            "x",
            "--follow-up",
            "friday",
            "--no-follow-up",
        ])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("cannot be used with"));
    // The same words in each command's help.
    for cmd in ["met", "event", "add"] {
        let help = j.ok(&[cmd, "--help"]);
        assert!(
            help.contains("--no-follow-up") && help.contains("Plan no follow-up"),
            "{cmd}"
        );
    }
}
