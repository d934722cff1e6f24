//! A disk that refuses writes: the command says so in one line, fails, and
//! the journal stays as it was.
//!
//! The refusal is real, not mocked: `prlimit --fsize` caps how large the
//! process may make a file, so the kernel fails sled's write past the cap
//! with EFBIG, the way a full disk fails it with ENOSPC (SIGXFSZ is ignored,
//! as a shell's `trap '' XFSZ` does, so the write returns the error).

use crate::{common, holders};

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

/// A folder mounted for a test, unmounted (lazily, should a process still
/// be in it) when the test ends, however it ends.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).output();
    }
}

/// Runs `mount ARGS`; `None`, with the reason printed, when this machine
/// does not let the test mount (it needs root, as in CI).
fn mount(args: &[&str], at: &Path) -> Option<Mounted> {
    let out = Command::new("mount").args(args).arg(at).output();
    match out {
        Ok(out) if out.status.success() => Some(Mounted(at.to_path_buf())),
        Ok(out) => {
            eprintln!(
                "skipped: cannot mount ({}); the test needs root",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            None
        }
        Err(e) => {
            eprintln!("skipped: cannot run mount ({e}); the test needs root");
            None
        }
    }
}

/// A journal of one person with one give, at `dir/src/journal`.
fn journal_of_anna(dir: &Path, config: &Path) -> std::path::PathBuf {
    let db = dir.join("src").join("journal");
    std::fs::create_dir_all(dir.join("src")).expect("its folder");
    for args in [&["add", "Anna Rossi"][..], &["gave", "anna", "a book"]] {
        let out = run(&db, config, None, args);
        assert!(out.status.success(), "{out:?}");
    }
    db
}

/// Every read answers from the journal where its disk refuses writes,
/// saying so in `said` (one line on stderr); a write is refused in one line
/// starting with `refused`, and nothing is left behind in memory.
fn reads_answer_and_writes_are_refused(db: &Path, config: &Path, said: &str, refused: &str) {
    // The copies in memory are counted across the folder: one test at a time.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let shm_before = shm_copies();
    for holder in [false, true] {
        for args in [
            &["show", "anna", "--json"][..],
            &["list"],
            &["check"],
            &["balance"],
            &["review"],
            &["export", "--format", "json"],
        ] {
            let out = run_held(db, config, None, holder, args);
            let (stdout, stderr) = (
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
            );
            assert!(out.status.success(), "{args:?}: {stderr}");
            assert_eq!(stderr, format!("givegive: {said}\n"), "{args:?}");
            let shown = match args[0] {
                "check" => "ok: 1 contact,",
                "review" => "Nothing needs you",
                _ => "Anna Rossi",
            };
            assert!(stdout.contains(shown), "{args:?}: {stdout}");
        }
        let out = run_held(db, config, None, holder, &["gave", "anna", "a pen"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with(refused), "{stderr}");
    }
    assert_eq!(shm_copies(), shm_before, "a copy was left in memory");
}

/// The copies givegive made in memory that are still there.
fn shm_copies() -> usize {
    std::fs::read_dir("/dev/shm").map_or(0, |d| {
        d.flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("givegive-read-")
            })
            .count()
    })
}

#[test]
fn a_journal_on_a_read_only_file_system_can_still_be_read() {
    let dir = TempDir::new().expect("temp dir");
    let config = dir.path().join("config");
    journal_of_anna(dir.path(), &config);
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).expect("mount point");
    let src = dir.path().join("src");
    let Some(_bound) = mount(&["--bind", &src.to_string_lossy()], &ro) else {
        return;
    };
    let _read_only = mount(&["-o", "remount,ro,bind"], &ro).expect("remounted read-only");
    reads_answer_and_writes_are_refused(
        &ro.join("journal"),
        &config,
        "the journal is on a read-only file system: this was read from a copy of it made in memory",
        "givegive: the journal is on a read-only file system; this change was not saved",
    );
    // The backups listed are the journal's own, not the copy's.
    let db = ro.join("journal");
    let out = run(&db, &config, None, &["backup", "--list"]);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    let backups = ro.join("journal-backups");
    assert!(
        listed.contains(&*backups.to_string_lossy()) && listed.contains("givegive-"),
        "{listed}"
    );
    // A healthy journal on read-only media is not damaged: recover says why
    // it cannot run there, in one line, and touches nothing.
    let out = run(&db, &config, None, &["recover"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("is on a read-only file system: recover writes a rebuilt journal beside it"),
        "{said}"
    );
}

