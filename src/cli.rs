//! The process entry: the arguments as a typed command (`words`), the
//! clock, handing the command to the journal's holder (starting one when
//! none answers, see `cli::ask` and [`crate::holder`]), or else opening the
//! journal (waiting for a lock, or forwarding the command to a TUI that
//! holds it, see [`crate::relay`]), running the command (`command::run`),
//! printing its report (`print`), and the day's backup. Without a command
//! it makes a holder let go and opens the TUI.
//!
//! Every write is flushed before its success line is printed. Errors travel
//! up to `main`, which prints them as one line.

mod ask;
mod damage;
pub mod demo;
mod manual;
mod place;
mod recover;
mod screen;
mod settings;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

pub use crate::words::args::{Cli, Command, HolderAction};

use crate::backups;
use crate::command::{self, Env};
use crate::config::{Config, user_config_path};
use crate::journal::{Journal, JournalError};
use crate::print;
use crate::relay;
use crate::store::{Refusal, StoreError};
use crate::tui;
use crate::words::{self, Typed};

pub(crate) use damage::damage_line;
use damage::{damage_found, watch_reads};
use place::{canonical, refuse_named, unmake};
use screen::{Found, load_config, run_demo, run_tui};

/// Where the journal lives when neither `--db` nor `GIVEGIVE_DB` says.
pub fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "givegive")
        .ok_or_else(|| anyhow!("cannot find a home directory; choose a journal with --db PATH"))?;
    Ok(dirs.data_dir().join("journal"))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let clock = match &cli.today {
        Some(text) => tui::Clock::Pinned(
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| anyhow!("GIVEGIVE_TODAY/--today must be YYYY-MM-DD, not '{text}'"))?,
        ),
        None => tui::Clock::Local,
    };
    let today = clock.today();
    if cli.demo {
        return run_demo(clock);
    }
    let command = match cli.command {
        Some(Command::Completions { shell }) => {
            // The script that asks `givegive` itself on each TAB (what
            // `COMPLETE=bash givegive` prints), so names come from the journal.
            let name = shell.to_string();
            let shells = crate::words::complete::shells();
            let completer = shells
                .completer(&name)
                .ok_or_else(|| anyhow!("no completion for {name}"))?;
            completer.write_registration(
                "COMPLETE",
                "givegive",
                "givegive",
                "givegive",
                &mut std::io::stdout(),
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Config) => {
            settings::write(&mut std::io::stdout().lock())?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Man) => {
            manual::write(&mut std::io::stdout().lock())?;
            return Ok(ExitCode::SUCCESS);
        }
        other => other,
    };
    // A journal named with --db or GIVEGIVE_DB is made only on purpose: a
    // typo there must not answer "nobody matches" from a new empty one.
    let named = cli.db.is_some();
    let path = canonical(match cli.db {
        Some(p) => p.to_str().and_then(crate::config::expand_home).unwrap_or(p),
        None => default_db()?,
    });
    match &command {
        Some(Command::Recover { identity }) => {
            // A holder that found the damage may still hold the journal.
            ask::let_go(&path);
            return recover::recover(&path, identity.as_deref());
        }
        Some(Command::Holder { action }) => {
            return match action {
                None | Some(HolderAction::Status) => Ok(ask::status(&path)),
                Some(HolderAction::Stop) => ask::stop(&path),
                Some(HolderAction::Serve { linger }) => hold(&path, *linger),
            };
        }
        _ => {}
    }
    let typed = command
        .map(|c| words::typed(c, today))
        .transpose()
        .map_err(|e| anyhow!(e))?;
    // A folder made for a journal, still empty, has none yet.
    let folder = place::empty_folder(&path);
    let new_journal = named && (folder || !path.exists());
    // Said for the default journal as for --db (trial 28d: silent there).
    let starts =
        (folder || !path.exists()) && typed.as_ref().is_some_and(|t| t.command.starts_journal());
    if named {
        refuse_named(
            &path,
            typed.as_ref().is_none_or(|t| t.command.starts_journal()),
        )?;
    }
    if typed.as_ref().is_some_and(|t| t.command.reads_config())
        && let Some(warning) = crate::config::ignored_config_home()
    {
        eprintln!("givegive: warning: {warning}");
    }
    // Made once, with its id: however often it is sent, it runs once.
    let request = typed.as_ref().map(|t| request(t, today)).transpose()?;
    match (&typed, &request) {
        (Some(typed), Some(request)) if !typed.command.needs_own_process() => {
            if let Some(code) = ask::ask(&path, request, ask::linger())? {
                if starts && code == ExitCode::SUCCESS {
                    started(&path);
                }
                return Ok(code);
            }
        }
        // The TUI, or a command that needs this terminal: a holder lets
        // the journal go to it.
        _ => ask::release(&path),
    }
    if typed.is_some() {
        watch_reads(&path);
    }
    let mut waiting_since = Instant::now();
    let mut told = false;
    let mut told_import = false;
    let mut was_backing_up = false;
    // The copy a read works on where the disk refuses writes; it goes
    // after the journal opened in it.
    let mut copy = None;
    // An import's dry run where no journal is yet reads an empty one made
    // in memory: asking what an import would do starts no journal.
    let fresh = folder || !path.exists();
    let nothing_yet = fresh
        && typed
            .as_ref()
            .is_some_and(|t| matches!(&t.command, command::Command::Import(r) if r.dry_run));
    let journal = loop {
        if nothing_yet {
            let (journal, dir) = Journal::open_empty(&path)?;
            eprintln!(
                "givegive: no journal at {} yet: this is what an import into a new one would do",
                path.display()
            );
            copy = Some(dir);
            break journal;
        }
        match (Journal::open(&path), &typed) {
            (Ok(journal), _) => break journal,
            // A holder letting go for the TUI exits within milliseconds.
            (Err(JournalError::Store(StoreError::Locked(_))), None)
                if waiting_since.elapsed() < LOCK_WAIT =>
            {
                std::thread::sleep(LOCK_RETRY);
            }
            (Err(JournalError::Store(StoreError::Locked(_))), Some(typed)) => {
                let Some(request) = &request else {
                    return Err(ask::locked(&path));
                };
                let backing_up = backups::in_progress(&path);
                // A holder closes its journal only after its backup ends, so
                // the usual wait starts again from that end.
                if was_backing_up && !backing_up {
                    waiting_since = Instant::now();
                }
                was_backing_up = backing_up;
                let limit = if backing_up { BACKUP_WAIT } else { LOCK_WAIT };
                // What this shell pipes in cannot travel to another process:
                // a holder lingering after a command lets go (asked above),
                // the TUI does not.
                if typed.command.reads_stdin() {
                    let tui = relay::lock_holder(&path).is_some_and(|h| h.kind == relay::Kind::Tui);
                    if !tui && waiting_since.elapsed() < limit {
                        std::thread::sleep(LOCK_RETRY);
                        continue;
                    }
                    return Err(anyhow!(
                        "the TUI has the journal open: give a file instead of -, or quit the TUI first"
                    ));
                }
                // The TUI runs it on its side: no progress here, and Ctrl-C
                // in this shell cannot stop it once taken.
                if matches!(typed.command, command::Command::Import(_))
                    && !told_import
                    && relay::lock_holder(&path).is_some_and(|h| h.kind == relay::Kind::Tui)
                {
                    eprintln!(
                        "givegive: the TUI has the journal open, so the TUI runs this import; Ctrl-C here does not stop it"
                    );
                    told_import = true;
                }
                match relay::send(&path, relay::Message::Run(request.clone())) {
                    Err(
                        relay::SendError::NoListener
                        | relay::SendError::NotRun
                        | relay::SendError::Dropped,
                    )
                    | Ok(relay::Answer::OtherBuild)
                        if waiting_since.elapsed() < limit =>
                    {
                        if backing_up && !told {
                            eprintln!("givegive: waiting for today's backup of the journal to end");
                            told = true;
                        }
                        std::thread::sleep(LOCK_RETRY);
                    }
                    Ok(relay::Answer::Ran(reply)) => return Ok(ask::print(reply)),
                    Err(relay::SendError::Queued(holder)) => {
                        return Err(ask::queued(&path, holder));
                    }
                    Err(lost @ relay::SendError::Lost(_)) => return Err(lost.into()),
                    _ => return Err(ask::locked(&path)),
                }
            }
            (Err(JournalError::Store(damaged @ StoreError::Damaged { .. })), _) => {
                return Err(anyhow!(damage_line(&path, &damaged, Some(false))));
            }
            (Err(JournalError::Store(StoreError::Locked(_))), None) => {
                return Err(ask::locked(&path));
            }
            (Err(JournalError::Store(refused)), Some(typed)) if !typed.command.writes() => {
                let Some(refusal) = refused.refusal() else {
                    return Err(refused.into());
                };
                let (journal, dir) = match Journal::open_copy(&path) {
                    Ok(opened) => opened,
                    // A holder that said it let go may hold the lock a
                    // moment longer: the copy waits for it as an open does.
                    Err(JournalError::Store(StoreError::Locked(_)))
                        if waiting_since.elapsed() < LOCK_WAIT =>
                    {
                        std::thread::sleep(LOCK_RETRY);
                        continue;
                    }
                    Err(_) => return Err(refused.into()),
                };
                eprintln!("givegive: {}", read_from_copy(refusal));
                copy = Some(dir);
                break journal;
            }
            (Err(e), _) => return Err(e.into()),
        }
    };
    if let Some(warning) = relay::serve::loose_warning(&journal) {
        eprint!("{warning}");
    }
    let Some(Typed { command, json }) = typed else {
        let found = if fresh {
            Found::Nothing {
                named: new_journal,
                folder,
            }
        } else {
            Found::Journal
        };
        return run_tui(journal, &path, clock, true, found);
    };
    // Only the review, drafts and backups need the user's whole config, so a
    // broken config file cannot stop a capture.
    let (config, broken) =
        Config::for_command(command.config_tables(), user_config_path().as_deref())
            .map_err(config_refused)?;
    if let Some(broken) = broken {
        let label = crate::words::label(&command);
        let name = label.split(' ').next().unwrap_or("givegive");
        eprint!("{}", crate::config::warnings(&broken, name));
    }
    let daily = command.backs_up_daily();
    // A command a holder took and then died with may have been saved: its
    // id says so, and it is not run twice.
    let id = request.and_then(|r| r.id).filter(|_| command.writes());
    if let Some(id) = &id {
        if let Some(seen) = journal.store().seen(id)? {
            return Ok(ask::print(relay::serve::first_answer(seen.answer)));
        }
        journal.store().on_behalf_of(Some(id));
    }
    let env = Env {
        interactive: true,
        passphrase: &recover::passphrase_at_terminal,
        ..Env::unattended(today, &config, words::label(&command))
    };
    let before = journal.store().generation();
    let report = match command::run(&journal, &env, command) {
        Ok(report) => report,
        Err(e) => {
            damage_found(&journal, &path, before)?;
            if fresh && copy.is_none() && journal.store().generation() == before {
                unmake(journal, &path, folder);
            }
            return Err(anyhow!(e));
        }
    };
    journal.store().on_behalf_of(None);
    let style = print::Style {
        json,
        today,
        terminal: std::io::stdout().is_terminal(),
    };
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let ok = print::report(&mut out, &mut err, &report, style)?;
    drop((out, err));
    if starts && ok && !nothing_yet {
        started(&path);
    }
    journal.flush()?;
    // A copy's backup would not be the journal's, and its disk refuses it.
    if daily && ok && copy.is_none() {
        daily_backup(&journal, &path, today);
    }
    damage_found(&journal, &path, before)?;
    journal.finish()?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// A config refused with its mistakes, one a line: all but the last said
/// here, the last as the error `main` says, so each has a line of its own.
pub(crate) fn config_refused(said: String) -> anyhow::Error {
    match said.rsplit_once('\n') {
        Some((before, last)) => {
            eprint!("{}", crate::config::on_stderr(before));
            anyhow!(last.to_string())
        }
        None => anyhow!(said),
    }
}

/// Said once a command started a journal, at the path named or the default.
fn started(path: &Path) {
    eprintln!("givegive: started a new journal at {}", path.display());
}

/// The one line a read from a copy of the journal says on stderr.
fn read_from_copy(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::ReadOnly => {
            "the journal is on a read-only file system: this was read from a copy of it made in memory"
        }
        Refusal::Denied => {
            "the journal's files are not yours to write (permission denied): this was read from a copy of it made in memory"
        }
        Refusal::Full => {
            "the disk holding the journal is full: this was read from a copy of it made in memory (make room on the disk to change it)"
        }
    }
}

