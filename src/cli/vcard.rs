//! `givegive import --format vcard FILE...`: every file is read and checked
//! before anything is written, so a broken file leaves the journal as it was.
//! Re-importing the same cards adds nothing: a card matches a person by
//! email, then by exact name.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use super::Ctx;
use crate::domain::resolve::{Candidate, Resolution, resolve};
use crate::domain::text::fold;
use crate::interchange::vcard::{self, Card};

pub fn import(ctx: &mut Ctx<'_>, files: &[PathBuf], dry_run: bool) -> Result<ExitCode> {
    let mut cards: Vec<Card> = Vec::new();
    for file in files {
        let bytes =
            std::fs::read(file).map_err(|e| anyhow!("cannot read {}: {e}", file.display()))?;
        let text = vcard::decode(&bytes);
        let parsed = vcard::parse(&text)
            .map_err(|e| anyhow!("{}: {e}; nothing was imported", file.display()))?;
        cards.extend(parsed);
    }
    let mut emails: Vec<(String, crate::domain::Id)> = Vec::new();
    for c in ctx.journal.store().contacts() {
        let c = c?;
        for e in &c.emails {
            emails.push((fold(e), c.id));
        }
    }
    let names = ctx.journal.store().names()?;
    let (mut added, mut skipped, mut near) = (0, 0, Vec::new());
    for card in &cards {
        let d = &card.draft;
        let by_email = d
            .emails
            .iter()
            .any(|e| emails.iter().any(|(known, _)| *known == fold(e)));
        let by_name = !ctx
            .journal
            .store()
            .contacts_named(&fold(&d.name))?
            .is_empty();
        if by_email || by_name {
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
            for e in &c.emails {
                emails.push((fold(e), c.id));
            }
        }
        added += 1;
    }
    if !dry_run {
        ctx.journal.flush()?;
    }
    let verb = if dry_run { "would add" } else { "added" };
    writeln!(
        ctx.out,
        "{verb} {added} people, skipped {skipped} already in the journal ({} cards in {} files)",
        cards.len(),
        files.len()
    )?;
    if !near.is_empty() {
        writeln!(
            ctx.out,
            "possible duplicates to check (givegive show NAME): {}",
            near.join(", ")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
