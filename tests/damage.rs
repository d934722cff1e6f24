//! Damaged journals: seeded random byte flips, zeroed runs and cuts in
//! sled's files. givegive must never panic or hang on one, answer in at
//! most one line, and when it calls the journal damaged, name the command
//! that brings it back (`recover`, from the write log), which then brings
//! back every change that was saved.

mod common;

use std::path::Path;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CASES: usize = 60;
/// Changes saved after the day's backup, before the damage.
const SINCE_BACKUP: usize = 20;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// What a damaged file looks like: the bytes sled wrote, with one kind of
/// harm done at a seeded place.
fn damage(bytes: &mut Vec<u8>, rng: &mut ChaCha8Rng) -> String {
    // sled writes from the start of its log; the rest of the segment is zeros.
    let used = bytes
        .iter()
        .rposition(|b| *b != 0)
        .map_or(bytes.len(), |last| last + 1)
        .max(1);
    match rng.random_range(0..4) {
        0 => {
            let at = rng.random_range(0..used);
            bytes[at] ^= 1 << rng.random_range(0..8);
            format!("bit flipped at {at}")
        }
        1 => {
            let at = rng.random_range(0..used);
            let len = rng.random_range(1..64).min(bytes.len() - at);
            bytes[at..at + len].fill(0);
            format!("{len} bytes zeroed at {at}")
        }
        2 => {
            let at = rng.random_range(0..used);
            bytes.truncate(at);
            format!("cut at {at}")
        }
        _ => {
            for _ in 0..8 {
                let at = rng.random_range(0..used);
                bytes[at] = rng.random();
            }
            "8 random bytes".into()
        }
    }
}

#[test]
fn damaged_journals_never_crash_and_come_back_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let pristine = dir.path().join("pristine");
    let run = |db: &Path, args: &[&str]| {
        common::givegive(db, &config)
            .args(args)
            .timeout(Duration::from_secs(20))
            .output()
            .expect("runs")
    };
    assert!(run(&pristine, &["demo"]).status.success());
    // Saved after the day's backup: only sled's files and the write log
    // have these.
    let saved: Vec<String> = (0..SINCE_BACKUP)
        .map(|n| format!("saved since the backup {n}"))
        .collect();
    for text in &saved {
        assert!(run(&pristine, &["gave", "kai", text]).status.success());
    }
    let people = export_of(&run, &pristine)["contacts"]
        .as_array()
        .map(Vec::len);

    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let (mut refused, mut named, mut read, mut recovered) = (0, 0, 0, 0);
    for case in 0..CASES {
        let journal = dir.path().join(format!("case-{case}"));
        copy_dir(&pristine, &journal);
        copy_dir(
            &pristine.with_file_name("pristine-backups"),
            &journal.with_file_name(format!("case-{case}-backups")),
        );
        let mut files: Vec<_> = std::fs::read_dir(&journal)
            .expect("journal")
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.file_name()
                        .is_some_and(|n| n != "capture.sock" && n != "writes.log")
            })
            .collect();
        files.sort();
        let file = &files[rng.random_range(0..files.len())];
        let mut bytes = std::fs::read(file).expect("read");
        if bytes.is_empty() {
            continue;
        }
        let what = damage(&mut bytes, &mut rng);
        std::fs::write(file, &bytes).expect("write");
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let mut damaged = false;
        for args in [&["list"][..], &["check"], &["gave", "kai", "one more"]] {
            let out = run(&journal, args);
            let err = String::from_utf8_lossy(&out.stderr);
            let case = format!("case {case}: {name} {what}, {args:?}");
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{case}: exit {:?}: {err}",
                out.status.code()
            );
            assert!(err.lines().count() <= 1, "{case}: {err}");
            assert!(!err.contains("internal error"), "{case}: {err}");
            if err.contains("is damaged") {
                assert!(
                    err.contains("its write log can rebuild it") && err.contains("recover"),
                    "{case}: {err}"
                );
                named += 1;
            }
            damaged |= err.contains("is damaged") || (args == ["check"] && !out.status.success());
            if out.status.success() {
                read += 1;
            } else {
                refused += 1;
            }
        }
        let case = format!("case {case}: {name} {what}");
        if damaged {
            let out = run(&journal, &["recover"]);
            assert!(
                out.status.success(),
                "{case}: recover: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(run(&journal, &["check"]).status.success(), "{case}");
            recovered += 1;
        }
        // Recovered or never damaged, every saved change is there.
        let export = export_of(&run, &journal);
        assert_eq!(
            export["contacts"].as_array().map(Vec::len),
            people,
            "{case}"
        );
        let ledger = export["ledger"].to_string();
        for text in &saved {
            assert!(ledger.contains(text), "{case}: {text:?} is lost");
        }
    }
    eprintln!(
        "{CASES} damaged journals, 3 commands each: {read} answered, {refused} refused in one line ({named} naming the recover command); {recovered} recovered with all {SINCE_BACKUP} changes saved since the backup, and every other journal still had them"
    );
}

