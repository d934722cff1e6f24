//! Keys that arrive in one burst mean what they mean pressed one by one:
//! `esc esc y` sent at once from a draft's `?` help marked the draft sent
//! (crossterm reads ESC ESC as one esc, and `y` went to the draft). It must
//! close the help, close the draft, and `y` then copies on the contacts
//! screen.

use super::{Tmux, assert_restored, tmux_available};

/// How many history rows the card's pane title counts ("history 3").
fn history(screen: &str) -> Option<String> {
    let at = screen.find("history ")?;
    screen[at..].split_whitespace().nth(1).map(str::to_string)
}

#[test]
fn esc_esc_y_in_one_burst_from_the_draft_help_copies_on_contacts() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("burst");
    assert!(t.givegive(&["demo"]).status.success());
    t.start_sized("", 80, 24);
    t.wait_for("review:");
    t.keys(&["2"]);
    let before = history(&t.wait_for("people "));
    t.keys(&["w"]);
    t.keys(&["?"]);
    t.wait_for("On a drafted message");
    // One send-keys: the three keys reach the app in one read.
    t.tmux(&["send-keys", "Escape", "Escape", "y"]);
    let screen = t.wait_for("to copy");
    assert!(
        !screen.contains("On a drafted message") && !screen.contains("sent"),
        "{screen}"
    );
    assert_eq!(history(&screen), before, "{screen}");
    t.keys(&["q"]);
    assert_restored(&t);
}
