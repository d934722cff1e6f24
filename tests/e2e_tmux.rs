//! End-to-end journeys: the real binary in a real terminal (tmux), driven
//! with `send-keys` and read with `capture-pane`.
//!
//! Needs tmux (`.ci/run` installs it). Without tmux the journeys are skipped
//! with a notice on a developer machine and fail under CI.

use crate::tmux;
#[path = "e2e_tmux/issue26.rs"]
mod issue26;
#[path = "e2e_tmux/issue26_days.rs"]
mod issue26_days;

use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use tmux::{TODAY, Tmux, assert_restored, tmux_available};

/// The help given the card shows (what its gauge's first bar says).
fn help_given(card: &Value) -> i64 {
    card["help"]["given"]["weight"].as_i64().unwrap_or(-1)
}

#[test]
fn journey_filter_capture_history_search_quit() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("journey");
    assert!(t.givegive(&["demo"]).status.success());
    let before = help_given(&t.card("kai"));
    // The shell wrote the day's backup; the TUI writes it when none is there.
    let backups = t.db.with_file_name("journal-backups");
    std::fs::remove_dir_all(&backups).expect("the shell's backup");
    t.start();
    t.wait_for("review: 10 people today");
    t.keys(&["2"]);
    t.wait_for("people 26");

    t.keys(&["f"]);
    t.type_text("kai");
    t.wait_for("people 1 matching 'kai'");
    t.keys(&["Enter"]);
    t.wait_for("Kai Novak #");
    let screen = t.screen();
    assert!(
        screen.contains(&format!("help given    ████████████████████ {before} (1×)")),
        "{screen}"
    );

    t.keys(&[":"]);
    t.type_text("gave kai sent the rate card --weight 3");
    t.keys(&["Enter"]);
    t.wait_for("gave Kai Novak: sent the rate card");
    t.wait_for(&format!("{} (2×)", before + 3));

    t.keys(&["Enter", "j"]);
    t.wait_for("history 4");

    t.keys(&["/"]);
    t.type_text("jazz bar");
    t.wait_for("search: 1 result ");
    // One enter opens the highlighted result's person.
    t.keys(&["Enter"]);
    t.wait_for("Hugo Lefèvre #");

    t.keys(&["q"]);
    assert_restored(&t);
    assert_eq!(help_given(&t.card("kai")), before + 3);
    assert!(t.givegive(&["check"]).status.success());
    let backup = givegive::backups::read(
        &givegive::backups::list(&backups)
            .into_iter()
            .find(|f| f.day.to_string() == TODAY)
            .expect("the day's backup")
            .path,
        &givegive::seal::Unlock::none(),
    )
    .expect("the TUI wrote the day's backup");
    assert_eq!(backup.contacts.len(), 27, "26 active people and one closed");
}

