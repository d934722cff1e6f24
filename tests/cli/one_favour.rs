//! One favour, counted once, on the day it was done (report 26x #1, #2):
//! an introduction that grants a request is one favour for the requester,
//! a request settled on a later day keeps that day, and a give recorded
//! beside their open request says how to make the two one.

use super::*;

impl Journal {
    /// Runs a command on `day` that must succeed: (stdout, stderr).
    fn on(&self, day: &str, args: &[&str]) -> (String, String) {
        let out = self
            .cmd(args)
            .env("GIVEGIVE_TODAY", day)
            .assert()
            .success()
            .get_output()
            .clone();
        (
            String::from_utf8(out.stdout).expect("utf-8"),
            String::from_utf8(out.stderr).expect("utf-8"),
        )
    }

    /// Sara and Davide, and Sara's request asked on 2 December: its id.
    fn sara_asks() -> (Journal, String) {
        let j = Journal::lingerless();
        j.ok(&["add", "Sara Greco"]);
        j.ok(&["add", "Davide Neri"]);
        let (out, _) = j.on(
            "2026-12-02",
            &[
                "asked-by",
                "sara",
                "presentarle un designer",
                "--weight",
                "2",
            ],
        );
        let id = out
            .split('#')
            .nth(1)
            .and_then(|s| s.split(',').next())
            .expect("an id")
            .to_string();
        (j, id)
    }

    /// Help given to `who` as (favours, weight), and their last touch.
    fn given(&self, who: &str) -> (u64, u64, String) {
        let card = self.json(&["show", who, "--json"]);
        let given = &card["help"]["given"];
        (
            given["count"].as_u64().unwrap_or_default(),
            given["weight"].as_u64().unwrap_or_default(),
            card["balance"]["last_touch"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    }
}

/// The tester's journey: `intro sara davide … --closes 3` is one favour to
/// Sara, weighing the larger of the request and the introduction, and one
/// to Davide; undone and made again, the same.
#[test]
fn an_introduction_that_grants_a_request_counts_once() {
    let (j, id) = Journal::sara_asks();
    let (out, err) = j.on(
        "2026-12-04",
        &[
            "intro",
            "sara",
            "davide",
            "Sara cerca un designer",
            "--closes",
            &id,
        ],
    );
    assert!(out.contains("done: Sara Greco asked you"), "{out}");
    assert!(!err.contains("still open"), "{err}");
    assert_eq!(j.given("sara"), (1, 2, "2026-12-04".into()));
    assert_eq!(j.given("davide").0, 1);
    let shown = j.ok(&["show", "sara"]);
    assert!(shown.contains("help given 2 · help received 0"), "{shown}");
    j.ok(&["undo"]);
    assert_eq!(j.given("sara").0, 0);
    j.ok(&["redo"]);
    assert_eq!(j.given("sara"), (1, 2, "2026-12-04".into()));
    assert!(j.ok(&["check"]).starts_with("ok"));
}

/// A request done two days after it was asked keeps that day: its row
/// says it, and the last touch is the day it was granted. Declined, the
/// same day is said, and the last touch stays the asking.
#[test]
fn a_request_settled_later_keeps_the_day_it_was_settled() {
    let (j, id) = Journal::sara_asks();
    j.on("2026-12-04", &["done", &id]);
    let shown = j.ok(&["show", "sara"]);
    let row = shown
        .lines()
        .find(|l| l.contains("presentarle"))
        .expect("the request's row");
    assert!(
        row.contains("2026-12-02") && row.contains("done 2026-12-04: presentarle"),
        "{row}"
    );
    assert_eq!(j.given("sara"), (1, 2, "2026-12-04".into()));
    let (out, _) = j.on("2026-12-02", &["asked-by", "davide", "un passaggio"]);
    let other = out.split('#').nth(1).and_then(|s| s.split(',').next());
    j.on("2026-12-05", &["decline", other.expect("an id")]);
    let shown = j.ok(&["show", "davide"]);
    assert!(
        shown.contains("declined 2026-12-05: un passaggio"),
        "{shown}"
    );
    assert_eq!(j.given("davide"), (0, 0, "2026-12-02".into()));
    assert!(j.ok(&["check"]).starts_with("ok"));
}

/// A give of mine beside their request still open, recorded without
/// saying it answered it, is told how to count the two once: `intro`
/// with --closes, `gave` with --answers.
#[test]
fn a_give_beside_their_open_request_says_how_to_count_it_once() {
    let (j, id) = Journal::sara_asks();
    let (_, err) = j.on(
        "2026-12-04",
        &["intro", "davide", "sara", "Sara cerca un designer"],
    );
    assert!(
        err.contains(&format!(
            "note: Sara Greco's request #{id} 'presentarle un designer' is still open; if this answered it, `undo` and record it with --closes {id} so it counts once"
        )),
        "{err}"
    );
    let (_, err) = j.on("2026-12-04", &["gave", "sara", "un contatto"]);
    assert!(
        err.contains(&format!("with --answers {id} so it counts once")),
        "{err}"
    );
    // A give to someone with no open request says nothing of the kind.
    let (_, err) = j.on("2026-12-04", &["gave", "davide", "un libro"]);
    assert!(!err.contains("still open"), "{err}");
}

/// Trial 26y3 #11: a request answered by a give reads as theirs, then
/// what I gave, never glued into one sentence of theirs by ": ".
#[test]
fn a_request_answered_by_a_give_says_both_apart() {
    let j = Journal::lingerless();
    j.ok(&["add", "Rita Fox"]);
    let (out, _) = j.on(
        "2026-12-01",
        &["asked-by", "rita", "feedback on her pitch deck"],
    );
    let id = out
        .split('#')
        .nth(1)
        .and_then(|s| s.split(',').next())
        .expect("an id")
        .to_string();
    j.on(
        "2026-12-04",
        &[
            "gave",
            "rita",
            "a call about her pitch deck",
            "--answers",
            &id,
        ],
    );
    let (show, _) = j.on("2026-12-04", &["show", "rita"]);
    assert!(
        show.contains("done 2026-12-04: feedback on her pitch deck — answered with: a call about her pitch deck"),
        "{show}"
    );
}
