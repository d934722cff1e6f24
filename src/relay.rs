//! Captures from a shell while the TUI has the journal open.
//!
//! sled lets one process open a store. While the TUI runs it listens on a
//! Unix socket inside the journal directory (owner-only, like the directory);
//! a `givegive` command that finds the journal locked sends its arguments
//! there, the TUI runs them with the same code as the shell, flushes, and
//! answers with the output and exit code. So a capture is acknowledged only
//! once it is durable, exactly as when the shell runs it itself.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The socket's file name inside the journal directory.
const SOCKET: &str = "capture.sock";

/// How long a shell waits for the TUI to answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request accepted: a command line, not a file.
const MAX_REQUEST: u64 = 1024 * 1024;

/// A forwarded command.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// The command words, without the program name.
    pub args: Vec<String>,
    /// The shell's idea of today (it may be pinned with GIVEGIVE_TODAY).
    pub today: chrono::NaiveDate,
}

/// What the command printed and how it ended.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Reply {
    pub code: u8,
    pub out: String,
    pub err: String,
}

pub fn socket_path(journal: &Path) -> PathBuf {
    journal.join(SOCKET)
}

/// Why a command could not be handed to a TUI.
#[derive(Debug, thiserror::Error)]
pub enum ForwardError {
    /// No TUI listens: whatever holds the journal is not a TUI.
    #[error("no givegive TUI is listening")]
    NoListener,
    /// The TUI took the command but its answer was lost: the command may
    /// have run, so it must not be run again.
    #[error(
        "the givegive TUI took the command but did not answer ({0}); check with `givegive show` before repeating it"
    )]
    Lost(std::io::Error),
}

/// Sends `request` to the TUI holding `journal`, if one listens.
pub fn forward(journal: &Path, request: &Request) -> Result<Reply, ForwardError> {
    let mut stream =
        UnixStream::connect(socket_path(journal)).map_err(|_| ForwardError::NoListener)?;
    let mut exchange = || -> std::io::Result<Reply> {
        stream.set_read_timeout(Some(ANSWER_TIMEOUT))?;
        serde_json::to_writer(&mut stream, request)?;
        stream.shutdown(std::net::Shutdown::Write)?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer)?;
        serde_json::from_str(&answer).map_err(std::io::Error::other)
    };
    exchange().map_err(ForwardError::Lost)
}

/// The TUI's end: it owns the socket file and removes it when dropped.
pub struct Listener {
    listener: UnixListener,
    path: PathBuf,
}

impl Listener {
    /// Listens next to the journal. A socket left by a TUI that crashed is
    /// replaced: holding the journal's lock proves no other TUI uses it.
    pub fn bind(journal: &Path) -> std::io::Result<Listener> {
        let path = socket_path(journal);
        if path.exists() {
            std::fs::remove_file(&path)?;
        }
        let listener = UnixListener::bind(&path)?;
        Ok(Listener { listener, path })
    }

    /// The socket, for a thread that waits on its connections.
    pub fn blocking(&self) -> std::io::Result<UnixListener> {
        self.listener.try_clone()
    }
}

/// Answers one connection with `run`.
pub fn answer(mut stream: UnixStream, run: impl FnOnce(Request) -> Reply) {
    let reply = match read_request(&mut stream) {
        Ok(request) => run(request),
        Err(e) => Reply {
            code: 2,
            out: String::new(),
            err: format!("givegive: could not read the forwarded command: {e}\n"),
        },
    };
    // A client that gave up has its answer dropped; the capture itself is
    // already in the journal.
    let _ = serde_json::to_writer(&mut stream, &reply).map(|()| stream.flush());
}

fn read_request(stream: &mut UnixStream) -> std::io::Result<Request> {
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut text = String::new();
    stream.take(MAX_REQUEST).read_to_string(&mut text)?;
    serde_json::from_str(&text).map_err(std::io::Error::other)
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
