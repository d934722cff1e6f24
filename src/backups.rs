//! Daily backups, and reading one back.
//!
//! On the first run of a day the whole journal is written as the lossless
//! JSON export (`docs/export-format.md`), gzip-compressed and owner-only,
//! into the backup directory; the oldest beyond the configured number are
//! dropped. A backup is the export rather than a copy of sled's files so
//! that any later givegive restores it (`givegive restore FILE`) and `zcat`
//! and `jq` can read it.

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
use crate::journal::Journal;
use crate::journal::export::Export;
use crate::store;

const PREFIX: &str = "givegive-";
const SUFFIX: &str = ".json.gz";
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

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
pub fn file_name(day: NaiveDate) -> String {
    format!("{PREFIX}{}{SUFFIX}", day.format("%Y-%m-%d"))
}

/// Whether a daily backup is still to be written today: one stat, so every
/// command can ask.
pub fn due(dir: &Path, settings: &config::Backup, today: NaiveDate) -> bool {
    settings.keep > 0 && !dir.join(file_name(today)).exists()
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
    cancel: &AtomicBool,
) -> Result<Outcome> {
    let export = consistent_export(journal, cancel)?;
    let Some(export) = export else {
        return Ok(Outcome::Cancelled);
    };
    if is_empty(&export) {
        return Ok(Outcome::Empty);
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create the backup directory {}", dir.display()))?;
    let path = dir.join(file_name(today));
    let written = write_file(&export, dir, &path, cancel);
    if cancel.load(Ordering::SeqCst) {
        return Ok(Outcome::Cancelled);
    }
    written.with_context(|| format!("cannot write the backup {}", path.display()))?;
    if keep > 0 {
        prune(dir, keep)
            .with_context(|| format!("cannot drop old backups in {}", dir.display()))?;
    }
    Ok(Outcome::Written {
        path,
        people: export.contacts.len(),
    })
}

/// The export of one state of the journal. sled reads each tree on its
/// own, so a write committed meanwhile (the TUI's, while the backup runs on
/// a thread of its own) means reading again; after a few tries the writes
/// wait instead, rather than the backup never getting done.
fn consistent_export(journal: &Journal, cancel: &AtomicBool) -> Result<Option<Export>> {
    for _ in 0..ATTEMPTS {
        let before = journal.store().generation();
        let export = journal.export()?;
        if cancel.load(Ordering::SeqCst) {
            return Ok(None);
        }
        if journal.store().generation() == before {
            return Ok(Some(export));
        }
    }
    let _held = journal.store().hold_writes();
    Ok(Some(journal.export()?))
}

fn is_empty(e: &Export) -> bool {
    e.contacts.is_empty()
        && e.interests.is_empty()
        && e.interactions.is_empty()
        && e.ledger.is_empty()
        && e.follow_ups.is_empty()
        && e.signals.is_empty()
        && e.trash.is_empty()
}

/// Writes beside the target and renames over it once synced: a crash
/// leaves either the old file or the new one, never half of one.
fn write_file(export: &Export, dir: &Path, path: &Path, cancel: &AtomicBool) -> Result<()> {
    let tmp = tempfile::Builder::new()
        .prefix(".givegive-backup-")
        .tempfile_in(dir)?;
    let sink = Cancellable {
        inner: BufWriter::new(tmp.as_file()),
        cancel,
    };
    // serde_json writes token by token; the encoder compresses on every
    // write it is given, so it gets whole buffers.
    let mut json = BufWriter::with_capacity(1 << 16, GzEncoder::new(sink, Compression::fast()));
    serde_json::to_writer(&mut json, export)?;
    json.into_inner()
        .map_err(|e| e.into_error())?
        .finish()?
        .inner
        .flush()?;
    tmp.as_file().sync_all()?;
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
            let day = name
                .to_str()?
                .strip_prefix(PREFIX)?
                .strip_suffix(SUFFIX)?
                .parse::<NaiveDate>()
                .ok()?;
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

/// Drops all but the newest `keep` backups.
fn prune(dir: &Path, keep: usize) -> io::Result<()> {
    let all = list(dir);
    for (_, path) in all.iter().take(all.len().saturating_sub(keep)) {
        fs::remove_file(path)?;
    }
    Ok(())
}

/// Reads a JSON export, gzip-compressed (a daily backup) or not (`givegive
/// export --format json`).
pub fn read(path: &Path) -> Result<Export> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse(&bytes).map_err(|e| anyhow!("{}{e}", path.display()))
}

/// The export in `bytes`; the error starts with `:` and a line number when
/// the JSON is at fault, so that the caller can put the file name first.
pub fn parse(bytes: &[u8]) -> Result<Export, String> {
    let text = if bytes.starts_with(&GZIP_MAGIC) {
        let mut text = String::new();
        GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| format!(": not a readable backup ({e})"))?;
        text
    } else {
        String::from_utf8(bytes.to_vec())
            .map_err(|_| ": not a givegive export (not UTF-8 text)".to_string())?
    };
    serde_json::from_str(&text).map_err(|e| format!(":{}: {e}", e.line()))
}

/// What to tell someone whose journal is damaged: the newest backup and
/// the command (`restore`, as they would type it) that brings it back, or
/// else the copy taken before the last upgrade.
pub fn hint(journal: &Path, settings: &config::Backup, restore: &str) -> Option<String> {
    if let Some(backup) = latest(&dir(journal, settings)) {
        return Some(format!(
            "the latest backup is {b}: move the damaged journal away, then run: {restore} {b}",
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
