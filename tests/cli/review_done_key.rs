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
/// the done says how to record one even when no review line stays, with
/// what it promised (trial 26m: "1 follow-up sent", and nothing said).
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
        done.ends_with(
            "if you sent Eve the flat-hunting links, \
             `givegive gave eve \"the flat-hunting links\"` records it\n"
        ),
        "{done}"
    );
}
