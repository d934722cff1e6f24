//! The resident holder: one process that keeps the journal open and runs
//! every other `givegive`'s commands, so none of them pays for opening it.
//!
//! A command that finds nobody answering on the journal's socket starts
//! one (`givegive holder serve`, detached; see `cli::ask`). It opens the
//! journal (waiting briefly if a holder it replaces is still letting go),
//! listens, says `ready` on its standard output, and answers commands with
//! the same code as the shell (`relay::serve`), each flushed before its
//! reply. It lets the journal go:
//! - after `linger` seconds without a command;
//! - when a message comes from another build of givegive (an upgrade: the
//!   new build then starts its own holder);
//! - when asked to (`Message::Release`: the TUI is starting, or a command
//!   that needs the shell's terminal runs on its own);
//! - when its journal is removed or replaced, or on SIGTERM/SIGHUP/SIGINT
//!   (within seconds even if a command is stuck: then it just exits, which
//!   is as safe as a crash);
//! - once the disk refused a write (sled then refuses every later one in
//!   the process, even after room is made);
//! - once sled found damage in the journal's files: the command that met
//!   it is answered with the damage and the command that recovers, and
//!   `recover` right after finds the journal free. A read sled cannot
//!   finish (see `store::watch`) is damage too: the waiting command is
//!   answered so, and the process ends.
//!
//! It removes its socket before it releases the journal's lock, and only
//! the socket it made, so the holder after it can never lose its socket to
//! this one's exit; a socket file removed or replaced while it holds the
//! lock is bound again (holding the lock, it is the rightful owner).
//!
//! It starts clean: it keeps none of the descriptors it inherited (a
//! caller's pipe would stay open as long as it lingers), and runs from `/`
//! so it keeps no folder busy.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};

use crate::backups;
use crate::config::Config;
use crate::journal::{Journal, JournalError};
use crate::relay::host::{self, Answered, Host};
use crate::relay::{self, Answer, Call, Holding, Listener, Message, Reply, Request};
use crate::store::StoreError;

/// How often the holder looks at its journal, its idle time and signals.
const TICK: Duration = Duration::from_millis(200);

/// How long a holder asked to end (SIGTERM) may take to let go before it
/// simply exits: a command stuck in the storage engine never returns.
const TERM_GRACE: Duration = Duration::from_secs(3);

/// How long a new holder waits for the journal's lock: the holder it
/// replaces flushes and exits within milliseconds. A command that opened
/// the journal itself may keep it longer; the command that started this
/// holder then waits for it on its own.
const LOCK_WAIT: Duration = Duration::from_secs(1);

