//! `givegive config`: the defaults as shipped, comments and all, so a user
//! of the binary alone (no sources, no docs/) can read every setting, key
//! action and colour, and copy what they want to change; and where their
//! own file is, whether it exists, and whether it reads.

use std::io::Write;

use anyhow::Result;

use crate::config::{self, Config, DEFAULTS, user_config_path};
use crate::domain::text::inert_cow;

/// Writes the defaults (the very text compiled in, so they cannot drift)
/// under a comment saying where the user's file is; its mistakes, if any,
/// go to stderr, each on a line.
pub(super) fn write(out: &mut impl Write) -> Result<()> {
    let path = user_config_path();
    let (state, mistakes) = match &path {
        None => (
            "no home directory, so no config file is read".to_string(),
            None,
        ),
        Some(p) if !p.exists() => (
            "it does not exist yet: copy into it what you want to change".into(),
            None,
        ),
        Some(p) => match Config::load(Some(p), false) {
            Ok(_) => (
                "it exists and reads; what it sets is laid over these defaults".into(),
                None,
            ),
            Err(said) => {
                let count = said.lines().count();
                let what = match count {
                    1 => "it has a mistake, said on stderr".to_string(),
                    n => format!("it has {n} mistakes, said on stderr"),
                };
                (what, Some(said))
            }
        },
    };
    let shown = path.as_ref().map_or_else(
        || "none".to_string(),
        |p| inert_cow(&p.display().to_string()).into_owned(),
    );
    writeln!(out, "# Your config file: {shown}")?;
    writeln!(out, "# ({state}.)")?;
    writeln!(out, "#")?;
    out.write_all(DEFAULTS.as_bytes())?;
    out.flush()?;
    if let Some(said) = mistakes {
        eprint!("{}", config::on_stderr(&said));
    }
    if let Some(warning) = config::ignored_config_home() {
        eprintln!("givegive: warning: {warning}");
    }
    Ok(())
}
