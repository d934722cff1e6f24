//! The journal's socket: how one process that holds the journal (a resident
//! holder, or the TUI) answers the commands of every other `givegive`.
//!
//! sled lets one process open a store, and opening it is most of a
//! command's time. So the process holding the journal listens on an
//! owner-only Unix socket (where: [`places`]); a command sends its typed
//! command there as a versioned JSON message, the holder runs it with the
//! same code as the shell, flushes, and answers with the printed report and
//! exit code. A capture is acknowledged only once it is durable, exactly as
//! when the shell runs it itself.
//!
//! Before running a command the holder writes one byte, `+`: a connection
//! that closes before it was certainly not run and can be tried again. A
//! slow holder (busy, stopped, a TUI whose user is in an editor) is waited
//! for, never asked twice: each command carries an id its sender made, and
//! the process that runs it records the id with its change (see
//! `store::requests`), so a command sent again after its holder died finds
//! its first answer instead of running twice.

mod call;
pub(crate) mod host;
mod lock;
mod places;
pub(crate) mod serve;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::command::Command;
pub use call::{Call, Listener};
pub use lock::{Kind, LockHolder, journal_file, lock_holder};
use places::{places, socket_dir};

/// How long a sender waits quietly before it says it is waiting.
const NOTICE_AFTER: Duration = Duration::from_secs(2);

/// How long a command waits for the holder to take it before it gives up
/// and says so: a holder answers at once unless it is busy, stopped, or a
/// TUI whose user is in an editor. A command given up on is never run: a
/// holder that wakes finds its sender gone (see `Call::take`).
const TAKE_BOUND: Duration = Duration::from_secs(5 * 60);

/// How long `holder` and a TUI's start wait for a holder to answer before
/// they look for it in the system's lock table instead.
const ASK_BOUND: Duration = Duration::from_secs(2);

/// How long a taken command may run: an import of a large file, or a
/// backup, takes minutes on a slow disk.
const RUN_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// The largest message accepted: a command line, not a file.
const MAX_REQUEST: u64 = 1024 * 1024;

/// The version of the messages: a holder reads only messages of its own.
const MESSAGE_VERSION: u32 = 2;

/// What another process asks of the holder.
#[derive(Debug, Serialize, Deserialize)]
pub enum Message {
    /// Run a command and answer with its report.
    Run(Request),
    /// Let the journal go: a TUI is starting, or a command that needs the
    /// terminal (a passphrase, a progress bar) runs in its own process.
    Release,
    /// Say who holds the journal.
    Status,
}

/// A message with the version of its format and the build that sent it.
#[derive(Serialize, Deserialize)]
struct Envelope {
    version: u32,
    build: String,
    message: Message,
}

/// `message` as it goes over the socket, with this build's version.
pub(crate) fn envelope(message: Message) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(&Envelope {
        version: MESSAGE_VERSION,
        build: build().to_string(),
        message,
    })
}

/// A command to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub command: Command,
    /// Whether the report is wanted as JSON.
    pub json: bool,
    /// The shell's idea of today (it may be pinned with GIVEGIVE_TODAY).
    pub today: chrono::NaiveDate,
    /// Whether the shell prints to a terminal (an export is shown inert).
    pub terminal: bool,
    /// The config file the shell would read, for the commands that read one
    /// (the review, drafts, backups): the holder reads it at each of them.
    pub config: Option<PathBuf>,
    /// The id this request's sender made for it (see [`request_id`]).
    #[serde(default)]
    pub id: Option<String>,
}

/// A new request id: 128 random bits, as hex. Should the system's random
/// source fail, the process, the time and a count still make it unique.
pub fn request_id() -> String {
    use sha2::Digest;
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let mut bytes = [0u8; 16];
    let random = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if random.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let seed = format!(
            "{} {nanos} {}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        bytes.copy_from_slice(&sha2::Sha256::digest(seed.as_bytes())[..16]);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the command printed and how it ended.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Reply {
    pub code: u8,
    /// Sent after the message rather than inside it (see [`Call::answer`]):
    /// a list of 100,000 people is megabytes that JSON would escape and
    /// the shell would unescape.
    #[serde(default, skip_serializing)]
    pub out: String,
    pub err: String,
}

/// Who holds a journal, for `givegive holder`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Holding {
    pub pid: u32,
    /// The TUI (it keeps the journal until the user quits), or a holder.
    pub tui: bool,
    pub build: String,
    /// Seconds a holder stays without a command; none for the TUI.
    pub linger: Option<u64>,
    /// Seconds since the last command.
    pub idle: u64,
}

