//! What every test that runs the binary shares.

use std::path::Path;

use assert_cmd::Command;

/// 2026-11-23 is a Monday; every test runs on that day.
pub const TODAY: &str = "2026-11-23";

/// The binary on the journal at `db`, on the test day, reading its config
/// from `config` so a developer's own settings never leak into a test.
pub fn givegive(db: &Path, config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    cmd.env("GIVEGIVE_DB", db)
        .env("GIVEGIVE_TODAY", TODAY)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("NO_COLOR");
    cmd
}
