//! The shell front end: parses arguments, calls the journal, prints results.
//!
//! Every write is flushed before its success line is printed. Errors travel
//! up to `main`, which prints them as one line.

mod args;
mod exec;
mod print;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use clap::CommandFactory;

pub use args::{Cli, Command};
pub use exec::{Ctx, parse_journal_command};

use crate::journal::{Journal, demo};

/// Where the journal lives when neither `--db` nor `GIVEGIVE_DB` says.
pub fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "givegive")
        .ok_or_else(|| anyhow!("cannot find a home directory; choose a journal with --db PATH"))?;
    Ok(dirs.data_dir().join("journal"))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let today = match &cli.today {
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| anyhow!("GIVEGIVE_TODAY/--today must be YYYY-MM-DD, not '{text}'"))?,
        None => chrono::Local::now().date_naive(),
    };
    if cli.demo {
        return run_demo(today);
    }
    let Some(command) = cli.command else {
        println!(
            "The givegive TUI is not built yet: it comes with the next release.\n\
             Meanwhile every command works from the shell; see: givegive --help"
        );
        return Ok(ExitCode::SUCCESS);
    };
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "givegive",
                &mut std::io::stdout(),
            );
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let path = match cli.db {
        Some(p) => p,
        None => default_db()?,
    };
    let journal = Journal::open(&path)?;
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    Ctx {
        journal: &journal,
        today,
        out: &mut out,
        err: &mut err,
    }
    .dispatch(command)
}

/// A throwaway journal with sample people, kept so the user can explore it.
fn run_demo(today: NaiveDate) -> Result<ExitCode> {
    let dir = tempfile::Builder::new()
        .prefix("givegive-demo-")
        .tempdir()
        .context("cannot create a demo directory")?
        .keep();
    let path = dir.join("journal");
    let journal = Journal::open(&path)?;
    demo::seed(&journal, today)?;
    journal.flush()?;
    let report = journal.balance_table()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "A demo journal is ready at {}", path.display())?;
    writeln!(
        out,
        "(the TUI arrives in the next release; meanwhile explore it from the shell)\n"
    )?;
    print::balance(&mut out, &report)?;
    writeln!(out, "\nTry:")?;
    for example in [
        "show anna",
        "list",
        "interests",
        "gave marco \"sent the article on pricing\"",
    ] {
        writeln!(out, "  givegive --db {} {example}", path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}
