//! A disk that refuses writes: the command says so in one line, fails, and
//! the journal stays as it was.
//!
//! The refusal is real, not mocked: `prlimit --fsize` caps how large the
//! process may make a file, so the kernel fails sled's write past the cap
//! with EFBIG, the way a full disk fails it with ENOSPC (SIGXFSZ is ignored,
//! as a shell's `trap '' XFSZ` does, so the write returns the error).

mod common;
#[path = "common/holders.rs"]
mod holders;

use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

/// Captures large enough that a few fill what is left of sled's segment.
const TEXT_LEN: usize = 100_000;

/// Runs givegive, under a cap on file sizes when `cap` says, with no
/// holder: a holder it started would keep no cap of its own.
fn run(db: &Path, config: &Path, cap: Option<u64>, args: &[&str]) -> Output {
    run_held(db, config, cap, false, args)
}

/// The same; with `holder`, a capped command starts a holder under its cap,
/// which then refuses the writes itself.
fn run_held(db: &Path, config: &Path, cap: Option<u64>, holder: bool, args: &[&str]) -> Output {
    let linger = if holder { "600" } else { "0" };
    let Some(bytes) = cap else {
        return common::givegive(db, config)
            .env("GIVEGIVE_LINGER", linger)
            .args(args)
            .output()
            .expect("runs");
    };
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; exec prlimit --fsize={bytes} \"$0\" \"$@\""
        ))
        .arg(assert_cmd::cargo::cargo_bin("givegive"))
        .args(args)
        .env("GIVEGIVE_DB", db)
        .env("GIVEGIVE_TODAY", common::TODAY)
        .env("XDG_CONFIG_HOME", config)
        .env("GIVEGIVE_LINGER", linger)
        .output()
        .expect("runs")
}

#[test]
fn a_write_the_disk_refuses_is_one_line_and_leaves_the_journal_as_it_was() {
    refused_writes(false);
}

/// The same when the journal's holder writes: it refuses in one line too,
/// then lets go (sled refuses every later write of its process), and the
/// next command, once there is room, starts a holder that writes again.
#[test]
fn a_write_the_disk_refuses_in_the_holder_is_one_line_and_leaves_the_journal_as_it_was() {
    refused_writes(true);
}

fn refused_writes(holder: bool) {
    let dir = TempDir::new().expect("temp dir");
    let (db, config) = (dir.path().join("journal"), dir.path().join("config"));
    assert!(
        run(&db, &config, None, &["add", "Anna Rossi"])
            .status
            .success()
    );
    // Opening makes sled fill its current segment: from then on the log file
    // only grows when a write needs a new segment.
    assert!(run(&db, &config, None, &["list"]).status.success());
    let cap = std::fs::metadata(db.join("db")).expect("log").len();

    let mut saved = Vec::new();
    let mut refused = 0;
    for n in 0..12 {
        let text = format!("{n} {}", "x".repeat(TEXT_LEN));
        let out = run_held(&db, &config, Some(cap), holder, &["gave", "anna", &text]);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        if out.status.success() {
            assert!(refused == 0, "a write after a refused one was saved: {err}");
            let held = holders::holders_of(&db).len();
            assert_eq!(held, usize::from(holder), "holders after capture {n}");
            saved.push(n);
            continue;
        }
        refused += 1;
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("givegive: the disk refused to read or write the journal (file too large); this change was not saved"),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "nothing reported as saved");
    }
    assert!(refused > 0, "the cap never refused a write");
    assert!(!saved.is_empty(), "the cap refused even the first write");
    eprintln!(
        "{} captures saved, then {refused} refused by the disk, each in one line",
        saved.len()
    );

    // Without the cap: the journal passes check and holds exactly what was
    // reported saved.
    let check = run(&db, &config, None, &["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let card = run(&db, &config, None, &["show", "anna", "--json"]);
    let card: serde_json::Value = serde_json::from_slice(&card.stdout).expect("json");
    let kept: Vec<usize> = card["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|h| h["text"].as_str())
        .filter_map(|t| t.split(' ').next()?.parse().ok())
        .rev()
        .collect();
    assert_eq!(kept, saved);
    assert!(
        run_held(
            &db,
            &config,
            None,
            holder,
            &["gave", "anna", "a small thanks"]
        )
        .status
        .success()
    );
    // The holder that took it goes with the test, not after its folder.
    holders::holders_of(&db).into_iter().for_each(holders::kill);
}
