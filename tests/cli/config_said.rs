//! A config file's mistake through the real binary: one line naming the
//! file, the line and the setting in a person's words; the commands that
//! read the file refuse it, a capture runs and says it all the same
//! (whether the holder answers or the command opens the journal itself).

use super::Journal;

fn write_config(j: &Journal, text: &str) -> String {
    let dir = j.dir.path().join("config/givegive");
    std::fs::create_dir_all(&dir).expect("config dir");
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("config");
    path.display().to_string()
}

#[test]
fn a_word_for_a_number_is_refused_in_one_line_naming_file_line_and_key() {
    let j = Journal::lingerless();
    j.ok(&["add", "Anna"]);
    let file = write_config(&j, "# mine\n[review]\ncapacity = \"ten\"\n");
    assert_eq!(
        j.refused(&["review"]),
        format!(
            "givegive: config {file} line 3: [review] capacity: \"ten\" is not a whole number (e.g. capacity = 10)"
        )
    );
}

#[test]
fn a_capture_runs_with_a_broken_config_and_says_what_is_wrong() {
    for j in [Journal::lingerless(), Journal::new()] {
        j.ok(&["add", "Anna"]);
        let file = write_config(&j, "[backup]\nkeep = \"x\"\n[holder]\nlinger = 60\n");
        let out = j.cmd(&["gave", "anna", "a book"]).assert().success();
        let out = out.get_output();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("gave Anna: a book"),
            "{out:?}"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        let said = format!(
            "givegive: warning: config {file} line 2: [backup] keep: \"x\" is not a whole number (e.g. keep = 7) (gave went on without it)"
        );
        assert!(err.lines().any(|l| l == said), "{err}");
        j.refused(&["backup", "--list"]);
    }
}

/// `givegive config` prints the defaults compiled in, comments and all (a
/// user of the binary has no sources), under a comment saying where their
/// file is and whether it exists and reads.
#[test]
fn config_prints_the_defaults_and_where_the_users_file_is() {
    let j = Journal::lingerless();
    let table = |text: &str| toml::from_str::<toml::Table>(text).expect("TOML");
    let file = j.dir.path().join("config/givegive/config.toml");
    let out = j.ok(&["config"]);
    assert_eq!(table(&out), table(givegive::config::DEFAULTS));
    assert!(out.ends_with(givegive::config::DEFAULTS), "{out}");
    let head: Vec<&str> = out.lines().take(2).collect();
    assert_eq!(
        head,
        [
            format!("# Your config file: {}", file.display()).as_str(),
            "# (it does not exist yet: copy into it what you want to change.)"
        ]
    );
    write_config(&j, "[review]\ncapacity = 5\n");
    assert!(j.ok(&["config"]).contains("\n# (it exists and reads;"));
    write_config(&j, "[review]\ncapacity = 0\n[drafts]\nlangauge = \"it\"\n");
    let out = j.cmd(&["config"]).assert().success();
    let out = out.get_output();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\n# (it has 2 mistakes, said on stderr.)")
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 2);
}

/// Every mistake at once, each a line, in the file's order; and a mistake
/// in a table the command does not read (`[drafts]` for the review) is a
/// warning, not a refusal.
#[test]
fn the_review_says_every_mistake_and_runs_past_a_drafts_typo() {
    let j = Journal::lingerless();
    j.ok(&["add", "Anna"]);
    let file = write_config(
        &j,
        "[review]\ncapacity = \"ten\"\n[drafts]\nlangauge = \"it\"\n",
    );
    let out = j.cmd(&["review"]).assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "givegive: config {file} line 2: [review] capacity: \"ten\" is not a whole number (e.g. capacity = 10)"
            ),
            format!(
                "givegive: config {file} line 4: [drafts] langauge: not a setting of [drafts] (did you mean language? its settings: language, templates)"
            ),
        ]
    );
    // Whether the command opens the journal itself or the holder answers.
    let held = Journal::new();
    held.ok(&["add", "Anna"]);
    for j in [&j, &held] {
        write_config(j, "[review]\ncapacity = 3\n[drafts]\nlangauge = \"it\"\n");
        let out = j.cmd(&["review"]).assert().success();
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(
            err.contains("line 4: [drafts] langauge: not a setting"),
            "{err}"
        );
        // Trial 28d #11: it read exactly like the error that stops a
        // command; it says it is a warning, and that the review went on.
        let line = err.lines().find(|l| l.contains("langauge")).unwrap_or("");
        assert!(
            line.starts_with("givegive: warning: config ")
                && line.ends_with("(review went on without it)"),
            "{err}"
        );
    }
}
