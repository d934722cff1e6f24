//! Random people come back from the two exports the unit round trips of
//! `interchange` cannot reach, through the commands a user runs: `export
//! --format vcard --vdir DIR` then `import --format vcard DIR` (one `.vcf`
//! per person, read as a folder), and `export --format json` then `import
//! --format json` and `restore`, each into an empty journal (issue 27).
//! The people are those of Google's and vCard's round trips
//! (`interchange::google::round_trip::richer`: labelled phones and emails,
//! addresses with commas, every date form, related names, handles, name
//! parts, organisation, role, notes, aliases, tags, websites), added with
//! how we met, interests, needs, offers, tier and cadence.
//!
//! "Equal" means, for JSON: the whole journal's export, record for record
//! (ids, days, interests, every field), since JSON is the journal's
//! backup. For the vdir: each person, found by name, has the same name,
//! aliases, how we met (text and day), organisation, role, websites, tags,
//! notes, emails, phones, handles and related names (value and label, in
//! order), addresses (every part) and dates (kind, label, day, month, year
//! or none, yearly or once), in vCard 3.0 and 4.0 alike, and the name
//! parts when the person had them. What a card has no place for is the
//! documented loss and not compared: interests, needs, offers, tier,
//! cadence, ids and the day they were added; nor what the import adds of
//! its own (the card's UID, what the card said), nor name parts the
//! journal never had (a card always writes `N`, so the import keeps the
//! parts the export guessed). Then each person is renamed in the
//! source and the vdir read again: names and the parts the exports write
//! come over too.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use proptest::prelude::*;

use super::super::{
    Command, Env, ExportFormat, ExportRequest, ImportFormat, ImportRequest, Sealing, run,
};
use crate::config::Config;
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::fold;
use crate::domain::{Address, Contact, Labelled, NameParts, Occasion, Tier};
use crate::interchange::google::round_trip::richer;
use crate::journal::{ContactDraft, Journal};

/// A person as `add` takes them, with what only JSON carries.
fn person() -> impl Strategy<Value = ContactDraft> {
    (
        richer(),
        prop::option::of(("[a-z]{3,8}( [a-z]{3,8})?", prop::option::of(day()))),
        prop::collection::vec("[a-z]{3,8}", 0..3),
        prop::collection::vec("[a-z]{3,8}", 0..2),
        prop::collection::vec("[a-z]{3,8}", 0..2),
        prop::option::of(1u16..400),
        prop::sample::select(Tier::ALL.to_vec()),
    )
        .prop_map(|(c, met, interests, needs, offers, cadence_days, tier)| {
            let (met_text, met_on) = met.unwrap_or_default();
            ContactDraft {
                name: c.name,
                aliases: c.aliases,
                met_text,
                met_on,
                org: c.org,
                role: c.role,
                emails: c.emails,
                phones: c.phones,
                urls: c.urls,
                tags: c.tags,
                interests,
                needs,
                offers,
                notes: c.notes,
                cadence_days,
                tier,
                dates: c.dates,
                addresses: c.addresses,
                name_parts: c.name_parts,
                related: c.related,
                handles: c.handles,
                ..ContactDraft::default()
            }
        })
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
}

/// People an import tells apart: no two share a name, an email, a phone
/// or a website (each of which says "the same person"), and no related
/// name is anyone's alias (it would become a link).
fn apart(people: &[ContactDraft]) -> bool {
    let mut seen = std::collections::HashSet::new();
    let names = people.iter().map(|p| format!("name {}", fold(&p.name)));
    let values = people.iter().flat_map(|p| {
        let labelled = p.emails.iter().chain(&p.phones).map(|l| l.value.clone());
        labelled.chain(p.urls.clone())
    });
    let aliases: Vec<String> = people
        .iter()
        .flat_map(|p| &p.aliases)
        .map(|a| fold(a))
        .collect();
    names.chain(values).all(|v| seen.insert(v))
        && people
            .iter()
            .flat_map(|p| &p.related)
            .all(|r| !aliases.contains(&fold(&r.value)))
}

/// What a card carries of a person (see the module's doc).
#[derive(Debug, PartialEq)]
struct Carried {
    name: String,
    aliases: Vec<String>,
    met: (String, Option<NaiveDate>),
    org: String,
    role: String,
    urls: Vec<String>,
    tags: Vec<String>,
    notes: String,
    emails: Vec<Labelled>,
    phones: Vec<Labelled>,
    handles: Vec<Labelled>,
    related: Vec<Labelled>,
    addresses: Vec<Address>,
    dates: Vec<Occasion>,
    name_parts: Option<NameParts>,
}

