//! Daily backups, and reading one back.
//!
//! On the first run of a day the whole journal is written as the lossless
//! JSON export (`docs/export-format.md`), gzip-compressed and owner-only,
//! into the backup directory; the oldest beyond the configured number are
//! dropped. A backup is the export rather than a copy of sled's files so
//! that any later givegive restores it (`givegive restore FILE`) and `zcat`
//! and `jq` can read it.
//!
//! Backups can be sealed with age (see [`crate::seal`]): daily backups,
//! which run unattended, to the public keys in the config.
//!
//! Each backup is named for its journal and for what it holds (see
//! [`names`]), and the write log starts from it by its content's hash.

mod names;

use std::borrow::Cow;
use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};

use crate::config;
use crate::domain::text::clip;
use crate::journal::Journal;
use crate::journal::export::Export;
use crate::seal::{self, Seal, Unlock, open_sealed};
use crate::store::{self, Store};

pub use names::{Found, list, of, tag};
use names::{TEMP_PREFIX, file_name, prune};

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Inside the journal directory while a backup is written: a command
/// waiting for the journal then knows the wait is worth it.
const MARKER: &str = "backing-up";
/// A marker older than this was left by a killed backup.
const MARKER_STALE: std::time::Duration = std::time::Duration::from_secs(600);

/// A read that overlapped a write is taken again, this many times, before
/// the writes are made to wait for it.
const ATTEMPTS: usize = 3;

/// Where the backups of the journal at `journal` go.
pub fn dir(journal: &Path, settings: &config::Backup) -> PathBuf {
    settings
        .dir
        .clone()
        .unwrap_or_else(|| store::backup_root(journal))
}

/// Whether the process holding the journal at `journal_path` is writing a
/// backup (a long one, at 100,000 people: seconds).
pub fn in_progress(journal_path: &Path) -> bool {
    fs::metadata(journal_path.join(MARKER))
        .and_then(|m| m.modified())
        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age < MARKER_STALE))
}

/// The marker of a backup being written, removed when it ends.
struct Marker(PathBuf);

impl Marker {
    fn new(journal_path: &Path) -> Marker {
        let path = journal_path.join(MARKER);
        // Only a courtesy to commands waiting: a backup goes on without it.
        let _ = fs::write(&path, "");
        Marker(path)
    }
}

impl Drop for Marker {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Whether a daily backup of the journal tagged `tag` is still to be
/// written today: one look at the folder, so every command can ask.
fn due(dir: &Path, settings: &config::Backup, tag: &str, today: NaiveDate) -> bool {
    settings.keep > 0 && !of(dir, Some(tag), false).iter().any(|f| f.day == today)
}

/// The journal's tag, for its backups' names.
fn tag_of(store: &Store) -> Result<String> {
    store.identity().map(|id| tag(&id)).ok_or_else(|| {
        anyhow!(
            "the journal at {} could not be given an identity (its files cannot be written)",
            store.path().display()
        )
    })
}

/// The backups of the journal in `dir` (the journal's folder, or the
/// configured one), oldest first by what they hold; those named before
/// identities too.
pub fn kept(journal: &Journal, dir: &Path) -> Vec<Found> {
    let tag = journal.store().identity().map(|id| tag(&id));
    of(dir, tag.as_deref(), true)
}

/// The seal of the daily backups: the config's keys, if any.
pub fn seal_for(settings: &config::Backup) -> Result<Seal> {
    if settings.recipients.is_empty() {
        return Ok(Seal::Open);
    }
    Ok(Seal::Keys(seal::recipients(&settings.recipients)?))
}

/// Today's backup, if it is still to be written: in the configured place,
/// sealed to the configured keys, keeping the configured number of days.
pub fn daily(
    journal: &Journal,
    journal_path: &Path,
    settings: &config::Backup,
    today: NaiveDate,
    cancel: &AtomicBool,
) -> Result<Option<Outcome>> {
    let dir = dir(journal_path, settings);
    if !due(&dir, settings, &tag_of(journal.store())?, today) {
        return Ok(None);
    }
    let seal = seal_for(settings)?;
    write(journal, &dir, today, settings.keep, &seal, cancel).map(Some)
}

/// What a backup run did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Written {
        path: PathBuf,
        people: usize,
    },
    /// An empty journal is not backed up: its backups would push the last
    /// ones that held something out of the kept days.
    Empty,
    /// Stopped on request (the TUI quit first); nothing was left behind.
    Cancelled,
}

/// Writes today's backup into `dir` and drops the oldest beyond `keep`
/// (0 keeps them all). `cancel` stops it between writes; another thread may
/// write to the journal meanwhile, in which case the journal is read again.
pub fn write(
    journal: &Journal,
    dir: &Path,
    today: NaiveDate,
    keep: usize,
    seal: &Seal,
    cancel: &AtomicBool,
) -> Result<Outcome> {
    let store = journal.store();
    let people = store.contact_count();
    // Gives, meetings and the rest all belong to someone, alive or in the
    // trash: without people, interests or trash there is nothing to keep.
    if people == 0 && store.interests().next().is_none() && store.trash().next().is_none() {
        return Ok(Outcome::Empty);
    }
    let tag = tag_of(store)?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create the backup directory {}", dir.display()))?;
    let name = |seq| dir.join(file_name(today, &tag, seq, !seal.is_open()));
    let marker = Marker::new(store.path());
    let written = write_consistent(journal, dir, &name, seal, cancel);
    drop(marker);
    if cancel.load(Ordering::SeqCst) {
        return Ok(Outcome::Cancelled);
    }
    let (path, seq, sha256) = written.context("cannot write the backup")?;
    // The write log now only needs what comes after this backup.
    let file = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    store
        .start_log(store::LogBase::Hashed { file, sha256 }, seq)
        .context("the backup was written, but the write log could not start from it")?;
    // Today's other files of this journal (sealed or not, before the keys
    // in the config changed; holding less) are replaced by this one.
    for old in of(dir, Some(&tag), false) {
        if old.day == today && old.path != path {
            let _ = fs::remove_file(&old.path);
        }
    }
    if keep > 0 {
        // Older names are surely this journal's only in its own folder.
        let own_folder = store::backup_root(store.path()) == dir;
        prune(dir, keep, &tag, own_folder, &path)
            .with_context(|| format!("cannot drop old backups in {}", dir.display()))?;
    }
    Ok(Outcome::Written { path, people })
}

