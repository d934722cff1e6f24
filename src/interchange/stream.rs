//! A text file read a piece at a time, in the encoding
//! [`decode_text`](super::decode_text) would read it in: an import of a
//! million rows holds a few pages of the file, not the whole of it twice.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;

use encoding_rs::{Decoder, Encoding, UTF_8};

/// How much of the file is read at once.
const CHUNK: usize = 64 * 1024;

/// A file's text as UTF-8 bytes, its BOM dropped.
pub struct Decoded {
    file: BufReader<File>,
    decoder: Decoder,
    out: Vec<u8>,
    at: usize,
    done: bool,
}

/// Opens the text file at `path`; also returns the encoding it is read in
/// when that is not UTF-8, for the reader to be told.
pub fn open_text(path: &Path) -> io::Result<(Decoded, Option<&'static str>)> {
    let mut file = File::open(path)?;
    let mut head = Vec::with_capacity(3);
    (&mut file).take(3).read_to_end(&mut head)?;
    let encoding = match Encoding::for_bom(&head) {
        Some((encoding, _)) => encoding,
        None if is_utf8(&mut file)? => UTF_8,
        None => {
            file.rewind()?;
            let mut sample = Vec::new();
            (&mut file).take(SAMPLE as u64).read_to_end(&mut sample)?;
            guess(&sample)
        }
    };
    file.rewind()?;
    let named = (encoding != UTF_8).then(|| encoding.name());
    let decoded = Decoded {
        file: BufReader::with_capacity(CHUNK, file),
        decoder: encoding.new_decoder_with_bom_removal(),
        out: Vec::new(),
        at: 0,
        done: false,
    };
    Ok((decoded, named))
}

/// How much of a file that is not UTF-8 its encoding is guessed from:
/// enough letters for any address book's language, not a million rows.
const SAMPLE: usize = 1 << 20;

/// The legacy encoding the start of a file that is not UTF-8 is in, as
/// chardetng (Firefox's detector, over encoding_rs) reads the letters'
/// statistics: Windows-1251 for a Russian Outlook's CSV, Windows-1252
/// for a Western one, Shift_JIS, GBK... rather than assuming 1252, where
/// every byte means something and Cyrillic reads as "Ñîêîëîâ".
pub(super) fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes[..bytes.len().min(SAMPLE)], true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Whether the whole file is UTF-8, read from its start a chunk at a time.
fn is_utf8(file: &mut File) -> io::Result<bool> {
    file.rewind()?;
    let mut reader = BufReader::with_capacity(CHUNK, file);
    // The start of a character cut by the chunk's end.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(carry.is_empty());
        }
        carry.extend_from_slice(chunk);
        let read = chunk.len();
        reader.consume(read);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) if e.error_len().is_none() => {
                carry.drain(..e.valid_up_to());
            }
            Err(_) => return Ok(false),
        }
    }
}

impl Read for Decoded {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.out.len() {
            if self.done {
                return Ok(0);
            }
            let input = self.file.fill_buf()?;
            let last = input.is_empty();
            let room = self
                .decoder
                .max_utf8_buffer_length(input.len())
                .ok_or_else(|| io::Error::other("a chunk too large to decode"))?;
            self.out.resize(room, 0);
            // With room for the worst case, the decoder takes all of it.
            let (_, read, written, _) = self.decoder.decode_to_utf8(input, &mut self.out, last);
            self.out.truncate(written);
            self.at = 0;
            self.file.consume(read);
            self.done = last;
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read through the stream, every encoding reads as `decode_text` does,
    /// whatever the chunk boundaries cut.
    #[test]
    fn a_file_streams_as_decode_text_reads_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let long = "é".repeat(CHUNK);
        let cases: Vec<Vec<u8>> = vec![
            format!("a{long}b").into_bytes(),
            [b"\xef\xbb\xbf".as_slice(), long.as_bytes()].concat(),
            [b"caf\xe9 ".as_slice(), &vec![b'x'; CHUNK]].concat(),
            [
                b"\xff\xfe".as_slice(),
                &"né"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<_>>(),
            ]
            .concat(),
            encoding_rs::WINDOWS_1251
                .encode(&"Соколов, Иванова\n".repeat(CHUNK / 16))
                .0
                .into_owned(),
            Vec::new(),
        ];
        for bytes in cases {
            let path = dir.path().join("file");
            std::fs::write(&path, &bytes).expect("write");
            let (mut decoded, named) = open_text(&path).expect("open");
            let mut text = String::new();
            decoded.read_to_string(&mut text).expect("read");
            assert_eq!((text, named), super::super::decode_text(&bytes));
        }
    }
}
