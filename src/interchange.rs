//! Formats other programs write and read. Each parser turns a file into
//! contact drafts (or reports exactly what is wrong with it); the journal's
//! ordinary operations store them.

pub(crate) mod content;
pub mod export;
pub mod google;
pub mod ics;
pub mod linkedin;
pub mod vcard;

/// A CSV reader over `text` (a leading BOM dropped, rows of any length) and
/// its header names, trimmed and lower-cased so columns are found by name
/// whatever the exporting program's spelling. A header that cannot be read
/// is reported as line 1.
fn headed_csv(text: &str) -> Result<(csv::Reader<&[u8]>, Vec<String>), String> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("1: {e}"))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    Ok((reader, headers))
}