/// The first command of the day backs the journal up once its own work is
/// done and reported. A failure is a warning: the command itself succeeded.
fn daily_backup(journal: &Journal, path: &Path, today: NaiveDate) {
    // The commands report a broken config; the backup keeps going with
    // what of it reads.
    let settings = Config::load_for_commands(user_config_path().as_deref()).backup;
    let written = backups::daily(journal, path, &settings, today, &AtomicBool::new(false));
    warn_unless_written(written.map(|_| ()));
}

fn warn_unless_written(written: Result<()>) {
    if let Err(e) = written {
        eprintln!("givegive: warning: today's backup was not written: {e:#}");
    }
}

/// `givegive COMMAND` on the journal at `path`, as the user would type it.
pub(crate) fn journal_command(path: &Path, command: &str) -> String {
    match default_db().map(canonical) {
        Ok(default) if default == path => format!("givegive {command}"),
        _ => format!("givegive --db {} {command}", path.display()),
    }
}

/// How long a command waits for a journal that another command holds (two
/// captures typed at once in two shells; a process killed mid-write, whose
/// lock goes only once its last write reached the disk) before saying it is
/// locked.
const LOCK_WAIT: Duration = Duration::from_secs(3);
const LOCK_RETRY: Duration = Duration::from_millis(25);
/// How long a command waits while the journal's holder writes the day's
/// backup: seconds at 100,000 people, more on a slow disk.
const BACKUP_WAIT: Duration = Duration::from_secs(60);

/// The command as the journal's holder (or a TUI) is to run it.
fn request(typed: &Typed, today: NaiveDate) -> Result<relay::Request> {
    Ok(relay::Request {
        command: typed.command.clone().anchored(&std::env::current_dir()?),
        json: typed.json,
        today,
        terminal: std::io::stdout().is_terminal(),
        config: user_config_path(),
        id: Some(relay::request_id()),
    })
}

/// `givegive holder serve`: this process becomes the journal's holder, in
/// a session of its own so the shell that started it can close.
/// It keeps nothing of its caller's: no inherited descriptor, and no
/// folder busy (it runs from `/`; its journal's path is absolute).
fn hold(path: &Path, linger: u64) -> Result<ExitCode> {
    crate::holder::close_inherited();
    let _ = rustix::process::setsid();
    let path = std::path::absolute(path)?;
    rustix::process::chdir("/")?;
    crate::holder::serve(&path, Duration::from_secs(linger), || {
        println!("ready");
        crate::holder::detach_stdio();
    })?;
    Ok(ExitCode::SUCCESS)
}
