//! Issue 26, trial 26z4 in the real TUI at 80x24: `F` on the review with
//! "next friday" says the day it picked, with its weekday; `H`'s list
//! goes on with end into who is not offered, and never sends the user to
//! the shell.

use super::{Tmux, assert_restored, tmux_available};

/// The demo journal's TUI at 80x24, on the review.
fn demo(name: &str) -> Tmux {
    let t = Tmux::new(name);
    assert!(t.givegive(&["demo"]).status.success());
    t.start_sized("", 80, 24);
    t.wait_for("review:");
    t
}

/// `F`, what, tab, "next friday", enter: the status names the Friday
/// (today is Monday 23 November: next week's, Friday 4 December).
#[test]
fn a_follow_up_planned_from_the_review_says_its_day() {
    if !tmux_available() {
        return;
    }
    let t = demo("daysF");
    t.keys(&["F"]);
    t.wait_for("what to do");
    t.type_text("ask how the twins are");
    t.keys(&["Tab"]);
    t.type_text("next friday");
    t.keys(&["Enter"]);
    let screen = t.wait_for("1 follow-up planned");
    let said = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("due Friday 4 December"),
        "the day is said:\n{screen}"
    );
    t.keys(&["q"]);
    assert_restored(&t);
}

/// `H` then end: the last row is reached (end did nothing), and no row
/// names a shell command.
#[test]
fn end_in_who_could_help_reaches_the_last_row() {
    if !tmux_available() {
        return;
    }
    let t = demo("daysH");
    t.keys(&["H"]);
    let screen = t.wait_for("who could help");
    assert!(!screen.contains("givegive match"), "{screen}");
    t.keys(&["End"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let screen = t.screen();
    assert!(
        !screen.contains("does nothing") && !screen.contains("givegive match"),
        "{screen}"
    );
    t.keys(&["Escape", "q"]);
    assert_restored(&t);
}
