//! Formats other programs write and read. Each parser turns a file into
//! contact drafts (or reports exactly what is wrong with it); the journal's
//! ordinary operations store them.

pub(crate) mod content;
pub mod export;
pub mod google;
pub mod ics;
pub mod linkedin;
mod note;
mod safe;
mod stream;
pub mod vcard;

pub use stream::{Decoded, open_text};

use crate::domain::reach::ReachKind;
use crate::journal::ContactDraft;

/// One row of an address book's file, as a parser reads it.
pub enum Row {
    Person(Box<ContactDraft>),
    /// A row with nobody in it (LinkedIn's hidden profiles).
    Hidden,
    /// A row that could not be read, as `LINE: reason`.
    Bad(String),
}

/// Groups an address book puts everyone in, which are not tags: Google's
/// "myContacts" (a Google vCard and older phones say "My Contacts"),
/// "starred" and "Other Contacts" (trial imd #3: "My Contacts" became a
/// tag on everyone). Compared with case and spaces aside.
pub(crate) fn system_group(label: &str) -> bool {
    let key: String = label
        .trim()
        .trim_start_matches("* ")
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(key.as_str(), "mycontacts" | "starred" | "othercontacts")
}

/// Leaves out of `d` each email, phone and web address that `add` and
/// `edit` would refuse, by their one rule ([`ReachKind::left_out`]): a
/// file's `javascript:` link, a "phone" `=cmd|…` or an email with no `@`
/// is not kept, nor exported to another program as if it were one.
/// Returns what to say of each, once.
pub(crate) fn reachable(d: &mut ContactDraft) -> Vec<String> {
    let mut said: Vec<String> = Vec::new();
    let mut keep = |kind: ReachKind, value: &str| match kind.left_out(value) {
        // An empty value is nothing to keep, nor to speak of.
        Some(_) if value.trim().is_empty() => false,
        Some(why) => {
            if !said.contains(&why) {
                said.push(why);
            }
            false
        }
        None => true,
    };
    d.emails.retain(|e| keep(ReachKind::Email, e.value()));
    d.phones.retain(|p| keep(ReachKind::Phone, p.value()));
    d.urls.retain(|u| keep(ReachKind::Url, u));
    said
}

/// A text file's bytes as text, and the encoding they were read in when it
/// was not UTF-8: UTF-8 (a BOM dropped), UTF-16 with its BOM (Excel's
/// "Unicode text"), or else the legacy encoding its letters say it is in
/// (Windows-1252 from a Western Excel or Outlook, Windows-1251 from a
/// Russian one: [`stream::guess`]). The import says which encoding it used.
pub fn decode_text(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let named = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text.into_owned(), named);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            let encoding = stream::guess(bytes);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            (text.into_owned(), Some(encoding.name()))
        }
    }
}

/// The line a CSV record starts on, counting the lines of quoted fields
/// that hold line breaks; `fallback` when the reader does not know.
fn line_of(record: &csv::StringRecord, fallback: usize) -> usize {
    record
        .position()
        .map_or(fallback, |p| usize::try_from(p.line()).unwrap_or(fallback))
}

/// The same, for a record that could not be read.
fn error_line(e: &csv::Error, fallback: usize) -> usize {
    e.position()
        .map_or(fallback, |p| usize::try_from(p.line()).unwrap_or(fallback))
}

/// A CSV reader over `text` (a leading BOM dropped, rows of any length) and
/// its header names, trimmed and lower-cased so columns are found by name
/// whatever the exporting program's spelling. A header that cannot be read
/// is reported as line 1.
fn headed_csv(text: &str) -> Result<(csv::Reader<&[u8]>, Vec<String>), String> {
    headed_reader(text.trim_start_matches('\u{feff}').as_bytes())
}

/// The same over a stream (already decoded, its BOM dropped), read a row
/// at a time.
fn headed_reader<R: std::io::Read>(input: R) -> Result<(csv::Reader<R>, Vec<String>), String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| format!("1: {e}"))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    Ok((reader, headers))
}
