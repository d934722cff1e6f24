//! A scrolled panel (the help, a command's output) moves only as far as
//! its end shows, as the runtime runs it: each frame drawn tells the app
//! the room it drew (`Msg::Drawn`), then a key. `down` past the end moved
//! a hidden scroll, so `up` seemed stuck; `end` did nothing on the help.

use super::*;
use givegive::app::Room;

/// Draws as the runtime does, then tells the app what the frame held.
fn frame(app: &mut App, size: (u16, u16)) -> String {
    let (rows, regions) = draw_regions(app, size);
    let page = usize::from(size.1.saturating_sub(6)).max(1);
    app.update(Msg::Drawn(Room {
        page,
        last: regions.scroll_end(),
    }));
    rows.join("\n")
}

#[test]
fn up_after_going_past_the_end_shows_more_and_end_reaches_it() {
    let (_dir, journal) = journal();
    for size in SIZES {
        for screen in [Action::ScreenReview, Action::ScreenLedger] {
            let (mut app, mut rt) = opened(&journal);
            send(&mut app, &mut rt, &[act(screen), act(Action::Help)]);
            frame(&mut app, size);
            // Past the end, and back up one: the view moves at once.
            for _ in 0..300 {
                send(&mut app, &mut rt, &[act(Action::Down)]);
                frame(&mut app, size);
            }
            let at_end = frame(&mut app, size);
            assert!(!at_end.contains("↓ more"), "{size:?}: down reaches the end");
            send(&mut app, &mut rt, &[act(Action::Up)]);
            let up = frame(&mut app, size);
            assert_ne!(at_end, up, "{size:?} {screen:?}: up moves the help");
            // From the top, end shows the last rows.
            send(&mut app, &mut rt, &[act(Action::Top)]);
            let top = frame(&mut app, size);
            assert!(top.contains("↓ more"), "{size:?}: the help is long");
            send(&mut app, &mut rt, &[act(Action::Bottom)]);
            let end = frame(&mut app, size);
            assert_eq!(end, at_end, "{size:?} {screen:?}: end goes to the end");
        }
    }
}

/// Each screen's help is its own: the search results' help is headed for
/// them and lists no second pane (it said "On the interests and events
/// screens, and search results", with `h back to the list`, `l next pane`).
#[test]
fn the_help_on_each_screen_is_headed_and_worded_for_it() {
    let (_dir, journal) = journal();
    let (mut app, mut rt) = opened(&journal);
    let mut search = vec![act(Action::Search)];
    search.extend(typed("hardware"));
    search.extend([act(Action::FocusNext), act(Action::Help)]);
    for (keys, heading, not) in [
        (
            vec![act(Action::ScreenInterests), act(Action::Help)],
            "On the interests screen",
            "interest or event",
        ),
        (
            vec![act(Action::ScreenEvents), act(Action::Help)],
            "On the events screen",
            "interest or event",
        ),
        (search, "On the search results", "next pane"),
    ] {
        send(&mut app, &mut rt, &keys);
        let screen = frame(&mut app, (100, 90));
        let part: Vec<&str> = screen
            .lines()
            .skip_while(|l| !l.contains(heading))
            .take_while(|l| !l.contains("On every screen"))
            .collect();
        assert!(!part.is_empty(), "{heading}:\n{screen}");
        let part = part.join("\n");
        assert!(!part.contains(not), "{heading} says {not}:\n{part}");
        if heading.contains("search") {
            assert!(
                part.contains("back to the screen the search was opened from"),
                "{part}"
            );
        }
        send(&mut app, &mut rt, &[act(Action::Help)]);
    }
}