#[test]
fn journey_capture_from_another_shell_while_open_then_sigterm() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("relay");
    assert!(t.givegive(&["demo"]).status.success());
    t.start();
    t.wait_for("1 Review");
    t.keys(&["2"]);
    t.wait_for("people 26");
    t.keys(&["f"]);
    t.type_text("marco");
    t.keys(&["Enter"]);
    t.wait_for("Marco Bianchi #");

    let out = t.givegive(&[
        "gave",
        "marco",
        "two firmware leads from the shell",
        "--weight",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("gave Marco Bianchi: two firmware leads from the shell")
    );
    t.wait_for("two firmware leads from the shell");

    let out = t.givegive(&["gave", "nobody-at-all", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nobody in the journal matches"));

    let out = t.givegive(&["show", "marco"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("two firmware leads from the shell"));

    t.keys(&["e"]);
    t.wait_for("saved the notes of Marco Bianchi");
    assert_eq!(
        t.card("marco")["contact"]["notes"],
        "prefers calls after 6pm"
    );

    // `undo`, forwarded to the TUI, names what it takes back: the notes
    // saved from $EDITOR, then the capture forwarded from the shell, as
    // typed (not its raw arguments, nor the change before).
    let said = |out: std::process::Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let undid = said(t.givegive(&["undo"]));
    assert!(
        undid.starts_with("undid: edit ") && undid.contains("--notes 'prefers calls after 6pm"),
        "{undid}"
    );
    assert_eq!(
        said(t.givegive(&["undo"])),
        "undid: gave 'Marco Bianchi' 'two firmware leads from the shell' --weight 2\n"
    );
    assert!(said(t.givegive(&["redo"])).starts_with("redid: gave 'Marco Bianchi'"));
    assert!(said(t.givegive(&["redo"])).starts_with("redid: edit "));

    // The TUI is the only child of this session's shell.
    let shell = String::from_utf8_lossy(&t.tmux(&["display-message", "-p", "#{pane_pid}"]).stdout)
        .trim()
        .to_string();
    let killed = Command::new("pkill")
        .args(["-TERM", "-P", &shell, "givegive"])
        .status()
        .expect("pkill");
    assert!(killed.success(), "no givegive under the tmux shell {shell}");
    assert_restored_after_signal(&t);
    assert!(
        !Path::new(&t.db.join("capture.sock")).exists(),
        "the socket is cleaned up"
    );
    let card = t.card("marco");
    assert!(
        card["history"]
            .to_string()
            .contains("two firmware leads from the shell")
    );
    assert!(t.givegive(&["check"]).status.success());
}

/// A Unix socket's path holds at most 107 bytes: with a journal deeper
/// than that, the socket goes to the user's runtime directory, or to
/// `/tmp/givegive-UID` without one, and a shell's capture still reaches
/// the open TUI.
#[test]
fn a_capture_reaches_the_tui_whatever_the_journal_path() {
    if !tmux_available() {
        return;
    }
    let mut t = Tmux::new("long-path");
    let root = t._dir.path().to_path_buf();
    let deep = root
        .join("a".repeat(70))
        .join("b".repeat(70))
        .join("journal");
    assert!(deep.as_os_str().len() >= 150, "{}", deep.display());
    std::fs::create_dir_all(deep.parent().expect("a folder")).expect("its folder");
    t.db = deep;
    assert!(t.givegive(&["demo"]).status.success());
    let runtime = root.join("run");
    std::fs::create_dir(&runtime).expect("runtime dir");
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .expect("chmod");
    let places = [
        (
            format!("XDG_RUNTIME_DIR='{}'", runtime.display()),
            Some(runtime.clone()),
        ),
        ("env -u XDG_RUNTIME_DIR".to_string(), None),
    ];
    for (n, (wrapper, xdg)) in places.iter().enumerate() {
        t.start_wrapped(wrapper);
        t.wait_for("1 Review");
        let text = format!("a capture from a deep journal, {n}");
        let mut capture = Command::new(cargo_bin("givegive"));
        capture
            .env("GIVEGIVE_DB", &t.db)
            .env("GIVEGIVE_TODAY", TODAY)
            .env("HOME", &t.home)
            .env("XDG_CONFIG_HOME", t.home.join(".config"))
            .args(["gave", "marco", &text]);
        match xdg {
            Some(dir) => capture.env("XDG_RUNTIME_DIR", dir),
            None => capture.env_remove("XDG_RUNTIME_DIR"),
        };
        let out = capture.output().expect("capture runs");
        assert!(
            out.status.success(),
            "{wrapper}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The TUI holds the journal: only it could have saved the capture.
        assert!(String::from_utf8_lossy(&out.stdout).contains(&text));
        if let Some(dir) = xdg {
            let sockets = std::fs::read_dir(dir.join("givegive"))
                .expect("the socket folder")
                .count();
            assert_eq!(sockets, 1, "the socket is in the runtime directory");
        }
        t.keys(&["q"]);
        assert_restored(&t);
        t.kill_server();
    }
    let history = t.card("marco")["history"].to_string();
    assert!(history.contains("a capture from a deep journal, 0"));
    assert!(history.contains("a capture from a deep journal, 1"));
    assert_eq!(
        std::fs::read_dir(runtime.join("givegive"))
            .expect("the socket folder")
            .count(),
        0,
        "the socket is cleaned up"
    );
}

#[test]
fn journey_a_whole_review_pass() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("review");
    assert!(t.givegive(&["demo"]).status.success());
    let before: Value =
        serde_json::from_slice(&t.givegive(&["review", "--json"]).stdout).expect("json");
    let first = before["items"][0]["follow_up"]["id"]
        .as_u64()
        .expect("an overdue follow-up first");
    t.start();
    // The header and the status line both say it; a capture between the
    // two rows being drawn holds only the header, so wait for both.
    t.wait_for("review: 10 people today");
    let mut screen = t.screen();
    for _ in 0..200 {
        if screen.matches("review: 10 people today").count() == 2 {
            break;
        }
        sleep(Duration::from_millis(50));
        screen = t.screen();
    }
    // The status line says the review's own count, in the header's words
    // (trial 26r read "0 follow-ups due" under "review: 3 people today").
    let status = screen.trim_end().lines().last().unwrap_or_default();
    assert!(status.contains("review: 10 people today"), "{screen}");
    assert_eq!(screen.matches("review: 10 people today").count(), 2);
    // A draft for the overdue follow-up, marked sent.
    t.keys(&["w"]);
    t.wait_for("draft to Marco Bianchi");
    t.keys(&["y"]);
    t.wait_for("1 reviewed: 1 follow-up sent");
    // Marco keeps only a line a give ends ("you asked more"), now last:
    // back to the top, then done, snooze, dismiss, a give through its form.
    t.keys(&["Home", "d"]);
    t.wait_for("2 reviewed");
    t.keys(&["s"]);
    t.wait_for("3 reviewed");
    t.keys(&["x"]);
    t.wait_for("4 reviewed");
    t.keys(&["g"]);
    t.wait_for("what");
    t.type_text("sent the grant template");
    t.keys(&["Enter"]);
    t.wait_for("5 reviewed: 1 follow-up sent, 1 done, 1 give, 1 snoozed");
    t.keys(&["q"]);
    assert_restored(&t);

    let card = t.card("marco");
    let history = card["history"].to_string();
    assert!(history.contains("sent a follow-up message"), "{history}");
    let follow_up = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["id"].as_u64() == Some(first))
        .cloned()
        .unwrap_or_default();
    assert!(follow_up["state"].get("done").is_some(), "{follow_up}");
    let after: Value =
        serde_json::from_slice(&t.givegive(&["review", "--json"]).stdout).expect("json");
    assert_ne!(after["items"][0], before["items"][0]);
    assert!(t.givegive(&["check"]).status.success());
}

/// The text inside the box titled `title` on `screen`: an overlay, without
/// what shows around it.
fn boxed(screen: &str, title: &str) -> String {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let Some((top, left)) = lines.iter().enumerate().find_map(|(n, l)| {
        let s: String = l.iter().collect();
        s.contains(title)
            .then(|| l.iter().position(|c| *c == '┌'))
            .flatten()
            .map(|col| (n, col))
    }) else {
        panic!("no box titled {title:?} in:\n{screen}");
    };
    let width = lines[top][left..]
        .iter()
        .position(|c| *c == '┐')
        .unwrap_or(0);
    let mut inside = Vec::new();
    for l in &lines[top + 1..] {
        if l.get(left) == Some(&'└') {
            break;
        }
        inside.push(
            l.iter()
                .skip(left + 1)
                .take(width.saturating_sub(1))
                .collect::<String>(),
        );
    }
    inside.join("\n")
}

/// The loop givegive exists for (issue 14's "Done when"): meet someone →
/// the review asks you to follow up → a draft about them and nobody else →
/// copied → a give → a balance whose words match its numbers, on the card
/// and in the review alike.
#[test]
fn journey_meet_follow_up_draft_give_balance() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("loop");
    let ok = |args: &[&str]| t.ok(args);
    ok(&[
        "add",
        "Anna Rossi",
        "--met",
        "climbing gym",
        "--on",
        "5d",
        "--no-follow-up",
    ]);
    let added = ok(&[
        "add",
        "Tom Ng",
        "--met",
        "pitch night at Talent Garden",
        "--on",
        "yesterday",
        "--details",
        "raising a seed round in March",
        "--need",
        "seed investors",
    ]);
    assert!(
        added.contains("logged meeting: pitch night at Talent Garden"),
        "{added}"
    );
    assert!(
        added.contains("follow-up due today, Monday 23 November"),
        "{added}"
    );
    // Later that night, with Anna too: what Anna said is hers.
    ok(&[
        "met",
        "tom",
        "anna",
        "drinks after the pitch night",
        "--details",
        "anna: her daughter started climbing",
        "--on",
        "yesterday",
    ]);
    ok(&[
        "got",
        "tom",
        "feedback on my pitch deck",
        "--on",
        "yesterday",
    ]);

    t.start();
    t.wait_for("review: 2 people today");
    // Tom once. The drinks and his feedback, logged after the pitch night
    // that same day, followed it up (one rule, `domain::followed`), so no
    // follow-up line is left; giving back is. The card says the same.
    t.wait_for("gave you \"feedback on my pitch deck\"");
    // Anna's fresh meeting comes first; Tom is the second line.
    t.keys(&["j"]);
    let screen = t.wait_for("Tom Ng #");
    assert!(!screen.contains("follow-up due today"), "{screen}");
    assert!(
        screen.contains(" 2 Tom Ng") && screen.contains("gave you \"feedback on my pitch deck\""),
        "{screen}"
    );
    assert!(
        screen.contains("-1: you received more help than you"),
        "{screen}"
    );
    assert_eq!(screen.matches(" 2 Tom Ng").count(), 1, "{screen}");
    assert!(
        !screen.contains(" 1 Tom Ng") && !screen.contains(" 3 Tom Ng"),
        "{screen}"
    );
    let said = ok(&["review"]);
    assert!(
        said.contains("Tom Ng      gave you \"feedback on my pitch deck\" on 2026-11-22 and you have not given back since"),
        "{said}"
    );

    t.keys(&["w"]);
    let draft = boxed(&t.wait_for("draft to Tom Ng"), "draft to Tom Ng");
    assert!(
        draft.contains("it was great to meet you at the pitch night at Talent Garden yesterday."),
        "{draft}"
    );
    // Said from the pitch night, the same evening as the drinks: one
    // moment, wrapped at 80 columns.
    let words = draft.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("you are raising a seed round in March"),
        "{draft}"
    );
    assert!(
        !draft.contains("daughter") && !draft.contains("Anna"),
        "{draft}"
    );
    t.keys(&["c"]);
    t.wait_for("draft sent to the clipboard · L if paste fails");
    t.keys(&["y"]);
    t.wait_for("1 reviewed: 1 follow-up sent");

    t.keys(&[":"]);
    t.type_text("gave tom intros to two seed funds --weight 2");
    t.keys(&["Enter"]);
    let review = t.wait_for("gave Tom Ng: intros to two seed funds");
    // Given back: the review stops saying so, as the card will.
    assert!(!review.contains("Tom Ng gave you"), "{review}");
    t.keys(&["2"]);
    t.wait_for("people 2 · by name");
    t.keys(&["f"]);
    t.type_text("tom");
    t.keys(&["Enter"]);
    let card = t.wait_for("+1: you gave more help than you received");
    assert!(!card.contains("give something back"), "{card}");
    t.keys(&["q"]);
    assert_restored(&t);

    let show = ok(&["show", "tom"]);
    assert!(
        show.contains(
            "help given 2 · help received 1 · lean +1 (you gave more help than you received)"
        ),
        "{show}"
    );
    let review: Value = serde_json::from_str(&ok(&["review", "--json"])).expect("json");
    let toms: Vec<&str> = review["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i["name"] == "Tom Ng")
        .filter_map(|i| i["reason"].as_str())
        .collect();
    assert!(!toms.contains(&"reciprocity_owed"), "{toms:?}");
    assert!(!toms.contains(&"follow_up_due"), "{toms:?}");
    assert!(t.givegive(&["check"]).status.success());
}

/// Issue 24's week: meet, draft from the review, mark it sent; a week
/// later a new meeting, and the draft speaks of it, never of my own
/// message; a person snoozed for a week is gone until then.
#[test]
fn journey_a_week_of_drafts_that_never_quote_my_own_message() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("week");
    let ok = |args: &[&str]| t.ok(args);
    // The TUI opened on the review, with Lena's draft drawn.
    let open_draft = || {
        t.start();
        t.wait_for("Lena Park");
        t.keys(&["w"]);
        boxed(&t.wait_for("draft to Lena Park"), "draft to Lena Park")
    };
    // Monday: met Lena at the meetup yesterday.
    t.today.set("2026-11-16");
    ok(&[
        "add",
        "Lena Park",
        "--met",
        "product meetup",
        "--on",
        "yesterday",
        "--details",
        "moving to Berlin in March",
    ]);
    let draft = open_draft();
    assert!(
        draft.contains("you are moving to Berlin in March"),
        "{draft}"
    );
    t.keys(&["y"]);
    t.wait_for("1 reviewed: 1 follow-up sent");
    t.keys(&["q"]);
    assert_restored(&t);
    t.kill_server();
    let card = t.card("lena");
    let sent = card["history"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|h| h["kind"] == "message")
        .cloned()
        .unwrap_or_default();
    assert_eq!(sent["from"], "me", "{card}");

    // A week later: a new meeting; the draft is about it alone.
    t.today.set("2026-11-23");
    ok(&[
        "met",
        "lena",
        "design sprint at Klarheit",
        "--details",
        "hiring a second designer",
    ]);
    let draft = open_draft();
    assert!(
        draft.contains("design sprint at Klarheit") && draft.contains("hiring a second designer"),
        "{draft}"
    );
    for mine in ["Berlin", "Hi you", "product meetup", "Talk soon."] {
        assert!(!draft.contains(mine), "{mine}: {draft}");
    }
    assert_eq!(draft.matches("Hi Lena").count(), 1, "{draft}");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    assert_restored(&t);
    t.kill_server();

    // Snoozed for two days (her meeting is fresh for three): out of the
    // review until then, back after.
    let snoozed = ok(&["snooze", "lena", "2d"]);
    assert!(
        snoozed.contains("Lena Park is out of the review until Wednesday 25 November"),
        "{snoozed}"
    );
    for day in ["2026-11-23", "2026-11-24"] {
        t.today.set(day);
        assert!(!ok(&["review"]).contains("Lena Park"), "{day}");
    }
    t.today.set("2026-11-24");
    t.start();
    t.wait_for("1 Review");
    t.keys(&["1"]);
    let screen = t.wait_for("needs you today");
    assert!(!screen.contains("Lena Park"), "{screen}");
    t.keys(&["q"]);
    assert_restored(&t);
    t.kill_server();
    t.today.set("2026-11-25");
    assert!(ok(&["review"]).contains("Lena Park"));
    assert!(ok(&["check"]).starts_with("ok"));
}

