//! Commands that move a journal's contents in or out: export, import,
//! restoring from a backup, backups, and filling an empty journal.

mod closed;
mod vdir;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::files::{self, Input};
use super::{
    Command, CommandError, Done, Env, ExportFormat, ExportRequest, ImportFormat, ImportRequest,
    Ran, Report, Sealing, done, refused, run,
};
use crate::backups;
use crate::domain::labelled::{self, Labelled};
use crate::domain::text::count;
use crate::domain::{Contact, Id};
use crate::interchange::vcard;
use crate::journal::export::Export;
use crate::journal::{Journal, ListFilter};
use crate::seal::{self, Seal, Unlock};

/// Records per transaction when generating a journal: small enough that
/// sled's in-memory transaction stays in the tens of megabytes at 100,000
/// people, large enough that commits do not dominate.
const GENERATE_BATCH: usize = 20_000;

pub(super) fn export(journal: &Journal, env: &Env<'_>, request: ExportRequest) -> Ran {
    if request.skip_imported && request.format != ExportFormat::Vcard {
        return Err(refused("--skip-imported is for --format vcard"));
    }
    if let Some(dir) = &request.vdir {
        if request.format != ExportFormat::Vcard {
            return Err(refused("--vdir is for --format vcard"));
        }
        // A vdir is a folder of files, which standard output cannot be;
        // `-` everywhere else is standard output, never a file named `-`.
        if files::is_std(dir) {
            return Err(refused(
                "--vdir needs a folder: without --vdir the cards go to standard output",
            ));
        }
        return vdir::export_vdir(journal, &request, dir);
    }
    let seal = match &request.sealing {
        Sealing::Passphrase => Seal::Passphrase((env.passphrase)(true).map_err(refused)?),
        Sealing::Open => Seal::Open,
        Sealing::Keys(keys) => Seal::Keys(seal::recipients(keys)?),
    };
    let text = export_text(journal, env, &request)?;
    let closed = match request.format {
        ExportFormat::Vcard => closed::left_out(journal, &request.args)?,
        _ => None,
    };
    let sealed = !matches!(seal, Seal::Open);
    let file = match request.format {
        ExportFormat::Vcard | ExportFormat::Markdown => request.output,
        _ => match (request.args.as_slice(), request.output) {
            ([], output) => output,
            ([file], None) => Some(file.into()),
            _ => return Err(refused("give one file, as an argument or with --output")),
        },
    };
    // `-` is standard output, as for every other program.
    let file = file.filter(|f| !files::is_std(f));
    match file {
        None if sealed => Err(refused(
            "a sealed export is binary: write it to a file with -o FILE",
        )),
        None => Ok(Report::Document(text)),
        Some(path) => {
            let bytes = seal.seal(text.as_bytes())?;
            super::files::write_private(&path, &bytes, request.force)?;
            let how = if sealed { " (sealed)" } else { "" };
            let mut lines = vec![format!("exported{how} to {}", path.display())];
            lines.extend(closed);
            Ok(Report::Done(Done {
                lines,
                ..Done::default()
            }))
        }
    }
}

/// The text of an export.
fn export_text(
    journal: &Journal,
    env: &Env<'_>,
    request: &ExportRequest,
) -> Result<String, CommandError> {
    use crate::interchange::{export, ics};
    Ok(match request.format {
        ExportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&journal.export()?)
                .map_err(|e| refused(e.to_string()))?;
            text.push('\n');
            text
        }
        ExportFormat::Csv => {
            let rows = journal.list(&ListFilter {
                closed: true,
                ..ListFilter::default()
            })?;
            let mut people = std::collections::HashMap::new();
            for c in journal.contacts() {
                let c = c?;
                people.insert(c.id, c);
            }
            export::csv(&rows, &people).map_err(refused)?
        }
        ExportFormat::Google => {
            let people = links_named(journal, active(journal)?)?;
            let tag = journal.store().identity().map(|i| crate::backups::tag(&i));
            crate::interchange::google::contacts_csv(&people, tag.as_deref()).map_err(refused)?
        }
        ExportFormat::Ics => {
            let calendar = ics::Calendar {
                follow_ups: &journal.all_follow_ups()?,
                dates: &journal.all_dates()?,
                now: chrono::Utc::now(),
                as_todo: request.as_todo,
            };
            ics::ics(&calendar, env.today).ok_or_else(|| {
                refused("nothing to put in a calendar: no follow-ups and no dates yet")
            })?
        }
        ExportFormat::Vcard => vcard::vcards(
            &vcard_people(journal, request)?.0,
            vcard_version(request.vcard_version)?,
        ),
        ExportFormat::Markdown => {
            let [who] = named(&request.args)[..] else {
                return Err(refused(
                    "export --format markdown takes one person: export --format markdown anna",
                ));
            };
            let card = journal.card(files::person(journal, who)?)?;
            export::markdown(&card)
        }
    })
}

