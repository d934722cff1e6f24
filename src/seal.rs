//! Sealing with [age](https://age-encryption.org): backups and exports
//! sealed to public keys (daily backups, which run unattended, use the keys
//! in the config) or to a passphrase (exports, typed at the terminal), and
//! opened again. Sealed files are plain age files: `age -d` opens them too.

use std::io::{self, Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use anyhow::{Result, anyhow};

use crate::domain::text::inert;

const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether `bytes` are an age file.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// Who can open a backup or an export.
#[derive(Clone)]
pub enum Seal {
    /// Anyone who can read the file.
    Open,
    /// The holders of these age keys (made by `age-keygen`).
    Keys(Vec<age::x25519::Recipient>),
    /// Whoever knows this passphrase.
    Passphrase(SecretString),
}

impl Seal {
    /// A writer that seals what goes through it into `out`.
    pub fn wrap<W: Write>(&self, out: W) -> Result<Sealed<W>> {
        let encryptor = match self {
            Seal::Open => return Ok(Sealed::Open(out)),
            Seal::Keys(keys) => {
                age::Encryptor::with_recipients(keys.iter().map(|k| k as &dyn age::Recipient))?
            }
            Seal::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
        };
        Ok(Sealed::Age(encryptor.wrap_output(out)?))
    }

    pub fn is_open(&self) -> bool {
        matches!(self, Seal::Open)
    }

    /// `bytes`, sealed.
    pub fn seal(&self, bytes: &[u8]) -> Result<Vec<u8>> {
        let mut sealed = self.wrap(Vec::new())?;
        sealed.write_all(bytes)?;
        Ok(sealed.finish()?)
    }
}

/// Public keys as `age-keygen` prints them (`age1...`).
pub fn recipients(keys: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    keys.iter()
        .map(|k| {
            k.trim()
                .parse()
                .map_err(|_| anyhow!("'{}' is not an age public key (age1...)", inert(k)))
        })
        .collect()
}

/// A writer that seals what goes through it, or not.
pub enum Sealed<W: Write> {
    Open(W),
    Age(age::stream::StreamWriter<W>),
}

impl<W: Write> Sealed<W> {
    pub fn finish(self) -> io::Result<W> {
        match self {
            Sealed::Open(w) => Ok(w),
            Sealed::Age(w) => w.finish(),
        }
    }
}

impl<W: Write> Write for Sealed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sealed::Open(w) => w.write(buf),
            Sealed::Age(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sealed::Open(w) => w.flush(),
            Sealed::Age(w) => w.flush(),
        }
    }
}

/// What opens a sealed file: key files, and a passphrase asked for only
/// when the file was sealed with one.
pub struct Unlock<'a> {
    pub identities: Vec<Box<dyn age::Identity>>,
    pub passphrase: &'a dyn Fn() -> Result<SecretString, String>,
}

impl Unlock<'_> {
    /// Nothing: a sealed file is refused with a message saying what it needs.
    pub fn none() -> Unlock<'static> {
        Unlock {
            identities: Vec::new(),
            passphrase: &|| {
                Err("it is sealed with a passphrase: restore it from a terminal, or set GIVEGIVE_PASSPHRASE".into())
            },
        }
    }

    /// The age identities (secret keys) in `file`, as `age-keygen` writes them.
    pub fn with_key_file<'a>(
        file: &Path,
        passphrase: &'a dyn Fn() -> Result<SecretString, String>,
    ) -> Result<Unlock<'a>> {
        let identities = age::IdentityFile::from_file(file.display().to_string())
            .and_then(|f| f.into_identities().map_err(io::Error::other))
            .map_err(|e| anyhow!("cannot read the key file {}: {e}", file.display()))?;
        Ok(Unlock {
            identities,
            passphrase,
        })
    }
}

/// The contents of an age file.
pub fn open_sealed(bytes: &[u8], unlock: &Unlock) -> Result<Vec<u8>, String> {
    use age::DecryptError as E;
    let decryptor = age::Decryptor::new_buffered(bytes)
        .map_err(|e| format!(": a damaged sealed file ({e})"))?;
    let opened = if decryptor.is_scrypt() {
        let identity =
            age::scrypt::Identity::new((unlock.passphrase)().map_err(|e| format!(": {e}"))?);
        decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|e| match e {
                E::DecryptionFailed | E::KeyDecryptionFailed | E::NoMatchingKeys => {
                    ": the passphrase does not open it".to_string()
                }
                other => format!(": cannot open it ({other})"),
            })
    } else if unlock.identities.is_empty() {
        return Err(": it is sealed to an age key: give the key file with --identity FILE".into());
    } else {
        decryptor
            .decrypt(unlock.identities.iter().map(|i| i.as_ref()))
            .map_err(|e| match e {
                E::NoMatchingKeys => ": none of the given keys opens it".to_string(),
                other => format!(": cannot open it ({other})"),
            })
    };
    let mut plain = Vec::new();
    opened?
        .read_to_end(&mut plain)
        .map_err(|e| format!(": a damaged sealed file ({e})"))?;
    Ok(plain)
}
