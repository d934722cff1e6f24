//! `done KEY`: the TUI's `d` from the shell, through the one rule.

use super::J;

/// `done KEY` in the shell does to a review line what `d` does in the TUI
/// (one rule, `Item::doing`), in the TUI's words: their request is marked
/// done and the line goes; a line nothing marks done is refused with the
/// shell commands that make it go, and nothing is written.
#[test]
fn done_on_a_review_key_does_what_d_does() {
    let j = J::new();
    j.ok(&["asked-by", "eve", "a feedback on her deck", "--open"]);
    j.ok(&["asked", "marco", "an intro to his CTO"]);
    let key_of = |kind: &str| {
        j.review()
            .into_iter()
            .map(|(key, _)| key)
            .find(|key| key.contains(kind))
            .unwrap_or_else(|| panic!("no {kind} line: {:?}", j.review()))
    };
    let request = key_of(":request_open:");
    assert_eq!(
        j.ok(&["done", &request]),
        "done: Eve's request 'a feedback on her deck'\n"
    );
    assert!(!j.review().iter().any(|(key, _)| *key == request));
    let one_sided = key_of(":one_sided:");
    let before = j.ok(&["export", "--format", "json"]);
    let said = j.refused(&["done", &one_sided]);
    assert_eq!(
        said,
        format!(
            "givegive: nothing to mark done: this line goes when you give Marco something \
             (`givegive gave \"Marco Bianchi\" TEXT`), or `givegive snooze {one_sided} DATE` snoozes it"
        )
    );
    assert_eq!(
        j.ok(&["export", "--format", "json"]),
        before,
        "nothing written"
    );
    assert!(
        j.refused(&["done", "2:fresh_meting"])
            .contains("'fresh_meting' is not")
    );
}

/// A follow-up that promised to send something, done, records no give:
/// the done says plainly that the ledger has none and how to record one,
/// even when no review line stays, with what it promised (trial 26m: "1
/// follow-up sent", and nothing said; trial 26r: "if you sent …" left the
/// user unsure whether a give was needed).
#[test]
fn a_promise_kept_by_done_says_how_to_record_the_give() {
    let j = J::new();
    let out = j.ok(&[
        "follow-up",
        "eve",
        "friday",
        "send Eve the flat-hunting links",
    ]);
    let id = out
        .rsplit("(#")
        .next()
        .and_then(|s| s.split(')').next())
        .unwrap_or_default()
        .to_string();
    let done = j.ok(&["done", &id]);
    assert!(
        done.ends_with("\n`givegive gave eve \"the flat-hunting links\"` records the give\n"),
        "{done}"
    );
}

/// A follow-up done whose words send what a give of mine in the ledger
/// already holds never suggests `gave` (that would count the help twice,
/// trial 26r): an open promise is named as the give, kept by `done`; a
/// give done is counted, and nothing more is said.
#[test]
fn a_follow_up_done_never_asks_for_a_give_the_ledger_has() {
    let j = J::new();
    let id = |said: &str| -> String {
        said.rsplit("(#")
            .next()
            .map(|n| n.chars().take_while(char::is_ascii_digit).collect())
            .unwrap_or_default()
    };
    let promise = id(&j.ok(&["gave", "eve", "the flat-hunting links", "--open"]));
    let planned = j.ok(&[
        "follow-up",
        "eve",
        "friday",
        "send Eve the flat-hunting links",
    ]);
    let done = j.ok(&["done", &id(&planned)]);
    assert!(
        done.ends_with(&format!(
            "\nyour promise #{promise} is its give: `givegive done {promise}` marks it kept\n"
        )),
        "{done}"
    );
    assert!(!done.contains("gave"), "{done}");
    j.ok(&["done", &promise]);
    let planned = j.ok(&[
        "follow-up",
        "eve",
        "friday",
        "send Eve the flat-hunting links",
    ]);
    let done = j.ok(&["done", &id(&planned)]);
    assert_eq!(
        done,
        "done: follow-up with Eve Stone: send Eve the flat-hunting links\n"
    );
}

/// A give that answers their request is one favour, one record: `gave
/// --answers N` grants the request (help given 1), as `got --answers`
/// does for mine. Before, the give was recorded beside a request still
/// open, and `done` on it counted the same favour twice.
#[test]
fn a_give_that_answers_their_request_counts_once() {
    let j = J::new();
    let asked = j.ok(&["asked-by", "eve", "a feedback on her deck", "--open"]);
    let id: String = asked
        .split_once("(#")
        .map(|(_, n)| n.chars().take_while(char::is_ascii_digit).collect())
        .unwrap_or_default();
    let gave = j.ok(&["gave", "eve", "notes on her deck", "--answers", &id]);
    assert!(
        gave.starts_with(&format!("you granted Eve Stone's request #{id}")),
        "{gave}"
    );
    let card: serde_json::Value =
        serde_json::from_str(&j.ok(&["show", "eve", "--json"])).expect("json");
    let t = &card["balance"]["tallies"];
    assert_eq!(t["their_asks_granted"]["count"], 1, "{t}");
    assert_eq!(t["my_gives"]["count"], 0, "not counted a second time: {t}");
    assert!(
        !j.review()
            .iter()
            .any(|(key, _)| key.contains(":request_open:"))
    );
    assert!(j.refused(&["done", &id]).contains("already done"));
    // An ask answers nothing.
    assert!(
        j.refused(&["asked", "eve", "x", "--answers", &id])
            .contains("--answers is for got and gave")
    );
}
