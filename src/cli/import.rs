//! `givegive import`: every file is read and checked before anything is
//! written, so a broken file leaves the journal as it was. Re-importing adds
//! nobody twice: a person matches by profile URL, then email, then exact
//! name; a near match by name is only reported.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use super::Ctx;
use super::args::ImportFormat;
use crate::domain::Id;
use crate::domain::InteractionKind;
use crate::domain::resolve::{Candidate, Resolution, resolve};
use crate::domain::text::fold;
use crate::interchange::{google, linkedin, vcard};
use crate::journal::{ContactDraft, ContactEdit, HistoryItem, InteractionDraft};

/// Everything read from the files.
#[derive(Default)]
struct Parsed {
    drafts: Vec<ContactDraft>,
    /// Rows with nobody in them (LinkedIn's hidden profiles).
    hidden: usize,
    invitations: Vec<linkedin::Invitation>,
    messages: Vec<linkedin::Message>,
}

/// Reads every file, or fails on the first bad one; with `skip_bad`, bad
/// files are listed in `bad` instead.
fn read(
    format: ImportFormat,
    files: &[PathBuf],
    skip_bad: bool,
    bad: &mut Vec<String>,
) -> Result<Parsed> {
    let mut parsed = Parsed::default();
    for file in files {
        match read_one(format, file, &mut parsed) {
            Ok(()) => {}
            Err(e) if skip_bad => bad.push(e.to_string().replace("; nothing was imported", "")),
            Err(e) => return Err(e),
        }
    }
    Ok(parsed)
}

/// Adds one file's contents to `parsed`.
fn read_one(format: ImportFormat, file: &PathBuf, parsed: &mut Parsed) -> Result<()> {
    let bytes = std::fs::read(file).map_err(|e| anyhow!("cannot read {}: {e}", file.display()))?;
    let fail = |e: String| anyhow!("{}:{e}; nothing was imported", file.display());
    let text = |bytes: Vec<u8>| {
        String::from_utf8(bytes).map_err(|_| fail(" not a UTF-8 text file".into()))
    };
    // Parsers start their messages with a line number when they know one.
    let located = |e: String| {
        if e.starts_with(|c: char| c.is_ascii_digit()) {
            fail(e)
        } else {
            fail(format!(" {e}"))
        }
    };
    match format {
        ImportFormat::Vcard => {
            let cards = vcard::parse(&vcard::decode(&bytes)).map_err(|e| fail(format!(" {e}")))?;
            parsed.drafts.extend(cards.into_iter().map(|c| c.draft));
        }
        ImportFormat::Linkedin => match linkedin::parse_any(&text(bytes)?).map_err(located)? {
            linkedin::Export::Connections(c) => {
                parsed.drafts.extend(c.people);
                parsed.hidden += c.hidden;
            }
            linkedin::Export::Invitations(list) => parsed.invitations.extend(list),
            linkedin::Export::Messages(list) => parsed.messages.extend(list),
        },
        ImportFormat::Google => parsed
            .drafts
            .extend(google::parse(&text(bytes)?).map_err(located)?),
        ImportFormat::Json => return Err(anyhow!("json imports restore a whole journal")),
    }
    Ok(())
}

/// What identifies people already in the journal.
struct Known {
    urls: Vec<(String, Id)>,
    emails: Vec<(String, Id)>,
}

impl Known {
    fn load(ctx: &Ctx<'_>) -> Result<Known> {
        let mut known = Known {
            urls: Vec::new(),
            emails: Vec::new(),
        };
        for c in ctx.journal.store().contacts() {
            let c = c?;
            known.add(&c.urls, &c.emails, c.id);
        }
        Ok(known)
    }

    fn add(&mut self, urls: &[String], emails: &[String], id: Id) {
        self.urls
            .extend(urls.iter().map(|u| (fold(u.trim_end_matches('/')), id)));
        self.emails.extend(emails.iter().map(|e| (fold(e), id)));
    }

    fn has(&self, d: &ContactDraft) -> bool {
        d.urls.iter().any(|u| {
            self.urls
                .iter()
                .any(|(k, _)| *k == fold(u.trim_end_matches('/')))
        }) || d
            .emails
            .iter()
            .any(|e| self.emails.iter().any(|(k, _)| *k == fold(e)))
    }
}

