//! Starting the TUI: on the user's journal (with the day's backup beside
//! it) or on a throwaway demo journal.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow};

use super::{demo, started, warn_unless_written};
use crate::backups;
use crate::config::{Config, user_config_path};
use crate::journal::Journal;
use crate::tui;

/// Opens the TUI on `journal`, backing it up if the day's backup is due
/// (never for the throwaway demo: it must not count as the day's backup).
/// `new`: the journal was started at a path named on purpose, said in the
/// TUI's status and again on quit, since a typo in the path looks exactly
/// like a new journal.
pub(super) fn run_tui(
    journal: &Journal,
    path: &Path,
    clock: tui::Clock,
    back_up: bool,
    new: bool,
) -> Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(anyhow!(
            "the givegive TUI needs a terminal; from scripts use the commands (see: givegive --help)"
        ));
    }
    let config = load_config()?;
    let stop = AtomicBool::new(false);
    let today = clock.today();
    // The day's backup is written beside the TUI, on a thread of its own,
    // while the first frame loads; quitting stops it.
    let (result, backup) = std::thread::scope(|s| {
        let backup = back_up
            .then(|| s.spawn(|| backups::daily(journal, path, &config.backup, today, &stop)));
        let result = tui::run(journal, path, &config, clock, new);
        stop.store(true, Ordering::SeqCst);
        (result, backup.map(|b| b.join()))
    });
    result?;
    if new {
        started(path);
    }
    if let Some(joined) = backup {
        warn_unless_written(match joined {
            Ok(written) => written.map(|_| ()),
            Err(_) => Err(anyhow!("the backup thread failed")),
        });
    }
    Ok(ExitCode::SUCCESS)
}

/// The user's configuration over the defaults; `NO_COLOR` turns colour off.
pub(super) fn load_config() -> Result<Config> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Config::load(user_config_path().as_deref(), no_color).map_err(super::config_refused)
}

/// The TUI on a throwaway journal of sample people, deleted on quit.
pub(super) fn run_demo(clock: tui::Clock) -> Result<ExitCode> {
    let dir = demo::directory().context("cannot create a demo directory")?;
    let path = dir.path().join("journal");
    let journal = Journal::open(&path)?;
    demo::seed(&journal, clock.today())?;
    journal.flush()?;
    run_tui(&journal, &path, clock, false, false)
}
