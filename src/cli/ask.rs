//! A command's way to the journal's holder (see [`crate::holder`]): ask
//! it, start one when nobody answers, or say the command must open the
//! journal itself.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{ExitCode, Stdio};
use std::time::Duration;

use anyhow::{Result, anyhow};

use crate::config::{Config, user_config_path};
use crate::journal::Journal;
use crate::relay::{self, Answer, Kind, LockHolder, Message, Reply, Request, SendError};
use crate::store::StoreError;

/// How many times a command is offered to holders that go away before
/// taking it (one letting go, another starting) before it runs on its own.
const TRIES: usize = 50;

/// Seconds the holder stays after the last command: `GIVEGIVE_LINGER`, or
/// `[holder] linger` in the config (a broken config gets the default).
pub(super) fn linger() -> u64 {
    if let Some(seconds) = std::env::var("GIVEGIVE_LINGER")
        .ok()
        .and_then(|v| v.trim().parse().ok())
    {
        return seconds;
    }
    let no_color = false;
    Config::load(user_config_path().as_deref(), no_color)
        .unwrap_or_else(|_| Config::defaults())
        .linger
}

/// Runs `request` in the journal's holder, starting one when nobody
/// answers and `linger` allows it. `None`: the command is to open the
/// journal itself (no holder wanted, or none could start: the journal is
/// busy, damaged, or its socket has no place).
///
/// A slow holder is waited for, never asked twice; a holder that ended
/// before answering is asked again only because the request's id makes
/// that safe (it answers with its first answer if the command ran).
pub(super) fn ask(path: &Path, request: &Request, linger: u64) -> Result<Option<ExitCode>> {
    let mut started = false;
    for _ in 0..TRIES {
        match relay::send(path, Message::Run(request.clone())) {
            Ok(Answer::Ran(reply)) => return Ok(Some(print(reply))),
            Err(SendError::Lost(e)) => return Err(SendError::Lost(e).into()),
            Err(SendError::Queued(holder)) => return Err(queued(path, holder)),
            Err(SendError::Dropped) if request.id.is_none() => {
                return Err(SendError::Dropped.into());
            }
            Err(SendError::NoListener) => {
                if linger == 0 || started {
                    return Ok(None);
                }
                started = true;
                start(path, linger)?;
            }
            // The holder is letting go (idle, or another build): the next
            // try starts the one after it.
            Ok(_) | Err(SendError::NotRun | SendError::Dropped) => {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }
    Ok(None)
}

/// The error of a command its holder did not take in time. It is not run:
/// once this process ends, a holder that wakes finds its sender gone and
/// drops it (`Call::take`).
pub(super) fn queued(path: &Path, holder: Option<LockHolder>) -> anyhow::Error {
    anyhow!(
        "{}: it was not run, and will not be; end the holder with `{}`, then run the command again",
        SendError::Queued(holder),
        super::journal_command(path, "holder stop")
    )
}

/// Asks a holder to let the journal go, before this process opens it: the
/// TUI, or a command that needs the terminal. A TUI keeps it.
pub(super) fn release(path: &Path) {
    let _ = relay::send(path, Message::Release);
}

/// Asks a holder to let the journal go and waits until it has: what
/// `recover` does first, so a holder lingering on the damaged journal
/// does not refuse it.
pub(super) fn let_go(path: &Path) {
    if let Ok(Answer::Released(_)) = relay::send(path, Message::Release) {
        wait_until_free(path);
    }
}

/// Prints a reply as the shell would have printed the report.
pub(super) fn print(reply: Reply) -> ExitCode {
    let mut out = std::io::stdout().lock();
    // A closed stdout (`| head`) is the reader's choice.
    let _ = out
        .write_all(reply.out.as_bytes())
        .and_then(|()| out.flush());
    eprint!("{}", reply.err);
    ExitCode::from(reply.code)
}

/// Starts a holder for the journal at `path` and waits until it listens or
/// has exited (another process holds the journal, or it cannot be opened;
/// the command then finds out for itself).
fn start(path: &Path, linger: u64) -> Result<()> {
    let exe = std::env::current_exe()?;
    let mut child = std::process::Command::new(exe)
        .arg("--db")
        .arg(path)
        .args(["holder", "serve", "--linger", &linger.to_string()])
        // Days come with each command; a passphrase stays with its shell.
        .env_remove("GIVEGIVE_TODAY")
        .env_remove("GIVEGIVE_PASSPHRASE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| anyhow!("cannot start the journal's holder: {e}"))?;
    let mut said = String::new();
    if let Some(out) = child.stdout.take() {
        // `ready`, or nothing once it exited.
        let _ = BufReader::new(out).read_line(&mut said);
    }
    if said.trim() != "ready" {
        let _ = child.wait();
    }
    Ok(())
}

/// `givegive holder status`.
pub(super) fn status(path: &Path) -> ExitCode {
    match relay::send(path, Message::Status) {
        Ok(Answer::Status(h)) if h.tui => {
            println!(
                "the givegive TUI (pid {}) has {} open",
                h.pid,
                path.display()
            );
        }
        Ok(Answer::Status(h)) => {
            let linger = h.linger.unwrap_or(0);
            println!(
                "a holder (pid {}, givegive {}) keeps {} open; it lets go after {} idle (idle for {})",
                h.pid,
                h.build.split(' ').next().unwrap_or("?"),
                path.display(),
                seconds(linger),
                seconds(h.idle)
            );
        }
        Ok(Answer::OtherBuild) => println!(
            "a holder of another build of givegive had {} open; it lets go now",
            path.display()
        ),
        // No answer: whatever holds sled's lock is stopped, stuck, or has
        // lost its socket.
        _ => match relay::lock_holder(path) {
            Some(h) => println!("{}", silent(path, h)),
            None => println!("no process holds {} open", path.display()),
        },
    }
    ExitCode::SUCCESS
}

/// What a process that holds the journal without answering is doing, and
/// how to end it.
fn silent(path: &Path, h: LockHolder) -> String {
    match h.kind {
        Kind::Holder => format!(
            "a holder (pid {}) holds {} but {}; `{}` ends it",
            h.pid,
            path.display(),
            doing(h),
            super::journal_command(path, "holder stop")
        ),
        Kind::Tui | Kind::Command => format!(
            "{} holds {} but {}; {}",
            h.named(),
            path.display(),
            doing(h),
            end_it_yourself(h)
        ),
    }
}

/// Why a process that holds the journal did not answer: stopped, or (a
/// holder that runs) busy: it has not bound its socket yet while it opens
/// a large journal, or runs a long command.
fn doing(h: LockHolder) -> &'static str {
    match (h.stopped, h.kind) {
        (true, _) => "is stopped",
        (false, Kind::Holder) => "is busy (opening the journal or running a command)",
        (false, _) => "does not answer",
    }
}

/// How to end a TUI or a command that holds the journal: givegive never
/// ends them for the user (they may be typing in it).
fn end_it_yourself(h: LockHolder) -> String {
    let wake = if h.stopped {
        format!("`kill -CONT {}` resumes it, then ", h.pid)
    } else {
        String::new()
    };
    match h.kind {
        Kind::Tui => format!("{wake}quit it to let the journal go"),
        _ => format!("{wake}let it end, or end it with `kill {}`", h.pid),
    }
}

/// The error of a journal another process holds: which one, what it is
/// doing, and the one command that frees the journal.
pub(super) fn locked(path: &Path) -> anyhow::Error {
    let Some(h) = relay::lock_holder(path) else {
        return StoreError::Locked(path.to_path_buf()).into();
    };
    let stop = super::journal_command(path, "holder stop");
    let (what, fix) = match (h.kind, h.stopped) {
        (Kind::Holder, true) => (
            ": a holder that is stopped",
            format!("end it with `{stop}`"),
        ),
        (Kind::Holder, false) => (
            ": a holder, busy opening the journal or running a command",
            format!("try again in a moment, or end it with `{stop}`"),
        ),
        (Kind::Tui, false) => (": the TUI", "quit it and try again".to_string()),
        (Kind::Tui, true) => (
            ": the TUI, stopped",
            format!("`kill -CONT {}` resumes it; quit it and try again", h.pid),
        ),
        (Kind::Command, false) => ("", "wait for it to end and try again".to_string()),
        (Kind::Command, true) => (
            ", stopped",
            format!(
                "`kill -CONT {}` resumes it; wait for it to end and try again",
                h.pid
            ),
        ),
    };
    anyhow!(
        "the journal at {} is open in another givegive process (pid {}{what}); {fix}",
        path.display(),
        h.pid
    )
}

/// `givegive holder stop`: returns once no holder is left, its process
/// gone, so the journal's files are free (to copy them, say).
pub(super) fn stop(path: &Path) -> Result<ExitCode> {
    let mut stopped = false;
    // A holder another shell starts meanwhile is stopped too.
    for _ in 0..TRIES {
        match relay::send(path, Message::Release) {
            Ok(Answer::Kept) => {
                return Err(anyhow!(
                    "the givegive TUI has {} open; quit it to let the journal go",
                    path.display()
                ));
            }
            Ok(Answer::Released(_)) => {
                wait_until_free(path);
                stopped = true;
            }
            // Nothing answers, or what holds the journal does not: it is
            // found by its lock below.
            Err(SendError::NoListener | SendError::Queued(_)) => break,
            // Letting go already (another build's, or idle).
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    if let Some(h) = relay::lock_holder(path) {
        if h.kind != Kind::Holder {
            return Err(anyhow!(
                "{} has {} open; {}",
                h.named(),
                path.display(),
                end_it_yourself(h)
            ));
        }
        // A busy holder had the release's 2 s to take it; one still opening
        // has no socket yet. Ending it is what was asked, and as safe as a
        // crash: every answered command is on disk.
        end(path, h);
        println!(
            "the holder (pid {}) {} and was ended; the journal is free",
            h.pid,
            if h.stopped { "was stopped" } else { "was busy" }
        );
        return Ok(ExitCode::SUCCESS);
    }
    if stopped {
        println!("the holder let go of {}", path.display());
    } else {
        println!("no holder had {} open", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Ends a holder that holds the journal without answering: SIGTERM (with
/// SIGCONT, so a stopped one sees it), then SIGKILL if it has not let go
/// within seconds. A holder killed mid-write is safe: the journal survives
/// a crash, and its sender was told its command may not have run.
fn end(path: &Path, h: LockHolder) {
    use rustix::process::{Pid, Signal, kill_process};
    let Some(pid) = i32::try_from(h.pid).ok().and_then(Pid::from_raw) else {
        return;
    };
    let _ = kill_process(pid, Signal::TERM);
    let _ = kill_process(pid, Signal::CONT);
    if !wait_until_free(path) {
        let _ = kill_process(pid, Signal::KILL);
        wait_until_free(path);
    }
}

/// Waits (up to 10 s) until the holder that let go has closed the
/// journal: its process id can read as exited (a zombie) while its other
/// threads still have the files, and sled's lock, open.
/// Says whether it is free.
fn wait_until_free(path: &Path) -> bool {
    let start = std::time::Instant::now();
    while Journal::in_use(path) {
        if start.elapsed() >= Duration::from_secs(10) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    true
}

/// "15 min", "40 s", "1 s".
fn seconds(n: u64) -> String {
    if n >= 120 && n.is_multiple_of(60) {
        format!("{} min", n / 60)
    } else {
        format!("{n} s")
    }
}
