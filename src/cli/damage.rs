//! What a command says when sled finds the journal damaged: the one line
//! (shared by the shell and the holder), whether the command's change was
//! saved first, and the watchdog that ends a read sled cannot finish.

use std::path::Path;

use anyhow::{Result, anyhow};

use super::{journal_command, load_config};
use crate::journal::Journal;
use crate::recovery;
use crate::store::StoreError;

/// What to say of the damaged journal at `path`: the damage, what became
/// of the command's change (`saved`: whether it committed one before the
/// damage was found, when that is known), and the one command that brings
/// it back (`recover` from its write log, else `restore` from a backup).
/// The shell and the holder both say it.
pub(crate) fn damage_line(path: &Path, damaged: &StoreError, saved: Option<bool>) -> String {
    let damaged = match (damaged, saved) {
        (StoreError::Damaged { path, detail }, Some(true)) => format!(
            "the journal at {} is damaged ({detail}); this command's change was saved before that was found, and recovering keeps it",
            path.display()
        ),
        (StoreError::Damaged { path, detail }, None) => format!(
            "the journal at {} is damaged ({detail}); whether this command's change was saved first, `show` tells once it is recovered",
            path.display()
        ),
        (damaged, _) => damaged.to_string(),
    };
    let settings = load_config().map(|c| c.backup).unwrap_or_default();
    let hint = recovery::hint(
        path,
        &settings,
        &journal_command(path, "recover"),
        &journal_command(path, "restore"),
    );
    match hint {
        Some(hint) => format!("{damaged}; {hint}"),
        None => damaged.to_string(),
    }
}

/// The damage sled found in the journal while this command ran (reading
/// it, or backing it up), as the one line to end with; `before` is the
/// store's count of changes when the command started.
pub(super) fn damage_found(journal: &Journal, path: &Path, before: u64) -> Result<()> {
    match journal.store().damage() {
        Some(damaged) => {
            let saved = journal.store().generation() != before;
            Err(anyhow!(damage_line(path, &damaged, Some(saved))))
        }
        None => Ok(()),
    }
}

/// A read sled cannot finish is damage: this command then says so and
/// ends (the stuck read cannot be stopped), instead of hanging.
pub(super) fn watch_reads(path: &Path) {
    let path = path.to_path_buf();
    let _ = crate::store::watchdog(move || {
        let damaged = StoreError::Damaged {
            path: path.clone(),
            detail: crate::store::stuck_detail(),
        };
        eprintln!("givegive: {}", damage_line(&path, &damaged, None));
        std::process::exit(1);
    });
}
