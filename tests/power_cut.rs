//! Power cuts: a kill keeps the kernel's page cache, a power cut does not.
//!
//! The journal lives on a FUSE file system in memory (`forgetful`) that
//! forgets every write not yet synced when it is cut. For each capture the
//! power goes at a seeded random one of the changes it makes to the disk
//! (spread over all of them: sled's open and snapshot, the write log, the
//! transaction, the syncs, the exit); the journal must then open, pass
//! `check`, and hold every capture whose success line was printed. At the end sled's files are thrown away and `recover` must
//! rebuild all of them from the backup and the write log, which the cuts
//! cut short too.
//!
//! Needs `/dev/fuse` and the right to mount (root, as in CI, or
//! `fusermount3` from the fuse3 package). Where it cannot mount, the test
//! fails saying so, unless `GIVEGIVE_SKIP_POWER_CUT=1` says to skip it.

use crate::{common, kills};
#[path = "power_cut/forgetful.rs"]
mod forgetful;
// Shared with tests/crash.rs, which uses the rest of it.
#[allow(dead_code)]
use std::collections::BTreeSet;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use forgetful::Forgetful;
use kills::{assert_ran_clean, binary, ledger_texts, lose_sled_and_recover, run_check, was_killed};

const CUTS: usize = 300;

#[test]
fn captures_cut_off_by_the_power_lose_nothing_reported() {
    let mount = tempfile::tempdir().expect("mount point");
    let fs = Forgetful::new();
    let session = match fuser::spawn_mount2(
        fs.clone(),
        mount.path(),
        &[fuser::MountOption::FSName("givegive-power-cut".into())],
    ) {
        Ok(session) => session,
        Err(e) => {
            let why = format!(
                "the power-cut test cannot mount its FUSE file system ({e}): it needs /dev/fuse and root or fusermount3 (apt-get install fuse3)"
            );
            if std::env::var_os("GIVEGIVE_SKIP_POWER_CUT").is_some() {
                eprintln!("SKIPPED, as GIVEGIVE_SKIP_POWER_CUT asks: {why}");
                return;
            }
            panic!("{why}; set GIVEGIVE_SKIP_POWER_CUT=1 to skip it knowingly");
        }
    };
    let db = mount.path().join("journal");
    let config = tempfile::tempdir().expect("config dir");
    let config = config.path();

    // A new journal, and the day's backup, survive a cut straight away.
    common::givegive(&db, config).arg("demo").assert().success();
    fs.cut();
    run_check(&db, config, "after the cut that followed the demo");
    let people = ledger_texts(&db, config).len();
    assert!(people > 0, "the demo's gives survived the first cut");

    let capture = |n: usize, text: &str| {
        let who = ["kai", "anna", "marco"][n % 3];
        let mut cmd = binary(&db, config);
        cmd.args(["gave", who, text]);
        cmd
    };
    // How many changes a capture makes, so the cuts spread over them all.
    let mut changes = 0;
    for n in 0..3 {
        fs.arm(None);
        assert_ran_clean(
            &capture(n, &format!("warm-up {n}"))
                .output()
                .expect("capture"),
            "warm-up",
        );
        changes = changes.max(fs.changes());
    }
    let mut rng = ChaCha8Rng::seed_from_u64(23);
    let mut reported = BTreeSet::new();
    let (mut cut_off, mut forgot) = (0, 0);
    for n in 0..CUTS {
        let text = format!("before cut {n}");
        let at = rng.random_range(1..=changes);
        fs.arm(Some(at));
        let mut child = capture(n, &text).spawn().expect("spawn a capture");
        // Until the power goes, or the capture ends first.
        while !fs.off() && child.try_wait().expect("wait").is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
        let _ = child.kill();
        // A killed process waits for its requests to be answered.
        while child.try_wait().expect("wait").is_none() {
            fs.let_go();
            std::thread::sleep(Duration::from_millis(1));
        }
        fs.let_go();
        let out = child.wait_with_output().expect("output");
        if was_killed(&out) {
            cut_off += 1;
        } else {
            assert_ran_clean(&out, &format!("capture {n}"));
        }
        if String::from_utf8_lossy(&out.stdout).contains(&text) {
            reported.insert(text);
        }
        fs.arm(None);
        if fs.cut() > 0 {
            forgot += 1;
        }
        run_check(
            &db,
            config,
            &format!("after cut {n} (at change {at} of {changes})"),
        );
    }
    let texts = ledger_texts(&db, config);
    let lost: Vec<&String> = reported.difference(&texts).collect();
    assert!(
        lost.is_empty(),
        "reported as saved, lost in a cut: {lost:?}"
    );

    lose_sled_and_recover(&db, config);
    let rebuilt = ledger_texts(&db, config);
    let lost: Vec<&String> = reported.difference(&rebuilt).collect();
    assert!(lost.is_empty(), "reported as saved, not rebuilt: {lost:?}");

    let tally = fs.tally();
    eprintln!(
        "{CUTS} power cuts across the {changes} changes a capture makes: {cut_off} captures cut off, {} reported saved, all kept and all rebuilt; {forgot} cuts forgot unsynced writes ({} of {} bytes written, {} syncs)",
        reported.len(),
        tally.forgotten,
        tally.written,
        tally.syncs
    );
    assert!(
        cut_off >= CUTS / 2,
        "only {cut_off} captures were cut off: the test proved little"
    );
    assert!(
        forgot >= CUTS / 20,
        "only {forgot} cuts found unsynced writes to forget: the test proved little"
    );
    assert!(!reported.is_empty(), "no capture finished before its cut");
    drop(session);
}