fn vcard_version(v: u8) -> Result<vcard::VcardVersion, CommandError> {
    match v {
        3 => Ok(vcard::VcardVersion::V3),
        4 => Ok(vcard::VcardVersion::V4),
        v => Err(refused(format!("--vcard-version {v}: use 3 or 4"))),
    }
}

/// Everyone active.
fn active(journal: &Journal) -> Result<Vec<Contact>, CommandError> {
    let mut contacts = Vec::new();
    for c in journal.contacts() {
        let c = c?;
        if !c.is_closed() {
            contacts.push(c);
        }
    }
    Ok(contacts)
}

/// The people an export's arguments name: `-` among them is standard
/// output, as for the other formats, not a person.
fn named(args: &[String]) -> Vec<&String> {
    args.iter()
        .filter(|a| !files::is_std(Path::new(a)))
        .collect()
}

/// The people a vCard export writes (those named, else everyone active),
/// and those `--skip-imported` leaves out.
fn vcard_people(
    journal: &Journal,
    request: &ExportRequest,
) -> Result<(Vec<Contact>, Vec<Contact>), CommandError> {
    let who = named(&request.args);
    let contacts = if who.is_empty() {
        active(journal)?
    } else {
        let mut named = Vec::new();
        for who in who {
            named.push(journal.contact(files::person(journal, who)?)?);
        }
        named
    };
    let (kept, left_out) = contacts
        .into_iter()
        .partition(|c| !(request.skip_imported && vcard::imported(c)));
    Ok((links_named(journal, kept)?, left_out))
}

/// People as an address book carries them: a link to someone else in the
/// journal is written as a related name (their name, the relation as
/// `relate` reads it), which an import turns back into the link by the
/// journal's rule. A card has no place for givegive's ids.
fn links_named(journal: &Journal, mut people: Vec<Contact>) -> Result<Vec<Contact>, CommandError> {
    let mut names: HashMap<Id, String> = people.iter().map(|c| (c.id, c.name.clone())).collect();
    for c in &mut people {
        for link in c.links.clone() {
            let name = match names.get(&link.to) {
                Some(name) => name.clone(),
                None => {
                    let name = journal.contact(link.to)?.name;
                    names.insert(link.to, name.clone());
                    name
                }
            };
            labelled::add(&mut c.related, &Labelled::new(&link.as_typed(), &name));
        }
    }
    Ok(people)
}

pub(super) fn import(journal: &Journal, env: &Env<'_>, r: ImportRequest) -> Ran {
    if r.format != ImportFormat::Json {
        return super::import::import(journal, env, &r);
    }
    let [file] = r.files.as_slice() else {
        return Err(refused("import --format json takes one file"));
    };
    let file = Input::open(file)?;
    let export = read_export(env, &file.path, r.identity.as_deref())?;
    if r.dry_run {
        journal.can_restore(&export)?;
        let records = export.interactions.len()
            + export.ledger.len()
            + export.follow_ups.len()
            + export.signals.len();
        return Ok(Report::Done(Done::line(format!(
            "would restore {} and {} from {}",
            count(export.contacts.len(), "person", "people"),
            count(records, "record", "records"),
            file.shown
        ))));
    }
    let imported = journal.import_export(&export)?;
    log_from(journal, env, &file)?;
    done(
        journal,
        format!(
            "restored {} and {} from {}",
            count(imported.contacts, "person", "people"),
            count(imported.records, "record", "records"),
            file.shown
        ),
    )
}

