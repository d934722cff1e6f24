//! A form that sets a day says it on the status line with its weekday, as
//! the shell says it ("Friday 11 December"): trial 26z4 planned a
//! follow-up for "next friday" from the review and read only "1 reviewed:
//! 1 logged", and an event's "3 follow-ups" with no day.

use super::*;

/// The day as a person reads it, in this test's own words (English, the
/// year only when it is not today's).
fn day_read(day: NaiveDate) -> String {
    use chrono::Datelike;
    match day.year() == today().year() {
        true => day.format("%A %-d %B").to_string(),
        false => day.format("%A %-d %B %Y").to_string(),
    }
}

/// The keys of each form that sets a day, from the review, typing `day`
/// where the day goes.
fn keys(form: usize, day: &str) -> Vec<Msg> {
    let mut keys = match form {
        // `F`: what to do, then when.
        0 => [vec![act(Action::FollowUp)], typed("ask how the twins are")].concat(),
        // `m`: what happened, then four fields down to "follow up in".
        1 => [
            vec![act(Action::Met)],
            typed("coffee"),
            vec![act(Action::Down); 3],
        ]
        .concat(),
        // `z`: until.
        2 => vec![act(Action::SnoozeDate)],
        // `V`: the event, its day, one person, then "follow up in".
        _ => [
            vec![act(Action::LogEvent)],
            typed("Founders aperitivo"),
            vec![act(Action::Down), act(Action::Down)],
            typed("Zed Newcomer"),
            vec![act(Action::Down); 2],
        ]
        .concat(),
    };
    if form != 2 {
        keys.push(act(Action::Down));
    }
    keys.extend(typed(day));
    keys.push(Msg::Submit);
    keys
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_form_that_sets_a_day_says_it_with_its_weekday(
        form in 0usize..4,
        ahead in 1u64..60,
    ) {
        let f = Fixture::demo();
        let (mut app, mut rt) = f.opened();
        prop_assert_eq!(app.screen(), Screen::Review);
        let day = today() + chrono::Days::new(ahead);
        send(&mut app, &mut rt, &keys(form, &day.to_string()));
        prop_assert!(app.overlay().is_none(), "{:?} {:?}", app.overlay(), app.status());
        let said = &app.status().text;
        prop_assert!(!app.status().warning, "{said}");
        let at = said.find(&day_read(day));
        prop_assert!(at.is_some(), "form {form}, {day}: {said}");
        prop_assert!(!said.contains(&day.to_string()), "{said}");
        // Within the status line's three rows at 80x24 (wrapped by words),
        // not cut off after them.
        let end = said[..at.unwrap_or_default()].chars().count() + day_read(day).len();
        prop_assert!(end < 3 * 68, "{said}");
    }
}
