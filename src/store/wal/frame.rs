//! How write-log entries are framed: `len | crc32 | payload | len`
//! (little-endian u32s), so every entry is checked on reading and the last
//! one can be read from the end without reading the whole log.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

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
    if crc32fast::hash(payload) != crc || trailer != (len as u32).to_le_bytes() {
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
