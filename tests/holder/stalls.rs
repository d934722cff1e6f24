//! A holder that does not answer for a while (stopped, as a stalled disk
//! or a debugger would leave it) is waited for, never asked twice: each
//! capture is saved once, with one success line, and the shell says it is
//! waiting. `holder` finds it by its lock, and `holder stop` ends it.

use std::process::{Command, Stdio};

use predicates::prelude::*;
use predicates::str::contains;

use super::Place;
use crate::holders::signal;

#[test]
fn a_capture_sent_to_a_stopped_holder_runs_once_when_it_wakes() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    // Past the old 10 s wait to take a command, which sent it again.
    for (n, seconds) in [12u64, 25].into_iter().enumerate() {
        let [holder] = p.holders()[..] else {
            panic!("not one holder: {:?}", p.holders());
        };
        signal(holder, "STOP");
        let text = format!("while stopped {n}");
        let capture = Command::new(assert_cmd::cargo::cargo_bin("givegive"))
            .env("GIVEGIVE_DB", p.db())
            .env("GIVEGIVE_TODAY", crate::common::TODAY)
            .env("XDG_CONFIG_HOME", p.root.join("config"))
            .env("GIVEGIVE_LINGER", "600")
            .args(["gave", "anna", &text])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        signal(holder, "CONT");
        let out = capture.wait_with_output().expect("wait");
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(out.status.success(), "{stderr}");
        let card = p.ok(&["show", "anna"]);
        assert_eq!(card.matches(&text).count(), 1, "saved once: {card}");
        assert_eq!(stdout.lines().count(), 1, "one success line: {stdout}");
        assert_eq!(
            stderr
                .matches(&format!(
                    "the journal's holder (pid {holder}) has not answered yet; waiting (it is stopped"
                ))
                .count(),
            1,
            "said once that it waits: {stderr}"
        );
        assert_eq!(p.holders(), [holder], "the same holder answered");
    }
}

#[test]
fn a_stopped_holder_is_found_by_its_lock_and_ended_by_holder_stop() {
    let p = Place::new();
    p.ok(&["add", "Anna"]);
    let [holder] = p.holders()[..] else {
        panic!("not one holder: {:?}", p.holders());
    };
    signal(holder, "STOP");
    p.cmd(&["holder"]).assert().success().stdout(contains(format!(
        "a holder (pid {holder}) holds {} but is stopped; `givegive --db {} holder stop` ends it",
        p.db().display(),
        p.db().display()
    )));
    // Its socket gone too: a command says who holds the journal and what
    // to run, rather than that nothing does.
    std::fs::remove_file(p.db().join("capture.sock")).expect("socket");
    p.cmd(&["show", "anna"]).assert().failure().stderr(contains(format!(
        "is open in another givegive process (pid {holder}: a holder that is stopped); end it with `givegive --db {} holder stop`",
        p.db().display()
    )));
    p.cmd(&["holder", "stop"])
        .assert()
        .success()
        .stdout(contains(format!(
            "the holder (pid {holder}) was stopped and was ended"
        )));
    p.wait_for_none("the stopped holder was ended");
    p.cmd(&["gave", "anna", "after the stop"])
        .assert()
        .success();
    p.cmd(&["show", "anna"])
        .assert()
        .success()
        .stdout(contains("after the stop").and(contains("help given 1 ·")));
}