pub fn import(
    ctx: &mut Ctx<'_>,
    format: ImportFormat,
    files: &[PathBuf],
    dry_run: bool,
    skip_bad: bool,
) -> Result<ExitCode> {
    let mut bad = Vec::new();
    let parsed = read(format, files, skip_bad, &mut bad)?;
    let (drafts, hidden) = (&parsed.drafts, parsed.hidden);
    let mut known = Known::load(ctx)?;
    let names = ctx.journal.store().names()?;
    let (mut added, mut skipped, mut near) = (0, 0, Vec::new());
    let mut added_names: Vec<String> = Vec::new();
    for d in drafts {
        let same_name = !ctx
            .journal
            .store()
            .contacts_named(&fold(&d.name))?
            .is_empty()
            || added_names.contains(&fold(&d.name));
        if known.has(d) || same_name {
            skipped += 1;
            continue;
        }
        let candidates = names
            .iter()
            .map(|(folded, id)| Candidate { id: *id, folded });
        if let Resolution::Found(id) = resolve(&d.name, candidates) {
            near.push(format!("{} (like {})", d.name, ctx.journal.name_of(id)?));
        }
        if !dry_run {
            let c = ctx.journal.add_contact(d, ctx.today)?;
            known.add(&c.urls, &c.emails, c.id);
        }
        added_names.push(fold(&d.name));
        added += 1;
    }
    let (contexts, messages) = linkedin_context(ctx, &parsed, &known, dry_run)?;
    if !dry_run {
        ctx.journal.flush()?;
    }
    let verb = if dry_run { "would add" } else { "added" };
    write!(
        ctx.out,
        "{verb} {added} people, skipped {skipped} already in the journal ({} in {} files",
        drafts.len(),
        files.len()
    )?;
    if hidden > 0 {
        write!(ctx.out, "; {hidden} rows without a name, hidden profiles")?;
    }
    writeln!(ctx.out, ")")?;
    if !parsed.invitations.is_empty() || !parsed.messages.is_empty() {
        writeln!(
            ctx.out,
            "how-we-met filled from {contexts} invitations, {messages} messages logged"
        )?;
    }
    for b in &bad {
        writeln!(ctx.err, "skipped {b}")?;
    }
    if !near.is_empty() {
        writeln!(
            ctx.out,
            "possible duplicates to check (givegive show NAME): {}",
            near.join(", ")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

impl Known {
    /// The person a LinkedIn profile URL or exact name points at.
    fn find(&self, ctx: &Ctx<'_>, url: &str, name: &str) -> Result<Option<Id>> {
        let url = fold(url.trim_end_matches('/'));
        if !url.is_empty()
            && let Some((_, id)) = self.urls.iter().find(|(k, _)| *k == url)
        {
            return Ok(Some(*id));
        }
        let named = ctx.journal.store().contacts_named(&fold(name))?;
        Ok(match named.as_slice() {
            [one] => Some(*one),
            _ => None,
        })
    }
}

/// LinkedIn's invitations become how-we-met (where it still says only
/// "LinkedIn"), its messages become message interactions (once each).
/// Returns how many of each were used.
fn linkedin_context(
    ctx: &mut Ctx<'_>,
    parsed: &Parsed,
    known: &Known,
    dry_run: bool,
) -> Result<(usize, usize)> {
    let mut contexts = 0;
    for inv in &parsed.invitations {
        let Some(id) = known.find(ctx, &inv.url, &inv.name)? else {
            continue;
        };
        let contact = ctx.journal.contact(id)?;
        if !(contact.met.text.is_empty() || contact.met.text == "LinkedIn") {
            continue;
        }
        if !dry_run {
            let edit = ContactEdit {
                met_text: Some(format!("LinkedIn: \"{}\"", inv.message)),
                ..ContactEdit::default()
            };
            ctx.journal.edit_contact(id, &edit)?;
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
        let mut who = None;
        for (url, name) in sides {
            if let Some(id) = known.find(ctx, url, name)? {
                who = Some(id);
                break;
            }
        }
        let Some(id) = who else { continue };
        let card = ctx.journal.card(id)?;
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
                date: m.date,
                follow_up: None,
            };
            ctx.journal.log_interaction(&draft, ctx.today)?;
        }
        logged += 1;
    }
    Ok((contexts, logged))
}
