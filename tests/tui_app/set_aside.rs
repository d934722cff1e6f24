//! Trial 26y #6: follow-ups due on the 8th, snoozed that day until the
//! 14th; on the 10th the empty review said "1 follow-up due is set aside:
//! 1 dismissed" and left them out. An empty review counts every follow-up
//! due by today that is set aside: snoozed by a review key or by its own
//! snooze, or dismissed.

use super::*;

fn run_on(journal: &Journal, day: &str, words: &[&str]) -> String {
    let today = NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("a day");
    let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    let typed = givegive::words::parse(&words, today).expect("parse");
    let config = Config::defaults();
    let env =
        givegive::command::Env::unattended(today, &config, givegive::words::label(&typed.command));
    let report = givegive::command::run(journal, &env, typed.command).expect("run");
    format!("{report:?}")
}

#[test]
fn the_empty_review_counts_follow_ups_their_own_snooze_put_off() {
    let f = Fixture::empty();
    for name in ["Giulia Conti", "Aaron Abbott"] {
        run_on(&f.journal, "2026-12-01", &["add", name]);
    }
    for (who, what) in [("giulia", "aperitivo"), ("aaron", "the deck")] {
        let said = run_on(
            &f.journal,
            "2026-12-01",
            &["follow-up", who, "2026-12-08", what],
        );
        let id = said
            .split('#')
            .nth(1)
            .map(|t| {
                t.chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
            })
            .unwrap_or_else(|| panic!("an id: {said}"));
        run_on(&f.journal, "2026-12-08", &["snooze", &id, "2026-12-14"]);
    }
    let day = NaiveDate::from_ymd_opt(2026, 12, 10).expect("a day");
    let data = load_data(&f.journal, day, &Settings::default(), &[]).expect("load");
    assert!(data.review.items.is_empty(), "{:?}", data.review.items);
    assert_eq!(
        data.review.due.set_aside_words().as_deref(),
        Some("2 follow-ups due are set aside: 2 snoozed until 2026-12-14."),
    );
    // On the 14th they are back, and nothing is said set aside.
    let day = NaiveDate::from_ymd_opt(2026, 12, 14).expect("a day");
    let data = load_data(&f.journal, day, &Settings::default(), &[]).expect("load");
    assert_eq!(data.review.items.len(), 2, "{:?}", data.review.items);
    assert_eq!(data.review.due.set_aside_words(), None);
}
