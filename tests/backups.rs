//! Daily backups and `givegive restore FILE`, through the real binary; and
//! a backup taken while another thread writes, through the library.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use assert_cmd::Command;
use chrono::NaiveDate;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use tempfile::TempDir;

use givegive::backups::{self, Outcome};
use givegive::domain::{Direction, EntryState, FavourKind, Nature};
use givegive::journal::{ContactDraft, Journal, LedgerDraft};
use givegive::seal::{Seal, Unlock};

struct Place {
    dir: TempDir,
}

impl Place {
    fn new() -> Place {
        Place {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn journal(&self) -> PathBuf {
        self.dir.path().join("journal")
    }

    fn backups(&self) -> PathBuf {
        self.dir.path().join("journal-backups")
    }

    fn config(&self, text: &str) {
        let dir = self.dir.path().join("config/givegive");
        std::fs::create_dir_all(&dir).expect("config dir");
        std::fs::write(dir.join("config.toml"), text).expect("config");
    }

    fn cmd(&self, day: &str, args: &[&str]) -> Command {
        self.cmd_on(&self.journal(), day, args)
    }

    fn cmd_on(&self, journal: &Path, day: &str, args: &[&str]) -> Command {
        let mut cmd = common::givegive(journal, &self.dir.path().join("config"));
        cmd.env("GIVEGIVE_TODAY", day).args(args);
        cmd
    }

    /// A command that leaves no holder behind, for a test that then
    /// damages or moves the journal.
    fn solo(&self, journal: &Path, day: &str, args: &[&str]) -> Command {
        let mut cmd = self.cmd_on(journal, day, args);
        cmd.env("GIVEGIVE_LINGER", "0");
        cmd
    }

    fn ok(&self, day: &str, args: &[&str]) -> String {
        let out = self.cmd(day, args).assert().success().get_output().clone();
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// The backups' names without the journal's tag and change number
    /// (`givegive-2026-11-01.json.gz`), and anything else in the folder.
    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.backups())
            .map(|d| {
                d.flatten()
                    .map(|e| short(&e.file_name().to_string_lossy()))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// The backup of the journal taken on `day`.
    fn backup_of(&self, day: &str) -> PathBuf {
        the_backup(&self.backups(), day)
    }
}

/// `givegive-2026-11-01-3fa2b1c0-12.json.gz` as `givegive-2026-11-01.json.gz`.
fn short(name: &str) -> String {
    match (name.get(..19), name.find(".json")) {
        (Some(head), Some(tail)) if name.starts_with("givegive-") && tail > 19 => {
            format!("{head}{}", &name[tail..])
        }
        _ => name.to_string(),
    }
}

/// The one backup in `dir` taken on `day`.
fn the_backup(dir: &Path, day: &str) -> PathBuf {
    let found: Vec<PathBuf> = backups::list(dir)
        .into_iter()
        .filter(|f| f.day.to_string() == day)
        .map(|f| f.path)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

fn day(n: u32) -> String {
    format!("2026-11-{n:02}")
}

#[test]
fn the_first_command_of_each_day_backs_up_and_the_last_seven_days_are_kept() {
    let p = Place::new();
    p.ok(
        &day(1),
        &["add", "Anna Rossi", "--met", "pricing breakfast"],
    );
    assert_eq!(p.files(), ["givegive-2026-11-01.json.gz"]);
    // Later commands the same day leave the day's backup as it was.
    let first = std::fs::read(p.backup_of(&day(1))).expect("backup");
    p.ok(&day(1), &["gave", "anna", "an intro to Marco"]);
    let again = std::fs::read(p.backup_of(&day(1))).expect("backup");
    assert_eq!(first, again);

    for n in 2..=10 {
        p.ok(&day(n), &["gave", "anna", &format!("the notes of day {n}")]);
    }
    let kept: Vec<String> = (4..=10)
        .map(|n| format!("givegive-{}.json.gz", day(n)))
        .collect();
    assert_eq!(p.files(), kept, "seven days, no temporary files left");
    assert!(
        !p.journal().join("backing-up").exists(),
        "the in-progress marker goes with the backup"
    );

    let mode = |path: &Path| std::fs::metadata(path).expect("mode").permissions().mode() & 0o777;
    assert_eq!(mode(&p.backups()), 0o700);
    for found in backups::list(&p.backups()) {
        assert_eq!(mode(&found.path), 0o600, "{found:?}");
    }

    // `backup --list` shows them newest first.
    let listed = p.ok(&day(10), &["backup", "--list"]);
    let days: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(days, (4..=10).rev().map(day).collect::<Vec<_>>());

    // The newest backup restores into a new journal as the journal was:
    // the exports match byte for byte.
    let restored = p.dir.path().join("restored");
    let newest = p.backup_of(&day(10));
    p.cmd_on(
        &restored,
        &day(10),
        &["restore", newest.to_str().expect("path")],
    )
    .assert()
    .success()
    .stdout(contains("restored 1 person and 12 records").and(contains("check found no problems")));
    let export = |journal: &Path| {
        let out = p
            .cmd_on(journal, &day(10), &["export", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    };
    assert_eq!(export(&restored), export(&p.journal()));
}

#[test]
fn an_empty_journal_is_not_backed_up() {
    let p = Place::new();
    // A journal with nobody in it (a read on a path with none is refused).
    drop(Journal::open(&p.journal()).expect("a new journal"));
    p.ok(&day(1), &["list"]);
    assert!(p.files().is_empty());
    p.cmd(&day(1), &["backup"])
        .assert()
        .success()
        .stdout(contains("nothing to back up"));
    assert!(p.files().is_empty());
}

#[test]
fn the_config_sets_how_many_days_and_where() {
    let p = Place::new();
    p.config("[backup]\nkeep = 0\n");
    p.ok(&day(1), &["add", "Anna Rossi"]);
    p.ok(&day(2), &["add", "Marco Verdi"]);
    assert!(p.files().is_empty(), "keep = 0 writes no daily backup");
    // Asked for, one is written all the same.
    p.cmd(&day(2), &["backup"])
        .assert()
        .success()
        .stdout(contains("backed up 2 people to"));
    assert_eq!(p.files(), ["givegive-2026-11-02.json.gz"]);

    let synced = p.dir.path().join("cloud folder/givegive");
    p.config(&format!(
        "[backup]\nkeep = 2\ndir = \"{}\"\n",
        synced.display()
    ));
    for n in 3..=5 {
        p.ok(&day(n), &["gave", "anna", "a book"]);
    }
    let names: Vec<_> = backups::of(&synced, None, true)
        .into_iter()
        .map(|f| f.day.to_string())
        .collect();
    assert_eq!(names, [day(4), day(5)]);
}

#[test]
fn a_backup_that_cannot_be_written_is_a_warning_not_a_failure() {
    let p = Place::new();
    let blocker = p.dir.path().join("a file");
    std::fs::write(&blocker, "not a directory").expect("file");
    p.config(&format!(
        "[backup]\ndir = \"{}\"\n",
        blocker.join("backups").display()
    ));
    p.cmd(&day(1), &["add", "Anna Rossi"])
        .assert()
        .success()
        .stdout(contains("added Anna Rossi"))
        .stderr(contains(
            "warning: today's backup was not written: cannot create the backup directory",
        ));
    p.ok(&day(1), &["show", "anna"]);
}

/// Cuts the journal at `journal` short and loses its snapshot, as a disk
/// or a bug might.
fn damage(journal: &std::path::Path) {
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

/// The one-line message of a command on a damaged journal, and the
/// command it says to run next (after `marker`), as words.
fn damaged_message(p: &Place, marker: &str) -> Vec<String> {
    let out = p
        .cmd(&day(3), &["list"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let message = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(message.lines().count(), 1, "{message}");
    let command = message
        .trim_end()
        .split(marker)
        .nth(1)
        .unwrap_or_else(|| panic!("no command in: {message}"));
    let words: Vec<String> = command.split_whitespace().map(String::from).collect();
    assert_eq!(words[..2], ["givegive", "--db"], "{command}");
    words
}

fn run_as_printed(p: &Place, words: &[String]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("givegive")
        .expect("binary")
        .args(&words[1..])
        .env("GIVEGIVE_TODAY", day(3))
        .env("XDG_CONFIG_HOME", p.dir.path().join("config"))
        .env_remove("GIVEGIVE_DB")
        .assert()
}

#[test]
fn a_damaged_journal_comes_back_whole_with_the_command_its_message_gives() {
    let p = Place::new();
    p.ok(&day(1), &["add", "Anna Rossi", "--interest", "Climbing"]);
    p.ok(&day(1), &["gave", "anna", "the deck"]);
    p.ok(&day(2), &["asked", "anna", "a review of my talk"]);
    // After day 2's backup: only the write log has these.
    p.ok(&day(2), &["got", "anna", "an intro to her CTO"]);
    p.ok(&day(2), &["undo"]);
    p.ok(&day(2), &["got", "anna", "an intro to her CFO"]);
    let before = p.ok(&day(2), &["export", "--format", "json"]);

    damage(&p.journal());
    let words = damaged_message(&p, "run: ");
    assert_eq!(words.last().map(String::as_str), Some("recover"));
    run_as_printed(&p, &words)
        .success()
        .stdout(contains("replayed 3 changes saved since"))
        .stdout(contains("1 person now"));
    assert_eq!(p.ok(&day(3), &["export", "--format", "json"]), before);
    p.ok(&day(3), &["check"]);
    // The damaged files are kept aside, and the undo steps came back.
    let aside = std::fs::read_dir(p.backups())
        .expect("backups")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("damaged-"))
        .count();
    assert_eq!(aside, 1);
    assert!(p.ok(&day(3), &["undo"]).contains("an intro to her CFO"));
}

#[test]
fn without_a_write_log_the_message_names_the_backup_to_restore() {
    let p = Place::new();
    p.ok(&day(1), &["add", "Anna Rossi", "--interest", "Climbing"]);
    p.ok(&day(1), &["gave", "anna", "the deck"]);
    p.ok(&day(2), &["asked", "anna", "a review of my talk"]);
    let before = p.ok(&day(2), &["export", "--format", "json"]);

    // A journal from before the write log existed.
    let journal = p.journal();
    std::fs::remove_file(journal.join("writes.log")).expect("no log");
    damage(&journal);
    let words = damaged_message(&p, "then run: ");
    std::fs::rename(&journal, p.dir.path().join("damaged")).expect("move away");
    run_as_printed(&p, &words)
        .success()
        .stdout(contains("restored 1 person and 2 records"));
    // Day 2's backup was written once its first command was saved.
    assert_eq!(p.ok(&day(3), &["export", "--format", "json"]), before);
}

#[test]
fn restore_goes_only_into_an_empty_journal_and_refuses_bad_files_whole() {
    let p = Place::new();
    p.ok(&day(1), &["add", "Anna Rossi"]);
    let backup = p.backup_of(&day(1));
    let backup = backup.to_str().expect("path");
    p.cmd(&day(1), &["restore", backup])
        .assert()
        .code(1)
        .stderr(contains("restores into an empty journal"));

    let fresh = p.dir.path().join("fresh");
    let bad = p.dir.path().join("bad.json.gz");
    let mut garbage = vec![0x1f, 0x8b];
    garbage.extend(b"\x08\x00 not really gzip \x1b]52;c;aGk=\x07");
    std::fs::write(&bad, garbage).expect("bad file");
    for file in [bad.clone(), p.dir.path().join("missing.json.gz")] {
        let out = p
            .cmd_on(&fresh, &day(1), &["restore", file.to_str().expect("path")])
            .assert()
            .code(1)
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains('\x1b'), "{err:?}");
    }
    // A refused restore starts no journal where there was none.
    assert!(!fresh.exists(), "a refused restore left a journal behind");
}

/// The TUI backs up on a thread of its own while the person keeps writing
/// (here, a thread writing as fast as it can): every backup must be one
/// state of the journal, whatever the timing.
#[test]
fn a_backup_taken_while_another_thread_writes_restores_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("journal");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    journal
        .add_contact(
            &ContactDraft {
                name: "Someone First".into(),
                ..ContactDraft::default()
            },
            today,
        )
        .expect("first");
    const WRITES: usize = 1500;
    let never = AtomicBool::new(false);
    std::thread::scope(|s| {
        let writer = s.spawn(|| {
            for n in 1..=WRITES {
                let contact = journal
                    .add_contact(
                        &ContactDraft {
                            name: format!("Person {n}"),
                            ..ContactDraft::default()
                        },
                        today,
                    )
                    .expect("add");
                journal
                    .record(&LedgerDraft {
                        contact: contact.id,
                        direction: Direction::MeToThem,
                        nature: Nature::Give,
                        kind: FavourKind::Other,
                        text: format!("a favour for {n}"),
                        weight: 1,
                        state: EntryState::Done,
                        date: today,
                    })
                    .expect("record");
            }
        });
        let mut round = 0;
        while round < 3 || !writer.is_finished() {
            round += 1;
            let into = dir.path().join(format!("backups-{round}"));
            let outcome =
                backups::write(&journal, &into, today, 7, &Seal::Open, &never).expect("backup");
            let Outcome::Written { path, .. } = outcome else {
                panic!("{outcome:?}");
            };
            let export = backups::read(&path, &Unlock::none()).expect("read back");
            let copy = Journal::open(&dir.path().join(format!("copy-{round}"))).expect("copy");
            copy.import_export(&export)
                .unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert_eq!(copy.check().expect("check"), []);
        }
    });
}

/// An age key pair made for the test: the secret key file, and the public
/// key to seal to.
fn age_keys(dir: &Path, name: &str) -> (PathBuf, String) {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let file = dir.join(format!("{name}.key"));
    std::fs::write(&file, format!("{}\n", identity.to_string().expose_secret())).expect("key file");
    (file, identity.to_public().to_string())
}

#[test]
fn backups_sealed_to_an_age_key_open_only_with_it() {
    let p = Place::new();
    let (key, public) = age_keys(p.dir.path(), "mine");
    let (other_key, _) = age_keys(p.dir.path(), "theirs");
    p.config(&format!("[backup]\nrecipients = [\"{public}\"]\n"));
    p.ok(
        &day(1),
        &["add", "Anna Rossi", "--notes", "prefers calls after 6pm"],
    );
    p.ok(&day(2), &["gave", "anna", "an intro to the design studio"]);
    assert_eq!(
        p.files(),
        [
            "givegive-2026-11-01.json.gz.age",
            "givegive-2026-11-02.json.gz.age"
        ]
    );
    let sealed = p.backup_of(&day(2));
    let bytes = std::fs::read(&sealed).expect("backup");
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(
        !String::from_utf8_lossy(&bytes).contains("Anna"),
        "a sealed backup shows nothing"
    );

    let fresh = p.dir.path().join("fresh");
    let restore = |extra: &[&str]| {
        let mut args = vec!["restore", sealed.to_str().expect("path")];
        args.extend(extra);
        p.cmd_on(&fresh, &day(3), &args).assert()
    };
    restore(&[]).code(1).stderr(contains(
        "sealed to an age key: give the key file with --identity",
    ));
    restore(&["--identity", other_key.to_str().expect("path")])
        .code(1)
        .stderr(contains("none of the given keys opens it"));
    restore(&["--identity", key.to_str().expect("path")])
        .success()
        .stdout(contains("restored 1 person and 1 record"));
    let shown = p
        .cmd_on(&fresh, &day(3), &["show", "anna"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&shown).contains("an intro to the design studio"));

    // A key that is not one is refused where it is written.
    p.config("[backup]\nrecipients = [\"age1nope\"]\n");
    p.cmd(&day(3), &["backup"])
        .assert()
        .code(1)
        .stderr(contains("'age1nope' is not an age public key"));
}

/// A write log that starts from a sealed backup: the damaged journal's
/// message says the key is needed, and `recover --identity` rebuilds it.
#[test]
fn a_journal_whose_backup_is_sealed_recovers_with_its_key() {
    let p = Place::new();
    let (key, public) = age_keys(p.dir.path(), "mine");
    p.config(&format!("[backup]\nrecipients = [\"{public}\"]\n"));
    p.ok(&day(1), &["add", "Anna Rossi"]);
    p.ok(&day(2), &["gave", "anna", "an intro to the design studio"]);
    p.ok(&day(2), &["gave", "anna", "after the sealed backup"]);
    let before = p.ok(&day(2), &["export", "--format", "json"]);
    damage(&p.journal());
    let words = damaged_message(&p, "run: ");
    assert_eq!(
        words[words.len() - 3..],
        ["recover", "--identity", "YOUR_AGE_KEY_FILE"]
    );
    p.cmd(&day(3), &["recover"])
        .assert()
        .code(1)
        .stderr(contains("give the key file with --identity"));
    p.cmd(
        &day(3),
        &["recover", "--identity", key.to_str().expect("path")],
    )
    .assert()
    .success()
    .stdout(contains("replayed 1 change saved since"));
    assert_eq!(p.ok(&day(3), &["export", "--format", "json"]), before);
}

#[test]
fn exports_sealed_with_a_passphrase_or_a_key() {
    let p = Place::new();
    p.ok(&day(1), &["add", "Anna Rossi"]);
    p.ok(&day(1), &["gave", "anna", "the deck"]);
    let plain = p.ok(&day(1), &["export", "--format", "json"]);

    let file = p.dir.path().join("journal.json.age");
    let path = file.to_str().expect("path");
    p.cmd(
        &day(1),
        &["export", "--format", "json", "--passphrase", "-o", path],
    )
    .env("GIVEGIVE_PASSPHRASE", "correct horse battery staple")
    .assert()
    .success()
    .stdout(contains("exported (sealed) to"));
    // Without a terminal and without the variable, nobody can type it.
    p.cmd(
        &day(1),
        &[
            "export",
            "--format",
            "json",
            "--passphrase",
            "-o",
            "/dev/null",
        ],
    )
    .env_remove("GIVEGIVE_PASSPHRASE")
    .assert()
    .code(1);
    p.cmd(&day(1), &["export", "--format", "json", "--passphrase"])
        .env("GIVEGIVE_PASSPHRASE", "x")
        .assert()
        .code(1)
        .stderr(contains("write it to a file with -o FILE"));

    let into = |name: &str, passphrase: &str, args: &[&str]| {
        let journal = p.dir.path().join(name);
        let out = p
            .cmd_on(&journal, &day(1), args)
            .env("GIVEGIVE_PASSPHRASE", passphrase)
            .output()
            .expect("runs");
        (journal, out)
    };
    let (_, wrong) = into("wrong", "Tr0ub4dor&3", &["restore", path]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("the passphrase does not open it"));
    let (back, right) = into(
        "back",
        "correct horse battery staple",
        &["import", "--format", "json", path],
    );
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    let again = p
        .cmd_on(&back, &day(1), &["export", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&again), plain);

    // Sealed to a key, any format: here the people as vCards.
    let (key, public) = age_keys(p.dir.path(), "mine");
    let vcf = p.dir.path().join("people.vcf.age");
    p.ok(
        &day(1),
        &[
            "export",
            "--format",
            "vcard",
            "--recipient",
            &public,
            "-o",
            vcf.to_str().expect("path"),
        ],
    );
    let unlock = Unlock::with_key_file(&key, &|| Err("no passphrase".into())).expect("key");
    let opened =
        givegive::seal::open_sealed(&std::fs::read(&vcf).expect("vcf"), &unlock).expect("opens");
    assert!(String::from_utf8_lossy(&opened).contains("FN:Anna Rossi"));
}

/// The backup streams the export from the store instead of building it in
/// memory; it must stay byte for byte the export `export --format json`
/// builds, trash and hidden review items included.
#[test]
fn the_streamed_export_is_the_export() {
    let p = Place::new();
    p.ok(&day(23), &["demo"]);
    p.ok(&day(23), &["rm", "kai"]);
    let review = p.ok(&day(23), &["review", "--json"]);
    let review: serde_json::Value = serde_json::from_str(&review).expect("json");
    // A line hidden by its key (a follow-up's line snoozes the follow-up).
    let key = review["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|i| i["reason"] != "follow_up_due")
        .and_then(|i| i["key"].as_str())
        .expect("a review key")
        .to_string();
    p.ok(&day(23), &["snooze", &key, "friday"]);
    p.ok(&day(23), &["holder", "stop"]);

    let journal = Journal::open(&p.journal()).expect("journal");
    let built = serde_json::to_string(&journal.export().expect("export")).expect("json");
    let streamed = serde_json::to_string(&journal.export_streamed()).expect("json");
    assert!(built.contains("\"trash\":[{") && !built.contains("\"review_state\":[]"));
    assert_eq!(streamed, built);
}

/// A backup killed half way leaves its temporary file; the next backup
/// clears it once it is an hour old (a younger one may be another
/// journal's backup in progress, in a shared folder).
#[test]
fn a_half_written_backup_left_by_a_kill_is_cleared() {
    let p = Place::new();
    p.ok(&day(1), &["add", "Anna Rossi"]);
    let old = p.backups().join(".givegive-backup-killed");
    let young = p.backups().join(".givegive-backup-in-progress");
    for file in [&old, &young] {
        std::fs::write(file, "half a backup").expect("temp file");
    }
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .and_then(|f| f.set_modified(two_hours_ago))
        .expect("age it");
    p.ok(&day(2), &["gave", "anna", "a book"]);
    assert!(!old.exists(), "the abandoned file is gone");
    assert!(young.exists(), "a file that may be in progress stays");
}

/// The people a journal lists, one name a line.
fn people(p: &Place, journal: &Path) -> String {
    let out = p
        .solo(journal, &day(3), &["list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// Damages the journal at `journal` and rebuilds it with `recover`.
fn damage_and_recover(p: &Place, journal: &Path) {
    damage(journal);
    p.solo(journal, &day(3), &["recover"])
        .assert()
        .success()
        .stdout(contains("check found no problems"));
}

#[test]
fn journals_sharing_a_backup_folder_each_recover_their_own_people() {
    let p = Place::new();
    let shared = p.dir.path().join("shared");
    p.config(&format!("[backup]\ndir = \"{}\"\n", shared.display()));
    let one = p.dir.path().join("one");
    let two = p.dir.path().join("two");
    for (journal, name) in [(&one, "Anna Rossi"), (&two, "Marco Verdi")] {
        p.solo(journal, &day(1), &["add", name]).assert().success();
        p.solo(journal, &day(1), &["gave", name, "a book"])
            .assert()
            .success();
        // Both backed up again the same day.
        p.solo(journal, &day(1), &["backup"]).assert().success();
    }
    assert_eq!(
        backups::list(&shared).len(),
        2,
        "neither overwrote the other"
    );
    for (journal, mine, theirs) in [(&one, "Anna", "Marco"), (&two, "Marco", "Anna")] {
        damage_and_recover(&p, journal);
        let listed = people(&p, journal);
        assert!(
            listed.contains(mine) && !listed.contains(theirs),
            "{listed}"
        );
    }
}

#[test]
fn a_moved_journal_and_a_new_one_at_its_old_path_each_recover_their_own() {
    let p = Place::new();
    let solo = |day: &str, args: &[&str]| p.solo(&p.journal(), day, args).assert().success();
    solo(&day(1), &["add", "Anna Rossi"]);
    solo(&day(1), &["gave", "anna", "a book"]);
    let moved = p.dir.path().join("moved");
    std::fs::rename(p.journal(), &moved).expect("move the journal");
    solo(&day(1), &["add", "Marco Verdi"]);
    solo(&day(1), &["gave", "marco", "a lift"]);
    solo(&day(1), &["backup"]);
    for (journal, mine, theirs) in [(&moved, "Anna", "Marco"), (&p.journal(), "Marco", "Anna")] {
        damage_and_recover(&p, journal);
        let listed = people(&p, journal);
        assert!(
            listed.contains(mine) && !listed.contains(theirs),
            "{listed}"
        );
    }
    // A base another journal wrote over is refused, not restored.
    solo(&day(4), &["gave", "marco", "a second lift"]);
    let mine = p.backup_of(&day(4));
    std::fs::write(&mine, b"another journal's bytes").expect("write over");
    damage(&p.journal());
    p.solo(&p.journal(), &day(5), &["recover"])
        .assert()
        .code(1)
        .stderr(contains("is another journal's now, or was changed"));
}

/// A clock that goes back: the backup it takes holds the most, so it is
/// kept (and the write log starts from it) while the oldest by content
/// goes, whatever the dates in the names say.
#[test]
fn a_clock_gone_back_cannot_prune_the_write_logs_base() {
    let p = Place::new();
    p.ok(&day(10), &["add", "Anna Rossi"]);
    for n in 10..=20 {
        p.ok(&day(n), &["gave", "anna", &format!("the notes of day {n}")]);
    }
    p.ok(&day(1), &["gave", "anna", "a give on a clock gone back"]);
    let mut kept = p.files();
    kept.sort();
    let mut expected: Vec<String> = [1]
        .into_iter()
        .chain(15..=20)
        .map(|n| format!("givegive-{}.json.gz", day(n)))
        .collect();
    expected.sort();
    assert_eq!(kept, expected);
    let before = p.ok(&day(1), &["export", "--format", "json"]);
    damage(&p.journal());
    let words = damaged_message(&p, "run: ");
    assert_eq!(words.last().map(String::as_str), Some("recover"));
    run_as_printed(&p, &words)
        .success()
        .stdout(contains(p.backup_of(&day(1)).display().to_string()));
    assert_eq!(p.ok(&day(3), &["export", "--format", "json"]), before);
}

/// The backups moved to another folder, and the config with them: the
/// write log's base is found there by its content.
#[test]
fn a_base_that_moved_with_the_config_is_found_by_its_content() {
    let p = Place::new();
    let first = p.dir.path().join("first");
    let second = p.dir.path().join("second");
    p.config(&format!("[backup]\ndir = \"{}\"\n", first.display()));
    let solo = |args: &[&str]| p.solo(&p.journal(), &day(1), args).assert().success();
    solo(&["add", "Anna Rossi"]);
    solo(&["gave", "anna", "a book"]);
    let before = p.ok(&day(1), &["export", "--format", "json"]);
    p.ok(&day(1), &["holder", "stop"]);
    std::fs::rename(&first, &second).expect("move the backups");
    p.config(&format!("[backup]\ndir = \"{}\"\n", second.display()));
    damage_and_recover(&p, &p.journal());
    assert_eq!(p.ok(&day(3), &["export", "--format", "json"]), before);
}

/// A copied journal is another journal: sharing a backup folder with the
/// one it was copied from, each backs up the same day under its own name,
/// and each rebuilds from its own log as itself.
#[test]
fn a_copied_journal_backs_up_as_its_own_journal() {
    let p = Place::new();
    let shared = p.dir.path().join("shared");
    p.config(&format!("[backup]\ndir = \"{}\"\n", shared.display()));
    let one = p.journal();
    let two = p.dir.path().join("copy");
    p.solo(&one, &day(1), &["add", "Anna Rossi"])
        .assert()
        .success();
    p.solo(&one, &day(1), &["gave", "anna", "a book"])
        .assert()
        .success();
    let copied = std::process::Command::new("cp")
        .args(["-a"])
        .arg(&one)
        .arg(&two)
        .status()
        .expect("cp");
    assert!(copied.success());
    for (journal, name) in [(&one, "Marco Verdi"), (&two, "Lia Bianchi")] {
        p.solo(journal, &day(2), &["add", name]).assert().success();
        p.solo(journal, &day(2), &["backup"]).assert().success();
    }
    let mine: Vec<_> = backups::list(&shared)
        .into_iter()
        .filter(|f| f.day.to_string() == day(2))
        .collect();
    assert_eq!(mine.len(), 2, "each keeps its own backup: {mine:?}");
    for (journal, own, other) in [(&one, "Marco", "Lia"), (&two, "Lia", "Marco")] {
        p.solo(journal, &day(2), &["gave", own, "a lift"])
            .assert()
            .success();
        damage_and_recover(&p, journal);
        let listed = people(&p, journal);
        assert!(
            listed.contains(own) && listed.contains("Anna") && !listed.contains(other),
            "{listed}"
        );
        p.solo(journal, &day(3), &["gave", own, "after recover"])
            .assert()
            .success();
        p.solo(journal, &day(3), &["check"]).assert().success();
    }
}
