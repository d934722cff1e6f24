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
use crate::domain::resolve::{Candidate, Resolution, resolve};
use crate::domain::text::fold;
use crate::interchange::{google, linkedin, vcard};
use crate::journal::ContactDraft;

/// Reads every file into drafts, or fails on the first bad one; with
/// `skip_bad`, bad files are listed in `bad` instead.
fn read(
    format: ImportFormat,
    files: &[PathBuf],
    skip_bad: bool,
    bad: &mut Vec<String>,
) -> Result<(Vec<ContactDraft>, usize)> {
    let mut drafts = Vec::new();
    let mut hidden = 0;
    for file in files {
        match read_one(format, file) {
            Ok((people, h)) => {
                drafts.extend(people);
                hidden += h;
            }
            Err(e) if skip_bad => bad.push(e.to_string().replace("; nothing was imported", "")),
            Err(e) => return Err(e),
        }
    }
    Ok((drafts, hidden))
}

/// One file's people, and how many rows had nobody in them.
fn read_one(format: ImportFormat, file: &PathBuf) -> Result<(Vec<ContactDraft>, usize)> {
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
            Ok((cards.into_iter().map(|c| c.draft).collect(), 0))
        }
        ImportFormat::Linkedin => {
            let parsed = linkedin::parse(&text(bytes)?).map_err(located)?;
            Ok((parsed.people, parsed.hidden))
        }
        ImportFormat::Google => Ok((google::parse(&text(bytes)?).map_err(located)?, 0)),
        ImportFormat::Json => Err(anyhow!("json imports restore a whole journal")),
    }
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
    let (drafts, hidden) = read(format, files, skip_bad, &mut bad)?;
    let mut known = Known::load(ctx)?;
    let names = ctx.journal.store().names()?;
    let (mut added, mut skipped, mut near) = (0, 0, Vec::new());
    let mut added_names: Vec<String> = Vec::new();
    for d in &drafts {
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
