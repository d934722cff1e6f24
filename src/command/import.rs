//! `givegive import`: every file is read and checked before anything is
//! written, so a broken file leaves the journal as it was. Re-importing adds
//! nobody twice: a person matches by vCard UID, profile URL or email, then
//! by exact name, but a name alone never joins two records that each have
//! their own URL or UID (two LinkedIn connections called Anna Rossi are two
//! people); a near match by name is only reported.

use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

use super::{Done, Env, ImportFormat, ImportRequest, Ran, Report};
use crate::domain::Id;
use crate::domain::text::{count, fold};
use crate::domain::{Contact, InteractionKind, Voice};
use crate::interchange::{google, linkedin, vcard};
use crate::journal::{ContactDraft, ContactEdit, HistoryItem, InteractionDraft, Journal};

/// Everything read from the files.
#[derive(Default)]
struct Parsed {
    drafts: Vec<ContactDraft>,
    /// Rows with nobody in them (LinkedIn's hidden profiles).
    hidden: usize,
    invitations: Vec<linkedin::Invitation>,
    messages: Vec<linkedin::Message>,
    /// What the reader should know: a file read in another encoding.
    notes: Vec<String>,
    /// How many files were read (a vdir counts each of its cards).
    files: usize,
}

/// The files to read, each directory (a vdir) given as every `.vcf` in it,
/// in name order.
fn vdirs(files: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for file in files {
        if !file.is_dir() {
            out.push(file.clone());
            continue;
        }
        let mut cards: Vec<PathBuf> = std::fs::read_dir(file)
            .map_err(|e| anyhow!("cannot read {}: {e}", file.display()))?
            .filter_map(|entry| Some(entry.ok()?.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        if cards.is_empty() {
            return Err(anyhow!("{} holds no .vcf file", file.display()));
        }
        cards.sort();
        out.extend(cards);
    }
    Ok(out)
}

/// A file as messages name it: `-` is standard input.
fn shown(file: &Path) -> String {
    if file.as_os_str() == "-" {
        "standard input".into()
    } else {
        file.display().to_string()
    }
}

/// Reads every file, or fails on the first bad one; with `skip_bad`, bad
/// files and rows are listed in `bad` instead.
fn read(
    format: ImportFormat,
    files: &[PathBuf],
    skip_bad: bool,
    bad: &mut Vec<String>,
) -> Result<Parsed> {
    let mut parsed = Parsed::default();
    let files = match format {
        ImportFormat::Vcard => vdirs(files)?,
        _ => files.to_vec(),
    };
    parsed.files = files.len();
    for file in &files {
        match read_one(format, file, &mut parsed, skip_bad, bad) {
            Ok(()) => {}
            Err(e) if skip_bad => bad.push(e.to_string().replace("; nothing was imported", "")),
            Err(e) => return Err(e),
        }
    }
    Ok(parsed)
}

/// Adds one file's contents to `parsed`.
/// Adds one file's contents to `parsed`. Bad rows reject the file, or with
/// `skip_bad` are listed in `bad` while the good rows are kept.
fn read_one(
    format: ImportFormat,
    file: &PathBuf,
    parsed: &mut Parsed,
    skip_bad: bool,
    bad: &mut Vec<String>,
) -> Result<()> {
    let bytes = if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| anyhow!("cannot read standard input: {e}"))?;
        bytes
    } else {
        std::fs::read(file).map_err(|e| anyhow!("cannot read {}: {e}", file.display()))?
    };
    let fail = |e: String| anyhow!("{}:{e}; nothing was imported", shown(file));
    // Excel and Outlook write CSV in Windows-1252 or UTF-16: said, not refused.
    let text = |bytes: Vec<u8>, notes: &mut Vec<String>| -> Result<String> {
        let (text, encoding) = crate::interchange::decode_text(&bytes);
        if let Some(encoding) = encoding {
            notes.push(format!("{}: read as {encoding}", shown(file)));
        }
        Ok(text)
    };
    // Parsers start their messages with a line number when they know one.
    let located = |e: String| {
        if e.starts_with(|c: char| c.is_ascii_digit()) {
            fail(e)
        } else {
            fail(format!(" {e}"))
        }
    };
    let mut rows_bad = Vec::new();
    match format {
        ImportFormat::Vcard => {
            let cards = vcard::parse(&vcard::decode(&bytes)).map_err(|e| fail(format!(" {e}")))?;
            parsed.drafts.extend(cards.into_iter().map(|c| c.draft));
        }
        ImportFormat::Linkedin => {
            match linkedin::parse_any(&text(bytes, &mut parsed.notes)?).map_err(located)? {
                linkedin::Export::Connections(c) => {
                    parsed.drafts.extend(c.people);
                    parsed.hidden += c.hidden;
                    rows_bad = c.bad;
                }
                linkedin::Export::Invitations(list) => parsed.invitations.extend(list),
                linkedin::Export::Messages(list) => parsed.messages.extend(list),
            }
        }
        ImportFormat::Google => {
            let (people, rows) =
                google::parse(&text(bytes, &mut parsed.notes)?).map_err(located)?;
            parsed.drafts.extend(people);
            rows_bad = rows;
        }
        ImportFormat::Json => return Err(anyhow!("json imports restore a whole journal")),
    }
    if skip_bad {
        bad.extend(rows_bad.into_iter().map(|r| format!("{}:{r}", shown(file))));
        return Ok(());
    }
    match rows_bad.into_iter().next() {
        Some(first) => Err(fail(first)),
        None => Ok(()),
    }
}