#[test]
fn closing_the_terminal_ends_the_tui_and_frees_the_journal() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("hangup");
    assert!(t.givegive(&["demo"]).status.success());
    t.start();
    t.wait_for("1 Review");
    t.keys(&["2"]);
    t.wait_for("people 26");
    // Killing the tmux server hangs up the terminal under the TUI.
    t.tmux(&["kill-server"]);
    let start = Instant::now();
    loop {
        let out = t.givegive(&["check"]);
        if out.status.success() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the TUI never let go of the journal after the hangup: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        sleep(Duration::from_millis(100));
    }
}

fn assert_restored_after_signal(t: &Tmux) {
    t.wait_for("EXIT=");
    // The terminal's modes are printed just after the exit code: wait for
    // them too ("-icanon -echo" if raw mode was left on).
    let screen = t.wait_for("icanon");
    assert!(
        screen.contains("icanon echo"),
        "raw mode left on:\n{screen}"
    );
    assert!(!t.alternate_screen_on(), "still on the alternate screen");
}

/// The TUI killed with SIGKILL while it saves captures handed over from
/// other shells, at random moments (seeded): what a shell was told is saved
/// stays saved, and the journal opens and passes `check` every time.
#[test]
fn the_tui_killed_mid_capture_loses_nothing_reported() {
    use rand::{Rng, SeedableRng};
    const ROUNDS: usize = 20;
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("tui-kill");
    assert!(t.givegive(&["add", "Marco Verdi"]).status.success());
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
    let mut reported = Vec::new();
    for n in 0..ROUNDS {
        t.start();
        t.wait_for("Contacts");
        let shell =
            String::from_utf8_lossy(&t.tmux(&["display-message", "-p", "#{pane_pid}"]).stdout)
                .trim()
                .to_string();
        let text = format!("handed over {n}");
        let capture = Command::new(cargo_bin("givegive"))
            .env("GIVEGIVE_DB", &t.db)
            .env("GIVEGIVE_TODAY", TODAY)
            .args(["gave", "marco", &text])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn a capture");
        sleep(Duration::from_millis(rng.random_range(0..20)));
        let _ = Command::new("pkill")
            .args(["-KILL", "-P", &shell, "givegive"])
            .status();
        let out = capture.wait_with_output().expect("capture ends");
        if String::from_utf8_lossy(&out.stdout).contains(&text) {
            reported.push(text);
        }
        t.wait_for("EXIT=");
        t.kill_server();
        assert!(
            t.givegive(&["check"]).status.success(),
            "check failed after killing the TUI in round {n}"
        );
    }
    let history = t.card("marco")["history"].to_string();
    for text in &reported {
        assert!(
            history.contains(text),
            "{text:?} was reported saved, then lost"
        );
    }
    eprintln!(
        "{ROUNDS} TUI kills: {} captures reported saved, all kept",
        reported.len()
    );
}