/// The holder's answer.
#[derive(Debug, Serialize, Deserialize)]
pub enum Answer {
    Ran(Reply),
    /// The holder is another build of givegive (an upgrade, say): it lets
    /// the journal go rather than run a command it may read differently.
    OtherBuild,
    /// The journal is let go: the holder (this process id) exits.
    Released(u32),
    /// The TUI keeps the journal: the user is in it.
    Kept,
    Status(Holding),
}

/// This build of givegive: its version and its executable's size and
/// modification time, so a rebuilt or reinstalled binary differs from a
/// holder started by the one it replaced.
pub fn build() -> &'static str {
    use std::os::unix::fs::MetadataExt;
    static BUILD: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BUILD.get_or_init(|| {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| format!("{}.{}.{}", m.len(), m.mtime(), m.mtime_nsec()))
            .unwrap_or_default();
        format!("{} {exe}", env!("CARGO_PKG_VERSION"))
    })
}

/// Why a message got no answer.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Nothing listens: nobody holds the journal, or what holds it is a
    /// command that runs on its own.
    #[error("no givegive holds the journal")]
    NoListener,
    /// The holder went away before taking the message: it was not run.
    #[error("the givegive holding the journal went away before taking the command")]
    NotRun,
    /// The holder took the command and went away without answering (it
    /// was killed): it may have run. A request with an id may be sent
    /// again: if it ran, its id says so.
    #[error("the givegive holding the journal ended before it answered")]
    Dropped,
    /// The holder did not take the command in time: this sender gives up,
    /// and a holder that wakes finds it gone and does not run it.
    #[error("{} has not taken the command in {} min", .0.as_ref().map_or_else(|| "the journal's holder".to_string(), LockHolder::named), TAKE_BOUND.as_secs() / 60)]
    Queued(Option<LockHolder>),
    /// The holder took the command but its answer was lost: the command may
    /// have run, so it must not be run again.
    #[error(
        "the givegive holding the journal took the command but did not answer ({0}); check with `givegive show` before repeating it"
    )]
    Lost(std::io::Error),
}

/// Sends `message` to whatever holds `journal`, if anything listens. A
/// command is waited for however slow its holder is (saying so after 2 s,
/// on stderr), up to [`TAKE_BOUND`]; a status or a release, 2 s.
pub fn send(journal: &Path, message: Message) -> Result<Answer, SendError> {
    let mut stream = places(journal)
        .into_iter()
        .enumerate()
        .filter_map(|(n, place)| place.ok().map(|path| (n, path)))
        .filter(|(n, path)| *n == 0 || path.parent().is_some_and(|d| socket_dir(d, false).is_ok()))
        .find_map(|(_, path)| UnixStream::connect(path).ok())
        .ok_or(SendError::NoListener)?;
    let patient = matches!(message, Message::Run(_));
    let sent = (|| -> std::io::Result<()> {
        stream.write_all(&envelope(message)?)?;
        stream.shutdown(std::net::Shutdown::Write)
    })();
    // A holder that closed as the message went out never read it.
    sent.map_err(|_| SendError::NotRun)?;
    let mut waiting = Waiting {
        journal,
        since: Instant::now(),
        told: !patient,
    };
    let bound = if patient { TAKE_BOUND } else { ASK_BOUND };
    let mut taken = [0u8; 1];
    loop {
        stream
            .set_read_timeout(Some(NOTICE_AFTER / 4))
            .map_err(|_| SendError::NotRun)?;
        match stream.read(&mut taken) {
            Ok(1) => break,
            Err(e) if is_timeout(&e) => {
                if waiting.since.elapsed() >= bound {
                    return Err(SendError::Queued(lock_holder(journal)));
                }
                waiting.tell(false);
            }
            Ok(_) | Err(_) => return Err(SendError::NotRun),
        }
    }
    let mut answer = Vec::new();
    loop {
        stream
            .set_read_timeout(Some(NOTICE_AFTER))
            .map_err(SendError::Lost)?;
        match stream.read_to_end(&mut answer) {
            Ok(_) => break,
            Err(e) if is_timeout(&e) && waiting.since.elapsed() < RUN_TIMEOUT => {
                // A long import is no news; a stopped holder is.
                waiting.tell(true);
            }
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Err(SendError::Dropped);
            }
            Err(e) => return Err(SendError::Lost(e)),
        }
    }
    if answer.is_empty() {
        return Err(SendError::Dropped);
    }
    if taken[0] != b'+' {
        // A TUI of the first version of these messages answers with a
        // bare reply (that it cannot read this one).
        answer.insert(0, taken[0]);
        return serde_json::from_slice::<Reply>(&answer)
            .map(Answer::Ran)
            .map_err(|e| SendError::Lost(e.into()));
    }
    // The message, a newline (compact JSON has none), what was printed.
    let (message, printed) = match answer.iter().position(|b| *b == b'\n') {
        Some(end) => (&answer[..end], &answer[end + 1..]),
        None => (&answer[..], &[][..]),
    };
    let mut answer: Answer =
        serde_json::from_slice(message).map_err(|e| SendError::Lost(e.into()))?;
    if let Answer::Ran(reply) = &mut answer {
        reply.out = String::from_utf8_lossy(printed).into_owned();
    }
    Ok(answer)
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// A sender waiting for its holder, which says so once.
struct Waiting<'p> {
    journal: &'p Path,
    since: Instant,
    told: bool,
}

