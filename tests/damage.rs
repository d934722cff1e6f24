//! Damaged journals: seeded random byte flips, zeroed runs and cuts in
//! sled's files. givegive must never panic or hang on one, answer in at
//! most one line, and when it calls the journal damaged, name the command
//! that brings it back (`recover`, from the write log), which then brings
//! back every change that was saved.

use crate::{common, holders};

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// A generated journal of 2,000 people (about 16 MB of `db`), opened once
/// so that sled starts from a snapshot and reads most pages only when a
/// command needs them: damage there is found after the open. Returns its
/// path, the config folder, and a name typed as someone would (the tail
/// left off) that resolves, by the fuzzy match, to one person.
fn generated_2000(dir: &Path) -> (PathBuf, PathBuf, String) {
    let (db, config) = (dir.join("pristine"), dir.join("config"));
    let run = |args: &[&str]| {
        common::givegive(&db, &config)
            .args(args)
            .timeout(Duration::from_secs(120))
            .output()
            .expect("runs")
    };
    assert!(run(&["demo", "--generate", "2000"]).status.success());
    let out = run(&["list", "--json"]);
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let names: Vec<String> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["name"].as_str().map(String::from))
        .collect();
    let typed = names
        .iter()
        .filter(|n| names.iter().filter(|m| m == n).count() == 1)
        .map(|n| n[..n.len() - 1].to_string())
        .find(|typed| run(&["show", typed]).status.success())
        .expect("a name that resolves");
    assert!(run(&["holder", "stop"]).status.success());
    (db, config, typed)
}

