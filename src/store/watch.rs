//! Reads sled cannot finish. On some damage sled's read loops forever
//! inside one call (a page whose pieces point at each other), so no error
//! ever comes back. Every read the store makes goes through [`guarded`],
//! which counts it in two process-wide atomics; a [`Watch`] that sees a
//! read under way and no count move for [`BOUND`] calls the journal
//! damaged. Long legitimate work (an import, a check of 100,000 people, a
//! backup) makes thousands of reads a second, so it never trips it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::error::panic_text;

/// How long one read may go without any read finishing before the journal
/// is called damaged: a read of one page takes microseconds, seconds on a
/// disk that is failing.
pub const BOUND: Duration = Duration::from_secs(10);

/// How often a watch looks.
pub const LOOK: Duration = Duration::from_millis(250);

/// Reads started plus reads ended: it moves while reads make progress.
static STEPS: AtomicU64 = AtomicU64::new(0);
/// Reads under way, across threads.
static INSIDE: AtomicUsize = AtomicUsize::new(0);

/// One read under way, counted until it is dropped (also by a panic).
struct Reading;

impl Reading {
    fn start() -> Reading {
        INSIDE.fetch_add(1, Ordering::Relaxed);
        STEPS.fetch_add(1, Ordering::Relaxed);
        Reading
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        STEPS.fetch_add(1, Ordering::Relaxed);
        INSIDE.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Runs one sled read, counted, with a panic of sled's (it panics on some
/// damage instead of returning an error) turned into `panicked`'s answer.
pub(super) fn guarded<R>(read: impl FnOnce() -> R, panicked: impl FnOnce(sled::Error) -> R) -> R {
    let _reading = Reading::start();
    catch_unwind(AssertUnwindSafe(read))
        .unwrap_or_else(|panic| panicked(sled::Error::ReportableBug(panic_text(panic.as_ref()))))
}

/// Whether a read has been stuck for [`BOUND`], judged from successive
/// looks (each caller keeps its own).
pub struct Watch {
    steps: u64,
    since: Instant,
}

impl Default for Watch {
    fn default() -> Watch {
        Watch {
            steps: STEPS.load(Ordering::Relaxed),
            since: Instant::now(),
        }
    }
}

impl Watch {
    /// True once a read is under way and no read has started or ended for
    /// [`BOUND`] since this watch first saw it so.
    pub fn stuck(&mut self) -> bool {
        let steps = STEPS.load(Ordering::Relaxed);
        if INSIDE.load(Ordering::Relaxed) == 0 || steps != self.steps {
            self.steps = steps;
            self.since = Instant::now();
            return false;
        }
        self.since.elapsed() >= BOUND
    }
}

/// What a stuck read is called in the damage message.
pub fn stuck_detail() -> String {
    format!(
        "a read of its files made no progress for {} s",
        BOUND.as_secs()
    )
}

/// Starts a thread that calls `on_stuck` once a read is stuck (it is to
/// end the process: the stuck thread cannot be stopped). It holds no lock
/// the rest of the process waits for, so signals and exits go on as usual.
pub fn watchdog(on_stuck: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || {
            let mut watch = Watch::default();
            loop {
                std::thread::sleep(LOOK);
                if watch.stuck() {
                    on_stuck();
                    return;
                }
            }
        })
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A read that never ends is seen as stuck once no other read moves:
    /// the other tests of this binary read too, so it can take longer
    /// than [`BOUND`], never forever.
    #[test]
    fn a_read_that_never_ends_is_seen_stuck() {
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let stuck = std::thread::spawn(move || guarded(|| wait.recv().is_ok(), |_| false));
        let mut watch = Watch::default();
        let give_up = Instant::now() + 30 * BOUND;
        while !watch.stuck() {
            assert!(Instant::now() < give_up, "a stuck read was never seen");
            std::thread::sleep(LOOK);
        }
        let _ = release.send(());
        assert!(stuck.join().is_ok_and(|ended| ended));
    }

    #[test]
    fn a_panic_inside_a_read_is_an_error() {
        let got: Result<(), sled::Error> = guarded(|| panic!("torn page"), Err);
        assert!(matches!(got, Err(sled::Error::ReportableBug(ref t)) if t == "torn page"));
    }
}
