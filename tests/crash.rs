//! Nothing a command reported as saved is lost when a process dies.
//!
//! Captures run in a loop and are killed with SIGKILL at random moments
//! (seeded, so a failure can be replayed). After every kill the journal must
//! open and pass `givegive check`; at the end every capture whose success
//! line had been printed (what the person at the keyboard saw) must be in
//! the journal, even when the process was killed right after printing it.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const KILLS: usize = 200;

fn binary(db: &Path, config: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("givegive"));
    cmd.env("GIVEGIVE_DB", db)
        .env("GIVEGIVE_TODAY", common::TODAY)
        .env("XDG_CONFIG_HOME", config)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn captures_killed_at_random_moments_lose_nothing_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("journal");
    let config = dir.path().join("config");
    for name in ["Anna Rossi", "Marco Verdi"] {
        common::givegive(&db, &config)
            .args(["add", name])
            .assert()
            .success();
    }
    // How long a capture takes here, so the kills land across its whole
    // life: opening, resolving, the transaction, the flush, the exit.
    let started = Instant::now();
    for n in 0..3 {
        common::givegive(&db, &config)
            .args(["gave", "marco", &format!("warm-up {n}")])
            .assert()
            .success();
    }
    let span = started.elapsed() / 3 * 3 / 2;

    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut reported = BTreeSet::new();
    let mut cut_short = 0;
    for n in 0..KILLS {
        let text = format!("capture {n}");
        let mut child = binary(&db, &config)
            .args(["gave", "marco", &text])
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn givegive");
        let wait = span.mul_f64(rng.random_range(0.0..1.0));
        std::thread::sleep(wait);
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait");
        if !out.status.success() {
            cut_short += 1;
        }
        if String::from_utf8_lossy(&out.stdout).contains(&text) {
            reported.insert(text);
        }
        let check = binary(&db, &config)
            .arg("check")
            .status()
            .expect("run check");
        assert!(check.success(), "check failed after kill {n} ({wait:?} in)");
    }
    eprintln!(
        "{KILLS} kills: {cut_short} captures cut short, {} reported saved; check passed after each",
        reported.len()
    );
    assert!(
        cut_short >= KILLS / 10,
        "only {cut_short} of {KILLS} captures were killed before they finished"
    );

    let shown = common::givegive(&db, &config)
        .args(["show", "marco", "--json"])
        .output()
        .expect("show");
    assert!(shown.status.success());
    let shown = String::from_utf8_lossy(&shown.stdout);
    let lost: Vec<&String> = reported
        .iter()
        .filter(|text| !shown.contains(&format!("\"{text}\"")))
        .collect();
    assert!(lost.is_empty(), "reported as saved, then lost: {lost:?}");
    assert!(
        !reported.is_empty(),
        "no capture finished before its kill: the test proved nothing"
    );
}
