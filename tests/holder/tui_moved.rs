//! A TUI whose journal folder is moved away and copied back under it
//! (`mv J J-old; cp -a J-old J`) saves nothing more: a change typed in it
//! used to land in J-old while its status bar still named J. It refuses
//! every change in one line, lets the shells reach the new journal's
//! holder, and says the same line when it quits.
//!
//! Runs the real TUI in tmux; skipped where tmux is missing.

use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::Place;

/// A tmux server of this test's own, running the TUI on `p`'s journal.
struct Tui {
    socket: String,
}

impl Tui {
    fn start(p: &Place) -> Tui {
        let t = Tui {
            socket: format!("givegive-moved-{}", std::process::id()),
        };
        let script = format!(
            "GIVEGIVE_DB='{}' GIVEGIVE_TODAY={} XDG_CONFIG_HOME='{}' '{}'; echo EXIT=$?; sleep 60",
            p.db().display(),
            crate::common::TODAY,
            p.root.join("config").display(),
            assert_cmd::cargo::cargo_bin("givegive").display()
        );
        let out = t.tmux(&[
            "new-session",
            "-d",
            "-x",
            "250",
            "-y",
            "30",
            "sh",
            "-c",
            &script,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", key]);
            sleep(Duration::from_millis(60));
        }
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
        sleep(Duration::from_millis(60));
    }

    /// Waits until the screen shows `what` (tmux joins a wrapped line).
    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let out = self.tmux(&["capture-pane", "-p", "-J"]);
            let screen = String::from_utf8_lossy(&out.stdout).into_owned();
            if screen.contains(what) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the screen never showed {what:?}; it shows:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

#[test]
fn a_tui_whose_journal_folder_is_replaced_saves_nothing_more_and_says_so() {
    if !Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("tmux not found: skipped");
        return;
    }
    let p = Place::new();
    p.ok(&["add", "Nora"]);
    let t = Tui::start(&p);
    t.wait_for("Nora");
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
    t.wait_for(line);
    t.keys(&[":"]);
    t.type_text("gave nora \"typed in the tui\"");
    t.keys(&["Enter"]);
    sleep(Duration::from_millis(500));
    // Shells reach the new journal's holder, not the TUI.
    p.ok(&["gave", "nora", "the shell again"]);
    assert!(p.ok(&["holder"]).contains("a holder (pid"));
    t.keys(&["Escape", "q"]);
    let screen = t.wait_for("EXIT=1");
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
