//! The journal's resident holder: the first command starts it, the next
//! ones are answered by it, and every way it can end or be replaced (idle,
//! killed, another build, two shells starting one at once, a stale socket,
//! several journals) leaves commands working and nothing lost.

use crate::{common, holders};
#[path = "holder/busy.rs"]
mod busy;
#[path = "holder/clean.rs"]
mod clean;
#[path = "holder/moved.rs"]
mod moved;
#[path = "holder/stalls.rs"]
mod stalls;
#[path = "holder/tui_moved.rs"]
mod tui_moved;

use holders::{holders_of, kill};

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use predicates::str::contains;

/// A journal with its own config folder, run with the holder on.
struct Place {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Place {
    fn new() -> Place {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_path_buf();
        Place { _dir: dir, root }
    }

    fn db(&self) -> PathBuf {
        self.root.join("journal")
    }

    fn cmd(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = common::givegive(&self.db(), &self.root.join("config"));
        cmd.env("GIVEGIVE_LINGER", "600").args(args);
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self
            .cmd(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    }

    /// The holder processes of this journal.
    fn holders(&self) -> Vec<u32> {
        holders_of(&self.db())
    }

    /// Waits (boundedly) until no holder of this journal is left.
    fn wait_for_none(&self, why: &str) {
        let start = Instant::now();
        while !self.holders().is_empty() {
            assert!(start.elapsed() < Duration::from_secs(20), "{why}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        for pid in self.holders() {
            kill(pid);
        }
    }
}

#[test]
fn the_first_command_starts_a_holder_that_answers_the_next() {
    let p = Place::new();
    p.ok(&["add", "Anna Rossi"]);
    let first = p.holders();
    assert_eq!(first.len(), 1, "one holder after the first command");
    p.ok(&["gave", "anna", "sent the deck", "--weight", "2"]);
    assert_eq!(p.holders(), first, "the same holder answers");
    p.cmd(&["show", "anna"])
        .assert()
        .success()
        .stdout(contains("sent the deck").and(contains("help given 2 ·")));
    // Errors and exit codes come back as the shell would print them.
    p.cmd(&["show", "nobody-like-this"])
        .assert()
        .code(1)
        .stderr(contains("nobody in the journal matches 'nobody-like-this'"));
    p.cmd(&["holder"])
        .assert()
        .success()
        .stdout(contains(format!("a holder (pid {},", first[0])).and(contains("10 min")));
    // Let go on request: the journal is free for this process.
    p.cmd(&["holder", "stop"])
        .assert()
        .success()
        .stdout(contains("the holder let go"));
    assert!(p.holders().is_empty());
    let journal = givegive::journal::Journal::open(&p.db()).expect("free to open");
    drop(journal);
    p.cmd(&["holder"])
        .assert()
        .stdout(contains("no process holds"));
}

#[test]
fn linger_zero_never_starts_a_holder_and_the_config_sets_it() {
    let p = Place::new();
    p.cmd(&["add", "Anna"])
        .env("GIVEGIVE_LINGER", "0")
        .assert()
        .success();
    assert!(p.holders().is_empty(), "GIVEGIVE_LINGER=0 starts none");
    let config = p.root.join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[holder]\nlinger = 0\n").expect("config");
    p.cmd(&["gave", "anna", "a book"])
        .env_remove("GIVEGIVE_LINGER")
        .assert()
        .success();
    assert!(p.holders().is_empty(), "[holder] linger = 0 starts none");
    std::fs::write(config.join("config.toml"), "[holder]\nlinger = 1\n").expect("config");
    p.cmd(&["show", "anna"])
        .env_remove("GIVEGIVE_LINGER")
        .assert()
        .success()
        .stdout(contains("a book"));
    assert_eq!(p.holders().len(), 1);
    p.wait_for_none("a holder with linger = 1 stays after a second idle");
}

#[test]
fn a_killed_holder_leaves_a_stale_socket_the_next_command_replaces() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    for round in 0..5 {
        let [pid] = p.holders()[..] else {
            panic!("round {round}: not one holder: {:?}", p.holders());
        };
        kill(pid);
        p.wait_for_none("a killed holder is gone");
        assert!(p.db().join("capture.sock").exists(), "the socket is left");
        p.ok(&["gave", "anna", &format!("after kill {round}")]);
        assert_ne!(p.holders(), [pid], "a new holder");
    }
    let card = p.ok(&["show", "anna"]);
    for round in 0..5 {
        assert!(card.contains(&format!("after kill {round}")), "{card}");
    }
    p.ok(&["holder", "stop"]);
    p.cmd(&["check"])
        .env("GIVEGIVE_LINGER", "0")
        .assert()
        .success();
}

#[test]
fn a_holder_of_another_build_lets_go_to_this_one() {
    let p = Place::new();
    // The same code, installed again: another executable, another build.
    let other = p.root.join("givegive-other");
    std::fs::copy(assert_cmd::cargo::cargo_bin("givegive"), &other).expect("copy");
    let run_other = |args: &[&str]| {
        // Another test's thread can fork while the copy is still open for
        // writing; until that child execs, running the copy fails with
        // "text file busy" (ETXTBSY). It passes within moments.
        for _ in 0..200 {
            match Command::new(&other)
                .env("GIVEGIVE_DB", p.db())
                .env("GIVEGIVE_TODAY", common::TODAY)
                .env("XDG_CONFIG_HOME", p.root.join("config"))
                .env("GIVEGIVE_LINGER", "600")
                .args(args)
                .output()
            {
                Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                result => return result.expect("the other build"),
            }
        }
        panic!("the copied build stayed busy");
    };
    assert!(run_other(&["add", "Anna"]).status.success());
    let old = p.holders();
    assert_eq!(old.len(), 1);
    p.ok(&["gave", "anna", "from the new build"]);
    let new = p.holders();
    assert_eq!(new.len(), 1, "{new:?}");
    assert_ne!(new, old, "the old build's holder let go");
    // And back: the old build does not talk to the new one's holder either.
    let out = run_other(&["show", "anna"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("from the new build"));
    assert_ne!(p.holders(), new);
}

#[test]
fn shells_racing_to_start_a_holder_all_succeed_and_one_holder_stays() {
    const ROUNDS: usize = 25;
    const SHELLS: usize = 6;
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    for round in 0..ROUNDS {
        p.ok(&["holder", "stop"]);
        let children: Vec<_> = (0..SHELLS)
            .map(|shell| {
                Command::new(assert_cmd::cargo::cargo_bin("givegive"))
                    .env("GIVEGIVE_DB", p.db())
                    .env("GIVEGIVE_TODAY", common::TODAY)
                    .env("XDG_CONFIG_HOME", p.root.join("config"))
                    .env("GIVEGIVE_LINGER", "600")
                    .args(["gave", "anna", &format!("race {round}.{shell}")])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for (shell, child) in children.into_iter().enumerate() {
            let out: Output = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}, shell {shell}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let holders = p.holders();
        assert_eq!(holders.len(), 1, "round {round}: {holders:?}");
    }
    let card = p.ok(&["show", "anna"]);
    let given = card.matches("race ").count();
    assert!(
        // Each give weighs 1, so the help given is their number.
        card.contains(&format!("help given {} ·", ROUNDS * SHELLS)),
        "{given} shown: {card}"
    );
}

#[test]
fn journals_named_differently_each_get_their_own_holder() {
    let p = Place::new();
    let other = p.root.join("other");
    p.ok(&["add", "Anna"]);
    p.cmd(&["add", "Bruno"])
        .env("GIVEGIVE_DB", &other)
        .assert()
        .success();
    assert_eq!(p.holders().len(), 1);
    assert_eq!(holders_of(&other).len(), 1);
    assert!(!p.ok(&["list"]).contains("Bruno"));
    p.cmd(&["list"])
        .env("GIVEGIVE_DB", &other)
        .assert()
        .stdout(contains("Bruno").and(contains("Anna").not()));
    // The same journal by a relative path and through a link: one holder.
    let link = p.root.join("link");
    std::os::unix::fs::symlink(p.db(), &link).expect("link");
    p.cmd(&["show", "anna"])
        .env("GIVEGIVE_DB", "journal")
        .current_dir(&p.root)
        .assert()
        .success();
    p.cmd(&["show", "anna"])
        .env("GIVEGIVE_DB", &link)
        .assert()
        .success();
    assert_eq!(p.holders().len(), 1, "the link and the path share it");
    for pid in holders_of(&other) {
        kill(pid);
    }
}

#[test]
fn a_removed_journal_makes_its_holder_let_go() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    assert_eq!(p.holders().len(), 1);
    // The holder may write a file while the folder goes (sled's flush):
    // removed again until nothing is left, as a user's `rm -rf` would be.
    let mut left = std::fs::remove_dir_all(p.db());
    for _ in 0..50 {
        if left.is_ok() || !p.db().exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        left = std::fs::remove_dir_all(p.db());
    }
    assert!(!p.db().exists(), "remove: {left:?}");
    p.wait_for_none("the holder of a removed journal stays");
    // A new journal in its place gets a holder of its own.
    p.ok(&["add", "Bruno"]);
    assert!(!p.ok(&["list"]).contains("Anna"));
}

#[test]
fn commands_that_need_the_terminal_run_on_their_own_and_the_holder_lets_go() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    assert_eq!(p.holders().len(), 1);
    let file = p.root.join("people.json");
    p.ok(&[
        "export",
        "--format",
        "json",
        "--output",
        file.to_str().expect("utf-8"),
    ]);
    assert!(p.holders().is_empty(), "an export opens the journal itself");
    assert!(
        std::fs::read_to_string(&file)
            .expect("export")
            .contains("Anna")
    );
    // A relative path is the shell's, wherever the holder runs: the file
    // is found and read (a dry run into a journal with people is refused
    // as the import would be, for what the file is, not for where it is).
    p.cmd(&["import", "--format", "json", "--dry-run", "people.json"])
        .current_dir(&p.root)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "a JSON export restores into an empty journal",
        ));
}
