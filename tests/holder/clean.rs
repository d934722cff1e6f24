//! The holder starts clean: it keeps no descriptor it inherited (a
//! caller's pipe would hang its reader for as long as the holder
//! lingers), runs from `/` (no folder stays busy), and the journal has
//! one path whichever way it was reached, for everything written.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Place;

#[test]
fn a_pipe_the_first_command_inherited_closes_when_the_command_ends() {
    let p = Place::new();
    let mut shell = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "( '{}' add Anna ) 3>&1 | cat",
            assert_cmd::cargo::cargo_bin("givegive").display()
        ))
        .env("GIVEGIVE_DB", p.db())
        .env("GIVEGIVE_TODAY", crate::common::TODAY)
        .env("XDG_CONFIG_HOME", p.root.join("config"))
        .env("GIVEGIVE_LINGER", "600")
        .stdout(Stdio::piped())
        .spawn()
        .expect("sh");
    // A hang detector, not a timing: the pipe closes within moments, or
    // only once the holder lets go ten minutes later.
    let start = Instant::now();
    while shell.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            let _ = shell.kill();
            panic!("the pipeline hangs: the holder kept the pipe open");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(p.holders().len(), 1, "a holder was started and stays");
}

#[test]
fn the_holder_runs_from_the_root_folder() {
    let p = Place::new();
    p.cmd(&["add", "Anna"])
        .current_dir(&p.root)
        .assert()
        .success();
    let [holder] = p.holders()[..] else {
        panic!("not one holder: {:?}", p.holders());
    };
    let cwd = std::fs::read_link(format!("/proc/{holder}/cwd")).expect("cwd");
    assert_eq!(cwd, std::path::Path::new("/"));
}

#[test]
fn a_journal_reached_through_a_link_keeps_its_backups_beside_its_real_folder() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    p.ok(&["holder", "stop"]);
    let link = p.root.join("link");
    std::os::unix::fs::symlink(p.db(), &link).expect("link");
    // The first command of the day backs the journal up, here in this
    // process (no holder), reached through the link.
    let _ = std::fs::remove_dir_all(p.root.join("journal-backups"));
    p.cmd(&["gave", "anna", "through the link"])
        .env("GIVEGIVE_DB", &link)
        .env("GIVEGIVE_LINGER", "0")
        .env("GIVEGIVE_TODAY", "2026-11-24")
        .assert()
        .success();
    assert!(
        p.root.join("journal-backups").is_dir(),
        "backed up beside the real folder"
    );
    assert!(!p.root.join("link-backups").exists(), "not beside the link");
}
