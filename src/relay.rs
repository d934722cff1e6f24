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
//! that closes before it was certainly not run and can be tried again,
//! while one that closes after it may have run and must not be repeated.

mod places;
pub(crate) mod serve;

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::command::Command;
use places::{places, socket_dir};

/// How long a command waits for the holder to take it: it answers at once
/// unless it is busy with another command.
const TAKE_TIMEOUT: Duration = Duration::from_secs(10);

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
    /// The holder took the command but its answer was lost: the command may
    /// have run, so it must not be run again.
    #[error(
        "the givegive holding the journal took the command but did not answer ({0}); check with `givegive show` before repeating it"
    )]
    Lost(std::io::Error),
}

/// Sends `message` to whatever holds `journal`, if anything listens.
pub fn send(journal: &Path, message: Message) -> Result<Answer, SendError> {
    let mut stream = places(journal)
        .into_iter()
        .enumerate()
        .filter_map(|(n, place)| place.ok().map(|path| (n, path)))
        .filter(|(n, path)| *n == 0 || path.parent().is_some_and(|d| socket_dir(d, false).is_ok()))
        .find_map(|(_, path)| UnixStream::connect(path).ok())
        .ok_or(SendError::NoListener)?;
    let envelope = Envelope {
        version: MESSAGE_VERSION,
        build: build().to_string(),
        message,
    };
    let sent = (|| -> std::io::Result<()> {
        stream.set_read_timeout(Some(TAKE_TIMEOUT))?;
        stream.write_all(&serde_json::to_vec(&envelope)?)?;
        stream.shutdown(std::net::Shutdown::Write)
    })();
    // A holder that closed as the message went out never read it.
    sent.map_err(|_| SendError::NotRun)?;
    let mut taken = [0u8; 1];
    match stream.read(&mut taken) {
        Ok(0) | Err(_) => return Err(SendError::NotRun),
        Ok(_) => {}
    }
    let mut answer = Vec::new();
    let read = (|| -> std::io::Result<()> {
        stream.set_read_timeout(Some(RUN_TIMEOUT))?;
        stream.read_to_end(&mut answer)?;
        Ok(())
    })();
    read.map_err(SendError::Lost)?;
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

/// A message that arrived at the holder, to be answered once.
pub struct Call {
    stream: UnixStream,
    taken: bool,
}

/// What a call asks, once read.
pub struct Asked {
    /// The message, or why it cannot be read (another version's, say).
    pub message: Result<Message, String>,
    /// Whether the sender is this very build of givegive.
    pub same_build: bool,
}

impl Call {
    pub fn new(stream: UnixStream) -> Call {
        Call {
            stream,
            taken: false,
        }
    }

    /// A second handle on this call, taken already: for the holder's
    /// watchdog to answer a caller whose command is stuck in a read.
    pub fn try_clone(&self) -> std::io::Result<Call> {
        Ok(Call {
            stream: self.stream.try_clone()?,
            taken: true,
        })
    }

    /// Reads the message.
    pub fn read(&mut self) -> Asked {
        let mut text = String::new();
        let read = self
            .stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .and_then(|()| {
                (&mut self.stream)
                    .take(MAX_REQUEST)
                    .read_to_string(&mut text)
            });
        if let Err(e) = read {
            return Asked {
                message: Err(format!("could not read the command: {e}")),
                same_build: false,
            };
        }
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(value) => value,
            Err(e) => {
                return Asked {
                    message: Err(format!("could not read the command: {e}")),
                    same_build: false,
                };
            }
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        let same_build = value.get("build").and_then(serde_json::Value::as_str) == Some(build());
        if version != Some(u64::from(MESSAGE_VERSION)) {
            return Asked {
                message: Err("it comes from another version of givegive".into()),
                same_build: false,
            };
        }
        Asked {
            message: serde_json::from_value::<Envelope>(value)
                .map(|e| e.message)
                .map_err(|e| format!("could not read the command: {e}")),
            same_build,
        }
    }

    /// Tells the sender the command is taken: from now on it may have run.
    pub fn take(&mut self) {
        if !self.taken {
            // A sender gone already finds its command in the journal.
            let _ = self.stream.write_all(b"+");
            self.taken = true;
        }
    }

    /// Answers. A sender that gave up has its answer dropped; a command it
    /// sent is already in the journal.
    pub fn answer(mut self, answer: &Answer) {
        self.take();
        // One write, not one per piece of JSON: a long `list` would
        // otherwise cost the sender and the reader a system call each.
        if let Ok(mut text) = serde_json::to_vec(answer) {
            text.push(b'\n');
            if let Answer::Ran(reply) = answer {
                text.extend_from_slice(reply.out.as_bytes());
            }
            let _ = self.stream.write_all(&text);
        }
    }
}

/// The holder's end: it owns the socket file and removes it when dropped.
pub struct Listener {
    listener: UnixListener,
    path: PathBuf,
}

impl Listener {
    /// Listens at the first place that can hold the journal's socket, or
    /// says why none can. A socket left by a holder that crashed is
    /// replaced: holding the journal's lock proves nobody else listens.
    pub fn bind(journal: &Path) -> Result<Listener, String> {
        let mut why = Vec::new();
        for (n, place) in places(journal).into_iter().enumerate() {
            let bound = place.and_then(|path| {
                if n > 0
                    && let Some(dir) = path.parent()
                {
                    socket_dir(dir, true)?;
                }
                if std::fs::symlink_metadata(&path).is_ok() {
                    std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                }
                let listener =
                    UnixListener::bind(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(Listener { listener, path })
            });
            match bound {
                Ok(listener) => return Ok(listener),
                Err(e) => why.push(e),
            }
        }
        Err(format!(
            "no place can hold the capture socket ({})",
            why.join("; ")
        ))
    }

    /// The socket, for a thread that waits on its connections.
    pub fn blocking(&self) -> std::io::Result<UnixListener> {
        self.listener.try_clone()
    }
}

impl Drop for Listener {
    /// The file goes before the journal's lock does: a holder started next
    /// binds its own socket only once it holds the lock, so this can never
    /// remove the socket of the holder after it.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
