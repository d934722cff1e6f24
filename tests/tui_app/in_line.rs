//! `+` on the review lists who is in line past the day's people, as
//! `review --all` prints it (trial 26y3: nobody could see who waited).

use super::*;

#[test]
fn plus_on_the_review_lists_who_is_in_line() {
    let f = Fixture::demo();
    let settings = Settings {
        capacity: 3,
        ..Settings::default()
    };
    let data = load_data(&f.journal, today(), &settings, &[]).expect("load");
    let waiting = data.review.waiting;
    assert!(waiting > 0, "the demo has more than 3 people in its review");
    let mut app = App::new(data, today(), "journal".into());
    let mut config = Config::defaults();
    config.review = settings;
    let mut rt = Runtime::new(&f.journal, today(), config);
    assert_eq!(app.screen(), Screen::Review);
    send(&mut app, &mut rt, &[act(Action::InLine)]);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("In line for another day"), "{screen}");
    assert!(
        screen.contains(&format!(
            "Today: 3 people; {waiting} in line, listed after them."
        )),
        "{screen}"
    );
    assert!(
        app.status().text.starts_with("Today: 3 people"),
        "{:?}",
        app.status()
    );
}
