//! Who holds a journal's lock, found without asking it: a holder that is
//! stopped, or whose socket is gone, cannot answer, yet keeps sled's lock.
//! sled locks a journal with an exclusive `flock` on its `db` file, and
//! Linux lists every such lock in `/proc/locks` with the process and the
//! locked file's device and inode.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// What kind of givegive holds the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A resident holder (`givegive holder serve`): it may be ended.
    Holder,
    /// The TUI: its user may be in it, so it is never ended for them.
    Tui,
    /// A command that opened the journal itself (an import, say).
    Command,
}

/// The process that holds a journal's lock.
#[derive(Debug, Clone, Copy)]
pub struct LockHolder {
    pub pid: u32,
    pub kind: Kind,
    /// Stopped (by a signal, or in a debugger): it answers nothing until
    /// it is continued.
    pub stopped: bool,
}

impl LockHolder {
    /// "the journal's holder (pid 12)", "the givegive TUI (pid 12)".
    pub fn named(&self) -> String {
        match self.kind {
            Kind::Holder => format!("the journal's holder (pid {})", self.pid),
            Kind::Tui => format!("the givegive TUI (pid {})", self.pid),
            Kind::Command => format!("a givegive command (pid {})", self.pid),
        }
    }
}

/// Which journal is at `journal`: its data file's device and inode (the
/// file sled locks). A process that opened one sees by it that its folder
/// was moved or replaced under it (see `holder` and the TUI's runtime).
pub fn journal_file(journal: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(journal.join("db"))
        .ok()
        .map(|m| (m.dev(), m.ino()))
}

/// The process holding the journal at `journal`, if one does.
pub fn lock_holder(journal: &Path) -> Option<LockHolder> {
    let meta = std::fs::metadata(journal.join("db")).ok()?;
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    let pid = holder_in(&locks, meta.dev(), meta.ino())?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The state follows the command's name, which may hold spaces and ')'.
    let state = stat.rsplit_once(')')?.1.split_whitespace().next()?;
    let args = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    Some(LockHolder {
        pid,
        kind: kind_of(&args),
        stopped: matches!(state, "T" | "t"),
    })
}

/// The process with a granted `flock` on the file `dev`/`ino`, from the
/// text of `/proc/locks` ("1: FLOCK  ADVISORY  WRITE 4242 fd:01:123 0 EOF";
/// waiting requests are marked "->" and skipped).
fn holder_in(locks: &str, dev: u64, ino: u64) -> Option<u32> {
    let (major, minor) = (
        rustix::fs::major(dev as rustix::fs::Dev),
        rustix::fs::minor(dev as rustix::fs::Dev),
    );
    let want = format!("{major:02x}:{minor:02x}:{ino}");
    locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [_, "FLOCK", _, _, pid, file, ..] if *file == want => pid.parse().ok(),
            _ => None,
        }
    })
}

/// Which givegive a command line is, read by the parser that read it: the
/// TUI is `givegive` with options only (`--db`, `--today`, `--demo`), a
/// holder is `holder serve`, anything else with a subcommand a command.
/// An empty command line is a process that is ending (a zombie's threads
/// may still hold the lock), not a TUI; one this build cannot parse (an
/// older givegive's) is a holder only if it says `holder serve`.
fn kind_of(cmdline: &[u8]) -> Kind {
    use crate::words::args::{Command, HolderAction};
    use clap::Parser;
    let args: Vec<String> = cmdline
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    if args.is_empty() {
        return Kind::Command;
    }
    match crate::cli::Cli::try_parse_from(&args) {
        Ok(cli) => match cli.command {
            None => Kind::Tui,
            Some(Command::Holder {
                action: Some(HolderAction::Serve { .. }),
            }) => Kind::Holder,
            Some(_) => Kind::Command,
        },
        Err(_) if args.windows(2).any(|w| w == ["holder", "serve"]) => Kind::Holder,
        Err(_) => Kind::Command,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_on_a_file_names_its_process() {
        let locks = "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF\n\
                     1: -> FLOCK  ADVISORY  WRITE 4343 08:01:1234 0 EOF\n\
                     2: POSIX  ADVISORY  WRITE 99 08:01:77 0 EOF\n";
        let dev = rustix::fs::makedev(8, 1) as u64;
        assert_eq!(holder_in(locks, dev, 1234), Some(4242));
        assert_eq!(holder_in(locks, dev, 77), None, "not a flock");
        assert_eq!(holder_in(locks, dev, 5), None);
    }

    #[test]
    fn a_command_line_says_what_kind_of_givegive_it_is() {
        let line = |args: &[&str]| args.join("\0").into_bytes();
        assert_eq!(
            kind_of(&line(&["givegive", "--db", "/j", "holder", "serve"])),
            Kind::Holder
        );
        assert_eq!(kind_of(&line(&["givegive", "--db", "/j"])), Kind::Tui);
        assert_eq!(kind_of(&line(&["givegive"])), Kind::Tui);
        assert_eq!(kind_of(&line(&["givegive", "--demo"])), Kind::Tui);
        assert_eq!(
            kind_of(&line(&["givegive", "import", "x.csv"])),
            Kind::Command
        );
        // A command with global options before and after its name.
        for args in [
            &["givegive", "--db", "/j", "--today", "2026-11-23", "stats"][..],
            &["givegive", "--db=/j", "show", "anna", "--json"],
            &["/usr/bin/givegive", "stats", "--db", "/j"],
            &["givegive", "--db", "/j", "holder"],
        ] {
            assert_eq!(kind_of(&line(args)), Kind::Command, "{args:?}");
        }
        // A process ending has no command line left: it is no TUI.
        assert_eq!(kind_of(b""), Kind::Command);
        // Another build's holder, whose options this one cannot read.
        assert_eq!(
            kind_of(&line(&["givegive", "holder", "serve", "--stay", "9"])),
            Kind::Holder
        );
    }

    #[test]
    fn this_process_is_found_holding_a_journal_it_opened() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = crate::journal::Journal::open(dir.path()).expect("open");
        let found = lock_holder(dir.path()).expect("found in /proc/locks");
        assert_eq!(found.pid, std::process::id());
        assert!(!found.stopped);
        drop(journal);
    }
}
