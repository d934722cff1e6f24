//! `givegive recover`, and the passphrase prompt of commands run in a
//! shell.

use std::path::Path;
use std::process::ExitCode;

use age::secrecy::SecretString;
use anyhow::Result;

use crate::command::passphrase_from_env;
use crate::domain::text::count;
use crate::recovery;
use crate::seal::Unlock;

/// The passphrase from GIVEGIVE_PASSPHRASE, or typed at the terminal
/// without echo (twice when sealing, so a typo cannot lock the file).
pub(super) fn passphrase_at_terminal(twice: bool) -> Result<SecretString, String> {
    if let Some(p) = passphrase_from_env()? {
        return Ok(p);
    }
    let read = |prompt: &str| {
        rpassword::prompt_password(prompt).map_err(|e| {
            format!(
                "cannot read the passphrase ({e}): type it in a terminal, or set GIVEGIVE_PASSPHRASE"
            )
        })
    };
    let first = read("passphrase: ")?;
    if first.is_empty() {
        return Err("an empty passphrase seals nothing".into());
    }
    if twice && read("passphrase again: ")? != first {
        return Err("the two passphrases differ; nothing was written".into());
    }
    Ok(SecretString::from(first))
}

/// `givegive recover`: the journal at `path`, which cannot be opened (or
/// fails `check`), rebuilt from its write log; `identity` opens a sealed
/// base backup. It runs before the journal is opened.
pub(super) fn recover(path: &Path, identity: Option<&Path>) -> Result<ExitCode> {
    let ask = || passphrase_at_terminal(false);
    let unlock = match identity {
        Some(keys) => Unlock::with_key_file(keys, &ask)?,
        None => Unlock {
            identities: Vec::new(),
            passphrase: &ask,
        },
    };
    let settings = super::load_config().map(|c| c.backup).unwrap_or_default();
    let done = recovery::recover(path, &settings, &unlock)?;
    let from = match &done.from {
        Some(file) => format!(
            "restored the backup {} and replayed {} saved since",
            file.display(),
            count(done.replayed, "change", "changes")
        ),
        None => format!(
            "replayed {} saved since it was created",
            count(done.replayed, "change", "changes")
        ),
    };
    if done.unreadable > 0 {
        // Only what the log knows: a cut it cannot read may have held
        // changes reported saved, and its flush notes may say how many.
        let held = match done.saved_unreadable {
            Some(n) => format!(
                "they held {} reported saved, lost now",
                count(n as usize, "change that was", "changes that were")
            ),
            None => "a change cut short by a crash, or damage to the log; what they held (changes reported saved among them, if the log was damaged) is lost".into(),
        };
        eprintln!(
            "givegive: note: the write log's last {} could not be read: {held}",
            count(done.unreadable as usize, "byte", "bytes")
        );
    }
    println!(
        "recovered the journal at {}: {from}; {} now, and check found no problems; the damaged files are in {}",
        path.display(),
        count(done.people, "person", "people"),
        done.aside.display()
    );
    Ok(ExitCode::SUCCESS)
}
