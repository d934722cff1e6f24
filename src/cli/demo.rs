//! The demo journal: `assets/demo.txt`, a script of ordinary givegive
//! commands run against an empty journal, so the demo exercises exactly the
//! code users run and reads like a tour of the command line.

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

use crate::command::{self, Command, Env};
use crate::config::Config;
use crate::journal::Journal;
use crate::words;

/// Runs the demo script against `journal`, with relative dates counted from
/// `today`.
pub fn seed(journal: &Journal, today: NaiveDate) -> Result<()> {
    let config = Config::defaults();
    let script = words::demo_script(today).map_err(|e| anyhow!(e))?;
    let demo = Command::Demo(script);
    let env = Env::unattended(today, &config, words::label(&demo));
    command::run(journal, &env, demo).map_err(|e| anyhow!(e))?;
    Ok(())
}
