//! The files an import reads, each read twice a row at a time: once to
//! check every row before anything is written (so a broken file leaves the
//! journal as it was), once to write its people a batch at a time. No pass
//! holds a whole file, nor all its people, in memory.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

use super::super::ImportFormat;
use crate::command::files::{Input, is_std};
use crate::interchange::{self, Row, google, linkedin, vcard};

/// One file to read (see [`Input`]: `-` is standard input).
pub(super) struct Source {
    input: Input,
    pub shown: String,
}

/// What a file holds besides people: LinkedIn's other two files.
pub(super) enum Context {
    None,
    Invitations(Vec<linkedin::Invitation>),
    Messages(Vec<linkedin::Message>),
}

/// The files to read, each directory (a vdir) given as every `.vcf` in it,
/// in name order, and standard input kept aside.
pub(super) fn gather(format: ImportFormat, files: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for file in files {
        if is_std(file) {
            let input = Input::open(file)?;
            out.push(Source {
                shown: input.shown.clone(),
                input,
            });
        } else if matches!(format, ImportFormat::Vcard) && file.is_dir() {
            out.extend(vdir(file)?.into_iter().map(plain));
        } else {
            out.push(plain(file.clone()));
        }
    }
    Ok(out)
}

fn plain(path: PathBuf) -> Source {
    let input = Input::named(path);
    Source {
        shown: input.shown.clone(),
        input,
    }
}

/// Why a file to import cannot be read, in words: a name that is not
/// there says where it was looked for (trial 28b: "No such file or
/// directory (os error 2)").
fn unreadable(shown: &str, e: &std::io::Error) -> anyhow::Error {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            let here = std::env::current_dir()
                .ok()
                .filter(|_| Path::new(shown).is_relative())
                .map(|d| format!(" in {}", d.display()))
                .unwrap_or_default();
            anyhow!(
                "there is no file {shown}{here}: check its name and folder; nothing was imported"
            )
        }
        std::io::ErrorKind::PermissionDenied => {
            anyhow!("{shown} cannot be read: permission denied; nothing was imported")
        }
        _ => anyhow!("cannot read {shown}: {e}; nothing was imported"),
    }
}

/// Every `.vcf` card of a vdir, in name order.
fn vdir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut cards: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(&dir.display().to_string(), &e))?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    if cards.is_empty() {
        return Err(anyhow!("{} holds no .vcf file", dir.display()));
    }
    cards.sort();
    Ok(cards)
}

impl Source {
    /// Reads the file's rows, handing each to `row` until it returns false;
    /// returns what else the file holds, and what the reader should know,
    /// each line naming the file: the encoding it was read in when not
    /// UTF-8, a value of a card that the journal cannot keep. Errors name
    /// the file and, when known, the line.
    pub(super) fn read(
        &self,
        format: ImportFormat,
        row: &mut dyn FnMut(Row) -> bool,
    ) -> Result<(Context, Vec<String>)> {
        // Each person keeps only the emails, phones and web addresses
        // `add` would take; the rest is said, as a card's odd date is.
        let what = match format {
            ImportFormat::Vcard => "card",
            _ => "row",
        };
        let mut left_out = Vec::new();
        let mut row = |r: Row| match r {
            Row::Person(mut d) => {
                for why in interchange::reachable(&mut d) {
                    left_out.push(format!("{}: {what} {}: {why}", self.shown, d.name));
                }
                row(Row::Person(d))
            }
            other => row(other),
        };
        let (context, mut notes) = self.read_rows(format, &mut row)?;
        notes.append(&mut left_out);
        Ok((context, notes))
    }

    /// [`Source::read`], every value as the file has it.
    fn read_rows(
        &self,
        format: ImportFormat,
        row: &mut dyn FnMut(Row) -> bool,
    ) -> Result<(Context, Vec<String>)> {
        let cannot = |e: std::io::Error| unreadable(&self.shown, &e);
        // Parsers start their messages with a line number when they know one.
        let located = |e: String| {
            if e.starts_with(|c: char| c.is_ascii_digit()) {
                self.fail(e)
            } else {
                self.fail(format!(" {e}"))
            }
        };
        match format {
            ImportFormat::Vcard => {
                // A card file is one person, or an address book read whole.
                let bytes = std::fs::read(&self.input.path).map_err(cannot)?;
                let cards =
                    vcard::parse(&vcard::decode(&bytes)).map_err(|e| self.fail(format!(" {e}")))?;
                let mut notes = Vec::new();
                for card in cards {
                    let said = card.left_out.iter();
                    notes.extend(said.map(|why| format!("{}: {why}", self.shown)));
                    if !row(Row::Person(Box::new(card.draft))) {
                        break;
                    }
                }
                Ok((Context::None, notes))
            }
            ImportFormat::Google => {
                let (text, encoding) = interchange::open_text(&self.input.path).map_err(cannot)?;
                google::each(text, row).map_err(located)?;
                Ok((Context::None, self.read_as(encoding)))
            }
            ImportFormat::Linkedin => {
                let (text, encoding) = interchange::open_text(&self.input.path).map_err(cannot)?;
                let mut text = BufReader::new(text);
                let mut first = String::new();
                text.read_line(&mut first).map_err(cannot)?;
                let rest = std::io::Cursor::new(first.clone().into_bytes()).chain(text);
                if linkedin::is_connections(&first) {
                    linkedin::connections(BufReader::new(rest), row).map_err(located)?;
                    return Ok((Context::None, self.read_as(encoding)));
                }
                // Invitations and messages: small files, read whole.
                let mut whole = String::new();
                BufReader::new(rest)
                    .read_to_string(&mut whole)
                    .map_err(cannot)?;
                let context = match linkedin::parse_any(&whole).map_err(located)? {
                    linkedin::Export::Invitations(list) => Context::Invitations(list),
                    linkedin::Export::Messages(list) => Context::Messages(list),
                    linkedin::Export::Connections(_) => Context::None,
                };
                Ok((context, self.read_as(encoding)))
            }
            ImportFormat::Json => Err(anyhow!("json imports restore a whole journal")),
        }
    }

    /// What the import says of a file read in another encoding than UTF-8.
    fn read_as(&self, encoding: Option<&str>) -> Vec<String> {
        encoding
            .map(|e| format!("{}: read as {e}", self.shown))
            .into_iter()
            .collect()
    }

    /// A message about the file: `e` follows its name.
    pub(super) fn fail(&self, e: String) -> anyhow::Error {
        anyhow!("{}:{e}; nothing was imported", self.shown)
    }
}
