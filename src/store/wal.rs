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
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::codec::{self, Record};

/// The log's file name inside the journal directory.
pub(crate) const FILE: &str = "writes.log";

/// The largest entry written or read back: within what the codec decodes
/// (64 MiB), so every entry written can be read; a damaged length cannot
/// ask for more.
const MAX_ENTRY: u32 = 60 * 1024 * 1024;

/// What the log's writes are replayed onto.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Base {
    /// A journal with nothing in it: the log holds its whole life.
    Empty,
    /// A backup or export file holding the journal up to the base number.
    File(PathBuf),
    /// A whole-journal write (a generated journal, a migration) that no
    /// file holds: the log cannot rebuild the journal until a backup
    /// starts it again.
    Unknown,
}

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
}

impl Record for Entry {}

/// What a log holds: its base and the writes that count since.
#[derive(Debug)]
pub struct Contents {
    pub base: Base,
    pub base_seq: u64,
    pub(super) writes: Vec<Commit>,
    /// Bytes at the end that are not a whole entry (a write cut short, or
    /// damage): nothing after them can be read.
    pub unreadable: u64,
    /// The highest number noted as flushed since the base.
    flushed: Option<u64>,
}

impl Contents {
    /// How many writes a rebuild replays.
    pub fn writes(&self) -> usize {
        self.writes.len()
    }

    fn apply(&mut self, entry: Entry) {
        match entry {
            Entry::Begin { base, seq } => {
                self.base = base;
                self.base_seq = seq;
                self.writes.clear();
                self.flushed = Some(seq);
            }
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
}

/// The framed entry, or `None` when it is too large to be read back.
fn frame(entry: &Entry) -> io::Result<Option<Vec<u8>>> {
    let payload = codec::encode(entry).map_err(io::Error::other)?;
    let Some(len) = u32::try_from(payload.len())
        .ok()
        .filter(|n| *n <= MAX_ENTRY)
    else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(payload.len() + 12);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&len.to_le_bytes());
    Ok(Some(out))
}

/// Frames an entry that is always small.
fn frame_small(entry: &Entry) -> io::Result<Vec<u8>> {
    frame(entry)?.ok_or_else(|| io::Error::other("a write-log entry is too large"))
}

/// Reads the entry starting at the front of `bytes`: the entry and its
/// length in bytes, or `None` when it is not whole or not intact.
fn unframe(bytes: &[u8]) -> Option<(Entry, usize)> {
    let len = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    if len > MAX_ENTRY {
        return None;
    }
    let len = len as usize;
    let crc = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?);
    let payload = bytes.get(8..8 + len)?;
    let trailer = bytes.get(8 + len..12 + len)?;
    if crc32fast::hash(payload) != crc || trailer != (len as u32).to_le_bytes() {
        return None;
    }
    let entry = codec::decode(payload).ok()?;
    Some((entry, len + 12))
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
        flushed: None,
    };
    let mut at = 0;
    while let Some((entry, used)) = bytes.get(at..).and_then(unframe) {
        contents.apply(entry);
        at += used;
    }
    contents.unreadable = (bytes.len() - at) as u64;
    (contents, at)
}

impl Log {
    /// Opens the log of the journal at `journal` for appending, cutting off
    /// a last entry that a crash left half written; `None` when the journal
    /// has no log.
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
        // start); anything else means reading it all.
        if let Some(Some(Entry::Flushed { seq } | Entry::Begin { seq, .. })) =
            last_entry(&mut file)?
        {
            return Ok(Some(Log {
                file,
                last_seq: seq,
                flushed: Some(seq),
            }));
        }
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0))?;
        file.read_to_end(&mut bytes)?;
        let (contents, whole) = parse(&bytes);
        if whole < bytes.len() {
            file.set_len(whole as u64)?;
            file.sync_all()?;
        }
        Ok(Some(Log {
            file,
            last_seq: contents.last_seq(),
            flushed: contents.flushed,
        }))
    }

    /// The last write that counts, when the log was opened.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
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
        if self.flushed.is_some_and(|f| f >= seq) {
            return Ok(());
        }
        let bytes = frame_small(&Entry::Flushed { seq })?;
        (&self.file).write_all(&bytes)?;
        self.flushed = Some(seq);
        Ok(())
    }

    /// Starts the journal's log anew from `base` (holding the journal up to
    /// `seq`) followed by `writes`, replacing any log it had in one rename.
    pub fn start(journal: &Path, base: Base, seq: u64, writes: &[Commit]) -> io::Result<Log> {
        let path = journal.join(FILE);
        let temp = journal.join(format!("{FILE}.new"));
        let mut bytes = frame_small(&Entry::Begin { base, seq })?;
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
        Ok(Log {
            file,
            last_seq: writes.last().map_or(seq, |w| w.seq),
            flushed: Some(seq),
        })
    }

    /// Appends `entry` and waits until the disk has it; false, with
    /// nothing written, when it is too large to be read back. An entry the
    /// disk took only part of is taken back, so the next one follows a
    /// whole entry.
    pub fn append(&self, entry: &Entry) -> io::Result<bool> {
        let Some(bytes) = frame(entry)? else {
            return Ok(false);
        };
        let end = self.file.metadata()?.len();
        let written = (&self.file)
            .write_all(&bytes)
            .and_then(|()| self.file.sync_data());
        if written.is_err() {
            let _ = self.file.set_len(end);
        }
        written.map(|()| true)
    }
}

