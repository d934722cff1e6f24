//! How write-log entries are framed: `len | crc32 | payload | len`
//! (little-endian u32s), so every entry is checked on reading and the last
//! one can be read from the end without reading the whole log.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};

use super::Entry;
use crate::store::codec;

/// The largest entry written or read back: within what the codec decodes
/// (64 MiB), so every entry written can be read; a damaged length cannot
/// ask for more.
pub(super) const MAX_ENTRY: u32 = 60 * 1024 * 1024;

/// The framed entry, or `None` when it is too large to be read back.
pub(super) fn frame(entry: &Entry) -> io::Result<Option<Vec<u8>>> {
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
pub(super) fn frame_small(entry: &Entry) -> io::Result<Vec<u8>> {
    frame(entry)?.ok_or_else(|| io::Error::other("a write-log entry is too large"))
}

/// Reads the entry starting at the front of `bytes`: the entry and its
/// length in bytes, or `None` when it is not whole or not intact.
pub(super) fn unframe(bytes: &[u8]) -> Option<(Entry, usize)> {
    let len = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    if len > MAX_ENTRY {
        return None;
    }
    let len = len as usize;
    let crc = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?);
    let payload = bytes.get(8..8 + len)?;
    let trailer = bytes.get(8 + len..12 + len)?;
    // The trailer first: it rules out most places that are not an entry's
    // start without hashing (see [`next_entry`]).
    if trailer != (len as u32).to_le_bytes() || crc32fast::hash(payload) != crc {
        return None;
    }
    let entry = codec::decode(payload).ok()?;
    Some((entry, len + 12))
}

/// The log's last entry when it is whole and intact (`Some(None)` for an
/// empty log), read from the end: the common case costs two small reads.
/// `None` means the end must be found by reading the log from the start.
pub(super) fn last_entry(file: &mut File) -> io::Result<Option<Option<Entry>>> {
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

/// The first place after `from` where a whole, intact entry starts, if
/// any: readable entries after unreadable bytes mean damage in the middle
/// of the log, not a write a crash cut short at its end.
pub(super) fn next_entry(bytes: &[u8], from: usize) -> Option<usize> {
    (from + 1..bytes.len()).find(|at| unframe(&bytes[*at..]).is_some())
}

/// How many bytes from the log's start are whole, intact entries, read
/// through once without decoding them: an open trusts the log's last
/// entry only when this is the whole log.
pub(super) fn whole_len(file: &mut File) -> io::Result<u64> {
    file.seek(SeekFrom::Start(0))?;
    let mut reader = BufReader::with_capacity(1 << 16, &mut *file);
    let mut whole = 0u64;
    let mut payload = Vec::new();
    loop {
        let mut head = [0; 8];
        if read_all(&mut reader, &mut head)? < 8 {
            return Ok(whole);
        }
        let len = u32::from_le_bytes(head[..4].try_into().expect("4 bytes"));
        if len > MAX_ENTRY {
            return Ok(whole);
        }
        payload.resize(len as usize + 4, 0);
        if read_all(&mut reader, &mut payload)? < payload.len() {
            return Ok(whole);
        }
        let (body, trailer) = payload.split_at(len as usize);
        if trailer != len.to_le_bytes() || crc32fast::hash(body).to_le_bytes() != head[4..] {
            return Ok(whole);
        }
        whole += u64::from(len) + 12;
    }
}

/// Fills `buf` as far as the reader goes; how many bytes it read.
fn read_all(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
