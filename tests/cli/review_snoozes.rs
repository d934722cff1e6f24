//! A person's snooze and a line's snooze that overlap: the latest one
//! typed says when a line comes back, and its words say that day (trial
//! 28d: `snooze dora sabato` said Saturday while a line of hers, snoozed
//! until Monday before, stayed hidden on Saturday).

use super::J;

/// On Monday the 23rd Dana's follow-up (due the 21st) is hidden by its key
/// until Monday the 30th, then Dana is snoozed until Wednesday: the
/// follow-up is in Wednesday's review, as the snooze said. A line's snooze
/// after a person's never brings it back sooner: it is refused, in one
/// line that says when it comes back.
#[test]
fn the_latest_snooze_says_when_a_line_comes_back() {
    let j = J::new();
    j.ok(&["follow-up", "dana", "2026-11-21", "send the leads"]);
    let key = j
        .review()
        .into_iter()
        .map(|(key, _)| key)
        .find(|k| k.contains(":follow_up_due:"))
        .expect("Dana's follow-up line");
    j.ok(&["snooze", &key, "2026-11-30"]);
    let said = j.ok(&["snooze", "dana", "2026-11-25"]);
    assert_eq!(
        said,
        "Dana Reyes is out of the review until Wednesday 25 November (nothing of theirs is in it today)\n\
         1 follow-up due before then snoozed to Wednesday 25 November\n\
         an earlier snooze of theirs, until Monday 30 November, ends with this one\n\
         anything new (a follow-up planned, a meeting, a request, a promise, a give from them) brings them back sooner\n"
    );
    let on = |day: &str| {
        let out = j
            .cmd(&["review"])
            .env("GIVEGIVE_TODAY", day)
            .output()
            .expect("review");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(
        !on("2026-11-24").contains("send the leads"),
        "{}",
        on("2026-11-24")
    );
    assert!(
        on("2026-11-25").contains("send the leads"),
        "{}",
        on("2026-11-25")
    );

    // Dana set aside until the 30th: her follow-up's snooze to the 25th
    // would not bring it back then.
    j.ok(&["snooze", "dana", "2026-11-30"]);
    let id = key.rsplit(':').next().expect("the follow-up's id");
    assert_eq!(
        j.refused(&["snooze", id, "2026-11-25"]),
        "givegive: Dana Reyes is out of the review until Monday 30 November, this follow-up with the rest: \
         a snooze to an earlier day would not bring it back then \
         (`givegive snooze \"Dana Reyes\" DATE` brings Dana back sooner)"
    );
}
