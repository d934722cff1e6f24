//! Files givegive writes for the user: owner-only, never silently replacing
//! an existing file; and files it reads, where `-` is standard input.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use tempfile::NamedTempFile;

/// Whether a file named on the command line is `-`: standard input or
/// standard output.
pub(crate) fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A file to read: the one named, or for `-` standard input kept in a
/// temporary file, which can be read twice (an import checks every row
/// before it writes) and by what only reads files (a sealed backup).
pub(crate) struct Input {
    pub(crate) path: PathBuf,
    /// The file as messages name it.
    pub(crate) shown: String,
    /// Standard input, kept while the input is.
    spool: Option<NamedTempFile>,
}

impl Input {
    /// The file at `path`, never standard input (a vdir's cards).
    pub(crate) fn named(path: PathBuf) -> Input {
        Input {
            shown: path.display().to_string(),
            path,
            spool: None,
        }
    }

    pub(crate) fn open(path: &Path) -> Result<Input> {
        if !is_std(path) {
            return Ok(Input::named(path.to_path_buf()));
        }
        let mut spool =
            NamedTempFile::new().map_err(|e| anyhow!("cannot keep standard input: {e}"))?;
        std::io::copy(&mut std::io::stdin().lock(), &mut spool)
            .map_err(|e| anyhow!("cannot read standard input: {e}"))?;
        Ok(Input {
            path: spool.path().to_path_buf(),
            shown: "standard input".into(),
            spool: Some(spool),
        })
    }

    /// Whether it is standard input: gone once read.
    pub(crate) fn is_stdin(&self) -> bool {
        self.spool.is_some()
    }
}

/// Writes `bytes` to `path` with mode 0600. An existing file is refused
/// unless `force`, and then replaced whole.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).mode(0o600);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            anyhow!("{} exists; add --force to replace it", path.display())
        }
        _ => anyhow!("cannot write {}: {e}", path.display()),
    })?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// The person an export names. An argument that names nobody and reads as
/// a file (`people.vcf`, `out/anna.md`: the csv, google, json and ics
/// exports take their file this way) was meant for `-o`, and is told so,
/// rather than offered as a person to add (report 27t #11).
pub(super) fn person(
    journal: &crate::journal::Journal,
    who: &str,
) -> std::result::Result<crate::domain::Id, super::CommandError> {
    const FILES: [&str; 6] = [".vcf", ".vcard", ".md", ".csv", ".ics", ".json"];
    let lower = who.to_lowercase();
    let file = who.contains('/') || FILES.iter().any(|e| lower.ends_with(e));
    match journal.resolve(who) {
        Err(crate::journal::JournalError::NotFound(_)) if file => Err(super::refused(format!(
            "nobody in the journal matches '{who}': to write a file, use -o {who}"
        ))),
        found => Ok(found?),
    }
}
