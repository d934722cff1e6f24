//! Running `givegive` processes and killing them: what the crash and the
//! power-cut tests share.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn binary(db: &Path, config: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("givegive"));
    // The process killed is the one writing: no holder writes for it
    // (`crash.rs` kills holders on their own).
    cmd.env("GIVEGIVE_DB", db)
        .env("GIVEGIVE_TODAY", crate::common::TODAY)
        .env("XDG_CONFIG_HOME", config)
        .env("GIVEGIVE_LINGER", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `cmd` and kills it `after` its start, unless it ended before.
pub fn killed_after(cmd: &mut Command, after: Duration) -> Output {
    let mut child = cmd.spawn().expect("spawn givegive");
    std::thread::sleep(after);
    let _ = child.kill();
    child.wait_with_output().expect("wait")
}

/// Whether the process ended by a signal rather than on its own.
pub fn was_killed(out: &Output) -> bool {
    use std::os::unix::process::ExitStatusExt;
    out.status.signal().is_some()
}

/// A command that ran to its end must have succeeded: after a kill the
/// journal opens again, and nothing is left locked.
pub fn assert_ran_clean(out: &Output, what: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what}: exit {:?}: {err}",
        out.status.code()
    );
}

pub fn run_check(db: &Path, config: &Path, what: &str) {
    let out = binary(db, config).arg("check").output().expect("check");
    assert_ran_clean(&out, &format!("check {what}"));
}

/// How long `cmd` takes when it is left alone: the slowest of `n` runs,
/// with a margin, so the kills spread over its whole life.
pub fn span_of(n: usize, mut cmd: impl FnMut(usize) -> Command) -> Duration {
    let mut slowest = Duration::ZERO;
    for i in 0..n {
        let started = Instant::now();
        let out = cmd(i).output().expect("run");
        assert_ran_clean(&out, "a run left alone");
        slowest = slowest.max(started.elapsed());
    }
    slowest.mul_f64(1.3)
}

/// Throws sled's files away, keeping the write log, and rebuilds the
/// journal with `recover`, which must succeed and leave `check` clean.
pub fn lose_sled_and_recover(db: &Path, config: &Path) {
    for entry in std::fs::read_dir(db).expect("journal").flatten() {
        let name = entry.file_name();
        if name == "writes.log" {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).expect("remove");
        } else {
            std::fs::remove_file(&path).expect("remove");
        }
    }
    let out = binary(db, config).arg("recover").output().expect("recover");
    assert_ran_clean(&out, "recover after the kills");
    run_check(db, config, "after recover");
}

/// The texts of the journal's ledger, from its JSON export.
pub fn ledger_texts(db: &Path, config: &Path) -> BTreeSet<String> {
    ledger_entries(db, config).into_iter().collect()
}

/// Every entry's text in the journal's ledger, repeats kept: a capture
/// saved twice shows twice.
pub fn ledger_entries(db: &Path, config: &Path) -> Vec<String> {
    let out = binary(db, config)
        .args(["export", "--format", "json"])
        .output()
        .expect("export");
    assert_ran_clean(&out, "export");
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    export["ledger"]
        .as_array()
        .expect("ledger")
        .iter()
        .filter_map(|e| e["text"].as_str().map(String::from))
        .collect()
}
