//! Starting the TUI: on the user's journal (with the day's backup beside
//! it) or on a throwaway demo journal.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow};

use super::{demo, started, unmake, warn_unless_written};
use crate::backups;
use crate::config::{Config, user_config_path};
use crate::journal::Journal;
use crate::tui;

/// What was at the TUI's path before it opened.
#[derive(Clone, Copy)]
pub(super) enum Found {
    Journal,
    /// Nothing: the journal was made for the TUI; `named` on purpose
    /// (`--db`, `GIVEGIVE_DB`), which the TUI's status and the quit say,
    /// since a typo in the path looks exactly like a new journal.
    Nothing {
        named: bool,
        /// In a folder the user made, which stays.
        folder: bool,
    },
}

/// Opens the TUI on `journal`, backing it up if the day's backup is due
/// (never for the throwaway demo: it must not count as the day's backup).
/// A journal made for it that is left with nothing written is taken away
/// on quit, as a refused command's is (`unmake`): a journal is started only
/// by something written, so quitting on a mistyped path leaves nothing
/// (trial 28d #5).
pub(super) fn run_tui(
    journal: Journal,
    path: &Path,
    clock: tui::Clock,
    back_up: bool,
    found: Found,
) -> Result<ExitCode> {
    let generation = journal.store().generation();
    let file = crate::relay::journal_file(path);
    let named = matches!(found, Found::Nothing { named: true, .. });
    let shown = show(&journal, path, clock, back_up, named);
    // Still the journal it made (not moved or replaced), and untouched.
    let untouched =
        journal.store().generation() == generation && crate::relay::journal_file(path) == file;
    match found {
        Found::Nothing { named, folder } if untouched => {
            unmake(journal, path, folder);
            if named && shown.is_ok() {
                eprintln!(
                    "givegive: nothing was written, so no journal was kept at {}",
                    path.display()
                );
            }
        }
        Found::Nothing { named: true, .. } if shown.is_ok() => started(path),
        _ => {}
    }
    shown
}

fn show(
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
    run_tui(journal, &path, clock, false, Found::Journal)
}
