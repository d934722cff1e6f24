//! The write log: every write since the latest backup, outside sled's files.
//!
//! sled's files can be lost to a bug nobody knows yet, or to the disk. So
//! each transaction also appends its after-images (every key it wrote, with
//! the value it left) to `writes.log` in the journal directory and syncs
//! it, inside the transaction, before sled can make it durable: whatever
//! sled keeps was logged first. The log starts from a base (an empty
//! journal, or a backup, with the transaction number it holds up to); a
//! journal rebuilt from that base plus the log's writes is the journal as
//! it was (`givegive recover`).
//!
//! Each transaction takes the next number from the meta tree in the same
//! transaction. A write logged but never made durable (its process killed
//! between the two) is superseded by the next write logged with its
//! number: sled's state had not passed it. So the log reads as "the latest
//! entry for each number, in order", and a torn last entry is cut off.
//!
//! Once a process has flushed sled, it notes the number it flushed up to
//! (not synced: losing the note only weakens the check). At the next open,
//! sled's files lacking a noted number means they lost changes reported
//! saved: the journal is damaged. Entries past what sled kept, but never
//! noted, were never reported saved (a command killed before its flush):
//! they are voided, so a rebuild does not bring them back.
//!
//! An entry is framed as `len | crc32 | payload | len` (little-endian u32s,
//! the payload one versioned record), so an open can check the last entry
//! from the end without reading the whole log.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use super::codec::Record;

mod base;
mod frame;

pub use base::{Base, hash_file};

use frame::{frame, frame_small, last_entry, next_entry, unframe, whole_len};

/// The log's file name inside the journal directory.
pub(crate) const FILE: &str = "writes.log";

/// A journal's identity: made at random once and kept in its meta tree,
/// so that its backups, and its write log's base, are never taken for
/// another journal's (two journals sharing a backup folder, or a new
/// journal made where a moved one was).
pub type Identity = [u8; 16];

/// One key a transaction wrote, and what it left there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Image {
    pub tree: u8,
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// One committed (or about to be committed) transaction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Commit {
    pub seq: u64,
    /// The id counter when it was written: ids handed out before a
    /// transaction are never handed out again after a rebuild.
    pub next_id: u64,
    pub images: Vec<Image>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum Entry {
    /// The log starts here: `base` holds the journal through `seq`.
    Begin {
        base: Base,
        seq: u64,
    },
    Write(Commit),
    /// The transaction numbered `seq` and every later one did not happen:
    /// logged, then refused by sled, or never kept by it.
    Void {
        seq: u64,
    },
    /// sled's files were flushed with every transaction up to `seq`.
    Flushed {
        seq: u64,
    },
    /// As `Begin`, in the journal whose identity is `journal`: a rebuilt
    /// journal keeps it. Added last, so logs written before still read.
    Start {
        base: Base,
        seq: u64,
        journal: Identity,
    },
}

impl Record for Entry {}

/// What a log holds: its base and the writes that count since.
#[derive(Debug)]
pub struct Contents {
    pub base: Base,
    pub base_seq: u64,
    pub(super) writes: Vec<Commit>,
    /// Bytes from the first one that is not part of a whole entry (a
    /// write cut short, or damage) to the end: a rebuild reads nothing
    /// after them.
    pub unreadable: u64,
    /// Whether whole entries follow the unreadable bytes: damage in the
    /// middle of the log, never a write a crash cut short.
    pub middle: bool,
    /// The highest number noted as flushed since the base.
    flushed: Option<u64>,
    /// The highest number a flush note after the unreadable bytes names.
    noted_after: Option<u64>,
    /// The journal the log belongs to, when its start says.
    pub journal: Option<Identity>,
}

impl Contents {
    /// How many writes a rebuild replays.
    pub fn writes(&self) -> usize {
        self.writes.len()
    }

    /// How many changes after the last readable one sled had flushed (they
    /// were reported saved), by the flush notes the log can read; `None`
    /// when no note says the unreadable bytes held any.
    pub fn saved_unreadable(&self) -> Option<u64> {
        let noted = self.flushed.max(self.noted_after)?;
        noted
            .checked_sub(self.last_seq())
            .filter(|n| *n > 0 && self.unreadable > 0)
    }

    fn apply(&mut self, entry: Entry) {
        match entry {
            Entry::Begin { base, seq } => self.begin(base, seq, None),
            Entry::Start { base, seq, journal } => self.begin(base, seq, Some(journal)),
            Entry::Write(w) => {
                self.supersede(w.seq);
                if w.seq > self.base_seq {
                    self.writes.push(w);
                }
            }
            Entry::Void { seq } => self.supersede(seq),
            Entry::Flushed { seq } => self.flushed = self.flushed.max(Some(seq)),
        }
    }

