//! givegive in the rest of the terminal: mail programs' address queries
//! (mutt, neomutt, aerc) and shell completion that knows the journal's
//! names, driven through a real bash.

use crate::common;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;
use tempfile::TempDir;

struct J {
    dir: TempDir,
}

impl J {
    fn new() -> J {
        let j = J {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        j.out(&["demo"]);
        j
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("journal")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = common::givegive(&self.db(), &self.dir.path().join("config"));
        cmd.args(args);
        cmd
    }

    fn out(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().success().get_output().clone();
        String::from_utf8(out.stdout).expect("utf-8")
    }
}

#[test]
fn query_answers_in_the_mutt_format() {
    let j = J::new();
    j.out(&[
        "add",
        "Anna Verdi",
        "--email",
        "anna.v@example.org",
        "--org",
        "Tab\tCo",
    ]);
    let out = j.out(&["query", "anna"]);
    let lines: Vec<&str> = out.lines().collect();
    // mutt skips the first line: a message. Then EMAIL<TAB>NAME<TAB>NOTE.
    assert_eq!(lines[0], "givegive: 2 addresses for 'anna'", "{out}");
    assert_eq!(
        &lines[1..],
        [
            "anna.rossi@example.org\tAnna Rossi\tFintastic",
            "anna.v@example.org\tAnna Verdi\tTab Co",
        ],
        "sorted by name, a tab in a field made a space"
    );
    for line in &lines[1..] {
        assert_eq!(line.split('\t').count(), 3, "{line}");
    }
    // Every word must match, in a name, an address or an organisation.
    let by_org = j.out(&["query", "fintastic"]);
    assert_eq!(by_org.lines().count(), 2, "{by_org}");
    let by_address = j.out(&["query", "example.org", "verdi"]);
    assert!(by_address.ends_with("anna.v@example.org\tAnna Verdi\tTab Co\n"));
    // aerc reads every line as an address: no message line.
    let aerc = j.out(&["query", "--no-header", "verdi"]);
    assert_eq!(aerc, "anna.v@example.org\tAnna Verdi\tTab Co\n");
    // Nothing found: the message, and exit 1 (mutt shows the message).
    j.cmd(&["query", "nobody-here"])
        .assert()
        .code(1)
        .stdout("givegive: no address matches 'nobody-here'\n");
    let json: Value = serde_json::from_str(&j.out(&["query", "verdi", "--json"])).expect("json");
    assert_eq!(json["found"][0]["email"], "anna.v@example.org");
}

/// What bash's completion offers for `line` (the word being completed is
/// its last one, empty after a space), with the registration script
/// `givegive completions bash` prints.
fn bash_completes(j: &J, line: &str) -> Vec<String> {
    let bin = Path::new(env!("CARGO_BIN_EXE_givegive"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = format!(
        r#"source <(givegive completions bash) || exit 9
read -ra COMP_WORDS <<< {line:?}
[[ {line:?} == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE={line:?}; COMP_POINT=${{#COMP_LINE}}; COMP_TYPE=9
cur=${{COMP_WORDS[COMP_CWORD]}}; prev=${{COMP_WORDS[COMP_CWORD-1]}}
_clap_complete_givegive givegive "$cur" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    let out = Process::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env("PATH", path)
        .env("GIVEGIVE_DB", j.db())
        .env("XDG_CONFIG_HOME", j.dir.path().join("config"))
        .env("GIVEGIVE_TODAY", common::TODAY)
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_names_from_the_journal() {
    let j = J::new();
    assert_eq!(bash_completes(&j, "givegive show ann"), ["Anna\\ Rossi"]);
    // The same rules as the shell's names: accents and word starts.
    assert_eq!(bash_completes(&j, "givegive edit zoe"), ["Zoë\\ Müller"]);
    let several = bash_completes(&j, "givegive gave ma");
    assert!(several.len() > 1, "{several:?}");
    assert!(
        several.contains(&"Marco\\ Bianchi".to_string()),
        "{several:?}"
    );
    // Subcommands, and the values of kinds and tiers.
    assert!(bash_completes(&j, "givegive sho").contains(&"show".to_string()));
    assert_eq!(
        bash_completes(&j, "givegive edit anna --tier "),
        ["inner", "close", "active", "none"]
    );
    assert!(
        bash_completes(&j, "givegive gave anna x --kind ").contains(&"introduction".to_string())
    );
    // An empty word lists options, not everyone: a large journal's every
    // name is no help.
    let empty = bash_completes(&j, "givegive show ");
    assert!(empty.iter().all(|c| c.starts_with("--")), "{empty:?}");
}

#[test]
fn zsh_and_fish_get_a_script_that_asks_givegive() {
    let j = J::new();
    for (shell, marker) in [("zsh", "#compdef givegive"), ("fish", "complete")] {
        j.cmd(&["completions", shell])
            .assert()
            .success()
            .stdout(contains(marker).and(contains("COMPLETE")));
    }
}

/// The command line a real, interactive zsh has after `typed` and a TAB,
/// with the registration script `givegive completions zsh` prints; `None`
/// (and a line saying so) where zsh is not installed. zsh completes only
/// at a terminal, so it runs in zsh's own pseudo-terminal (zpty); the
/// completed line is printed back by running it behind `print`.
fn zsh_completes(j: &J, typed: &str) -> Option<String> {
    if Process::new("zsh").arg("--version").output().is_err() {
        println!("skipped: zsh is not installed (apt-get install zsh)");
        return None;
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_givegive"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // Ctrl-A and `print -r -- 42` before the completed line: it comes back
    // as a line "42 givegive show Anna Rossi", which zsh's echo of the
    // typing ("$((6*7))") cannot be taken for.
    let script = format!(
        r#"zmodload zsh/zpty || exit 9
zpty z 'zsh -f -i'
zpty -w z 'bindkey -e; autoload -Uz compinit; compinit -u -D; source <(givegive completions zsh)'
zpty -n -w z {typed:?}$'\t'
zpty -n -w z $'\x01print -r -- $((6*7)) \n'
zpty -w z 'exit'
out=
for i in {{1..400}}; do
  if zpty -r -t z chunk; then out+=$chunk; else
    [[ $out == *$'\n'42' '* ]] && break
    sleep 0.05
  fi
done
print -r -- $out"#
    );
    let out = Process::new("zsh")
        .args(["-f", "-c", &script])
        .env("PATH", path)
        .env("TERM", "xterm")
        .env("GIVEGIVE_DB", j.db())
        .env("XDG_CONFIG_HOME", j.dir.path().join("config"))
        .env("GIVEGIVE_TODAY", common::TODAY)
        .output()
        .expect("zsh runs");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .find_map(|l| l.strip_prefix("42 "))
        .map(|l| l.trim_end().to_string());
    Some(line.unwrap_or_else(|| panic!("no completed line in {text:?}")))
}

#[test]
fn zsh_completes_lowercase_and_partial_names() {
    let j = J::new();
    for (typed, completed) in [
        ("givegive show ann", "givegive show Anna Rossi"),
        ("givegive show zoe", "givegive show Zoë Müller"),
        (
            "givegive edit anna --tier ac",
            "givegive edit anna --tier active",
        ),
    ] {
        let Some(line) = zsh_completes(&j, typed) else {
            return;
        };
        assert_eq!(line, completed, "{typed}");
    }
}
