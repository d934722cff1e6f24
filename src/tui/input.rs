//! Terminal input on its own thread.
//!
//! crossterm's reader spins forever once the terminal hangs up (it reads
//! end-of-file in a loop and never returns), which would keep the event loop
//! from ever seeing SIGHUP. Reading on a separate thread keeps the loop free:
//! it waits on a channel with a timeout, notices the stop flag, restores,
//! flushes and exits, taking the stuck reader with the process.
//!
//! While `$EDITOR` has the terminal the reader is paused, so it cannot steal
//! the editor's keystrokes.
//!
//! Captures forwarded from other shells arrive on the same channel (see
//! [`Input::captures_from`]), so one arriving wakes the loop at once instead
//! of waiting for its next poll.

use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use crate::relay;

/// What woke the event loop.
pub enum Wake {
    Term(Event),
    /// A shell connected to hand over a command.
    Capture(UnixStream),
}

pub struct Input {
    events: Receiver<Wake>,
    sender: Sender<Wake>,
    paused: Arc<AtomicBool>,
    parked: Arc<AtomicBool>,
}

impl Input {
    pub fn spawn() -> std::io::Result<Input> {
        let (sender, events) = mpsc::channel();
        let tx = sender.clone();
        let paused = Arc::new(AtomicBool::new(false));
        let parked = Arc::new(AtomicBool::new(false));
        let (p, k) = (Arc::clone(&paused), Arc::clone(&parked));
        thread::Builder::new().name("input".into()).spawn(move || {
            loop {
                if p.load(Ordering::Acquire) {
                    k.store(true, Ordering::Release);
                    thread::sleep(Duration::from_millis(10));
                    continue;
                }
                k.store(false, Ordering::Release);
                match event::poll(Duration::from_millis(50)) {
                    Ok(false) => {}
                    Ok(true) => match event::read() {
                        Ok(ev) => {
                            if tx.send(Wake::Term(ev)).is_err() {
                                return;
                            }
                        }
                        Err(_) => return,
                    },
                    Err(_) => return,
                }
            }
        })?;
        Ok(Input {
            events,
            sender,
            paused,
            parked,
        })
    }

    /// Accepts the capture socket's connections on their own thread and
    /// wakes the loop with each.
    pub fn captures_from(&self, listener: &relay::Listener) -> std::io::Result<()> {
        let incoming = listener.blocking()?;
        let tx = self.sender.clone();
        thread::Builder::new()
            .name("captures".into())
            .spawn(move || {
                for stream in incoming.incoming() {
                    let Ok(stream) = stream else { continue };
                    if tx.send(Wake::Capture(stream)).is_err() {
                        return;
                    }
                }
            })?;
        Ok(())
    }

    /// The next event, or `None` after `timeout`. An input thread that
    /// ended (the terminal is gone) reads as an error.
    pub fn next(&self, timeout: Duration) -> std::io::Result<Option<Wake>> {
        match self.events.recv_timeout(timeout) {
            Ok(ev) => Ok(Some(ev)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => {
                Err(std::io::Error::other("the terminal closed"))
            }
        }
    }

    /// Stops reading until [`Input::resume`], waiting (briefly) until the
    /// reader has actually parked.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::Release);
        let start = Instant::now();
        while !self.parked.load(Ordering::Acquire) && start.elapsed() < Duration::from_secs(1) {
            thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn resume(&self) {
        self.paused.store(false, Ordering::Release);
    }
}
