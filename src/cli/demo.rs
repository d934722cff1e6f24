//! The demo journal: `assets/demo.txt`, a script of ordinary givegive
//! commands run against an empty journal, so the demo exercises exactly the
//! code users run and reads like a tour of the command line.

use std::io;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;

use super::{Ctx, parse_journal_command};
use crate::config::Config;
use crate::journal::Journal;

/// The script, shipped inside the binary.
pub const SCRIPT: &str = include_str!("../../assets/demo.txt");

/// Runs the demo script against `journal`, with relative dates counted from
/// `today`.
pub fn seed(journal: &Journal, today: NaiveDate) -> Result<()> {
    let config = Config::defaults();
    for (n, line) in SCRIPT.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |e: &dyn std::fmt::Display| anyhow!("assets/demo.txt:{}: {e}", n + 1);
        let words = shell_words::split(line).map_err(|e| fail(&e))?;
        let command = parse_journal_command(&words).map_err(|e| fail(&e))?;
        let (mut out, mut err) = (io::sink(), io::sink());
        Ctx {
            journal,
            today,
            config: &config,
            interactive: false,
            out: &mut out,
            err: &mut err,
        }
        .dispatch(command)
        .map_err(|e| fail(&format!("{e:#}")))?;
    }
    Ok(())
}
