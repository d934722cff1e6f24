//! `givegive man`: one manual page, givegive(1), with every command and
//! its options in it, so it points at no other page that would not be
//! installed, plus what a manual says that `--help` does not: the files,
//! the environment and the exit status.
//!
//! The name, synopsis, description and global options come from clap
//! (`clap_mangen`); the commands are written here from the same clap
//! definitions, so the page never disagrees with `--help`.

use std::io::{self, Write};

use clap::{Arg, CommandFactory};

use super::Cli;

/// Writes the page as roff to `out`.
pub(super) fn write(out: &mut impl Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    // Built, the arguments know how many values they take.
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in visible(&cmd) {
        command(out, &["givegive"], sub)?;
    }
    out.write_all(SECTIONS.as_bytes())?;
    man.render_version_section(out)
}

fn visible(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

/// One command: its words and arguments, what it does, its options; then
/// its own commands (`interest add`), the same way.
fn command(out: &mut impl Write, path: &[&str], cmd: &clap::Command) -> io::Result<()> {
    let mut words: Vec<&str> = path.to_vec();
    words.push(cmd.get_name());
    let positionals: Vec<String> = cmd
        .get_positionals()
        .map(|a| {
            let name = a
                .get_value_names()
                .and_then(|n| n.first())
                .map_or_else(|| a.get_id().as_str().to_uppercase(), |n| n.to_string());
            let many = if a.get_num_args().is_some_and(|n| n.max_values() > 1) {
                "..."
            } else {
                ""
            };
            if a.is_required_set() {
                format!("\\fI{}{many}\\fR", roff(&name))
            } else {
                format!("[\\fI{}{many}\\fR]", roff(&name))
            }
        })
        .collect();
    writeln!(out, ".TP")?;
    writeln!(
        out,
        "\\fB{}\\fR {}",
        roff(&words.join(" ")),
        positionals.join(" ")
    )?;
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        writeln!(out, "{}", text(&about.to_string()))?;
    }
    let options: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    if !options.is_empty() {
        writeln!(out, ".RS")?;
        for a in options {
            option(out, a)?;
        }
        writeln!(out, ".RE")?;
    }
    for sub in visible(cmd) {
        command(out, &words, sub)?;
    }
    Ok(())
}

fn option(out: &mut impl Write, a: &Arg) -> io::Result<()> {
    let mut flag = String::new();
    if let Some(short) = a.get_short() {
        flag.push_str(&format!("\\fB\\-{short}\\fR, "));
    }
    if let Some(long) = a.get_long() {
        flag.push_str(&format!("\\fB\\-\\-{}\\fR", roff(long)));
    }
    let takes_value = a.get_num_args().is_some_and(|n| n.takes_values());
    if takes_value {
        let name = a
            .get_value_names()
            .and_then(|n| n.first())
            .map_or_else(|| a.get_id().as_str().to_uppercase(), |n| n.to_string());
        flag.push_str(&format!(" \\fI{}\\fR", roff(&name)));
    }
    writeln!(out, ".TP")?;
    writeln!(out, "{flag}")?;
    let mut help = a
        .get_long_help()
        .or_else(|| a.get_help())
        .map(|h| h.to_string())
        .unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_value && !values.is_empty() && !help.contains(&values.join(", ")) {
        help.push_str(&format!(" [one of: {}]", values.join(", ")));
    }
    if !a.get_default_values().is_empty() {
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|d| d.to_string_lossy().into_owned())
            .collect();
        help.push_str(&format!(" [default: {}]", defaults.join(", ")));
    }
    writeln!(out, "{}", text(&help))
}

/// Text as roff reads it literally: backslashes doubled, dashes kept as
/// dashes.
fn roff(s: &str) -> String {
    s.replace('\\', "\\e").replace('-', "\\-")
}

/// Paragraphs of help text, no line of which starts a roff request.
fn text(s: &str) -> String {
    s.lines()
        .map(|l| {
            let l = roff(l.trim());
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else if l.is_empty() {
                ".sp".to_string()
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a manual page says that `--help` does not.
const SECTIONS: &str = r#".SH FILES
.TP
\fI~/.local/share/givegive/journal\fR
The journal, a directory (the platform's data directory; \fB\-\-db\fR or \fBGIVEGIVE_DB\fR choose another). Only its owner can read it.
.TP
\fIJOURNAL\-backups/\fR
Beside the journal: the daily backups (\fBgivegive backup \-\-list\fR), a copy taken before any store migration (\fIbefore\-vN\-from\-vM\fR), and the files of a damaged journal \fBgivegive recover\fR set aside. \fB[backup] dir\fR in the config moves the daily backups.
.TP
\fIJOURNAL/capture.sock\fR
The socket of whoever keeps the journal open (the TUI or the holder), which other commands hand their work to; \fI$XDG_RUNTIME_DIR/givegive/\fR or \fI/tmp/givegive\-UID/\fR when the journal's path is too long for one.
.TP
\fI~/.config/givegive/config.toml\fR
Settings: the review, drafts and their templates, backups, keys, colours, the holder. \fBgivegive config\fR prints the defaults, with what each setting does, and says where this file is; copy any part of them there and change it. Every mistake in the file is named with its line and key; a command stops only for one in a table it reads.
.SH ENVIRONMENT
.TP
\fBGIVEGIVE_DB\fR
The journal to use, as \fB\-\-db\fR.
.TP
\fBGIVEGIVE_LINGER\fR
Seconds an idle holder keeps the journal open for the next command (default 900, or \fB[holder] linger\fR); 0 starts none.
.TP
\fBGIVEGIVE_PASSPHRASE\fR
The passphrase of sealed backups and exports, instead of asking for it.
.TP
\fBGIVEGIVE_TODAY\fR
Pretend today is this date (YYYY\-MM\-DD), for scripts and tests.
.TP
\fBVISUAL\fR, \fBEDITOR\fR
The editor notes and a meeting's details are written in.
.TP
\fBNO_COLOR\fR
When set, no colours.
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_DATA_HOME\fR, \fBXDG_RUNTIME_DIR\fR
Where the config, the journal and the socket go.
.TP
\fBCOMPLETE\fR
Set by the scripts \fBgivegive completions SHELL\fR prints: the shell is asking for completions.
.SH "EXIT STATUS"
.TP
\fB0\fR
Done: for a change, it is on disk.
.TP
\fB1\fR
It could not be done, and one line on standard error says why; or \fBcheck\fR found problems; or \fBquery\fR found no address.
.TP
\fB2\fR
The command line is wrong (an unknown option, a missing argument).
.TP
\fB101\fR
An internal error: nothing more was written. Please report it.
"#;
