//! Ctrl-C and SIGTERM during an import: asked for, not obeyed at once, so
//! the batch under way is written whole and the import says what it added.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Result;
use signal_hook::SigId;
use signal_hook::consts::{SIGINT, SIGTERM};

/// Whether a signal asked the import to stop; the signals go back to their
/// usual meaning when it is dropped.
pub(super) struct Stop {
    asked: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl Stop {
    /// Listens for SIGINT and SIGTERM. A second one ends the process at
    /// once: every batch written is whole, since each is one transaction.
    pub(super) fn on_signals() -> Result<Stop> {
        let asked = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        for signal in [SIGINT, SIGTERM] {
            ids.push(signal_hook::flag::register_conditional_shutdown(
                signal,
                130,
                Arc::clone(&asked),
            )?);
            ids.push(signal_hook::flag::register(signal, Arc::clone(&asked))?);
        }
        Ok(Stop { asked, ids })
    }

    /// A stop nothing asks for.
    pub(super) fn never() -> Stop {
        Stop {
            asked: Arc::new(AtomicBool::new(false)),
            ids: Vec::new(),
        }
    }

    pub(super) fn asked(&self) -> bool {
        self.asked.load(Ordering::SeqCst)
    }
}

impl Drop for Stop {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
