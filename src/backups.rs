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

use crate::config;
use crate::domain::text::clip;
use crate::journal::Journal;
use crate::journal::export::Export;
use crate::seal::{self, Seal, Unlock, open_sealed};
use crate::store;

const PREFIX: &str = "givegive-";
const SUFFIX: &str = ".json.gz";
/// Added to the name of a sealed backup.
const SEALED: &str = ".age";
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// How a backup being written is named until it is complete.
const TEMP_PREFIX: &str = ".givegive-backup-";
/// A half-written backup this old was left by a killed process.
const ABANDONED: std::time::Duration = std::time::Duration::from_secs(3600);

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

/// The file of the backup taken on `day`.
fn file_name(day: NaiveDate, sealed: bool) -> String {
    let age = if sealed { SEALED } else { "" };
    format!("{PREFIX}{}{SUFFIX}{age}", day.format("%Y-%m-%d"))
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

/// Whether a daily backup is still to be written today: two stats, so every
/// command can ask.
fn due(dir: &Path, settings: &config::Backup, today: NaiveDate) -> bool {
    settings.keep > 0
        && [false, true]
            .iter()
            .all(|sealed| !dir.join(file_name(today, *sealed)).exists())
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
    if !due(&dir, settings, today) {
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
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create the backup directory {}", dir.display()))?;
    let path = dir.join(file_name(today, !seal.is_open()));
    let marker = Marker::new(store.path());
    let written = write_consistent(journal, dir, &path, seal, cancel);
    drop(marker);
    if cancel.load(Ordering::SeqCst) {
        return Ok(Outcome::Cancelled);
    }
    let seq = written.with_context(|| format!("cannot write the backup {}", path.display()))?;
    // The write log now only needs what comes after this backup.
    let base = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    store
        .start_log(store::LogBase::File(base), seq)
        .context("the backup was written, but the write log could not start from it")?;
    // Today's file of the other kind (sealed, or not) is from before the
    // keys in the config changed.
    let _ = fs::remove_file(dir.join(file_name(today, seal.is_open())));
    if keep > 0 {
        prune(dir, keep)
            .with_context(|| format!("cannot drop old backups in {}", dir.display()))?;
    }
    Ok(Outcome::Written { path, people })
}

/// Writes one state of the journal to `path`, and returns the number of
/// the last transaction it holds. The export streams from the store as it
/// is written, and sled reads each tree on its own, so a write committed
/// meanwhile (the TUI's, while the backup runs on a thread of its own)
/// means writing it again; after a few tries the writes wait instead,
/// rather than the backup never getting done.
fn write_consistent(
    journal: &Journal,
    dir: &Path,
    path: &Path,
    seal: &Seal,
    cancel: &AtomicBool,
) -> Result<u64> {
    let store = journal.store();
    for _ in 0..ATTEMPTS {
        let before = store.generation();
        let seq = store.log_seq()?;
        let tmp = write_file(journal, dir, seal, cancel)?;
        if store.generation() == before {
            persist(tmp, dir, path)?;
            return Ok(seq);
        }
    }
    let _held = store.hold_writes();
    let seq = store.log_seq()?;
    let tmp = write_file(journal, dir, seal, cancel)?;
    persist(tmp, dir, path)?;
    Ok(seq)
}

/// The backup, compressed and sealed, synced in a temporary file beside
/// where it goes.
fn write_file(
    journal: &Journal,
    dir: &Path,
    seal: &Seal,
    cancel: &AtomicBool,
) -> Result<tempfile::NamedTempFile> {
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    let sink = Cancellable {
        inner: BufWriter::new(tmp.as_file()),
        cancel,
    };
    // serde_json writes token by token; the encoder compresses on every
    // write it is given, so it gets whole buffers.
    let gz = GzEncoder::new(seal.wrap(sink)?, Compression::fast());
    let mut json = BufWriter::with_capacity(1 << 16, gz);
    serde_json::to_writer(&mut json, &journal.export_streamed())?;
    json.into_inner()
        .map_err(|e| e.into_error())?
        .finish()?
        .finish()?
        .inner
        .flush()?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Renames the synced file over the target: a crash leaves either the old
/// file or the new one, never half of one.
fn persist(tmp: tempfile::NamedTempFile, dir: &Path, path: &Path) -> Result<()> {
    tmp.persist(path)?;
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// A writer that fails once `cancel` is set, so a long serialization stops
/// within one buffer of being asked to.
struct Cancellable<'a, W> {
    inner: W,
    cancel: &'a AtomicBool,
}

impl<W: Write> Write for Cancellable<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::other("backup cancelled"));
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The daily backups in `dir`, oldest first. Only files named as givegive
/// names them count: nothing else in the directory is ever touched.
pub fn list(dir: &Path) -> Vec<(NaiveDate, PathBuf)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<_> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name();
            let name = name.to_str()?.strip_prefix(PREFIX)?;
            let name = name.strip_suffix(SEALED).unwrap_or(name);
            let day = name.strip_suffix(SUFFIX)?.parse::<NaiveDate>().ok()?;
            e.file_type().ok()?.is_file().then(|| (day, e.path()))
        })
        .collect();
    found.sort();
    found
}

/// The newest daily backup in `dir`.
pub fn latest(dir: &Path) -> Option<PathBuf> {
    list(dir).pop().map(|(_, path)| path)
}

/// Drops all but the newest `keep` backups, and what a killed backup left
/// half written (an hour old: a folder shared by two journals may hold the
/// other's backup in progress).
fn prune(dir: &Path, keep: usize) -> io::Result<()> {
    let all = list(dir);
    for (_, path) in all.iter().take(all.len().saturating_sub(keep)) {
        fs::remove_file(path)?;
    }
    let stale = |e: &fs::DirEntry| {
        e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > ABANDONED))
    };
    for entry in fs::read_dir(dir)?.flatten().filter(stale) {
        fs::remove_file(entry.path())?;
    }
    Ok(())
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

/// What to tell someone whose journal is damaged: the newest backup and
/// the command (`restore`, as they would type it) that brings it back, or
/// else the copy taken before the last upgrade.
pub fn hint(journal: &Path, settings: &config::Backup, restore: &str) -> Option<String> {
    if let Some(backup) = latest(&dir(journal, settings)) {
        let key = if backup.extension().is_some_and(|e| e == "age") {
            " --identity YOUR_AGE_KEY_FILE"
        } else {
            ""
        };
        return Some(format!(
            "the latest backup is {b}: move the damaged journal away, then run: {restore} {b}{key}",
            b = backup.display()
        ));
    }
    store::latest_migration_copy(journal).map(|copy| {
        format!(
            "a copy from before the last upgrade is in {}: move the damaged journal away and copy it in its place",
            copy.display()
        )
    })
}
