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