impl Waiting<'_> {
    /// Says, once and after 2 s, that the holder has not answered yet, and
    /// what it is doing if that is known. `only_if_stopped`: a holder
    /// running a command is news only when it is stopped.
    fn tell(&mut self, only_if_stopped: bool) {
        if self.told || self.since.elapsed() < NOTICE_AFTER {
            return;
        }
        let holder = lock_holder(self.journal);
        let stopped = holder.is_some_and(|h| h.stopped);
        if only_if_stopped && !stopped {
            return;
        }
        self.told = true;
        eprintln!("givegive: {}", waiting_line(self.journal, holder));
    }
}

/// "the journal's holder (pid N) has not answered yet; waiting", with what
/// it is doing and how to get it going again when that is known.
fn waiting_line(journal: &Path, holder: Option<LockHolder>) -> String {
    let Some(h) = holder else {
        return "the journal's holder has not answered yet; waiting".into();
    };
    // Each way out is what that command does for this kind of process:
    // `holder stop` ends a holder, and refuses a TUI or a command.
    let what = match (h.kind, h.stopped) {
        (Kind::Holder, true) => format!(
            " (it is stopped: `kill -CONT {}` resumes it, `{}` ends it)",
            h.pid,
            crate::cli::journal_command(journal, "holder stop")
        ),
        (Kind::Tui, true) => format!(" (it is stopped: `kill -CONT {}` resumes it)", h.pid),
        (Kind::Command, true) => format!(
            " (it is stopped: `kill -CONT {}` resumes it and it ends on its own)",
            h.pid
        ),
        (Kind::Tui, false) => " (it is busy, or its user is in an editor)".into(),
        (Kind::Holder, false) => " (it is busy: opening the journal or running a command)".into(),
        (Kind::Command, false) => String::new(),
    };
    format!("{} has not answered yet; waiting{what}", h.named())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each way out a waiting line names is what that command does for
    /// the kind of process that holds the journal.
    #[test]
    fn the_waiting_line_names_what_ends_each_kind_of_holder() {
        let journal = Path::new("/j");
        let line = |kind, stopped| {
            waiting_line(
                journal,
                Some(LockHolder {
                    pid: 7,
                    kind,
                    stopped,
                }),
            )
        };
        let holder = line(Kind::Holder, true);
        assert!(
            holder.contains("`kill -CONT 7` resumes it, `givegive --db /j holder stop` ends it"),
            "{holder}"
        );
        let tui = line(Kind::Tui, true);
        assert!(
            tui.contains("`kill -CONT 7` resumes it)") && !tui.contains("holder stop"),
            "{tui}"
        );
        let command = line(Kind::Command, true);
        assert!(
            command.contains("`kill -CONT 7` resumes it and it ends on its own"),
            "{command}"
        );
        for said in [tui, command] {
            assert!(!said.contains("holder stop"), "it refuses these: {said}");
        }
        assert!(line(Kind::Holder, false).contains("it is busy"));
    }
}
