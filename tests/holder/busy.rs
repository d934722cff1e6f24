//! A holder that runs but has not answered (opening a large journal, or
//! running a long command) is called busy, not unresponsive, and every
//! message about it names what `holder stop` really does to it.
//!
//! The busy holder is stood in for by a process that takes the journal's
//! lock as sled does and bears a holder's command line (`holder serve`),
//! and then only sleeps: a real one is busy for a moment too short to see.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use predicates::str::contains;

use super::Place;

/// Takes `db`'s lock, says `locked`, and sleeps, as `… holder serve`.
const LOCKER: &str = "import fcntl, sys, time
f = open(sys.argv[1] + '/db', 'a')
fcntl.flock(f, fcntl.LOCK_EX)
print('locked', flush=True)
time.sleep(120)";

fn busy_holder(p: &Place) -> Option<Child> {
    let mut child = Command::new("python3")
        .args(["-c", LOCKER])
        .arg(p.db())
        .args(["holder", "serve"])
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut said = String::new();
    BufReader::new(child.stdout.take()?)
        .read_line(&mut said)
        .ok()?;
    (said.trim() == "locked").then_some(child)
}

#[test]
fn a_busy_holder_is_called_busy_and_holder_stop_says_it_ended_it() {
    let p = Place::new();
    p.ok(&["add", "Nora"]);
    p.ok(&["holder", "stop"]);
    let Some(mut busy) = busy_holder(&p) else {
        eprintln!("python3 not found: skipped");
        return;
    };
    let pid = busy.id();
    let (db, stop) = (
        p.db().display().to_string(),
        format!("givegive --db {} holder stop", p.db().display()),
    );
    p.cmd(&["holder"]).assert().success().stdout(contains(format!(
        "a holder (pid {pid}) holds {db} but is busy (opening the journal or running a command); `{stop}` ends it"
    )));
    p.cmd(&["gave", "nora", "while it is busy"])
        .assert()
        .failure()
        .stderr(contains(format!(
            "(pid {pid}: a holder, busy opening the journal or running a command); try again in a moment, or end it with `{stop}`"
        )));
    p.cmd(&["holder", "stop"])
        .assert()
        .success()
        .stdout(contains(format!(
            "the holder (pid {pid}) was busy and was ended; the journal is free"
        )));
    let _ = busy.wait();
    p.ok(&["gave", "nora", "after the busy one"]);
}