/// A disk that refuses the TUI's write (a file-size cap set with `prlimit`,
/// which fails the write with EFBIG as a full disk fails it with ENOSPC):
/// the form stays open with what was typed, the status says what happened,
/// and the journal is left as it was.
#[test]
fn a_write_the_disk_refuses_keeps_the_form_open() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("disk-full");
    // Every write here is the process's own, under the cap, not a holder's.
    let alone = |args: &[&str]| {
        t.command(args)
            .env("GIVEGIVE_LINGER", "0")
            .output()
            .expect("givegive runs")
    };
    assert!(alone(&["add", "Marco Verdi"]).status.success());
    // Opening fills sled's current segment; from then on the log only grows
    // when a write needs a new one, which the cap refuses.
    assert!(alone(&["list"]).status.success());
    let cap = std::fs::metadata(t.db.join("db")).expect("log").len();
    let capped = |text: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!(
                "trap '' XFSZ; exec prlimit --fsize={cap} \"$0\" \"$@\""
            ))
            .arg(cargo_bin("givegive"))
            .args(["gave", "marco", text])
            .env("GIVEGIVE_DB", &t.db)
            .env("GIVEGIVE_TODAY", TODAY)
            .env("XDG_CONFIG_HOME", t.home.join(".config"))
            .env("GIVEGIVE_LINGER", "0")
            .output()
            .expect("runs")
            .status
            .success()
    };
    // Fill what is left of the segment, in smaller and smaller captures,
    // until even a small one is refused.
    let mut saved = 0;
    for size in [100_000, 20_000, 5_000, 1_000, 300] {
        while capped(&"f".repeat(size)) {
            saved += 1;
            assert!(saved < 200, "the cap never refused a write");
        }
    }

    t.start_wrapped(&format!("prlimit --fsize={cap}"));
    t.wait_for("Contacts");
    t.keys(&["2", "f"]);
    t.type_text("marco");
    t.keys(&["Enter", "g"]);
    t.wait_for("gave Marco Verdi");
    let typed = format!("lent my standing desk {}", "d".repeat(500));
    t.type_text(&typed);
    t.keys(&["Enter"]);
    let screen = t.wait_for("the disk refused");
    assert!(
        screen.contains("┌ gave Marco Verdi"),
        "the form is gone:\n{screen}"
    );
    // The field shows the end of what was typed; its start is there too.
    t.keys(&["Home"]);
    t.wait_for("lent my standing desk");
    // Closed (esc twice: what was typed is discarded only when asked
    // again), the form leaves a status line that stays: nothing more can
    // be saved by this TUI.
    t.keys(&["Escape", "Escape", "j"]);
    t.wait_for("nothing more can be saved (file too large): quit, make room");
    t.keys(&["q"]);
    t.wait_for("EXIT=");
    assert!(t.givegive(&["check"]).status.success());
    let history = t.card("marco")["history"].to_string();
    assert!(
        !history.contains("standing desk"),
        "a refused write was saved"
    );
    assert_eq!(
        t.card("marco")["history"].as_array().map(Vec::len),
        Some(saved)
    );
}

