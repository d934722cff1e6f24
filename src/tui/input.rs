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

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

pub struct Input {
    events: Receiver<Event>,
    paused: Arc<AtomicBool>,
    parked: Arc<AtomicBool>,
}

impl Input {
    pub fn spawn() -> std::io::Result<Input> {
        let (tx, events) = mpsc::channel();
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
                            if tx.send(ev).is_err() {
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
            paused,
            parked,
        })
    }

    /// The next event, or `None` after `timeout`. An input thread that
    /// ended (the terminal is gone) reads as an error.
    pub fn next(&self, timeout: Duration) -> std::io::Result<Option<Event>> {
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