/// The log's last entry when it is whole and intact (`Some(None)` for an
/// empty log), read from the end: the common case costs two small reads.
/// `None` means the end must be found by reading the log from the start.
fn last_entry(file: &mut File) -> io::Result<Option<Option<Entry>>> {
    let end = file.seek(SeekFrom::End(0))?;
    if end == 0 {
        return Ok(Some(None));
    }
    if end < 12 {
        return Ok(None);
    }
    let mut trailer = [0; 4];
    file.seek(SeekFrom::Start(end - 4))?;
    file.read_exact(&mut trailer)?;
    let len = u64::from(u32::from_le_bytes(trailer));
    if len > u64::from(MAX_ENTRY) || len + 12 > end {
        return Ok(None);
    }
    let mut last = vec![0; (len + 12) as usize];
    file.seek(SeekFrom::Start(end - len - 12))?;
    file.read_exact(&mut last)?;
    Ok(unframe(&last)
        .filter(|(_, used)| *used == last.len())
        .map(|(entry, _)| Some(entry)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(seq: u64, text: &str) -> Commit {
        Commit {
            seq,
            next_id: seq,
            images: vec![Image {
                tree: 1,
                key: text.as_bytes().to_vec(),
                value: Some(vec![1]),
            }],
        }
    }

    fn seqs(c: &Contents) -> Vec<(u64, Vec<u8>)> {
        c.writes
            .iter()
            .map(|w| (w.seq, w.images[0].key.clone()))
            .collect()
    }

    #[test]
    fn a_number_logged_again_supersedes_what_was_logged_from_it_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = Log::start(dir.path(), Base::Empty, 0, &[]).expect("start");
        for (seq, text) in [(1, "a"), (2, "b"), (3, "c"), (2, "b2"), (3, "c2")] {
            log.append(&Entry::Write(write(seq, text))).expect("append");
        }
        log.append(&Entry::Write(write(4, "d"))).expect("append");
        // Too large to be read back: refused, nothing written.
        let huge = Commit {
            seq: 5,
            next_id: 5,
            images: vec![Image {
                tree: 1,
                key: Vec::new(),
                value: Some(vec![7; MAX_ENTRY as usize + 1]),
            }],
        };
        assert!(!log.append(&Entry::Write(huge)).expect("refused"));
        log.append(&Entry::Void { seq: 4 }).expect("void");
        let read = read(dir.path()).expect("read").expect("a log");
        assert_eq!(read.base, Base::Empty);
        assert_eq!(
            seqs(&read),
            vec![(1, b"a".to_vec()), (2, b"b2".to_vec()), (3, b"c2".to_vec())]
        );
    }

    #[test]
    fn a_torn_last_entry_is_cut_off_and_appending_goes_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log =
            Log::start(dir.path(), Base::File("/b".into()), 7, &[write(8, "a")]).expect("start");
        log.append(&Entry::Write(write(9, "b"))).expect("append");
        drop(log);
        let path = dir.path().join(FILE);
        let whole = fs::metadata(&path).expect("log").len();
        for cut in [1, 5, 11, 20] {
            let mut bytes = fs::read(&path).expect("read");
            bytes.truncate(whole as usize - cut);
            fs::write(&path, &bytes).expect("cut");
            let read = read(dir.path()).expect("read").expect("a log");
            assert_eq!(seqs(&read), vec![(8, b"a".to_vec())], "cut {cut}");
            assert!(read.unreadable > 0);
            let log = Log::open(dir.path()).expect("open").expect("a log");
            log.append(&Entry::Write(write(9, "b"))).expect("append");
            drop(log);
            let read = super::read(dir.path()).expect("read").expect("a log");
            assert_eq!(read.unreadable, 0);
            assert_eq!(read.base_seq, 7);
            assert_eq!(seqs(&read), vec![(8, b"a".to_vec()), (9, b"b".to_vec())]);
        }
    }

    #[test]
    fn what_a_flush_noted_and_what_came_after_it_are_told_apart_at_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut log = Log::start(dir.path(), Base::Empty, 0, &[]).expect("start");
        log.append(&Entry::Write(write(1, "a"))).expect("append");
        log.append(&Entry::Write(write(2, "b"))).expect("append");
        log.note_flushed(2).expect("note");
        // A second note of the same number writes nothing.
        let len = fs::metadata(dir.path().join(FILE)).expect("log").len();
        log.note_flushed(2).expect("note");
        assert_eq!(fs::metadata(dir.path().join(FILE)).expect("log").len(), len);
        // Killed after logging 3, before flushing it.
        log.append(&Entry::Write(write(3, "c"))).expect("append");
        drop(log);
        let mut log = Log::open(dir.path()).expect("open").expect("a log");
        assert_eq!((log.flushed(), log.last_seq()), (Some(2), 3));
        // sled kept 2: 3 is voided, and the log ends as after a clean run.
        log.void_from(3).expect("void");
        drop(log);
        let log = Log::open(dir.path()).expect("open").expect("a log");
        assert_eq!((log.flushed(), log.last_seq()), (Some(2), 2));
        let read = read(dir.path()).expect("read").expect("a log");
        assert_eq!(seqs(&read), vec![(1, b"a".to_vec()), (2, b"b".to_vec())]);
    }

    #[test]
    fn damage_in_the_middle_stops_the_reading_there() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = Log::start(dir.path(), Base::Empty, 0, &[]).expect("start");
        for seq in 1..=3 {
            log.append(&Entry::Write(write(seq, "x"))).expect("append");
        }
        let path = dir.path().join(FILE);
        let mut bytes = fs::read(&path).expect("read");
        let len = bytes.len();
        bytes[len * 3 / 4] ^= 0x40;
        fs::write(&path, &bytes).expect("damage");
        let read = read(dir.path()).expect("read").expect("a log");
        assert!(read.writes.len() < 3);
        assert!(read.unreadable > 0);
    }
}
