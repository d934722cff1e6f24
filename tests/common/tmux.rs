//! The tmux harness every TUI test shares: the real binary in a real
//! terminal of its own (a tmux server per test, so tests run in parallel),
//! driven with `send-keys` and read with `capture-pane`.
//!
//! Each test binary that includes it uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

/// 2026-11-23 is a Monday; every test runs on that day.
pub(crate) const TODAY: &str = "2026-11-23";

pub(crate) fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end tests under CI"
        );
        eprintln!("tmux not found: end-to-end journeys skipped (install tmux to run them)");
    }
    found
}

/// One tmux server of its own per test, so journeys run in parallel.
pub(crate) struct Tmux {
    pub(crate) socket: String,
    pub(crate) _dir: tempfile::TempDir,
    pub(crate) db: PathBuf,
    pub(crate) home: PathBuf,
    /// `XDG_CONFIG_HOME` of the shell and the TUI.
    pub(crate) config: PathBuf,
    /// The day the shell and the TUI live (`GIVEGIVE_TODAY`).
    pub(crate) today: std::cell::Cell<&'static str>,
}

impl Tmux {
    pub(crate) fn new(name: &str) -> Tmux {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("journal");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).expect("home");
        // An "editor" that writes the notes the way a person would.
        let editor = home.join("editor.sh");
        std::fs::write(
            &editor,
            "#!/bin/sh\nprintf 'prefers calls after 6pm\\n' > \"$1\"\n",
        )
        .expect("editor");
        std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("chmod");
        Tmux {
            socket: format!("givegive-e2e-{name}-{}", std::process::id()),
            _dir: dir,
            db,
            config: home.join(".config"),
            home,
            today: std::cell::Cell::new(TODAY),
        }
    }

    /// A terminal on a journal and config folder another harness made.
    pub(crate) fn on(name: &str, db: &Path, config: &Path) -> Tmux {
        let mut t = Tmux::new(name);
        t.db = db.to_path_buf();
        t.config = config.to_path_buf();
        t
    }

    pub(crate) fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub(crate) fn givegive(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("givegive runs")
    }

    /// Runs a command that must succeed; its stdout.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.givegive(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub(crate) fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(cargo_bin("givegive"));
        cmd.env("GIVEGIVE_DB", &self.db)
            .env("GIVEGIVE_TODAY", self.today.get())
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", &self.config)
            .args(args);
        cmd
    }

    /// Starts the TUI in a 120x40 terminal; the shell reports how it ended
    /// and whether the terminal is back in cooked mode.
    pub(crate) fn start(&self) {
        self.start_wrapped("");
    }

    /// Starts the TUI under `wrapper` (a command that runs the one after it,
    /// such as `prlimit --fsize=N`).
    pub(crate) fn start_wrapped(&self, wrapper: &str) {
        self.start_sized(wrapper, 120, 40);
    }

    /// Starts the TUI under `wrapper` in a `width` x `height` terminal.
    pub(crate) fn start_sized(&self, wrapper: &str, width: u16, height: u16) {
        let script = format!(
            "trap '' XFSZ; env -u DISPLAY -u WAYLAND_DISPLAY -u WSL_DISTRO_NAME GIVEGIVE_DB='{}' GIVEGIVE_TODAY={} HOME='{}' XDG_CONFIG_HOME='{}' EDITOR='{}/editor.sh' {wrapper} '{}'; \
             echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60",
            self.db.display(),
            self.today.get(),
            self.home.display(),
            self.config.display(),
            self.home.display(),
            cargo_bin("givegive").display()
        );
        let out = self.tmux(&[
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "sh",
            "-c",
            &script,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Ends the tmux server and waits until its process is gone: a session
    /// started on the same socket while it still shuts down fails with
    /// "server exited unexpectedly".
    pub(crate) fn kill_server(&self) {
        let pid = String::from_utf8_lossy(&self.tmux(&["display-message", "-p", "#{pid}"]).stdout)
            .trim()
            .to_string();
        let _ = self.tmux(&["kill-server"]);
        // Gone, or a zombie nobody reaps (a container's init may not).
        let alive = || {
            std::fs::read_to_string(Path::new("/proc").join(&pid).join("stat"))
                .ok()
                .and_then(|stat| {
                    let state = stat.rsplit_once(") ")?.1.chars().next()?;
                    Some(state != 'Z' && state != 'X')
                })
                .unwrap_or(false)
        };
        let start = Instant::now();
        while !pid.is_empty() && alive() && start.elapsed() < Duration::from_secs(10) {
            sleep(Duration::from_millis(10));
        }
    }

    pub(crate) fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p"]).stdout).into_owned()
    }

    pub(crate) fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", key]);
            // Let the app read each key on its own, so an Esc is never taken
            // as the start of an Alt sequence.
            sleep(Duration::from_millis(60));
        }
    }

    pub(crate) fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
        sleep(Duration::from_millis(60));
    }

    /// Waits until the screen shows `what` (the app polls every 100 ms).
    pub(crate) fn wait_for(&self, what: &str) -> String {
        self.wait_until(what, &["capture-pane", "-p"])
    }

    /// Waits until the screen shows `what`, with a line the terminal
    /// wrapped read as one (a message longer than the width).
    pub(crate) fn wait_for_joined(&self, what: &str) -> String {
        self.wait_until(what, &["capture-pane", "-p", "-J"])
    }

    fn wait_until(&self, what: &str, capture: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = String::from_utf8_lossy(&self.tmux(capture).stdout).into_owned();
            if screen.contains(what) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the screen never showed {what:?}; it shows:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    pub(crate) fn alternate_screen_on(&self) -> bool {
        let out = self.tmux(&["display-message", "-p", "#{alternate_on}"]);
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }

    pub(crate) fn card(&self, who: &str) -> Value {
        let out = self.givegive(&["show", who, "--json"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

pub(crate) fn assert_restored(t: &Tmux) {
    t.wait_for("EXIT=");
    let screen = t.wait_for("icanon");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(
        screen.contains("icanon echo"),
        "raw mode left on:\n{screen}"
    );
    assert!(!t.alternate_screen_on(), "still on the alternate screen");
}