    fn begin(&mut self, base: Base, seq: u64, journal: Option<Identity>) {
        self.base = base;
        self.base_seq = seq;
        self.writes.clear();
        self.flushed = Some(seq);
        self.journal = journal;
    }

    /// The number of the last write that counts.
    fn last_seq(&self) -> u64 {
        self.writes.last().map_or(self.base_seq, |w| w.seq)
    }

    /// A number logged again means sled's state never passed it: what was
    /// logged under it and after it did not happen.
    fn supersede(&mut self, seq: u64) {
        let keep = self.writes.partition_point(|w| w.seq < seq);
        self.writes.truncate(keep);
    }
}

/// The journal's log, open for appending.
pub(super) struct Log {
    file: File,
    /// The last write that counts, when the log was opened.
    last_seq: u64,
    /// The highest number noted as flushed (see [`Log::note_flushed`]).
    flushed: Option<u64>,
    /// Where the whole entries end, when bytes after them could not be
    /// read: cut off, or kept, once [`Log::square`] knows what they held.
    whole: Option<u64>,
    /// How many changes sled's files have that the log lost (a damaged or
    /// torn tail that held acknowledged writes): nothing is appended after
    /// the loss, which a rebuild could not cross, until a backup starts the
    /// log again.
    lost: Option<u64>,
    /// Where this process last left the file's end. The file must still
    /// end there before anything is appended: one that another program cut
    /// or wrote to would have the next entry follow what it left, which a
    /// rebuild cannot read across (see [`Log::altered`]).
    end: AtomicU64,
}

/// Why an append was refused: the file no longer ends where this process
/// left it.
#[derive(Debug)]
struct Altered;

impl std::fmt::Display for Altered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the write log was changed by another program")
    }
}

impl std::error::Error for Altered {}

/// Whether `e` is an append refused because the file was changed under
/// this process (see [`Log::altered`]).
pub fn is_altered(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<Altered>())
}

