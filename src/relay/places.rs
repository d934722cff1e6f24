//! Where a journal's socket goes: inside the journal directory when that
//! path fits a socket's 107 bytes, else named from the journal's path in
//! the user's runtime directory (`$XDG_RUNTIME_DIR/givegive/`), or else in
//! `/tmp/givegive-UID/`, owner-only folders both.

use std::path::{Path, PathBuf};

/// The socket's file name inside the journal directory.
const SOCKET: &str = "capture.sock";

/// The longest path a Unix socket can have (`sun_path` less its NUL).
pub(super) const MAX_SOCKET_PATH: usize = 107;

/// Where the socket of the journal at `journal` may be, best first, or
/// why a place cannot hold it.
pub(super) fn places(journal: &Path) -> Vec<Result<PathBuf, String>> {
    let journal = std::fs::canonicalize(journal).unwrap_or_else(|_| journal.to_path_buf());
    let name = format!("{}.sock", journal_name(&journal));
    let runtime = match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(dir) if Path::new(&dir).is_absolute() => Ok(Path::new(&dir).join("givegive")),
        _ => Err("XDG_RUNTIME_DIR is not set".to_string()),
    };
    let uid = rustix::process::getuid().as_raw();
    let tmp = std::env::temp_dir().join(format!("givegive-{uid}"));
    [Ok(journal), runtime, Ok(tmp)]
        .into_iter()
        .enumerate()
        .map(|(n, dir)| {
            let path = if n == 0 {
                dir?.join(SOCKET)
            } else {
                dir?.join(&name)
            };
            if path.as_os_str().len() > MAX_SOCKET_PATH {
                return Err(format!(
                    "{} is longer than a socket's path can be",
                    path.display()
                ));
            }
            Ok(path)
        })
        .collect()
}

/// A short name for a journal, the same for every givegive that opens it:
/// the start of the SHA-256 of its full path.
fn journal_name(journal: &Path) -> String {
    use sha2::Digest;
    use std::os::unix::ffi::OsStrExt;
    let digest = sha2::Sha256::digest(journal.as_os_str().as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks that `dir` is an owner-only folder of sockets (making it first
/// when `create`), or says why it is not: a folder another user owns or
/// can enter could hand a capture to them, or listen in their place.
pub(super) fn socket_dir(dir: &Path, create: bool) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    if create {
        let _ = std::fs::DirBuilder::new().mode(0o700).create(dir);
    }
    let meta = std::fs::symlink_metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mine = meta.uid() == rustix::process::getuid().as_raw();
    if !meta.is_dir() || !mine || meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{} is not a folder only this user can use",
            dir.display()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_socket_folder_others_can_enter_is_neither_used_nor_trusted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("givegive-sockets");
        socket_dir(&folder, true).expect("made owner-only");
        assert_eq!(
            std::fs::metadata(&folder)
                .expect("folder")
                .permissions()
                .mode()
                & 0o777,
            0o700
        );
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(socket_dir(&folder, false).is_err());
        assert!(socket_dir(&folder, true).is_err());
        assert!(socket_dir(&dir.path().join("missing"), false).is_err());
    }

    #[test]
    fn every_journal_path_has_a_place_short_enough() {
        let long = Path::new("/").join("x".repeat(300)).join("journal");
        let places = places(&long);
        assert!(places[0].is_err(), "inside the journal it is too long");
        assert!(
            places[2]
                .as_ref()
                .is_ok_and(|p| p.as_os_str().len() <= MAX_SOCKET_PATH)
        );
    }
}