fn carried(c: &Contact, parts: bool) -> Carried {
    Carried {
        name: c.name.clone(),
        aliases: c.aliases.clone(),
        met: (c.met.text.clone(), c.met.on),
        org: c.org.clone(),
        role: c.role.clone(),
        urls: c.urls.clone(),
        tags: c.tags.clone(),
        notes: c.notes.clone(),
        emails: c.emails.clone(),
        phones: c.phones.clone(),
        handles: c.handles.clone(),
        related: c.related.clone(),
        addresses: c.addresses.clone(),
        dates: c.dates.clone(),
        name_parts: c.name_parts.clone().filter(|_| parts),
    }
}

fn everyone(journal: &Journal) -> Result<Vec<Contact>, TestCaseError> {
    let mut all: Vec<Contact> = journal
        .contacts()
        .collect::<Result<_, _>>()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    all.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(all)
}

/// Runs a command as the shell would, failing the case on a refusal.
fn ran(journal: &Journal, command: Command) -> Result<(), TestCaseError> {
    let config = Config::defaults();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let env = Env::unattended(today, &config, String::new());
    let what = format!("{command:?}");
    run(journal, &env, command)
        .map(drop)
        .map_err(|e| TestCaseError::fail(format!("{what}: {e}")))
}

fn export(
    format: ExportFormat,
    output: Option<PathBuf>,
    vdir: Option<PathBuf>,
    v4: bool,
) -> Command {
    Command::Export(ExportRequest {
        format,
        args: Vec::new(),
        output,
        force: true,
        vcard_version: if v4 { 4 } else { 3 },
        as_todo: false,
        sealing: Sealing::Open,
        vdir,
        skip_imported: false,
    })
}

fn import(format: ImportFormat, file: &Path) -> Command {
    Command::Import(ImportRequest {
        format,
        files: vec![file.to_path_buf()],
        dry_run: false,
        skip_bad: false,
        identity: None,
    })
}

fn open(dir: &Path, name: &str) -> Result<Journal, TestCaseError> {
    Journal::open(&dir.join(name)).map_err(|e| TestCaseError::fail(e.to_string()))
}

proptest! {
    // Four journals a case: a few seconds in a debug build.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn people_come_back_from_a_vdir_and_from_json(
        people in prop::collection::vec(person(), 1..4).prop_filter("people apart", |p| apart(p)),
        v4 in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let dir = dir.path();
        let source = open(dir, "source")?;
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        for p in &people {
            source.add_contact(p, today).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        let written = everyone(&source)?;

        let vdir = dir.join("cards");
        ran(&source, export(ExportFormat::Vcard, None, Some(vdir.clone()), v4))?;
        let from_vdir = open(dir, "vdir")?;
        ran(&from_vdir, import(ImportFormat::Vcard, &vdir))?;
        let read = everyone(&from_vdir)?;
        prop_assert_eq!(read.len(), written.len());
        for (w, r) in written.iter().zip(&read) {
            let parts = w.name_parts.is_some();
            prop_assert_eq!(carried(r, parts), carried(w, parts), "v4: {}", v4);
        }

        let json = dir.join("all.json");
        ran(&source, export(ExportFormat::Json, Some(json.clone()), None, v4))?;
        let want = source.export().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let imported = open(dir, "imported")?;
        ran(&imported, import(ImportFormat::Json, &json))?;
        let restored = open(dir, "restored")?;
        ran(&restored, Command::RestoreJournal { file: json, identity: None })?;
        for journal in [&imported, &restored] {
            let got = journal.export().map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(got, want.clone());
        }

        // Renamed in the address book (a word put after the first), the
        // cards read again rename each person and bring the name's parts
        // (report 27d #1: a rename dropped them, and the exports wrote
        // the whole name as the given one).
        for w in &written {
            let new = match w.name.split_once(' ') {
                Some((first, rest)) => format!("{first} Quinn {rest}"),
                None => format!("{} Quinn", w.name),
            };
            source
                .edit_contact(w.id, Some(&new), &PersonFields::default(), &Dropped::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        ran(&source, export(ExportFormat::Vcard, None, Some(vdir.clone()), v4))?;
        ran(&from_vdir, import(ImportFormat::Vcard, &vdir))?;
        let renamed = everyone(&source)?;
        let read = everyone(&from_vdir)?;
        prop_assert_eq!(read.len(), renamed.len());
        for (w, r) in renamed.iter().zip(&read) {
            // The user's rename kept the family name, so its parts stay;
            // the card's rename brings the card's parts, not a guess.
            let before = written.iter().find(|o| o.id == w.id).and_then(|o| o.name_parts.as_ref());
            prop_assert_eq!(
                w.name_parts.as_ref().map(|p| &p.family),
                before.map(|p| &p.family)
            );
            prop_assert_eq!(&r.name, &w.name);
            match &w.name_parts {
                Some(_) => prop_assert_eq!(&r.name_parts, &w.name_parts, "v4: {}", v4),
                None => prop_assert_eq!(r.parts(), w.parts(), "v4: {}", v4),
            }
        }
    }
}
