//! The storm: shells capturing at once while their holders are stopped
//! for 0.5-30 s (a stalled disk, a debugger, a laptop lid), killed while
//! running or while stopped, and replaced by the next command. At the end
//! nothing any shell was told is saved is missing, and nothing is saved
//! twice: a slow holder is waited for, and a command resent after its
//! holder died is recognised by its id.
//!
//! `GIVEGIVE_STORM_SECONDS=N` sets how long the storm blows (40 s unless
//! told), `GIVEGIVE_STORM_SEED` its seed.

use std::path::Path;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::holders::{holders_of, kill, signal};
use crate::kills::{assert_ran_clean, binary, ledger_entries, run_check};

const SHELLS: usize = 7;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Stops the holders of `db` for `stall`, killing them part way now and
/// then (a stopped process is killed as surely as a running one).
fn stall(db: &Path, stall: Duration, kill_it: bool, calm: &AtomicBool) {
    let stopped = holders_of(db);
    stopped.iter().for_each(|pid| signal(*pid, "STOP"));
    let until = Instant::now() + stall;
    while Instant::now() < until && !calm.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(50));
    }
    for pid in stopped {
        if kill_it {
            kill(pid);
        }
        signal(pid, "CONT");
    }
}

#[test]
fn shells_capturing_through_stalled_and_killed_holders_lose_nothing_and_repeat_nothing() {
    let blow = Duration::from_secs(env_number("GIVEGIVE_STORM_SECONDS", 40));
    let mut rng = ChaCha8Rng::seed_from_u64(env_number("GIVEGIVE_STORM_SEED", 25));
    let dir = tempfile::tempdir().expect("temp dir");
    let (db, config) = (dir.path().join("journal"), dir.path().join("config"));
    let capture = |text: &str| {
        let mut cmd = binary(&db, &config);
        cmd.env("GIVEGIVE_LINGER", "600")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.args(["gave", "anna", text]);
        cmd
    };
    assert_ran_clean(
        &binary(&db, &config)
            .env("GIVEGIVE_LINGER", "600")
            .args(["add", "Anna"])
            .output()
            .expect("add"),
        "add",
    );
    let calm = AtomicBool::new(false);
    let (mut reported, mut unsure, mut stalls, mut kills) = (Vec::new(), 0, 0, 0);
    std::thread::scope(|s| {
        let shells: Vec<_> = (0..SHELLS)
            .map(|shell| {
                let (capture, calm) = (&capture, &calm);
                s.spawn(move || {
                    let (mut saved, mut unsure) = (Vec::new(), 0);
                    for n in 0.. {
                        if calm.load(Ordering::Relaxed) {
                            break;
                        }
                        let text = format!("storm {shell}.{n}");
                        let out = capture(&text).output().expect("capture");
                        let err = String::from_utf8_lossy(&out.stderr);
                        if out.status.success() {
                            let said = String::from_utf8_lossy(&out.stdout);
                            assert!(
                                said.contains(&text) || err.contains("already saved"),
                                "{text}: {said}{err}"
                            );
                            saved.push(text);
                        } else {
                            // Told it may not have run: it may be in the
                            // journal or not, but not twice.
                            assert!(err.contains("did not answer"), "{text}: {err}");
                            unsure += 1;
                        }
                    }
                    (saved, unsure)
                })
            })
            .collect();
        let start = Instant::now();
        // One long stall first, so every storm has one past the 10 s a
        // shell used to wait before sending again; then short ones and
        // kills, seeded.
        let mut next = Duration::from_millis(rng.random_range(10_000..=30_000));
        while start.elapsed() < blow {
            let kill_it = rng.random_bool(0.3);
            stall(&db, next, kill_it, &calm);
            stalls += 1;
            kills += usize::from(kill_it);
            if rng.random_bool(0.2) {
                holders_of(&db).into_iter().for_each(kill);
                kills += 1;
            }
            std::thread::sleep(Duration::from_millis(rng.random_range(100..1_500)));
            next = Duration::from_millis(rng.random_range(500..=3_000));
        }
        calm.store(true, Ordering::Relaxed);
        for shell in shells {
            let (saved, told) = shell.join().expect("shell");
            reported.extend(saved);
            unsure += told;
        }
    });
    holders_of(&db).into_iter().for_each(kill);
    run_check(&db, &config, "after the storm");
    let ledger = ledger_entries(&db, &config);
    eprintln!(
        "storm: {stalls} stalls, {kills} kills, {} captures reported saved, {unsure} told they may not be, {} in the journal",
        reported.len(),
        ledger.len()
    );
    let mut seen = std::collections::BTreeSet::new();
    let twice: Vec<&String> = ledger.iter().filter(|t| !seen.insert(*t)).collect();
    assert!(twice.is_empty(), "saved more than once: {twice:?}");
    let lost: Vec<&String> = reported.iter().filter(|t| !seen.contains(t)).collect();
    assert!(lost.is_empty(), "reported as saved, then lost: {lost:?}");
    assert!(
        reported.len() >= SHELLS * 5,
        "the storm let few captures through"
    );
}