/// What identifies people already in the journal, indexed so that each
/// imported row is matched in constant time, whatever the journal's size.
struct Known {
    urls: HashMap<String, Id>,
    emails: HashMap<String, Id>,
    names: HashMap<String, Vec<Id>>,
    external: HashMap<String, Id>,
    /// Who has a profile URL or an identifier from another program: a name
    /// alone does not make them someone else who has their own.
    identified: HashMap<Id, (bool, bool)>,
    /// Folded name words → people, for near-duplicate hints.
    words: HashMap<String, Vec<Id>>,
    display: HashMap<Id, String>,
}

fn url_key(url: &str) -> String {
    fold(url.trim_end_matches('/'))
}

/// The words of a name worth comparing (initials and particles aside).
fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

impl Known {
    fn load(journal: &Journal) -> Result<Known> {
        let mut known = Known {
            urls: HashMap::new(),
            emails: HashMap::new(),
            names: HashMap::new(),
            external: HashMap::new(),
            identified: HashMap::new(),
            words: HashMap::new(),
            display: HashMap::new(),
        };
        for c in journal.contacts() {
            let c = c?;
            known.add(&c);
        }
        Ok(known)
    }

    fn add(&mut self, c: &Contact) {
        for u in &c.urls {
            self.urls.insert(url_key(u), c.id);
        }
        for e in &c.emails {
            self.emails.insert(fold(e), c.id);
        }
        for x in &c.external_ids {
            self.external.insert(x.clone(), c.id);
        }
        for n in c.folded_names() {
            let ids = self.names.entry(n).or_default();
            if !ids.contains(&c.id) {
                ids.push(c.id);
            }
        }
        self.identified
            .insert(c.id, (!c.urls.is_empty(), !c.external_ids.is_empty()));
        for w in name_words(&c.name) {
            self.words.entry(w).or_default().push(c.id);
        }
        self.display.insert(c.id, c.name.clone());
    }

    /// Whether the draft is someone already here: same vCard UID, profile
    /// URL or email, or the exact name of someone whose URL or UID (when
    /// both have one) does not say they are another person.
    fn has(&self, d: &ContactDraft) -> bool {
        if d.external_ids.iter().any(|x| self.external.contains_key(x))
            || d.urls.iter().any(|u| self.urls.contains_key(&url_key(u)))
            || d.emails.iter().any(|e| self.emails.contains_key(&fold(e)))
        {
            return true;
        }
        // No URL or UID of theirs matched: one on both sides means two people.
        let (has_url, has_uid) = (!d.urls.is_empty(), !d.external_ids.is_empty());
        self.names.get(&fold(&d.name)).is_some_and(|ids| {
            ids.iter().any(|id| {
                let (url, uid) = self.identified.get(id).copied().unwrap_or_default();
                let other_person = (has_url && url) || (has_uid && uid);
                !other_person
            })
        })
    }

    /// Someone whose name shares every word of the draft's (or all of
    /// theirs): "Anna Rossi" and "Anna Maria Rossi".
    fn near(&self, d: &ContactDraft) -> Option<&str> {
        let words = name_words(&d.name);
        let first = words.first()?;
        self.words.get(first)?.iter().find_map(|id| {
            let theirs = name_words(self.display.get(id)?);
            let shared = words.iter().filter(|w| theirs.contains(w)).count();
            (shared >= 2 || (shared == 1 && (words.len() == 1 || theirs.len() == 1)))
                .then(|| self.display.get(id).map(String::as_str))
                .flatten()
        })
    }
}

/// The person a LinkedIn profile URL or exact name points at.
fn find(known: &Known, url: &str, name: &str) -> Option<Id> {
    known
        .urls
        .get(&url_key(url))
        .copied()
        .or_else(|| known.names.get(&fold(name))?.first().copied())
}

