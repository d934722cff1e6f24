//! A TUI whose journal folder is moved away and copied back under it
//! (`mv J J-old; cp -a J-old J`) saves nothing more: a change typed in it
//! used to land in J-old while its status bar still named J. It refuses
//! every change in one line, lets the shells reach the new journal's
//! holder, and says the same line when it quits.
//!
//! Runs the real TUI in tmux; skipped where tmux is missing.

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use super::Place;
use crate::tmux::Tmux;

/// The TUI on `p`'s journal, in a terminal wide enough for its messages.
fn start(p: &Place) -> Tmux {
    let t = Tmux::on("moved", &p.db(), &p.root.join("config"));
    t.start_sized("", 250, 30);
    t
}

#[test]
fn a_tui_whose_journal_folder_is_replaced_saves_nothing_more_and_says_so() {
    if !crate::tmux::tmux_available() {
        return;
    }
    let p = Place::new();
    p.ok(&["add", "Nora"]);
    let t = start(&p);
    t.wait_for_joined("Nora");
    assert!(p.ok(&["holder"]).contains("the givegive TUI (pid"));

    let old = p.root.join("journal-old");
    std::fs::rename(p.db(), &old).expect("mv");
    let copied = Command::new("cp")
        .arg("-a")
        .arg(&old)
        .arg(p.db())
        .status()
        .expect("cp");
    assert!(copied.success());
    p.ok(&["gave", "nora", "from the shell"]);

    let line = "journal folder moved or replaced: nothing more is saved; quit and start again";
    t.wait_for_joined(line);
    t.keys(&[":"]);
    t.type_text("gave nora \"typed in the tui\"");
    t.keys(&["Enter"]);
    sleep(Duration::from_millis(500));
    // Shells reach the new journal's holder, not the TUI.
    p.ok(&["gave", "nora", "the shell again"]);
    assert!(p.ok(&["holder"]).contains("a holder (pid"));
    t.keys(&["Escape", "q"]);
    let screen = t.wait_for_joined("EXIT=1");
    assert!(screen.contains(&format!("givegive: {line}")), "{screen}");

    let new = p.ok(&["show", "nora"]);
    assert!(
        new.contains("from the shell") && new.contains("the shell again"),
        "{new}"
    );
    // The moved journal, read by a command of its own (no holder left).
    let mut before = p.cmd(&["--db", old.to_str().expect("utf-8"), "show", "nora"]);
    before.env("GIVEGIVE_LINGER", "0");
    let before =
        String::from_utf8_lossy(&before.assert().success().get_output().stdout).into_owned();
    for card in [&new, &before] {
        assert!(!card.contains("typed in the tui"), "saved nowhere: {card}");
    }
}
