//! What a write log starts from: its base, and the hash that ties a
//! backup to it.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the log's writes are replayed onto.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Base {
    /// A journal with nothing in it: the log holds its whole life.
    Empty,
    /// A backup or export file holding the journal up to the base number,
    /// known by its path only: what logs said before bases were hashed.
    File(PathBuf),
    /// A whole-journal write (a generated journal, a migration) that no
    /// file holds: the log cannot rebuild the journal until a backup
    /// starts it again.
    Unknown,
    /// A backup or export file holding the journal up to the base number,
    /// and the sha256 of its bytes: a rebuild takes no other file for it,
    /// and finds it by its content when it moved.
    Hashed { file: PathBuf, sha256: [u8; 32] },
}

impl Base {
    /// The file the base is in, if it is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Base::File(file) | Base::Hashed { file, .. } => Some(file),
            Base::Empty | Base::Unknown => None,
        }
    }
}

/// The sha256 of a file's bytes, as a hashed base records it.
pub fn hash_file(path: &Path) -> io::Result<[u8; 32]> {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    io::copy(&mut File::open(path)?, &mut hash)?;
    Ok(hash.finalize().into())
}