pub(super) fn import(journal: &Journal, env: &Env<'_>, r: &ImportRequest) -> Ran {
    let mut bad = Vec::new();
    let parsed = read(r.format, &r.files, r.skip_bad, &mut bad)?;
    let (drafts, hidden) = (&parsed.drafts, parsed.hidden);
    let mut known = Known::load(journal)?;
    let (mut added, mut skipped, mut near) = (0, 0, Vec::new());
    // A progress bar on a terminal for big files; nothing in scripts.
    let progress =
        if env.interactive && std::io::stderr().is_terminal() && drafts.len() > 200 && !r.dry_run {
            indicatif::ProgressBar::new(drafts.len() as u64)
        } else {
            indicatif::ProgressBar::hidden()
        };
    let mut written = Vec::new();
    for d in progress.wrap_iter(drafts.iter()) {
        if known.has(d) {
            skipped += 1;
            continue;
        }
        if let Some(like) = known.near(d) {
            near.push(format!("{} (like {like})", d.name));
        }
        if r.dry_run {
            let mut stand_in = Contact::new(Id(u64::MAX - added), d.name.clone(), env.today);
            stand_in.urls.clone_from(&d.urls);
            stand_in.emails.clone_from(&d.emails);
            stand_in.external_ids.clone_from(&d.external_ids);
            known.add(&stand_in);
        } else {
            let c = journal.add_contact(d, env.today)?;
            written.push(c.id);
            known.add(&c);
        }
        added += 1;
    }
    progress.finish_and_clear();
    let (contexts, messages) = linkedin_context(journal, env, &parsed, &known, r.dry_run)?;
    if !r.dry_run {
        journal.flush()?;
    }
    let verb = if r.dry_run { "would add" } else { "added" };
    let mut line = format!(
        "{verb} {}, skipped {skipped} already in the journal ({} in {}",
        count(added, "person", "people"),
        drafts.len(),
        count(parsed.files, "file", "files")
    );
    if hidden > 0 {
        line.push_str(&format!(
            "; {} without a name, hidden profiles",
            count(hidden, "row", "rows")
        ));
    }
    line.push(')');
    let mut lines = vec![line];
    if !parsed.invitations.is_empty() || !parsed.messages.is_empty() {
        lines.push(format!(
            "how-we-met filled from {}, {} logged",
            count(contexts, "invitation", "invitations"),
            count(messages, "message", "messages")
        ));
    }
    if !near.is_empty() {
        lines.push(format!(
            "possible duplicates to check (givegive show NAME): {}",
            near.join(", ")
        ));
    }
    Ok(Report::Done(Done {
        lines,
        warnings: parsed
            .notes
            .iter()
            .cloned()
            .chain(bad.iter().map(|b| format!("skipped {b}")))
            .collect(),
        written,
    }))
}

/// LinkedIn's invitations become how-we-met (where it still says only
/// "LinkedIn"), its messages become message interactions (once each).
/// Returns how many of each were used.
fn linkedin_context(
    journal: &Journal,
    env: &Env<'_>,
    parsed: &Parsed,
    known: &Known,
    dry_run: bool,
) -> Result<(usize, usize)> {
    let mut contexts = 0;
    for inv in &parsed.invitations {
        let Some(id) = find(known, &inv.url, &inv.name) else {
            continue;
        };
        let contact = journal.contact(id)?;
        if !(contact.met.text.is_empty() || contact.met.text == "LinkedIn") {
            continue;
        }
        if !dry_run {
            let edit = ContactEdit {
                met_text: Some(format!("LinkedIn: \"{}\"", inv.message)),
                ..ContactEdit::default()
            };
            journal.edit_contact(id, &edit)?;
        }
        contexts += 1;
    }
    let mut logged = 0;
    for m in &parsed.messages {
        let sides = std::iter::once((m.from_url.as_str(), m.from.as_str())).chain(
            m.to_urls
                .iter()
                .map(String::as_str)
                .zip(m.to.iter().map(String::as_str)),
        );
        // The sender first: a message from someone in the journal holds
        // their words; one to them holds mine.
        let mut who = None;
        for (n, (url, name)) in sides.enumerate() {
            if let Some(id) = find(known, url, name) {
                who = Some((id, if n == 0 { Voice::Them } else { Voice::Me }));
                break;
            }
        }
        let Some((id, from)) = who else { continue };
        let card = journal.card(id)?;
        let seen = card.history.iter().any(|h| {
            matches!(h, HistoryItem::Interaction(i) if i.date == m.date && i.details == m.content)
        });
        if seen {
            continue;
        }
        if !dry_run {
            let summary = if m.subject.is_empty() {
                "LinkedIn message".to_string()
            } else {
                m.subject.clone()
            };
            let draft = InteractionDraft {
                contacts: vec![id],
                kind: InteractionKind::Message,
                summary,
                details: m.content.clone(),
                from,
                date: m.date,
                follow_up: None,
            };
            journal.log_interaction(&draft, env.today)?;
        }
        logged += 1;
    }
    Ok((contexts, logged))
}
