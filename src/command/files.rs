//! Files givegive writes for the user: owner-only, never silently replacing
//! an existing file.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::{Result, anyhow};

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
