//! Who is in the review's day, and who waits in line (trial 26y3: twelve
//! people added from one evening took the day's ten places with the
//! follow-ups `add --met` plans by default, while requests waited unseen).

use serde_json::Value;

use super::J;

/// Twelve people added from one evening, then two requests to me: on the
/// days their default follow-ups are late, the requests are in the day's
/// ten, first; `review --all` lists everyone in line after them, numbered
/// on, and its JSON says them as `in_line`.
#[test]
fn requests_come_before_follow_ups_a_meeting_planned_and_the_line_is_listed() {
    let j = J::new();
    let names = [
        "Ada", "Bea", "Cal", "Dan", "Eli", "Fay", "Gus", "Hal", "Ivo", "Jan", "Kim", "Lea",
    ];
    for name in names {
        j.ok(&[
            "add",
            &format!("{name} Moro"),
            "--met",
            "Fintech drinks",
            "--on",
            "2026-11-22",
        ]);
    }
    j.ok(&["add", "Rita Sala"]);
    j.ok(&["add", "Yuki Tanaka"]);
    j.ok(&[
        "asked-by",
        "yuki",
        "an intro to a notary",
        "--open",
        "--on",
        "2026-10-20",
    ]);
    j.ok(&["asked-by", "rita", "feedback on her pitch deck", "--open"]);
    let later = |args: &[&str]| {
        let out = j
            .cmd(args)
            .env("GIVEGIVE_TODAY", "2026-11-26")
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let queue: Value = serde_json::from_str(&later(&["review", "--json"])).expect("JSON");
    let firsts: Vec<&str> = queue["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| i["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(firsts[..2], ["Yuki Tanaka", "Rita Sala"], "{firsts:?}");
    assert_eq!(queue["waiting"], 4);
    assert!(queue.get("in_line").is_none(), "only --all lists the line");

    let all: Value = serde_json::from_str(&later(&["review", "--all", "--json"])).expect("JSON");
    assert_eq!(all["items"], queue["items"], "the same day");
    let line: Vec<&str> = all["in_line"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| i["why"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(line, ["follow-up 3 days late: Fintech drinks"; 4]);

    let text = later(&["review"]);
    assert!(
        text.ends_with("(4 more people wait for another day; review --all lists them)\n"),
        "{text}"
    );
    let text = later(&["review", "--all"]);
    assert!(
        text.contains("\nIn line for another day, in the order they wait:\n11. "),
        "{text}"
    );
    assert!(text.contains("\n14. "), "{text}");
}
