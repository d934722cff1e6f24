//! Captures from a shell while the TUI has the journal open.
//!
//! sled lets one process open a store. While the TUI runs it listens on an
//! owner-only Unix socket; a `givegive` command that finds the journal
//! locked sends its typed command there (a versioned JSON message), the TUI
//! runs it with the same code as the shell, flushes, and answers with the
//! printed report and exit code. So a capture is acknowledged only once it
//! is durable, exactly as when the shell runs it itself.
//!
//! A socket's path is limited to 107 bytes, so the socket is inside the
//! journal directory only when that path is short enough; otherwise it is
//! named from the journal's path in the user's runtime directory
//! (`$XDG_RUNTIME_DIR/givegive/`), or else in `/tmp/givegive-UID/`. A
//! command looks in each of those places.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::command::Command;

/// The socket's file name inside the journal directory.
const SOCKET: &str = "capture.sock";

/// The longest path a Unix socket can have (`sun_path` less its NUL).
const MAX_SOCKET_PATH: usize = 107;

/// How long a shell waits for the TUI to answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request accepted: a command line, not a file.
const MAX_REQUEST: u64 = 1024 * 1024;

/// The version of the messages: a TUI answers only requests of its own.
const MESSAGE_VERSION: u32 = 1;

/// A forwarded command.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    version: u32,
    pub command: Command,
    /// Whether the report is wanted as JSON.
    pub json: bool,
    /// The shell's idea of today (it may be pinned with GIVEGIVE_TODAY).
    pub today: chrono::NaiveDate,
}

impl Request {
    pub fn new(command: Command, json: bool, today: chrono::NaiveDate) -> Request {
        Request {
            version: MESSAGE_VERSION,
            command,
            json,
            today,
        }
    }
}

/// What the command printed and how it ended.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Reply {
    pub code: u8,
    pub out: String,
    pub err: String,
}

/// Where the socket of the journal at `journal` may be, best first, or
/// why a place cannot hold it.
fn places(journal: &Path) -> Vec<Result<PathBuf, String>> {
    let journal = std::fs::canonicalize(journal).unwrap_or_else(|_| journal.to_path_buf());
    let name = format!("{}.sock", journal_name(&journal));
    let runtime = match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(dir) if Path::new(&dir).is_absolute() => Ok(Path::new(&dir).join("givegive")),
        _ => Err("XDG_RUNTIME_DIR is not set".to_string()),
    };
    let uid = rustix::process::getuid().as_raw();
    let tmp = std::env::temp_dir().join(format!("givegive-{uid}"));
    [Ok(journal), runtime, Ok(tmp)]
        .into_iter()
        .enumerate()
        .map(|(n, dir)| {
            let path = if n == 0 {
                dir?.join(SOCKET)
            } else {
                dir?.join(&name)
            };
            if path.as_os_str().len() > MAX_SOCKET_PATH {
                return Err(format!(
                    "{} is longer than a socket's path can be",
                    path.display()
                ));
            }
            Ok(path)
        })
        .collect()
}

/// A short name for a journal, the same for every givegive that opens it:
/// the start of the SHA-256 of its full path.
fn journal_name(journal: &Path) -> String {
    use sha2::Digest;
    use std::os::unix::ffi::OsStrExt;
    let digest = sha2::Sha256::digest(journal.as_os_str().as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks that `dir` is an owner-only folder of sockets (making it first
/// when `create`), or says why it is not: a folder another user owns or
/// can enter could hand a capture to them, or listen in their place.
fn socket_dir(dir: &Path, create: bool) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    if create {
        let _ = std::fs::DirBuilder::new().mode(0o700).create(dir);
    }
    let meta = std::fs::symlink_metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mine = meta.uid() == rustix::process::getuid().as_raw();
    if !meta.is_dir() || !mine || meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{} is not a folder only this user can use",
            dir.display()
        ));
    }
    Ok(())
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
    let mut stream = places(journal)
        .into_iter()
        .enumerate()
        .filter_map(|(n, place)| place.ok().map(|path| (n, path)))
        .filter(|(n, path)| *n == 0 || path.parent().is_some_and(|d| socket_dir(d, false).is_ok()))
        .find_map(|(_, path)| UnixStream::connect(path).ok())
        .ok_or(ForwardError::NoListener)?;
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
    /// Listens at the first place that can hold the journal's socket, or
    /// says why none can. A socket left by a TUI that crashed is replaced:
    /// holding the journal's lock proves no other TUI uses it.
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
    let message: serde_json::Value = serde_json::from_str(&text).map_err(std::io::Error::other)?;
    let version = message.get("version").and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(MESSAGE_VERSION)) {
        return Err(std::io::Error::other(
            "it comes from another version of givegive than the TUI's; quit the TUI and try again",
        ));
    }
    serde_json::from_value(message).map_err(std::io::Error::other)
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_socket_folder_others_can_enter_is_neither_used_nor_trusted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("givegive-sockets");
        socket_dir(&folder, true).expect("made owner-only");
        assert_eq!(
            std::fs::metadata(&folder)
                .expect("folder")
                .permissions()
                .mode()
                & 0o777,
            0o700
        );
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(socket_dir(&folder, false).is_err());
        assert!(socket_dir(&folder, true).is_err());
        assert!(socket_dir(&dir.path().join("missing"), false).is_err());
    }

    #[test]
    fn every_journal_path_has_a_place_short_enough() {
        let long = Path::new("/").join("x".repeat(300)).join("journal");
        let places = places(&long);
        assert!(places[0].is_err(), "inside the journal it is too long");
        assert!(
            places[2]
                .as_ref()
                .is_ok_and(|p| p.as_os_str().len() <= MAX_SOCKET_PATH)
        );
    }
}