/// Keeps the journal at `path` open and answers on its socket until it
/// has been idle for `linger`. `ready` is called once it listens.
pub fn serve(path: &Path, linger: Duration, ready: impl FnOnce()) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let waiting = Arc::new(Mutex::new(None));
    watch_reads(path, Arc::clone(&waiting))?;
    end_when_stuck(Arc::clone(&stop))?;
    let Some(journal) = open(path)? else {
        return Ok(());
    };
    journal.keep_warm();
    let mut listener = Listener::bind(path).map_err(|e| anyhow!(e))?;
    let held = relay::journal_file(path);
    ready();
    let (tx, calls) = mpsc::channel();
    accept(&listener, tx.clone())?;
    let mut holder = Holder {
        journal: &journal,
        path,
        linger,
        last: Instant::now(),
        opened: relay::serve::loose_warning(&journal),
        waiting,
    };
    let result = loop {
        if relay::journal_file(path) != held {
            // The journal was removed, moved or replaced: its files are no
            // longer at `path`, and sled makes some files by path (a large
            // value goes to `blobs/`), so a flush now could write into
            // whatever folder has that name. Every answered write is on
            // disk already: end without touching it.
            drop(listener);
            std::process::exit(0);
        }
        if stop.load(Ordering::Relaxed) {
            break Ok(());
        }
        if !listener.is_in_place() {
            // Removed, or replaced by a process that has no lock: this one
            // holds the journal, so commands must reach it.
            match Listener::bind(path) {
                Ok(again) => {
                    listener = again;
                    accept(&listener, tx.clone())?;
                }
                Err(_) => break Ok(()),
            }
        }
        match calls.recv_timeout(TICK) {
            Ok(stream) => {
                if !host::answer(&mut holder, Call::new(stream)).keep {
                    break Ok(());
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if holder.last.elapsed() >= linger {
                    break Ok(());
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                break Err(anyhow!("the journal's socket stopped accepting"));
            }
        }
    };
    // The socket goes first: from now on a command finds nobody and starts
    // a holder of its own, which waits for this one's lock.
    drop(listener);
    journal.finish()?;
    result
}

/// Hands each connection to `listener` to the main loop, from a thread of
/// its own (it blocks on the socket; it ends with the process).
fn accept(listener: &Listener, tx: mpsc::Sender<std::os::unix::net::UnixStream>) -> Result<()> {
    let incoming = listener.blocking()?;
    std::thread::Builder::new()
        .name("calls".into())
        .spawn(move || {
            for stream in incoming.incoming().flatten() {
                if tx.send(stream).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Ends the process [`TERM_GRACE`] after a signal asked it to end, should
/// the main loop not have let go by then (a command stuck in sled never
/// returns to it). Exiting mid-command is safe: the journal survives a
/// crash, and the sender of the command is told it may not have run.
fn end_when_stuck(stop: Arc<AtomicBool>) -> Result<()> {
    std::thread::Builder::new()
        .name("end".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(TICK);
            }
            std::thread::sleep(TERM_GRACE);
            std::process::exit(143);
        })?;
    Ok(())
}

/// Closes every descriptor above 2 this process inherited: a caller's
/// pipe (`( givegive show x ) 3>&1 | cat`) would otherwise stay open, and
/// its reader wait, for as long as the holder lingers.
#[allow(unsafe_code)]
pub(crate) fn close_inherited() {
    let Ok(entries) = std::fs::read_dir("/proc/self/fd") else {
        return;
    };
    let open: Vec<i32> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .filter(|fd| *fd > 2)
        .collect();
    // The listing's own descriptor is closed by now: only those still open
    // are closed (closing a closed one is an error).
    for fd in open
        .into_iter()
        .filter(|fd| std::fs::symlink_metadata(format!("/proc/self/fd/{fd}")).is_ok())
    {
        // SAFETY: called first thing in `holder serve`, on its only thread,
        // before it opens anything: every descriptor above 2 was inherited,
        // and nothing in this process owns or uses it.
        unsafe { rustix::io::close(fd) };
    }
}

/// Points standard input, output and error at /dev/null once the holder
/// said `ready`: the command that started it stops reading, and a
/// terminal it came from may close.
pub(crate) fn detach_stdio() {
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        let _ = rustix::stdio::dup2_stdin(&null);
        let _ = rustix::stdio::dup2_stdout(&null);
        let _ = rustix::stdio::dup2_stderr(&null);
    }
}

/// The journal, or `None` when another holder (or a TUI) answers for it.
fn open(path: &Path) -> Result<Option<Journal>> {
    let start = Instant::now();
    loop {
        match Journal::open(path) {
            Ok(journal) => return Ok(Some(journal)),
            Err(JournalError::Store(StoreError::Locked(_))) => {
                if relay::send(path, Message::Status).is_ok() {
                    return Ok(None);
                }
                if start.elapsed() > LOCK_WAIT {
                    return Err(StoreError::Locked(path.to_path_buf()).into());
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

struct Holder<'j> {
    journal: &'j Journal,
    path: &'j Path,
    linger: Duration,
    /// When the last command was answered.
    last: Instant,
    /// What opening the journal has to say, for the first command's reply.
    opened: Option<String>,
    /// The call whose command is running, for the watchdog to answer.
    waiting: Waiting,
}

/// Where the holder leaves the call it runs, for [`watch_reads`].
type Waiting = Arc<Mutex<Option<Call>>>;

/// A read sled cannot finish is damage: the caller waiting on it is told
/// so, and the holder ends: the stuck thread cannot be stopped, and the
/// journal's lock goes with the process, so `recover` can take it.
fn watch_reads(path: &Path, waiting: Waiting) -> Result<()> {
    let path = path.to_path_buf();
    crate::store::watchdog(move || {
        let damaged = StoreError::Damaged {
            path: path.clone(),
            detail: crate::store::stuck_detail(),
        };
        let call = waiting.lock().ok().and_then(|mut w| w.take());
        if let Some(call) = call {
            call.answer(&Answer::Ran(damage_reply(
                &path,
                &damaged,
                None,
                String::new(),
            )));
        }
        std::process::exit(1);
    })?;
    Ok(())
}

/// The reply of a command that met damage: what it printed, and the one
/// line that names the damage and the command that recovers.
fn damage_reply(path: &Path, damaged: &StoreError, saved: Option<bool>, out: String) -> Reply {
    Reply {
        code: 1,
        out,
        err: format!(
            "givegive: {}\n",
            crate::cli::damage_line(path, damaged, saved)
        ),
    }
}

impl Host for Holder<'_> {
    fn answers(&mut self) -> bool {
        true
    }

    /// Another build's command may mean something else, or be read
    /// differently: let it start a holder of its own.
    fn stranger(&mut self, _unreadable: Option<String>) -> Option<(Answer, Answered)> {
        let go = Answered {
            keep: false,
            wrote: false,
        };
        Some((Answer::OtherBuild, go))
    }

    fn run(&mut self, request: Request, call: Call) -> Answered {
        if let (Ok(mut waiting), Ok(copy)) = (self.waiting.lock(), call.try_clone()) {
            *waiting = Some(copy);
        }
        let daily = request.command.backs_up_daily();
        let (today, config) = (request.today, request.config.clone());
        let before = self.journal.store().generation();
        let (mut reply, wrote) = relay::serve::run(self.journal, request);
        if let Some(warning) = self.opened.take() {
            reply.err.insert_str(0, &warning);
        }
        // As in the shell, the first command of the day backs the
        // journal up once its own work is saved, before it ends.
        if daily && reply.code == 0 {
            reply.err.push_str(&self.back_up(today, config.as_deref()));
        }
        // The watchdog answers no more: this call is answered here.
        if let Ok(mut waiting) = self.waiting.lock() {
            waiting.take();
        }
        // Damage found while running it: said as damage, and the
        // journal let go, so `recover` right after is not refused.
        if let Some(damaged) = self.journal.store().damage() {
            let saved = self.journal.store().generation() != before;
            call.answer(&Answer::Ran(damage_reply(
                self.path,
                &damaged,
                Some(saved),
                reply.out,
            )));
            return Answered { keep: false, wrote };
        }
        call.answer(&Answer::Ran(reply));
        self.last = Instant::now();
        // sled refuses every write after the disk refused one: the
        // next command, once there is room, starts a holder anew.
        Answered {
            keep: self.journal.refused().is_none(),
            wrote,
        }
    }

    fn release(&mut self) -> (Answer, bool) {
        (Answer::Released(std::process::id()), false)
    }

    fn holding(&self) -> Holding {
        Holding {
            pid: std::process::id(),
            tui: false,
            build: relay::build().to_string(),
            linger: Some(self.linger.as_secs()),
            idle: self.last.elapsed().as_secs(),
        }
    }
}

impl Holder<'_> {
    /// The day's backup if it is due, and a warning if it failed.
    fn back_up(&self, today: chrono::NaiveDate, config: Option<&Path>) -> String {
        let settings = Config::load_for_commands(config).backup;
        match backups::daily(
            self.journal,
            self.path,
            &settings,
            today,
            &AtomicBool::new(false),
        ) {
            Ok(_) => String::new(),
            Err(e) => format!("givegive: warning: today's backup was not written: {e:#}\n"),
        }
    }
}
