//! The holder's end of the socket: the calls that arrive, and the socket
//! file it made (and only that one) removed when it lets go.

use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::places::{places, socket_dir};
use super::{Answer, Envelope, MAX_REQUEST, MESSAGE_VERSION, Message, build};

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

impl Asked {
    fn unreadable(why: String) -> Asked {
        Asked {
            message: Err(why),
            same_build: false,
        }
    }
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
            return Asked::unreadable(format!("could not read the command: {e}"));
        }
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(value) => value,
            Err(e) => return Asked::unreadable(format!("could not read the command: {e}")),
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        let same_build = value.get("build").and_then(serde_json::Value::as_str) == Some(build());
        if version != Some(u64::from(MESSAGE_VERSION)) {
            return Asked::unreadable("it comes from another version of givegive".into());
        }
        Asked {
            message: serde_json::from_value::<Envelope>(value)
                .map(|e| e.message)
                .map_err(|e| format!("could not read the command: {e}")),
            same_build,
        }
    }

    /// Tells the sender the command is taken: from now on it may have run.
    /// `false` when the sender is gone (it gave up waiting, or was ended):
    /// its command is then not run, as it was told it may not be.
    pub fn take(&mut self) -> bool {
        if !self.taken {
            if self.stream.write_all(b"+").is_err() {
                return false;
            }
            self.taken = true;
        }
        true
    }

    /// Answers. A sender that went away has its answer dropped: a command
    /// it sent is already in the journal, and its id with it.
    pub fn answer(mut self, answer: &Answer) {
        if !self.take() {
            return;
        }
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

/// The holder's end: it owns the socket file it made, and removes that
/// file (and no other put in its place) when dropped.
pub struct Listener {
    listener: UnixListener,
    path: PathBuf,
    /// The socket file's device and inode once bound.
    made: Option<(u64, u64)>,
}

/// The device and inode of the file at `path`, not following a link.
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| (m.dev(), m.ino()))
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
                let made = file_identity(&path);
                Ok(Listener {
                    listener,
                    path,
                    made,
                })
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

    /// Whether the socket file is still the one this listener made: one
    /// removed, or replaced by another process's, reaches nobody here.
    pub fn is_in_place(&self) -> bool {
        self.made.is_some() && file_identity(&self.path) == self.made
    }

    /// The socket, for a thread that waits on its connections.
    pub fn blocking(&self) -> std::io::Result<UnixListener> {
        self.listener.try_clone()
    }
}

impl Drop for Listener {
    /// Removes the socket file only if it is the one this listener made: a
    /// journal folder moved away and copied back has another process's
    /// socket at this path, which must keep working.
    fn drop(&mut self) {
        if self.is_in_place() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listener_removes_only_the_socket_it_made() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = dir.path().join("journal");
        std::fs::create_dir(&journal).expect("journal");
        let old = Listener::bind(&journal).expect("bound");
        assert!(old.is_in_place());
        // The folder moved away and copied back: another process binds the
        // socket at the same path while the first still listens.
        let new = Listener::bind(&journal).expect("bound again");
        assert!(!old.is_in_place(), "the old one sees its file replaced");
        drop(old);
        let socket = journal.join("capture.sock");
        assert!(socket.exists(), "the new socket is kept");
        assert!(UnixStream::connect(&socket).is_ok(), "and still answers");
        drop(new);
        assert!(!socket.exists(), "its own maker removes it");
    }
}
