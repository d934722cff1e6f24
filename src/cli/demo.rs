//! The demo journal: `assets/demo.txt`, a script of ordinary givegive
//! commands run against an empty journal, so the demo exercises exactly the
//! code users run and reads like a tour of the command line.

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

use crate::command::{self, Command, Env};
use crate::config::Config;
use crate::journal::Journal;
use crate::words;

/// Runs the demo script against `journal`, with relative dates counted from
/// `today`.
pub fn seed(journal: &Journal, today: NaiveDate) -> Result<()> {
    let config = Config::defaults();
    let script = words::demo_script(today).map_err(|e| anyhow!(e))?;
    let demo = Command::Demo(script);
    let env = Env::unattended(today, &config, words::label(&demo));
    command::run(journal, &env, demo).map_err(|e| anyhow!(e))?;
    Ok(())
}

/// The start of a demo directory's name; the process id that made it
/// follows, so a later demo can tell a leftover from one still running.
const PREFIX: &str = "givegive-demo-";

/// A new throwaway directory for the demo journal, in the system's temp
/// directory. A demo ends by deleting its own; one killed outright
/// (SIGKILL, a power cut) cannot, so each start first removes those whose
/// process is gone.
pub(crate) fn directory() -> std::io::Result<tempfile::TempDir> {
    let temp = std::env::temp_dir();
    if let Ok(entries) = std::fs::read_dir(&temp) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|n| n.strip_prefix(PREFIX))
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<i32>().ok())
            else {
                continue;
            };
            if !alive(pid) {
                // Another user's, or already going: not ours to insist on.
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    tempfile::Builder::new()
        .prefix(&format!("{PREFIX}{}-", std::process::id()))
        .tempdir_in(temp)
}

/// Whether a process with this id exists (it may be another user's).
fn alive(pid: i32) -> bool {
    let Some(pid) = rustix::process::Pid::from_raw(pid) else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        Err(e) => e != rustix::io::Errno::SRCH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_demo_removes_the_leftovers_of_killed_ones_only() {
        let temp = std::env::temp_dir();
        // No process has this id (Linux allows at most 2^22).
        let dead = temp.join(format!("{PREFIX}{}-leftover", i32::MAX));
        let running = temp.join(format!("{PREFIX}{}-running", std::process::id()));
        for dir in [&dead, &running] {
            std::fs::create_dir_all(dir.join("journal")).expect("mkdir");
        }
        let fresh = directory().expect("demo directory");
        assert!(!dead.exists(), "the killed demo's journal is removed");
        assert!(running.exists(), "a running demo's journal is kept");
        let name = fresh.path().file_name().and_then(|n| n.to_str());
        assert!(
            name.is_some_and(|n| n.starts_with(&format!("{PREFIX}{}-", std::process::id()))),
            "{name:?}"
        );
        std::fs::remove_dir_all(&running).expect("clean up");
    }
}
