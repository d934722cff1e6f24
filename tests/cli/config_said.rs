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
            "givegive: config {file} line 2: [backup] keep: \"x\" is not a whole number (e.g. keep = 7)"
        );
        assert!(err.lines().any(|l| l == said), "{err}");
        j.refused(&["backup", "--list"]);
    }
}