/// Writes one state of the journal to the file `name` gives for the
/// number of the last transaction it holds, and returns the file, that
/// number and the sha256 of its bytes. The export streams from the store as it
/// is written, and sled reads each tree on its own, so a write committed
/// meanwhile (the TUI's, while the backup runs on a thread of its own)
/// means writing it again; after a few tries the writes wait instead,
/// rather than the backup never getting done.
fn write_consistent(
    journal: &Journal,
    dir: &Path,
    name: &dyn Fn(u64) -> PathBuf,
    seal: &Seal,
    cancel: &AtomicBool,
) -> Result<(PathBuf, u64, [u8; 32])> {
    let store = journal.store();
    for _ in 0..ATTEMPTS {
        let before = store.generation();
        let seq = store.log_seq()?;
        let (tmp, sha256) = write_file(journal, dir, seal, cancel)?;
        if store.generation() == before {
            let path = name(seq);
            persist(tmp, dir, &path)?;
            return Ok((path, seq, sha256));
        }
    }
    let _held = store.hold_writes();
    let seq = store.log_seq()?;
    let (tmp, sha256) = write_file(journal, dir, seal, cancel)?;
    let path = name(seq);
    persist(tmp, dir, &path)?;
    Ok((path, seq, sha256))
}

/// The backup, compressed and sealed, synced in a temporary file beside
/// where it goes, and the sha256 of its bytes.
fn write_file(
    journal: &Journal,
    dir: &Path,
    seal: &Seal,
    cancel: &AtomicBool,
) -> Result<(tempfile::NamedTempFile, [u8; 32])> {
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    let sink = Cancellable {
        inner: BufWriter::new(tmp.as_file()),
        cancel,
        hash: Sha256::new(),
    };
    // serde_json writes token by token; the encoder compresses on every
    // write it is given, so it gets whole buffers.
    let gz = GzEncoder::new(seal.wrap(sink)?, Compression::fast());
    let mut json = BufWriter::with_capacity(1 << 16, gz);
    serde_json::to_writer(&mut json, &journal.export_streamed())?;
    let Cancellable {
        mut inner, hash, ..
    } = json
        .into_inner()
        .map_err(|e| e.into_error())?
        .finish()?
        .finish()?;
    inner.flush()?;
    drop(inner);
    let sha256 = hash.finalize().into();
    tmp.as_file().sync_all()?;
    Ok((tmp, sha256))
}

/// Renames the synced file over the target: a crash leaves either the old
/// file or the new one, never half of one.
fn persist(tmp: tempfile::NamedTempFile, dir: &Path, path: &Path) -> Result<()> {
    tmp.persist(path)?;
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// A writer that fails once `cancel` is set, so a long serialization stops
/// within one buffer of being asked to; it hashes what it writes.
struct Cancellable<'a, W> {
    inner: W,
    cancel: &'a AtomicBool,
    hash: Sha256,
}

impl<W: Write> Write for Cancellable<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::other("backup cancelled"));
        }
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Reads a JSON export: sealed or not, gzip-compressed (a daily backup) or
/// not (`givegive export --format json`).
pub fn read(path: &Path, unlock: &Unlock) -> Result<Export> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse(&bytes, unlock).map_err(|e| anyhow!("{}{e}", path.display()))
}

/// The export in `bytes`; the error starts with `:` (and a line number when
/// the JSON is at fault), so that the caller can put the file name first.
pub fn parse(bytes: &[u8], unlock: &Unlock) -> Result<Export, String> {
    let bytes = if seal::is_sealed(bytes) {
        Cow::Owned(open_sealed(bytes, unlock)?)
    } else {
        Cow::Borrowed(bytes)
    };
    let text = if bytes.starts_with(&GZIP_MAGIC) {
        let mut text = String::new();
        GzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .map_err(|e| format!(": not a readable backup ({e})"))?;
        text
    } else {
        String::from_utf8(bytes.into_owned())
            .map_err(|_| ": not a givegive export (not UTF-8 text)".to_string())?
    };
    serde_json::from_str::<Export>(&text)
        .map(Export::upgraded)
        .map_err(|e| format!(":{}: {}", e.line(), clip(&e.to_string(), 300)))
}

/// What to tell someone whose journal is damaged: the backup of the
/// journal tagged `tag` (any, when it is not known) that holds the most,
/// and the command (`restore`, as they would type it) that brings it
/// back, or else the copy taken before the last upgrade.
pub fn hint(
    journal: &Path,
    settings: &config::Backup,
    restore: &str,
    tag: Option<&str>,
) -> Option<String> {
    if let Some(backup) = of(&dir(journal, settings), tag, true).pop() {
        let key = if backup.sealed() {
            " --identity YOUR_AGE_KEY_FILE"
        } else {
            ""
        };
        return Some(format!(
            "the latest backup is {b}: move the damaged journal away, then run: {restore} {b}{key}",
            b = backup.path.display()
        ));
    }
    store::latest_migration_copy(journal).map(|copy| {
        format!(
            "a copy from before the last upgrade is in {}: move the damaged journal away and copy it in its place",
            copy.display()
        )
    })
}