/// Reads the whole log of the journal at `journal`, if it has one.
pub fn read(journal: &Path) -> io::Result<Option<Contents>> {
    let bytes = match fs::read(journal.join(FILE)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let (contents, _) = parse(&bytes);
    Ok(Some(contents))
}

/// The contents of a log's bytes, and how many of them are whole entries.
fn parse(bytes: &[u8]) -> (Contents, usize) {
    let mut contents = Contents {
        base: Base::Unknown,
        base_seq: 0,
        writes: Vec::new(),
        unreadable: 0,
        middle: false,
        flushed: None,
        noted_after: None,
        journal: None,
    };
    let mut at = 0;
    while let Some((entry, used)) = bytes.get(at..).and_then(unframe) {
        contents.apply(entry);
        at += used;
    }
    contents.unreadable = (bytes.len() - at) as u64;
    // What can be read after the unreadable bytes is not replayed (what
    // they held is missing between), but its flush notes say what was
    // reported saved.
    let mut after = next_entry(bytes, at);
    contents.middle = after.is_some();
    while let Some(from) = after {
        after = match unframe(&bytes[from..]) {
            Some((entry, used)) => {
                if let Entry::Flushed { seq } = entry {
                    contents.noted_after = contents.noted_after.max(Some(seq));
                }
                Some(from + used)
            }
            None => next_entry(bytes, from),
        };
    }
    (contents, at)
}

impl Log {
    /// Opens the log of the journal at `journal` for appending; `None` when
    /// the journal has no log. What follows its last whole entry is left
    /// for [`Log::square`] to judge.
    pub fn open(journal: &Path) -> io::Result<Option<Log>> {
        let mut file = match OpenOptions::new()
            .read(true)
            .append(true)
            .open(journal.join(FILE))
        {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        // After a clean end the log ends with what a flush noted (or a new
        // start), and every entry before it is whole: a log cut or damaged
        // in the middle, with whole entries after, is not trusted from its
        // last one. Anything else means decoding it all.
        let len = file.metadata()?.len();
        if whole_len(&mut file)? == len
            && let Some(Some(
                Entry::Flushed { seq } | Entry::Begin { seq, .. } | Entry::Start { seq, .. },
            )) = last_entry(&mut file)?
        {
            return Ok(Some(Log::at(file, seq, Some(seq))?));
        }
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0))?;
        file.read_to_end(&mut bytes)?;
        let (contents, whole) = parse(&bytes);
        let mut log = Log::at(file, contents.last_seq(), contents.flushed)?;
        log.whole = (whole < bytes.len()).then_some(whole as u64);
        Ok(Some(log))
    }

    fn at(file: File, last_seq: u64, flushed: Option<u64>) -> io::Result<Log> {
        let end = AtomicU64::new(file.metadata()?.len());
        Ok(Log {
            file,
            last_seq,
            flushed,
            whole: None,
            lost: None,
            end,
        })
    }

    /// Whether the file no longer ends where this process left it: cut,
    /// written to or replaced in place by another program. One fstat.
    pub fn altered(&self) -> io::Result<bool> {
        Ok(self.file.metadata()?.len() != self.end.load(Ordering::SeqCst))
    }

    /// Squares the log with sled's files, which hold every change up to
    /// `kept`. A log that ends before `kept` lost changes sled has (they
    /// were acknowledged): it is left as it is and takes nothing more. Else
    /// a torn last entry (a write a crash cut short, never acknowledged) is
    /// cut off, and what was logged past `kept` is voided.
    pub fn square(&mut self, kept: u64) -> io::Result<()> {
        if kept > self.last_seq {
            self.lost = Some(kept - self.last_seq);
            return Ok(());
        }
        if let Some(whole) = self.whole.take() {
            self.file.set_len(whole)?;
            self.file.sync_all()?;
            self.end.store(whole, Ordering::SeqCst);
        }
        if self.last_seq > kept {
            self.void_from(kept + 1)?;
        }
        Ok(())
    }

    /// How many changes sled has that the log lost, if it lost any.
    pub fn lost(&self) -> Option<u64> {
        self.lost
    }

    /// The highest number noted as flushed.
    pub fn flushed(&self) -> Option<u64> {
        self.flushed
    }

    /// Voids every write logged from `seq` on (sled never kept them), and
    /// notes that what came before is all sled has.
    pub fn void_from(&mut self, seq: u64) -> io::Result<()> {
        self.append(&Entry::Void { seq })?;
        self.last_seq = seq.saturating_sub(1);
        self.flushed = None;
        self.note_flushed(self.last_seq)
    }

    /// Notes that sled's files hold every transaction up to `seq`, unless
    /// that is known already. Not synced: a note lost to a power cut only
    /// makes the next open's check weaker.
    pub fn note_flushed(&mut self, seq: u64) -> io::Result<()> {
        if self.lost.is_some() || self.flushed.is_some_and(|f| f >= seq) || self.altered()? {
            return Ok(());
        }
        let bytes = frame_small(&Entry::Flushed { seq })?;
        (&self.file).write_all(&bytes)?;
        self.end.fetch_add(bytes.len() as u64, Ordering::SeqCst);
        self.flushed = Some(seq);
        Ok(())
    }

    /// Starts the journal's log anew from `base` (holding the journal up to
    /// `seq`) followed by `writes`, replacing any log it had in one rename;
    /// `identity` is the journal's, when it has one.
    pub fn start(
        journal: &Path,
        base: Base,
        seq: u64,
        writes: &[Commit],
        identity: Option<Identity>,
    ) -> io::Result<Log> {
        let path = journal.join(FILE);
        let temp = journal.join(format!("{FILE}.new"));
        let start = match identity {
            Some(journal) => Entry::Start { base, seq, journal },
            None => Entry::Begin { base, seq },
        };
        let mut bytes = frame_small(&start)?;
        // A v7 build takes a log whose last entry it cannot read (a
        // `Start`) for a torn one and cuts it, before it refuses the
        // journal as newer: a flush note, which it reads, ends a log
        // nothing was written to since it started. It says what the start
        // says already.
        bytes.extend(frame_small(&Entry::Flushed { seq })?);
        for w in writes {
            // Each was read back from a log, so it fits.
            bytes.extend(frame_small(&Entry::Write(w.clone()))?);
        }
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(&bytes)?;
        file.sync_all()?;
        fs::rename(&temp, &path)?;
        File::open(journal)?.sync_all()?;
        let file = OpenOptions::new().read(true).append(true).open(&path)?;
        let last_seq = writes.last().map_or(seq, |w| w.seq);
        Log::at(file, last_seq, Some(seq))
    }

    /// Appends `entry` and waits until the disk has it; false, with
    /// nothing written, when it is too large to be read back. An entry the
    /// disk took only part of is taken back, so the next one follows a
    /// whole entry. Refused when the file no longer ends where this process
    /// left it (see [`is_altered`]).
    pub fn append(&self, entry: &Entry) -> io::Result<bool> {
        if let Some(lost) = self.lost {
            return Err(io::Error::other(format!(
                "the write log lost {lost} change(s) and takes nothing more"
            )));
        }
        let Some(bytes) = frame(entry)? else {
            return Ok(false);
        };
        let end = self.file.metadata()?.len();
        if end != self.end.load(Ordering::SeqCst) {
            return Err(io::Error::other(Altered));
        }
        let written = (&self.file)
            .write_all(&bytes)
            .and_then(|()| self.file.sync_data());
        if written.is_err() {
            let _ = self.file.set_len(end);
            return written.map(|()| false);
        }
        self.end.store(end + bytes.len() as u64, Ordering::SeqCst);
        Ok(true)
    }
}

#[cfg(test)]
mod tests;
