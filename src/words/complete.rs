//! Dynamic shell completion (bash, zsh, fish, elvish, PowerShell): clap
//! completes commands and options itself, and asks here for the names of
//! the people in the journal. `givegive show an<TAB>` gives Anna Rossi.
//!
//! A completer runs inside the shell's completion call, before any journal
//! is open, so it asks this same program for the names
//! (`givegive complete-names WORD`): that command goes to the journal's
//! holder like any other, which keeps completion fast, and it matches with
//! the same rules as the shell and the TUI's command line
//! (`domain::resolve`).

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::process::{Command, Stdio};

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{self, EnvCompleter, Shells};

/// The shells givegive completes in: clap's own, but for zsh, see [`Zsh`].
pub fn shells() -> Shells<'static> {
    Shells(&[&env::Bash, &env::Elvish, &env::Fish, &env::Powershell, &Zsh])
}

/// clap's zsh completion, told not to filter: clap's `_describe` keeps only
/// the candidates that start with the word as typed, case and accents
/// included, so `an` or `sokolov` threw away "Anna Rossi" and "Соколов"
/// that givegive had matched. Subcommands and options come from clap
/// already filtered, so nothing else changes. (bash inserts what it is
/// given; fish matches loosely itself.)
pub(crate) struct Zsh;

/// The line of clap's zsh script that offers the candidates.
const OFFER: &str = "_describe -V 'values' other";

impl EnvCompleter for Zsh {
    fn name(&self) -> &'static str {
        env::Zsh.name()
    }

    fn is(&self, name: &str) -> bool {
        env::Zsh.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let mut script = Vec::new();
        env::Zsh.write_registration(var, name, bin, completer, &mut script)?;
        let script = String::from_utf8_lossy(&script);
        // `-U`: compadd replaces the word with a candidate without
        // requiring the candidate to start with it.
        buf.write_all(script.replace(OFFER, &format!("{OFFER} -U")).as_bytes())
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        env::Zsh.write_complete(cmd, args, current_dir, buf)
    }
}

/// The completer of an argument that names a person.
pub(crate) fn person() -> ArgValueCompleter {
    ArgValueCompleter::new(people)
}

fn people(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(word) = current.to_str().filter(|w| !w.trim().is_empty()) else {
        // Every name of a large journal is no help: type a letter first.
        return Vec::new();
    };
    let Ok(exe) = std::env::current_exe() else {
        return Vec::new();
    };
    let mut ask = Command::new(exe);
    if let Some(db) = db_argument() {
        ask.arg("--db").arg(db);
    }
    let Ok(out) = ask
        .args(["complete-names", "--"])
        .arg(word)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
    else {
        return Vec::new();
    };
    // bash inserts a candidate as it is; zsh and fish quote it themselves.
    let bash = std::env::var_os("_CLAP_COMPLETE_COMP_TYPE").is_some();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|name| {
            let shown = if bash {
                shell_escape(name)
            } else {
                name.to_string()
            };
            CompletionCandidate::new(shown)
        })
        .collect()
}

/// The `--db` of the line being completed, which is this process's
/// arguments after `--` (`GIVEGIVE_DB` is seen by the child anyway).
fn db_argument() -> Option<OsString> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let start = args.iter().position(|a| a == "--")? + 1;
    let line = &args[start..];
    line.iter().enumerate().find_map(|(i, a)| {
        let text = a.to_str()?;
        if text == "--db" {
            line.get(i + 1).cloned()
        } else {
            text.strip_prefix("--db=").map(OsString::from)
        }
    })
}

/// A name as bash must see it to keep it one word: "Anna\ Rossi".
fn shell_escape(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_whitespace() || "\\'\"`$&|;<>()[]{}*?!#~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_stay_one_word_in_bash() {
        assert_eq!(super::shell_escape("Anna Rossi"), "Anna\\ Rossi");
        assert_eq!(
            super::shell_escape("O'Brien (Dublin)"),
            "O\\'Brien\\ \\(Dublin\\)"
        );
    }
}
