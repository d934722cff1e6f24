//! The `givegive` binary: parse, run, and turn any failure into one line.

use std::process::ExitCode;

use clap::CommandFactory;
use givegive::cli::{self, Cli};
use givegive::command::one_line;

fn main() -> ExitCode {
    // Panics are reported by `report_panic` below as one line; the default
    // hook's multi-line message and backtrace hint are not for users.
    std::panic::set_hook(Box::new(|_| {}));
    // Every file givegive or sled creates is owner-only from the start: a
    // relationship journal is private, and sled rewrites its snapshot files
    // after the open-time permission check has run.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    // `COMPLETE=bash givegive` (a shell's completion asking): answers and
    // exits here, before anything else runs.
    clap_complete::CompleteEnv::with_factory(|| Cli::command().bin_name("givegive"))
        .shells(givegive::words::complete::shells())
        .complete();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match givegive::words::parse_words(&args) {
        Ok(cli) => cli,
        Err(e) => refuse_words(e),
    };
    match std::panic::catch_unwind(|| cli::run(cli)) {
        Ok(Ok(code)) => code,
        Ok(Err(err)) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("givegive: {}", one_line(err.as_ref()));
            ExitCode::FAILURE
        }
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            eprintln!(
                "givegive: internal error ({what}); nothing more was written. Please report it."
            );
            ExitCode::from(101)
        }
    }
}

/// Words clap could not read: its message, made inert like every line
/// givegive prints, since it quotes what was typed back (a `--phone` or a
/// subcommand holding an escape sequence retitled the terminal: trial
/// 28a). Help and version are givegive's own text, printed as clap does.
fn refuse_words(e: clap::Error) -> ! {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    eprint!("{}", givegive::domain::text::inert(&e.render().to_string()));
    std::process::exit(e.exit_code())
}

/// `givegive list | head` closes the pipe early; that is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