/// Starts the write log from the file a journal was restored from, which
/// holds all it holds: a rebuild replays from there. Standard input is
/// gone once read, so the log starts from a backup written now instead.
fn log_from(journal: &Journal, env: &Env<'_>, file: &Input) -> Result<(), CommandError> {
    if !file.is_stdin() {
        journal.log_from(&file.path)?;
        return Ok(());
    }
    let settings = &env.config.backup;
    let dir = backups::dir(journal.path(), settings);
    let seal = backups::seal_for(settings)?;
    let stop = AtomicBool::new(false);
    backups::write(journal, &dir, env.today, settings.keep, &seal, &stop)?;
    Ok(())
}

/// A whole journal back from a backup or an export, into this empty one,
/// then checked: a restore is only reported good once `check` says so.
pub(super) fn restore_journal(
    journal: &Journal,
    env: &Env<'_>,
    file: &Path,
    identity: Option<&Path>,
) -> Ran {
    if !file.is_file() && !files::is_std(file) {
        return Err(refused(format!(
            "'{}' is neither an id shown by `givegive trash` nor a backup file",
            file.display()
        )));
    }
    let file = Input::open(file)?;
    let export = read_export(env, &file.path, identity)?;
    let imported = journal.import_export(&export)?;
    journal.flush()?;
    let problems = journal.check()?;
    if problems.is_empty() {
        log_from(journal, env, &file)?;
        return done(
            journal,
            format!(
                "restored {} and {} from {}; check found no problems",
                count(imported.contacts, "person", "people"),
                count(imported.records, "record", "records"),
                file.shown
            ),
        );
    }
    Ok(Report::Problems {
        summary: format!(
            "restored from {}, but check found {} problem(s)",
            file.shown,
            problems.len()
        ),
        problems: problems.iter().map(ToString::to_string).collect(),
    })
}

/// A JSON export or backup, opened with the key file or a passphrase when
/// it is sealed.
fn read_export(
    env: &Env<'_>,
    file: &Path,
    identity: Option<&Path>,
) -> Result<Export, CommandError> {
    let ask = || (env.passphrase)(false);
    let unlock = match identity {
        Some(keys) => Unlock::with_key_file(keys, &ask)?,
        None => Unlock {
            identities: Vec::new(),
            passphrase: &ask,
        },
    };
    Ok(backups::read(file, &unlock)?)
}

/// Today's backup, now.
pub(super) fn backup(journal: &Journal, env: &Env<'_>) -> Ran {
    let settings = &env.config.backup;
    let dir = backups::dir(journal.path(), settings);
    let stop = AtomicBool::new(false);
    let seal = backups::seal_for(settings)?;
    let line = match backups::write(journal, &dir, env.today, settings.keep, &seal, &stop)? {
        backups::Outcome::Written { path, people } => {
            format!("backed up {people} people to {}", path.display())
        }
        backups::Outcome::Empty => "the journal is empty: nothing to back up".to_string(),
        backups::Outcome::Cancelled => return Err(refused("the backup was stopped")),
    };
    Ok(Report::Done(Done::line(line)))
}

/// The backups kept.
pub(super) fn backups(journal: &Journal, env: &Env<'_>) -> Report {
    let dir = backups::dir(journal.path(), &env.config.backup);
    let kept = backups::kept(journal, &dir)
        .into_iter()
        .map(|backups::Found { day, path, .. }| {
            let size = std::fs::metadata(&path).map_or(0, |m| m.len());
            (day, path, size)
        })
        .collect();
    Report::Backups { dir, kept }
}

/// The demo network into an empty journal: its script's commands in turn.
pub(super) fn demo(journal: &Journal, env: &Env<'_>, script: Vec<Command>) -> Ran {
    refuse_unless_empty(journal)?;
    for command in script {
        run(journal, env, command)?;
    }
    let people = journal.contact_count();
    done(
        journal,
        format!("filled the journal with the demo network ({people} people)"),
    )
}

pub(super) fn generate(journal: &Journal, env: &Env<'_>, people: usize, seed: u64) -> Ran {
    refuse_unless_empty(journal)?;
    let export = crate::journal::synthetic::generate(people, seed, env.today);
    let imported = journal.write_generated(&export, GENERATE_BATCH)?;
    done(
        journal,
        format!(
            "generated {} and {} (seed {seed})",
            count(imported.contacts, "person", "people"),
            count(imported.records, "record", "records")
        ),
    )
}

fn refuse_unless_empty(journal: &Journal) -> Result<(), CommandError> {
    if journal.contact_count() > 0 {
        return Err(refused(
            "this journal already has people; the demo only fills an empty one",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod round_trip_tests;