#[test]
fn a_journal_on_a_full_disk_can_still_be_read() {
    let dir = TempDir::new().expect("temp dir");
    let config = dir.path().join("config");
    let src = journal_of_anna(dir.path(), &config);
    let full = dir.path().join("full");
    std::fs::create_dir(&full).expect("mount point");
    let Some(_disk) = mount(&["-t", "tmpfs", "-o", "size=2m", "tmpfs"], &full) else {
        return;
    };
    let copied = Command::new("cp")
        .arg("-a")
        .arg(&src)
        .arg(&full)
        .status()
        .expect("cp");
    assert!(copied.success());
    // Fill what is left of the disk.
    let mut filler = std::fs::File::create(full.join("filler")).expect("filler");
    let block = vec![0u8; 4096];
    while std::io::Write::write_all(&mut filler, &block).is_ok() {}
    drop(filler);
    reads_answer_and_writes_are_refused(
        &full.join("journal"),
        &config,
        "the disk holding the journal is full: this was read from a copy of it made in memory (make room on the disk to change it)",
        "givegive: the disk refused to read or write the journal (no storage space); this change was not saved: make room on the disk",
    );
    // With room again, the journal is whole and takes writes.
    std::fs::remove_file(full.join("filler")).expect("room");
    let db = full.join("journal");
    assert!(
        run(&db, &config, None, &["gave", "anna", "a pen"])
            .status
            .success()
    );
    let check = run(&db, &config, None, &["check"]);
    assert!(check.status.success(), "{check:?}");
}

/// Trial 28a: a holder kept the journal open through a second, writable
/// path when the one the user named turned read-only. It lets go when
/// asked for a read there, and the read waits for its lock to go before
/// copying the journal, instead of refusing the read as a change not saved.
#[test]
fn a_read_on_a_read_only_path_waits_for_a_holder_letting_go() {
    let dir = TempDir::new().expect("temp dir");
    let config = dir.path().join("config");
    let src = journal_of_anna(dir.path(), &config);
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).expect("mount point");
    let db = ro.join("journal");
    for args in [
        &["export", "--format", "json"][..],
        &["review"],
        &["show", "anna"],
    ] {
        let Some(_bound) = mount(&["--bind", &dir.path().join("src").to_string_lossy()], &ro)
        else {
            return;
        };
        // The holder opens the journal by its writable path.
        let warm = run_held(&src, &config, None, true, &["list"]);
        assert!(warm.status.success(), "{warm:?}");
        let _read_only = mount(&["-o", "remount,ro,bind"], &ro).expect("remounted read-only");
        let out = run_held(&db, &config, None, true, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        // Read by the holder from the journal itself, or from a copy
        // where the command needs its own process (an export): said then.
        let copied = "givegive: the journal is on a read-only file system: this was read from a copy of it made in memory\n";
        assert!(stderr.is_empty() || stderr == copied, "{args:?}: {stderr}");
        assert_eq!(stderr == copied, args[0] == "export", "{args:?}: {stderr}");
        let shown = if args[0] == "review" {
            "Nothing needs you"
        } else {
            "Anna"
        };
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(shown),
            "{args:?}"
        );
        let _ = run(&src, &config, None, &["holder", "stop"]);
    }
}

/// A journal whose files are not the user's to write (another user's, or
/// made read-only with chmod) is read from a copy and says so; a write is
/// refused naming the permission, never a full disk (trial 28e #1). Run
/// as root, the commands run as `nobody`, for whom the modes hold.
#[test]
fn a_journal_not_yours_to_write_can_still_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().expect("temp dir");
    let config = dir.path().join("config");
    let db = journal_of_anna(dir.path(), &config);
    let out = run(&db, &config, None, &["holder", "stop"]);
    assert!(out.status.success(), "{out:?}");
    // Readable by everyone, writable by no one.
    let chmod = Command::new("chmod")
        .args(["-R", "a+rX,a-w"])
        .arg(dir.path())
        .status()
        .expect("chmod");
    assert!(chmod.success());
    let root = rustix::process::geteuid().is_root();
    let as_other = |args: &[&str]| -> Output {
        let bin = assert_cmd::cargo::cargo_bin("givegive");
        let mut cmd = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin);
            c
        } else {
            Command::new(&bin)
        };
        cmd.args(args)
            .env("GIVEGIVE_DB", &db)
            .env("GIVEGIVE_TODAY", common::TODAY)
            .env("XDG_CONFIG_HOME", &config)
            .env("HOME", dir.path())
            .env("GIVEGIVE_LINGER", "0")
            .output()
            .expect("runs")
    };
    if root && !as_other(&["--version"]).status.success() {
        eprintln!("skipped: `nobody` cannot run the test binary here");
        return;
    }
    for args in [
        &["list"][..],
        &["show", "anna"],
        &["export", "--format", "json"],
    ] {
        let out = as_other(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert_eq!(
            stderr,
            "givegive: the journal's files are not yours to write (permission denied): this was read from a copy of it made in memory\n",
            "{args:?}"
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("Anna Rossi"));
    }
    let out = as_other(&["gave", "anna", "a pen"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("not yours to write (permission denied)") && !stderr.contains("room"),
        "{stderr}"
    );
    // Writable again, so the folder can go.
    let _ = std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700));
    let _ = Command::new("chmod")
        .args(["-R", "u+w"])
        .arg(dir.path())
        .status();
}