/// The journal's JSON export.
fn export_of(
    run: &impl Fn(&Path, &[&str]) -> std::process::Output,
    journal: &Path,
) -> serde_json::Value {
    let out = run(journal, &["export", "--format", "json"]);
    assert!(
        out.status.success(),
        "export: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// A write log whose last entry lost its tail after acknowledged writes:
/// the journal says so at the next write instead of logging past the
/// loss, the command it names starts the log again, and a rebuild after
/// later damage brings back every acknowledged change.
#[test]
fn a_write_log_that_lost_acknowledged_writes_says_so_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let journal = dir.path().join("journal");
    let run = |args: &[&str]| {
        common::givegive(&journal, &config)
            .env("GIVEGIVE_LINGER", "0")
            .args(args)
            .assert()
    };
    run(&["add", "Anna Rossi"]).success();
    for n in 1..=5 {
        run(&["gave", "anna", &format!("give {n}")]).success();
    }
    let log = journal.join("writes.log");
    let mut bytes = std::fs::read(&log).expect("log");
    // The last flush's note and the end of the last give's entry.
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&log, &bytes).expect("cut");

    run(&["check"]).code(1).stdout(predicates::str::contains(
        "the write log lost its last 1 change",
    ));
    run(&["recover"])
        .code(1)
        .stderr(predicates::str::contains("a rebuild would lose them"));
    let out = run(&["gave", "anna", "after the cut"])
        .code(1)
        .get_output()
        .clone();
    let message = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("lost its last 1 change"), "{message}");
    let repair = message.trim_end().split("run: ").nth(1).expect("a command");
    let words: Vec<&str> = repair.split_whitespace().collect();
    assert_eq!(words[..2], ["givegive", "--db"], "{repair}");
    assert_eq!(words.last(), Some(&"backup"), "{repair}");
    run(&words[1..]).success();
    for n in 6..=10 {
        run(&["gave", "anna", &format!("give {n}")]).success();
    }
    run(&["check"]).success();
    let before = run(&["export", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();

    for entry in std::fs::read_dir(&journal).expect("journal").flatten() {
        if entry.file_name().to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(entry.path()).expect("remove snapshot");
        }
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(journal.join("db"))
        .and_then(|f| f.set_len(100))
        .expect("cut short");
    run(&["recover"]).success();
    let after = run(&["export", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(after, before, "every acknowledged give came back");
}

/// sled's files damaged after the write log lost its tail: the message
/// promises only the changes the log can still read.
#[test]
fn the_damage_message_promises_only_what_the_log_can_rebuild() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let journal = dir.path().join("journal");
    let run = |args: &[&str]| {
        common::givegive(&journal, &config)
            .env("GIVEGIVE_LINGER", "0")
            .args(args)
            .assert()
    };
    run(&["add", "Anna Rossi"]).success();
    for n in 1..=3 {
        run(&["gave", "anna", &format!("give {n}")]).success();
    }
    let log = journal.join("writes.log");
    let mut bytes = std::fs::read(&log).expect("log");
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&log, &bytes).expect("cut");
    std::fs::OpenOptions::new()
        .write(true)
        .open(journal.join("db"))
        .and_then(|f| f.set_len(100))
        .expect("cut short");
    for entry in std::fs::read_dir(&journal).expect("journal").flatten() {
        if entry.file_name().to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(entry.path()).expect("remove snapshot");
        }
    }
    let out = run(&["list"]).code(1).get_output().clone();
    let message = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.contains("the 2 changes saved since that it can read")
            && message.contains("cannot be read: what they held cannot be rebuilt"),
        "{message}"
    );
}