/// A copy of the journal and its backups, named `name`.
fn copy_of(pristine: &Path, name: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let journal = pristine.with_file_name(name);
    copy_dir(pristine, &journal);
    // Owner-only, as givegive keeps it: no warning joins the answers.
    for dir in [journal.clone(), journal.join("blobs")] {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    copy_dir(
        &pristine.with_file_name("pristine-backups"),
        &journal.with_file_name(format!("{name}-backups")),
    );
    journal
}

/// Writes 64 KiB of seeded random bytes at `at` into the journal's `db`.
fn damage_db(journal: &Path, at: u64, seed: u64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut bytes = vec![0u8; 64 * 1024];
    ChaCha8Rng::seed_from_u64(seed).fill(&mut bytes[..]);
    let mut db = std::fs::OpenOptions::new()
        .write(true)
        .open(journal.join("db"))
        .expect("db");
    db.seek(SeekFrom::Start(at)).expect("seek");
    db.write_all(&bytes).expect("write");
}

/// Runs a command with the holder on (the default), killed if it runs
/// past `bound`: a bound on a hang, not a timing of the command. Returns
/// whether it succeeded and what it said on stderr.
fn bounded(db: &Path, config: &Path, args: &[&str], bound: Duration) -> (bool, String) {
    let err = db.with_extension("err");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("givegive"))
        .env("GIVEGIVE_DB", db)
        .env("GIVEGIVE_TODAY", common::TODAY)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("GIVEGIVE_LINGER")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err).expect("stderr file"))
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > bound {
            let _ = child.kill();
            let _ = child.wait();
            holders::holders_of(db).into_iter().for_each(holders::kill);
            panic!("{args:?} on {} ran past {bound:?}", db.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let said = std::fs::read_to_string(&err).unwrap_or_default();
    (status.success(), said)
}

fn assert_names_recover(args: &[&str], ok: bool, err: &str, case: &str) {
    if !ok {
        assert_eq!(err.lines().count(), 1, "{case} {args:?}: {err}");
        assert!(
            err.contains("is damaged") && err.contains("recover"),
            "{case} {args:?}: {err}"
        );
    }
}

#[test]
fn damage_found_after_the_open_is_named_and_recover_takes_the_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pristine, config, name) = generated_2000(dir.path());
    let gave = ["gave", name.as_str(), "after the damage"];
    let show = ["show", name.as_str()];
    let bound = Duration::from_secs(60);

    // Found by the first command's holder, which answers and lets go.
    // sled's layout varies from run to run and damage to a part of the
    // file no longer in use is harmless, so the damage moves on by 1 MB
    // until a command meets it.
    let mut met = None;
    for n in 0..8 {
        let at = 100 * 1024 + n * 1_000_000;
        let journal = copy_of(&pristine, &format!("found-{n}"));
        damage_db(&journal, at, 1);
        let commands: [&[&str]; 5] = [
            &show,
            &gave,
            &["list"],
            &["check"],
            &["export", "--format", "json"],
        ];
        let mut refused = 0;
        for args in commands {
            let (ok, err) = bounded(&journal, &config, args, bound);
            assert_names_recover(args, ok, &err, &format!("damage at 100 KiB + {n} MB"));
            refused += usize::from(!ok);
        }
        if refused > 0 {
            let (ok, err) = bounded(&journal, &config, &["recover"], bound);
            assert!(ok, "recover after the damage was found: {err}");
            assert!(bounded(&journal, &config, &["check"], bound).0);
            met = Some(at);
        }
        holders::holders_of(&journal)
            .into_iter()
            .for_each(holders::kill);
        if met.is_some() {
            break;
        }
    }
    let at = met.expect("a command meets the damage at one of 8 places");

    // Damage under a holder that has not met it yet: recover asks it to
    // let go rather than being refused. The holder's open may move sled's
    // pages, so the same offset can land in space no longer in use; then
    // recover rightly finds nothing to do and the damage moves on by 1 MB.
    let mut recovered = false;
    for n in 0..8 {
        let journal = copy_of(&pristine, &format!("held-{n}"));
        assert!(bounded(&journal, &config, &show, bound).0);
        assert!(
            !holders::holders_of(&journal).is_empty(),
            "a holder lingers"
        );
        damage_db(&journal, at + n * 1_000_000, 1);
        let (ok, err) = bounded(&journal, &config, &["recover"], bound);
        holders::holders_of(&journal)
            .into_iter()
            .for_each(holders::kill);
        if !ok && err.contains("there is nothing to recover") {
            continue;
        }
        assert!(ok, "recover with a holder lingering: {err}");
        assert!(bounded(&journal, &config, &["check"], bound).0);
        recovered = true;
        break;
    }
    assert!(
        recovered,
        "recover met the damage under a holder at one of 8 places"
    );
}

/// Megabytes between two damaged places of the generated journal's `db`.
const DAMAGE_EVERY_MB: u64 = 1;
/// Damages tried at each place (sled's layout of a generated journal
/// varies from run to run, so more tries meet more kinds of damage).
const SEEDS: u64 = 2;

#[test]
fn no_command_hangs_on_damage_anywhere_in_the_db() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pristine, config, name) = generated_2000(dir.path());
    let size = std::fs::metadata(pristine.join("db")).expect("db").len();
    let gave = ["gave", name.as_str(), "after the damage"];
    let show = ["show", name.as_str()];
    let commands: [&[&str]; 3] = [&show, &gave, &["list"]];
    let (mut refused, mut answered) = (0, 0);
    let mut mb = DAMAGE_EVERY_MB;
    while mb * 1_000_000 + 64 * 1024 <= size {
        let case = format!("64 KiB of random bytes at {mb} MB");
        // One journal per damage, its holder started by the first command.
        for seed in 0..SEEDS {
            let journal = copy_of(&pristine, &format!("at-{mb}"));
            damage_db(&journal, mb * 1_000_000, mb * SEEDS + seed);
            for args in commands {
                let (ok, err) = bounded(&journal, &config, args, Duration::from_secs(15));
                assert_names_recover(args, ok, &err, &case);
                if ok {
                    answered += 1;
                } else {
                    refused += 1;
                }
            }
            holders::holders_of(&journal)
                .into_iter()
                .for_each(holders::kill);
            let _ = std::fs::remove_dir_all(&journal);
            let _ = std::fs::remove_dir_all(journal.with_file_name(format!("at-{mb}-backups")));
        }
        mb += DAMAGE_EVERY_MB;
    }
    eprintln!(
        "damage every {DAMAGE_EVERY_MB} MB of a {size}-byte db ({SEEDS} each), 3 commands each: {answered} answered, {refused} refused naming recover, none past 15 s"
    );
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
        "the write log lost 1 change the journal has",
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
    assert!(
        message.contains("lost 1 change the journal itself has"),
        "{message}"
    );
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

    cut_sled_short(&journal);
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
    cut_sled_short(&journal);
    let out = run(&["list"]).code(1).get_output().clone();
    let message = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.contains("the 2 changes saved since that it can read")
            && message.contains("cannot be read: what they held cannot be rebuilt"),
        "{message}"
    );
}

