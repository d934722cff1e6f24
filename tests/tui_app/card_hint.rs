//! A card with no history says which keys start one; in a narrow pane
//! the hint was cut with no `…` ("no history yet: g gave, m met,"). It is
//! read whole at every width.

use super::*;

#[test]
fn the_empty_history_hint_is_read_whole_at_every_width() {
    let f = Fixture::demo();
    let (mut app, mut rt) = f.app();
    send(&mut app, &mut rt, &[act(Action::CommandLine)]);
    send(&mut app, &mut rt, &typed("add Zed Nobody"));
    send(&mut app, &mut rt, &[Msg::Submit]);
    assert_eq!(selected_name(&app), "Zed Nobody");
    let mut seen = 0;
    for width in 56..=90 {
        let screen = draw(&app, width, 24);
        // Narrow, the list alone is shown.
        if !screen.contains("history 0") {
            continue;
        }
        seen += 1;
        let said = words(&screen);
        assert!(
            said.contains("no history yet: g gave, m met, F follow-up"),
            "{width} columns:\n{screen}"
        );
    }
    assert!(seen > 10, "the card at only {seen} widths");
}

/// The words drawn inside the history pane, in order, borders and line
/// ends gone.
fn words(screen: &str) -> String {
    let rows: Vec<String> = screen
        .lines()
        .filter_map(|l| l.split('│').nth(3).map(str::trim).map(str::to_string))
        .collect();
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
