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
use crate::relay::{self, Answer, Message, Reply, Request, SendError};

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
pub(super) fn ask(path: &Path, request: &Request, linger: u64) -> Result<Option<ExitCode>> {
    let mut started = false;
    for _ in 0..TRIES {
        match relay::send(path, Message::Run(request.clone())) {
            Ok(Answer::Ran(reply)) => return Ok(Some(print(reply))),
            Err(SendError::Lost(e)) => return Err(SendError::Lost(e).into()),
            Err(SendError::NoListener) => {
                if linger == 0 || started {
                    return Ok(None);
                }
                started = true;
                start(path, linger)?;
            }
            // The holder is letting go (idle, or another build): the next
            // try starts the one after it.
            Ok(_) | Err(SendError::NotRun) => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    Ok(None)
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
        _ => println!("no process holds {} open", path.display()),
    }
    ExitCode::SUCCESS
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
            Err(SendError::NoListener) => break,
            // Letting go already (another build's, or idle).
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    if stopped {
        println!("the holder let go of {}", path.display());
    } else {
        println!("no holder had {} open", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Waits (up to 10 s) until the holder that let go has closed the
/// journal: its process id can read as exited (a zombie) while its other
/// threads still have the files, and sled's lock, open.
fn wait_until_free(path: &Path) {
    let start = std::time::Instant::now();
    while Journal::in_use(path) && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// "15 min", "40 s", "1 s".
fn seconds(n: u64) -> String {
    if n >= 120 && n.is_multiple_of(60) {
        format!("{} min", n / 60)
    } else {
        format!("{n} s")
    }
}