/// Where `text` first shows on `screen`: its column and row, counted from 1
/// as the terminal's mouse reports count them.
fn cell(screen: &str, text: &str) -> (usize, usize) {
    screen
        .lines()
        .enumerate()
        .find_map(|(y, row)| {
            let at = row.find(text)?;
            Some((row[..at].chars().count() + 1, y + 1))
        })
        .unwrap_or_else(|| panic!("{text:?} is not on the screen:\n{screen}"))
}

/// The mouse, as the terminal reports it (SGR, the encoding crossterm asks
/// for): a left click on a row selects it, the wheel scrolls the list under
/// the pointer, a click on a tab changes screen; keys still work after.
#[test]
fn a_click_selects_a_row_and_the_wheel_scrolls() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("mouse");
    assert!(t.givegive(&["demo"]).status.success());
    t.start();
    let screen = t.wait_for("review: 10 people today");
    // The TUI asked the terminal for the mouse, in SGR encoding; the clicks
    // below are what the terminal then sends.
    let flags = || {
        let out = t.tmux(&[
            "display-message",
            "-p",
            "#{mouse_sgr_flag}#{mouse_any_flag}",
        ]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(flags(), "11", "mouse reporting on");
    let click = |(x, y): (usize, usize)| {
        t.type_text(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    };
    click(cell(&screen, "2 Contacts"));
    let screen = t.wait_for("people 26");
    click(cell(&screen, "Marco Bianchi"));
    t.wait_for("Marco Bianchi #");
    // Three notches down, three rows a notch: nine people further on.
    let names: Vec<String> = screen
        .lines()
        .filter_map(|row| row.strip_prefix("│"))
        .map(|row| {
            let name = row.split('│').next().unwrap_or_default();
            name.trim_end()
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-')
                .trim_end()
                .to_string()
        })
        .collect();
    let marco = names
        .iter()
        .position(|n| n == "Marco Bianchi")
        .expect("Marco listed");
    let (x, y) = cell(&screen, "Marco Bianchi");
    let wheel = format!("\x1b[<65;{x};{y}M");
    t.type_text(&wheel.repeat(3));
    let nine_on = &names[marco + 9];
    t.wait_for(&format!("{nine_on} #"));
    t.type_text(&format!("\x1b[<64;{x};{y}M"));
    t.wait_for(&format!("{} #", names[marco + 6]));
    // The keyboard is unchanged: j moves one row on.
    t.keys(&["j"]);
    t.wait_for(&format!("{} #", names[marco + 7]));
    t.keys(&["q"]);
    assert_restored(&t);
    assert_eq!(flags(), "00", "the shell gets the mouse back");
}

/// A holder started by a command lets the journal go to the TUI, which
/// then answers every command (including `holder status` and `holder
/// stop`, which it refuses); once the TUI quits, the next command starts a
/// holder again.
#[test]
fn the_tui_takes_the_journal_from_a_lingering_holder() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("holder");
    assert!(t.givegive(&["demo"]).status.success());
    let linger = |args: &[&str]| {
        t.command(args)
            .env("GIVEGIVE_LINGER", "600")
            .output()
            .expect("givegive runs")
    };
    let said = |out: &Output| String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(linger(&["show", "marco"]).status.success());
    assert!(said(&linger(&["holder"])).contains("a holder (pid"));

    t.start();
    t.wait_for("1 Review");
    assert!(
        said(&linger(&["holder"])).contains("the givegive TUI (pid"),
        "the TUI holds the journal"
    );
    let stop = linger(&["holder", "stop"]);
    assert!(!stop.status.success());
    assert!(String::from_utf8_lossy(&stop.stderr).contains("quit it to let the journal go"));
    let gave = linger(&["gave", "marco", "a lead while the TUI is open"]);
    assert!(
        gave.status.success(),
        "{}",
        String::from_utf8_lossy(&gave.stderr)
    );
    t.keys(&["2"]);
    t.wait_for("people 26");
    t.keys(&["q"]);
    assert_restored(&t);

    assert!(said(&linger(&["show", "marco"])).contains("a lead while the TUI is open"));
    assert!(said(&linger(&["holder"])).contains("a holder (pid"));
    assert!(linger(&["holder", "stop"]).status.success());
}

#[test]
fn a_capture_waits_for_a_tui_kept_in_the_editor_and_is_saved_once() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("editing");
    assert!(t.givegive(&["demo"]).status.success());
    // An editor the person sits in for longer than a shell once waited
    // before sending its capture again.
    std::fs::write(
        t.home.join("editor.sh"),
        "#!/bin/sh\nsleep 15\nprintf 'prefers calls after 6pm\\n' > \"$1\"\n",
    )
    .expect("editor");
    t.start();
    t.wait_for("1 Review");
    t.keys(&["2"]);
    t.wait_for("people 26");
    t.keys(&["f"]);
    t.type_text("marco");
    t.keys(&["Enter"]);
    t.wait_for("Marco Bianchi #");
    t.keys(&["e"]);
    let out = t.givegive(&["gave", "marco", "while-editing"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(
        err.contains("the givegive TUI (pid ") && err.contains("has not answered yet; waiting"),
        "{err}"
    );
    t.wait_for("saved the notes of Marco Bianchi");
    let history = t.card("marco")["history"].to_string();
    assert_eq!(history.matches("while-editing").count(), 1, "{history}");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
fn an_edit_saved_unchanged_closes_and_the_next_key_is_a_key() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("unchanged");
    assert!(t.givegive(&["demo"]).status.success());
    t.start();
    t.wait_for("1 Review");
    t.keys(&["2"]);
    t.wait_for("people 26");
    t.keys(&["f"]);
    t.type_text("kai");
    t.wait_for("people 1 matching 'kai'");
    t.keys(&["Enter"]);
    t.wait_for("Kai Novak #");
    t.keys(&["E"]);
    t.wait_for("edit Kai Novak");
    t.keys(&["Enter"]);
    let screen = t.wait_for("edit Kai Novak: nothing changed");
    assert!(
        !screen.contains("enter saves"),
        "the form closed:\n{screen}"
    );
    // `q` quits rather than going into the name field.
    t.keys(&["q"]);
    assert_restored(&t);
    assert_eq!(t.card("kai")["contact"]["name"], "Kai Novak");
}

/// Issue 26, item 1: a capture saved from the contacts screen leaves the
/// person it was about selected, at 80x24 and 120x36.
#[test]
fn the_cursor_stays_on_the_person_after_a_save() {
    if !tmux_available() {
        return;
    }
    for (width, height) in [(80, 24), (120, 36)] {
        let t = Tmux::new(&format!("stays{width}"));
        assert!(t.givegive(&["demo"]).status.success());
        t.start_sized("", width, height);
        t.wait_for("review:");
        t.keys(&["2"]);
        t.wait_for("people 26");
        t.keys(&["f"]);
        t.type_text("kai");
        t.wait_for("matching 'kai'");
        t.keys(&["Escape"]);
        t.wait_for("Kai Novak #");
        t.keys(&["F"]);
        t.type_text("send him the dbt article");
        t.keys(&["Tab"]);
        t.type_text("friday");
        t.keys(&["Enter"]);
        let screen = t.wait_for("follow-up with Kai Novak due");
        assert!(
            screen.contains("Kai Novak #"),
            "{width}x{height}:\n{screen}"
        );
        // Down and back up lands on Kai again: the list kept its place.
        t.keys(&["j", "k"]);
        let screen = t.wait_for("Kai Novak #");
        assert!(
            !screen.contains("Aisha Bello #"),
            "{width}x{height}:\n{screen}"
        );
        t.keys(&["q"]);
        assert_restored(&t);
    }
}

/// Issue 26, item 6: several people met at one event, in one form. Two
/// new people and one already in the journal (completed on tab), each with
/// what they told you and what they need, make one event that the events
/// screen shows with all three, and `u` takes it all back in one step. At
/// 80x24 the form scrolls to the row being typed.
#[test]
fn journey_an_event_with_three_people_in_one_form() {
    if !tmux_available() {
        return;
    }
    for (width, height) in [(80, 24), (120, 36)] {
        let t = Tmux::new(&format!("event{width}"));
        assert!(t.givegive(&["demo"]).status.success());
        t.start_sized("", width, height);
        t.wait_for("review:");
        t.keys(&["2"]);
        t.wait_for("people 26");
        t.keys(&["V"]);
        t.wait_for("log an event with several people");
        t.type_text("Product meetup");
        t.keys(&["Tab", "Tab"]);
        let rows = [
            ("Zoe Marsh", "moving to Berlin in May", "a flat"),
            ("Ugo Verdi", "runs a pottery studio", "a kiln"),
            ("kai", "back from Lisbon", "a cofounder"),
        ];
        for (i, (name, told, need)) in rows.iter().enumerate() {
            if i > 0 {
                t.keys(&["C-n"]);
            }
            t.type_text(name);
            t.keys(&["Tab"]);
            if *name == "kai" {
                // Tab completed the name and moved on to what they told.
                t.wait_for("Kai Novak");
            }
            t.type_text(told);
            t.keys(&["Tab"]);
            t.type_text(need);
            // The row being typed is in view.
            t.wait_for(need);
        }
        t.keys(&["Enter"]);
        let screen = t.wait_for("logged Product meetup with 3 people");
        assert!(
            screen.contains("2 added, 1 found; 3 follow-ups"),
            "{width}x{height}:\n{screen}"
        );
        t.keys(&["6"]);
        let screen = t.wait_for("Product meetup");
        for name in ["Zoe Marsh", "Ugo Verdi", "Kai Novak"] {
            assert!(
                screen.contains(name),
                "{width}x{height}: {name} at the event:\n{screen}"
            );
        }
        let zoe = t.card("zoe marsh");
        assert_eq!(zoe["contact"]["needs"][0], "a flat", "{zoe}");
        // One step back takes the event and both new people.
        t.keys(&["u"]);
        t.wait_for("undid");
        t.keys(&["q"]);
        assert_restored(&t);
        assert!(!t.givegive(&["show", "zoe marsh"]).status.success());
        let events = t.ok(&["events"]);
        assert!(!events.contains("Product meetup"), "{events}");
    }
}

#[test]
fn a_tui_on_a_path_with_no_journal_keeps_one_only_once_written() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("new-journal");
    assert!(!t.db.exists());
    t.start_sized("", 80, 24);
    // A typo in --db or GIVEGIVE_DB looks exactly like a new journal: the
    // status says so where the user looks, and the shell says it again.
    let screen = t.wait_for_joined("no journal was at");
    assert!(screen.contains("Welcome to givegive"), "{screen}");
    // Quit at once, as after a typo: nothing was written, nothing is left
    // (trial 28d #5).
    t.keys(&["q"]);
    t.wait_for_joined("nothing was written, so no journal was kept at");
    assert_restored(&t);
    assert!(!t.db.exists());
}