/// The write log cut under the holder that appends to it: the next write
/// is refused in one line naming `backup` instead of logging after the
/// cut, `check` says so in the holder and after it, and once a backup
/// starts the log again a rebuild brings back every give reported saved.
#[test]
fn a_write_log_cut_under_a_running_holder_takes_nothing_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let journal = dir.path().join("journal");
    let run = |args: &[&str]| common::givegive(&journal, &config).args(args).assert();
    run(&["add", "Anna Rossi"]).success();
    run(&["gave", "anna", "hl-1"]).success();
    assert!(!holders::holders_of(&journal).is_empty(), "a holder runs");
    let log = journal.join("writes.log");
    let len = std::fs::metadata(&log).expect("log").len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&log)
        .and_then(|f| f.set_len(len - 30))
        .expect("cut");
    for give in ["hl-2", "hl-3"] {
        let out = run(&["gave", "anna", give]).code(1).get_output().clone();
        let message = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.trim_end().ends_with(" backup"), "{message}");
    }
    run(&["check"]).code(1).stdout(predicates::str::contains(
        "the write log lost 1 change the journal has",
    ));
    run(&["holder", "stop"]).success();
    let solo = |args: &[&str]| {
        common::givegive(&journal, &config)
            .env("GIVEGIVE_LINGER", "0")
            .args(args)
            .assert()
    };
    solo(&["check"]).code(1);
    solo(&["backup"]).success();
    solo(&["gave", "anna", "hl-4"]).success();
    let before = solo(&["export", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    cut_sled_short(&journal);
    solo(&["recover"]).success();
    let after = solo(&["export", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(after, before, "every give reported saved came back");
}

/// A rebuild from a log damaged in the middle says how many changes
/// reported saved it could not bring back, never that they were not.
#[test]
fn recover_says_when_what_it_could_not_read_had_been_reported_saved() {
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
    let log = journal.join("writes.log");
    let start = std::fs::metadata(&log).expect("log").len() as usize;
    for n in 1..=3 {
        run(&["gave", "anna", &format!("give {n}")]).success();
    }
    let mut bytes = std::fs::read(&log).expect("log");
    // Inside the first give's entry.
    bytes[start + 20] ^= 0x40;
    std::fs::write(&log, &bytes).expect("damage");
    cut_sled_short(&journal);
    let out = run(&["recover"]).get_output().clone();
    let note = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!note.contains("never reported saved"), "{note}");
    assert!(
        note.contains("they held 3 changes that were reported saved"),
        "{note}"
    );
}

/// Cuts sled's data file short and throws its snapshots away: sled's
/// files are lost, the write log is left as it is.
fn cut_sled_short(journal: &Path) {
    for entry in std::fs::read_dir(journal).expect("journal").flatten() {
        if entry.file_name().to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(entry.path()).expect("remove snapshot");
        }
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(journal.join("db"))
        .and_then(|f| f.set_len(100))
        .expect("cut short");
}
