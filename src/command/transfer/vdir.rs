//! `export --format vcard --vdir DIR`: a folder of cards, one a person,
//! as khard and vdirsyncer keep an address book.

use std::path::Path;

use super::super::{Done, ExportRequest, Ran, Report, refused};
use super::{closed, vcard_people, vcard_version};
use crate::domain::text::count;
use crate::interchange::vcard;
use crate::journal::Journal;

/// `export --format vcard --vdir DIR`: one card per file, named by UID.
/// Each file is written beside its place and renamed into it, so a sync
/// program reading the folder never sees half a card; a re-export
/// replaces each person's file with their card as it is now.
pub(super) fn export_vdir(journal: &Journal, request: &ExportRequest, dir: &Path) -> Ran {
    use std::os::unix::fs::DirBuilderExt;
    let version = vcard_version(request.vcard_version)?;
    let (people, left_out) = vcard_people(journal, request)?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| refused(format!("cannot create {}: {e}", dir.display())))?;
    for c in &people {
        let name = vcard::vdir_file(c);
        let (part, file) = (dir.join(format!(".{name}.part")), dir.join(&name));
        let text = vcard::vcards(std::slice::from_ref(c), version);
        super::files::write_private(&part, text.as_bytes(), true)?;
        std::fs::rename(&part, &file)
            .map_err(|e| refused(format!("cannot write {}: {e}", file.display())))?;
    }
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| refused(format!("cannot sync {}: {e}", dir.display())))?;
    let mut lines = vec![format!(
        "exported {} to {} (one .vcf each, named by UID)",
        count(people.len(), "card", "cards"),
        dir.display()
    )];
    lines.extend(closed::left_out(journal, &request.args)?);
    if request.args.is_empty() {
        let written: Vec<String> = (people.iter().chain(&left_out))
            .map(vcard::vdir_file)
            .collect();
        lines.extend(stale_cards(dir, &written));
    }
    if !left_out.is_empty() {
        lines.push(format!(
            "left out {} imported from a vCard address book (--skip-imported)",
            count(left_out.len(), "person", "people")
        ));
        // An earlier export's cards of theirs would still show twice.
        let stale = left_out
            .iter()
            .filter(|c| dir.join(vcard::vdir_file(c)).exists())
            .count();
        if stale > 0 {
            lines.push(format!(
                "{} still holds {} of theirs from an earlier export: givegive never deletes files in a folder you sync; remove them (their names start with givegive-contact-) to see those people once",
                dir.display(),
                count(stale, "card", "cards")
            ));
        }
    }
    Ok(Report::Done(Done {
        lines,
        ..Done::default()
    }))
}

/// What a vdir export of everyone says of the cards an earlier export
/// wrote for people it no longer exports (trashed, merged, closed): they
/// stay, since givegive deletes nothing in a folder a sync program reads,
/// and khard would go on listing them unsaid (trial 27e #7).
fn stale_cards(dir: &Path, written: &[String]) -> Option<String> {
    let mut stale: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("givegive-contact-") && n.ends_with(".vcf"))
        .filter(|n| !written.contains(n))
        .collect();
    stale.sort();
    let (first, more) = stale.split_at(stale.len().min(3));
    let mut names = first.join(", ");
    if !more.is_empty() {
        names.push_str(&format!(" and {} more", more.len()));
    }
    (!stale.is_empty()).then(|| {
        format!(
            "{} still holds {} an earlier export wrote for people no longer exported (in the trash, merged or closed): givegive deletes nothing in a folder you sync; {}: {names}",
            dir.display(),
            count(stale.len(), "card", "cards"),
            if stale.len() == 1 {
                "remove it to take that person off"
            } else {
                "remove them to take those people off"
            }
        )
    })
}
