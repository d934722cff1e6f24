//! A draft's words through the real binary: "nice to meet you" only for
//! the first time you met, by date and then by the order logged.

use super::Journal;

#[test]
fn nice_to_meet_you_only_the_first_time_even_the_same_day() {
    let j = Journal::new();
    j.ok(&["add", "Tom Reed"]);
    j.ok(&[
        "met",
        "tom",
        "Founders breakfast",
        "--on",
        "today",
        "--details",
        "he is hiring a designer",
    ]);
    let first = j.ok(&["draft", "tom"]);
    assert!(first.contains("great to meet you"), "{first}");
    j.ok(&[
        "met",
        "tom",
        "Serata Women in Tech",
        "--on",
        "today",
        "--details",
        "he is raising a seed round",
    ]);
    // The same day's meetings are one moment, named as the first: the
    // evening's details are said too, and it is where you met.
    let later = j.ok(&["draft", "tom"]);
    assert!(
        later.contains("great to meet you at the Founders breakfast today"),
        "{later}"
    );
    assert!(later.contains("you are raising a seed round"), "{later}");
}
