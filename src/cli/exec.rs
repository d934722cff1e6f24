//! Running one journal command with its output going to any writer, so the
//! shell, the TUI's command line and captures forwarded to a running TUI all
//! share one implementation.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::Parser;

use super::args::{
    AddArgs, Cli, Command, EditArgs, ExportFormat, FollowUpArgs, ImportFormat, InterestCommand,
    IntroArgs, LedgerArgs, ListArgs, MetArgs, SignalArgs,
};
use super::print;
use age::secrecy::SecretString;

use crate::backups::{self, Seal, Unlock};
use crate::config::Config;
use crate::domain::dates::{Toward, parse_date};
use crate::domain::text::{count, inert};
use crate::domain::{Direction, EntryState, Id, Nature, Tier};
use crate::journal::export::Export;
use crate::journal::{
    ContactDraft, ContactEdit, InteractionDraft, Journal, LedgerDraft, ListFilter, capture,
    contacts::ListEdit,
};
use crate::recovery;

/// Records per transaction when generating a journal: small enough that
/// sled's in-memory transaction stays in the tens of megabytes at 100,000
/// people, large enough that commits do not dominate.
const GENERATE_BATCH: usize = 20_000;

/// Parses `words` (a command line without the program name) as a journal
/// command. Commands that are not about the journal's contents (completions,
/// the man page, the demo) are refused with a message; `--db` and `--today`
/// are ignored, since the command runs on the journal already open.
pub fn parse_journal_command(words: &[String]) -> Result<Command> {
    let cli =
        Cli::try_parse_from(std::iter::once("givegive".to_string()).chain(words.iter().cloned()))
            .map_err(|e| anyhow!(first_line(&e.to_string())))?;
    if cli.demo {
        return Err(anyhow!("--demo cannot be used here"));
    }
    match cli.command {
        Some(Command::Completions { .. } | Command::Man) | None => Err(anyhow!(
            "type a journal command, for example: gave anna sent the deck"
        )),
        Some(Command::Recover { .. }) => Err(anyhow!(RECOVER_ELSEWHERE)),
        Some(command) => Ok(command),
    }
}

/// `recover` rebuilds a journal nobody has open.
const RECOVER_ELSEWHERE: &str =
    "recover rebuilds a journal that no givegive has open: quit the TUI and run it in a shell";

/// The first line of clap's message, without its `error: ` prefix.
fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid command");
    line.trim_start_matches("error: ").to_string()
}

fn joined(words: &[String]) -> String {
    words.join(" ")
}

/// One command's run: the journal, the day, and where its output goes (the
/// terminal for the shell, a buffer for the TUI and for captures forwarded to
/// a running TUI).
pub struct Ctx<'a> {
    pub journal: &'a Journal,
    pub today: NaiveDate,
    /// The configuration (review settings, draft templates).
    pub config: &'a Config,
    /// Whether the person is at this terminal, so a passphrase can be asked
    /// for (not in the TUI, nor for a command forwarded to it).
    pub interactive: bool,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Ctx<'_> {
    fn date(&self, text: Option<&str>, toward: Toward) -> Result<NaiveDate> {
        match text {
            Some(t) => parse_date(t, self.today, toward).map_err(|e| anyhow!(e)),
            None => Ok(self.today),
        }
    }

    /// An optional past date, such as when we met.
    fn past_date(&self, text: Option<&str>) -> Result<Option<NaiveDate>> {
        text.map(|t| self.date(Some(t), Toward::Past)).transpose()
    }

    fn resolve(&self, who: &str) -> Result<Id> {
        Ok(self.journal.resolve(who)?)
    }

    /// Flushes, then prints the success line: sled only keeps what was flushed.
    fn done(&mut self, line: &str) -> Result<ExitCode> {
        self.journal.flush()?;
        writeln!(self.out, "{line}")?;
        Ok(ExitCode::SUCCESS)
    }

    /// Runs one journal command.
    pub fn dispatch(&mut self, command: Command) -> Result<ExitCode> {
        let today = self.today;
        match command {
            Command::Add(args) => self.add(args),
            Command::Edit(args) => self.edit(args),
            Command::Rm { target } => {
                let id = match Id::parse_strict(target.trim()) {
                    Some(id) => id,
                    None => self.resolve(&target)?,
                };
                let entry = self.journal.delete(id, self.today)?;
                self.done(&format!(
                    "moved {} to the trash; bring it back with: givegive restore {}",
                    entry.item.describe(),
                    id.0
                ))
            }
            Command::Trash { json } => {
                let entries = self.journal.trash()?;
                print::report(&mut self.out, json, &entries, |o, e| print::trash(o, e))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Restore { target, identity } => match target.parse::<Id>() {
                Ok(id) => {
                    let restored = self.journal.restore(id)?;
                    self.done(&format!("restored {}", restored.description))
                }
                Err(_) => self.restore_journal(Path::new(&target), identity.as_deref()),
            },
            Command::Backup { list } => self.backup(list),
            Command::Gave(a) => self.ledger(a, Direction::MeToThem, Nature::Give),
            Command::Got(a) => self.ledger(a, Direction::ThemToMe, Nature::Give),
            Command::Asked(a) => self.ledger(a, Direction::MeToThem, Nature::Ask),
            Command::AskedBy(a) => self.ledger(a, Direction::ThemToMe, Nature::Ask),
            Command::Met(args) => self.met(args),
            Command::Intro(args) => self.intro(args),
            Command::Signal(args) => self.signal(args),
            Command::Close { who, reason } => {
                let c = self
                    .journal
                    .close(self.resolve(&who)?, &reason, self.today)?;
                self.done(&format!(
                    "closed {} ({}); history kept, undo with: givegive reopen {}",
                    c.name,
                    reason.trim(),
                    c.id.0
                ))
            }
            Command::Reopen { who } => {
                let id = self.resolve(&who)?;
                let c = self.journal.reopen(id)?;
                self.done(&format!("reopened {}", c.name))
            }
            Command::FollowUp(args) => self.follow_up(args),
            Command::Done { id } => {
                let line = match self.journal.done(id, self.today)? {
                    capture::Completed::FollowUp(f) => format!(
                        "done: follow-up with {}: {}",
                        self.journal.name_of(f.contact)?,
                        f.text
                    ),
                    capture::Completed::Ledger(e) => {
                        format!("done: {} with {}", e.text, self.journal.name_of(e.contact)?)
                    }
                };
                self.done(&line)
            }
            Command::Decline { id } => {
                let e = self.journal.settle(id, EntryState::Declined)?;
                self.done(&format!(
                    "declined: {} ({})",
                    e.text,
                    self.journal.name_of(e.contact)?
                ))
            }
            Command::Interest(InterestCommand::Add { name, mine }) => {
                let (i, changed) = self.journal.add_interest(&joined(&name), mine)?;
                let what = if i.mine {
                    "one of your interests"
                } else {
                    "an interest"
                };
                let line = if changed {
                    format!("{} is now {what}", i.name)
                } else {
                    format!("{} was already {what}", i.name)
                };
                self.done(&line)
            }
            Command::Show { who, json } => {
                let card = self.journal.card(self.resolve(&who)?)?;
                print::report(&mut self.out, json, &card, |o, c| print::card(o, c, today))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::List(args) => self.list(args),
            Command::Balance { json } => {
                let report = self.journal.balance_table()?;
                print::report(&mut self.out, json, &report, print::balance)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Interests { json } => {
                let rows = self.journal.interests_overview()?;
                print::report(&mut self.out, json, &rows, |o, r| print::interests(o, r))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Undo => match self.journal.undo()? {
                Some(what) => self.done(&format!("undid: {}", described(&what))),
                None => Err(anyhow!("there is nothing to undo")),
            },
            Command::Redo => match self.journal.redo()? {
                Some(what) => self.done(&format!("redid: {}", described(&what))),
                None => Err(anyhow!("there is nothing to redo")),
            },
            Command::Check => {
                let problems = self.journal.check()?;
                if problems.is_empty() {
                    writeln!(
                        self.out,
                        "ok: {} contacts, indexes and balances consistent",
                        self.journal.store().contact_count()
                    )?;
                    return Ok(ExitCode::SUCCESS);
                }
                for p in &problems {
                    writeln!(self.out, "problem: {p}")?;
                }
                writeln!(
                    self.err,
                    "givegive: check found {} problem(s)",
                    problems.len()
                )?;
                Ok(ExitCode::FAILURE)
            }
            Command::Review { json } => {
                let queue = self.journal.review(&self.config.review, self.today)?;
                print::report(&mut self.out, json, &queue, print::review)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Snooze { target, until } => {
                let until = self.date(Some(&until), Toward::Future)?;
                let line = match Id::parse_strict(target.trim()) {
                    Some(id) => {
                        let f = self.journal.snooze(id, until)?;
                        format!("snoozed follow-up {id} until {}: {}", until, f.text)
                    }
                    None => {
                        self.journal.hide_review_item(target.trim(), until)?;
                        format!("review item {} hidden until {until}", target.trim())
                    }
                };
                self.done(&line)
            }
            Command::Export {
                format,
                args,
                output,
                force,
                vcard_version,
                as_todo,
                recipient,
                passphrase,
            } => {
                let seal = if passphrase {
                    Seal::Passphrase(self.passphrase(true).map_err(|e| anyhow!(e))?)
                } else if recipient.is_empty() {
                    Seal::Open
                } else {
                    Seal::Keys(backups::recipients(&recipient)?)
                };
                let (text, file) = self.export(format, &args, output, vcard_version, as_todo)?;
                let sealed = !matches!(seal, Seal::Open);
                match file {
                    None if sealed => {
                        return Err(anyhow!(
                            "a sealed export is binary: write it to a file with -o FILE"
                        ));
                    }
                    // Straight to a person's terminal, the text is shown
                    // rather than handed on: made inert like every display.
                    None if self.interactive && std::io::stdout().is_terminal() => {
                        self.out.write_all(inert(&text).as_bytes())?;
                    }
                    None => self.out.write_all(text.as_bytes())?,
                    Some(path) => {
                        let bytes = seal.seal(text.as_bytes())?;
                        super::files::write_private(&path, &bytes, force)?;
                        let how = if sealed { " (sealed)" } else { "" };
                        writeln!(self.out, "exported{how} to {}", path.display())?;
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
            Command::Import {
                format,
                files,
                dry_run,
                skip_bad,
                identity,
            } => self.import(format, &files, dry_run, skip_bad, identity.as_deref()),
            Command::Merge { keep, gone } => {
                let (k, g) = (self.resolve(&keep)?, self.resolve(&gone)?);
                let gone_name = self.journal.name_of(g)?;
                let merged = self.journal.merge(k, g, self.today)?;
                self.done(&format!(
                    "merged {gone_name} into {}; undo with: givegive restore {}",
                    merged.name, g.0
                ))
            }
            Command::Stats { json } => {
                let stats = self.journal.stats(self.today, 12)?;
                print::report(&mut self.out, json, &stats, print::stats)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Events { json } => {
                let events = self.journal.events(self.today)?;
                print::report(&mut self.out, json, &events, |o, e| print::events(o, e))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Match { who, json } => {
                let report = self.journal.matches(self.resolve(&who)?)?;
                print::report(&mut self.out, json, &report, print::matches)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Draft { who, meeting } => {
                let id = self.resolve(&who)?;
                let context = self.journal.draft_context(id, meeting)?;
                let text = crate::domain::draft::draft(&context, &self.config.drafts.template())
                    .map_err(|e| anyhow!(e))?;
                writeln!(self.out, "{text}")?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Demo { generate, seed } => {
                if self.journal.store().contact_count() > 0 {
                    return Err(anyhow!(
                        "this journal already has people; the demo only fills an empty one"
                    ));
                }
                if let Some(n) = generate {
                    let export = crate::journal::synthetic::generate(n, seed, self.today);
                    let imported = self.journal.write_generated(&export, GENERATE_BATCH)?;
                    return self.done(&format!(
                        "generated {} people and {} records (seed {seed})",
                        imported.contacts, imported.records
                    ));
                }
                super::demo::seed(self.journal, self.today)?;
                let people = self.journal.store().contact_count();
                self.done(&format!(
                    "filled the journal with the demo network ({people} people)"
                ))
            }
            Command::Completions { .. } | Command::Man => Ok(ExitCode::SUCCESS),
            Command::Recover { .. } => Err(anyhow!(RECOVER_ELSEWHERE)),
        }
    }

    fn add(&mut self, a: AddArgs) -> Result<ExitCode> {
        let f = a.fields;
        let draft = ContactDraft {
            name: joined(&a.name),
            aliases: f.alias,
            met_text: f.met.unwrap_or_default(),
            met_on: self.past_date(f.on.as_deref())?,
            via: f.via.as_deref().map(|w| self.resolve(w)).transpose()?,
            org: f.org.unwrap_or_default(),
            role: f.role.unwrap_or_default(),
            emails: f.email,
            phones: f.phone,
            urls: f.url,
            tags: f.tag,
            interests: f.interest,
            needs: f.need,
            offers: f.offer,
            notes: f.notes.unwrap_or_default(),
            cadence_days: f.cadence.filter(|d| *d > 0),
            tier: f.tier.unwrap_or(Tier::None),
            allow_duplicate: a.duplicate,
            external_ids: Vec::new(),
        };
        let c = self.journal.add_contact(&draft, self.today)?;
        self.done(&format!("added {} ({})", c.name, c.id))
    }

    fn edit(&mut self, a: EditArgs) -> Result<ExitCode> {
        let id = self.resolve(&a.who)?;
        let (f, d) = (a.fields, a.drop);
        let list = |add: Vec<String>, remove: Vec<String>| ListEdit { add, remove };
        let edit = ContactEdit {
            name: a.name,
            aliases: list(f.alias, d.unalias),
            met_text: f.met,
            met_on: self.past_date(f.on.as_deref())?,
            via: f.via.as_deref().map(|w| self.resolve(w)).transpose()?,
            org: f.org,
            role: f.role,
            emails: list(f.email, d.drop_email),
            phones: list(f.phone, d.drop_phone),
            urls: list(f.url, d.drop_url),
            tags: list(f.tag, d.untag),
            interests: list(f.interest, d.drop_interest),
            needs: list(f.need, d.drop_need),
            offers: list(f.offer, d.drop_offer),
            notes: f.notes,
            cadence_days: f.cadence.map(|d| (d > 0).then_some(d)),
            tier: f.tier,
        };
        let c = self.journal.edit_contact(id, &edit)?;
        self.done(&format!("updated {} ({})", c.name, c.id))
    }

    fn ledger(&mut self, a: LedgerArgs, direction: Direction, nature: Nature) -> Result<ExitCode> {
        let contact = self.resolve(&a.who)?;
        let draft = LedgerDraft {
            contact,
            direction,
            nature,
            kind: a.kind,
            text: joined(&a.text),
            weight: a.weight,
            state: if a.open {
                EntryState::Open
            } else {
                EntryState::Done
            },
            date: self.date(a.on.as_deref(), Toward::Past)?,
        };
        let recorded = self.journal.record(&draft)?;
        for w in &recorded.warnings {
            writeln!(self.err, "warning: {w}")?;
        }
        let e = &recorded.entry;
        self.done(&format!(
            "{} {}: {} ({}, {})",
            e.verb(),
            self.journal.name_of(e.contact)?,
            e.text,
            e.id,
            e.date
        ))
    }

    fn met(&mut self, a: MetArgs) -> Result<ExitCode> {
        let Some((text, people)) = a.args.split_last() else {
            return Err(anyhow!("met needs at least one person and what happened"));
        };
        let mut contacts = Vec::new();
        for who in people {
            contacts.push(self.resolve(who)?);
        }
        let draft = InteractionDraft {
            contacts,
            kind: a.kind,
            summary: text.clone(),
            details: a.details.unwrap_or_default(),
            date: self.date(a.on.as_deref(), Toward::Past)?,
            follow_up: a
                .follow_up
                .as_deref()
                .map(|w| self.date(Some(w), Toward::Future))
                .transpose()?,
        };
        let logged = self.journal.log_interaction(&draft, self.today)?;
        let names = logged
            .interaction
            .contacts
            .iter()
            .map(|c| self.journal.name_of(*c))
            .collect::<Result<Vec<_>, _>>()?;
        let mut line = format!(
            "logged {} with {}: {} ({}, {})",
            logged.interaction.kind,
            names.join(", "),
            logged.interaction.summary,
            logged.interaction.id,
            logged.interaction.date
        );
        if let Some(f) = logged.follow_ups.first() {
            let ids: Vec<String> = logged.follow_ups.iter().map(|f| f.id.to_string()).collect();
            line.push_str(&format!("\nfollow-up due {} ({})", f.due, ids.join(", ")));
        }
        self.done(&line)
    }

    fn intro(&mut self, a: IntroArgs) -> Result<ExitCode> {
        let (x, y) = (self.resolve(&a.a)?, self.resolve(&a.b)?);
        let date = self.date(a.on.as_deref(), Toward::Past)?;
        let e = self
            .journal
            .introduce(x, y, &joined(&a.text), a.weight, date)?;
        self.done(&format!(
            "introduced {} and {}: {} ({})",
            self.journal.name_of(x)?,
            self.journal.name_of(y)?,
            e.text,
            e.id
        ))
    }

    fn signal(&mut self, a: SignalArgs) -> Result<ExitCode> {
        let id = self.resolve(&a.who)?;
        let date = self.date(a.on.as_deref(), Toward::Past)?;
        let (s, count) = self.journal.add_signal(id, &joined(&a.text), date)?;
        let name = self.journal.name_of(id)?;
        if count >= capture::SIGNAL_THRESHOLD {
            writeln!(
                self.err,
                "warning: {name} now has {count} warning signals; consider closing: givegive close {} --reason \"...\"",
                s.contact.0
            )?;
        }
        self.done(&format!("signal noted for {name}: {} ({})", s.text, s.id))
    }

    fn follow_up(&mut self, a: FollowUpArgs) -> Result<ExitCode> {
        let id = self.resolve(&a.who)?;
        let due = self.date(Some(&a.when), Toward::Future)?;
        let f = self
            .journal
            .add_follow_up(id, due, &joined(&a.text), self.today)?;
        self.done(&format!(
            "follow-up with {} due {}: {} ({})",
            self.journal.name_of(id)?,
            f.due,
            f.text,
            f.id
        ))
    }

    /// The text of an export, and where it goes (None: standard output).
    fn export(
        &mut self,
        format: ExportFormat,
        args: &[String],
        output: Option<std::path::PathBuf>,
        vcard_version: u8,
        as_todo: bool,
    ) -> Result<(String, Option<std::path::PathBuf>)> {
        use crate::interchange::export;
        let one_file = |args: &[String]| -> Result<Option<std::path::PathBuf>> {
            match (args, &output) {
                ([], _) => Ok(output.clone()),
                ([file], None) => Ok(Some(file.into())),
                _ => Err(anyhow!("give one file, as an argument or with --output")),
            }
        };
        match format {
            ExportFormat::Json => {
                let mut text = serde_json::to_string_pretty(&self.journal.export()?)?;
                text.push('\n');
                Ok((text, one_file(args)?))
            }
            ExportFormat::Csv => {
                let rows = self.journal.list(&ListFilter {
                    closed: true,
                    ..ListFilter::default()
                })?;
                Ok((export::csv(&rows).map_err(|e| anyhow!(e))?, one_file(args)?))
            }
            ExportFormat::Ics => {
                let mut pending = Vec::new();
                for f in self.journal.store().follow_ups() {
                    let f = f?;
                    if f.pending_on().is_some() {
                        let name = self.journal.name_of(f.contact)?;
                        pending.push((f, name));
                    }
                }
                Ok((export::ics(&pending, self.today, as_todo), one_file(args)?))
            }
            ExportFormat::Vcard => {
                let version = match vcard_version {
                    3 => export::VcardVersion::V3,
                    4 => export::VcardVersion::V4,
                    v => return Err(anyhow!("--vcard-version {v}: use 3 or 4")),
                };
                let mut contacts = Vec::new();
                if args.is_empty() {
                    for c in self.journal.store().contacts() {
                        let c = c?;
                        if !c.is_closed() {
                            contacts.push(c);
                        }
                    }
                } else {
                    for who in args {
                        contacts.push(self.journal.contact(self.resolve(who)?)?);
                    }
                }
                Ok((export::vcards(&contacts, version), output))
            }
            ExportFormat::Markdown => {
                let [who] = args else {
                    return Err(anyhow!(
                        "export --format markdown takes one person: export --format markdown anna"
                    ));
                };
                let card = self.journal.card(self.resolve(who)?)?;
                Ok((export::markdown(&card, self.today), output))
            }
        }
    }

    fn import(
        &mut self,
        format: ImportFormat,
        files: &[std::path::PathBuf],
        dry_run: bool,
        skip_bad: bool,
        identity: Option<&Path>,
    ) -> Result<ExitCode> {
        match format {
            ImportFormat::Json => {
                let [file] = files else {
                    return Err(anyhow!("import --format json takes one file"));
                };
                let export = self.read_export(file, identity)?;
                if dry_run {
                    writeln!(
                        self.out,
                        "would restore {} people and {} records from {}",
                        export.contacts.len(),
                        export.interactions.len()
                            + export.ledger.len()
                            + export.follow_ups.len()
                            + export.signals.len(),
                        file.display()
                    )?;
                    return Ok(ExitCode::SUCCESS);
                }
                let imported = self.journal.import_export(&export)?;
                self.journal.log_from(file)?;
                self.done(&format!(
                    "restored {} people and {} records from {}",
                    imported.contacts,
                    imported.records,
                    file.display()
                ))
            }
            other => super::import::import(self, other, files, dry_run, skip_bad),
        }
    }

    /// A whole journal back from a backup or an export, into this empty
    /// one, then checked: a restore is only reported good once `check` says
    /// so.
    fn restore_journal(&mut self, file: &Path, identity: Option<&Path>) -> Result<ExitCode> {
        if !file.is_file() {
            return Err(anyhow!(
                "'{}' is neither an id shown by `givegive trash` nor a backup file",
                file.display()
            ));
        }
        let export = self.read_export(file, identity)?;
        let imported = self.journal.import_export(&export)?;
        self.journal.flush()?;
        let problems = self.journal.check()?;
        if problems.is_empty() {
            self.journal.log_from(file)?;
            return self.done(&format!(
                "restored {} people and {} records from {}; check found no problems",
                imported.contacts,
                imported.records,
                file.display()
            ));
        }
        for p in &problems {
            writeln!(self.out, "problem: {p}")?;
        }
        writeln!(
            self.err,
            "givegive: restored from {}, but check found {} problem(s)",
            file.display(),
            problems.len()
        )?;
        Ok(ExitCode::FAILURE)
    }

    /// A JSON export or backup, opened with the key file or a passphrase
    /// when it is sealed.
    fn read_export(&self, file: &Path, identity: Option<&Path>) -> Result<Export> {
        let ask = || self.passphrase(false);
        let unlock = match identity {
            Some(keys) => Unlock::with_key_file(keys, &ask)?,
            None => Unlock {
                identities: Vec::new(),
                passphrase: &ask,
            },
        };
        backups::read(file, &unlock)
    }

    fn passphrase(&self, twice: bool) -> Result<SecretString, String> {
        passphrase(self.interactive, twice)
    }

    /// `givegive backup`: today's backup now, or the list of those kept.
    fn backup(&mut self, list: bool) -> Result<ExitCode> {
        let settings = &self.config.backup;
        let dir = backups::dir(self.journal.store().path(), settings);
        if list {
            let all = backups::list(&dir);
            if all.is_empty() {
                writeln!(self.out, "no backups in {} yet", dir.display())?;
            }
            for (day, path) in all.iter().rev() {
                let size = std::fs::metadata(path).map_or(0, |m| m.len());
                writeln!(
                    self.out,
                    "{day}  {:>8}  {}",
                    print::size(size),
                    path.display()
                )?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        let stop = AtomicBool::new(false);
        let seal = Seal::for_backups(settings)?;
        match backups::write(self.journal, &dir, self.today, settings.keep, &seal, &stop)? {
            backups::Outcome::Written { path, people } => {
                writeln!(self.out, "backed up {people} people to {}", path.display())?;
            }
            backups::Outcome::Empty => {
                writeln!(self.out, "the journal is empty: nothing to back up")?;
            }
            backups::Outcome::Cancelled => return Err(anyhow!("the backup was stopped")),
        }
        Ok(ExitCode::SUCCESS)
    }

    fn list(&mut self, a: ListArgs) -> Result<ExitCode> {
        let today = self.today;
        let filter = ListFilter {
            interest: a.interest,
            tag: a.tag,
            tier: a.tier,
            closed: a.closed,
        };
        let rows = self.journal.list(&filter)?;
        print::report(&mut self.out, a.json, &rows, |o, r| {
            print::list(o, r, today)
        })?;
        Ok(ExitCode::SUCCESS)
    }
}

/// An undo step as the person typed it, or a plain name when it was made
/// without words (by an earlier version).
fn described(label: &str) -> &str {
    if label.is_empty() {
        "the last change"
    } else {
        label
    }
}

/// The passphrase from GIVEGIVE_PASSPHRASE, or typed at the terminal
/// without echo (twice when sealing, so a typo cannot lock the file).
fn passphrase(interactive: bool, twice: bool) -> Result<SecretString, String> {
    if let Some(p) = std::env::var_os("GIVEGIVE_PASSPHRASE").filter(|p| !p.is_empty()) {
        let p = p
            .into_string()
            .map_err(|_| "GIVEGIVE_PASSPHRASE is not UTF-8".to_string())?;
        return Ok(SecretString::from(p));
    }
    if !interactive {
        return Err(
            "a passphrase is typed in the shell: run the command there, or set GIVEGIVE_PASSPHRASE"
                .into(),
        );
    }
    let read = |prompt: &str| {
        rpassword::prompt_password(prompt).map_err(|e| format!("cannot read the passphrase: {e}"))
    };
    let first = read("passphrase: ")?;
    if first.is_empty() {
        return Err("an empty passphrase seals nothing".into());
    }
    if twice && read("passphrase again: ")? != first {
        return Err("the two passphrases differ; nothing was written".into());
    }
    Ok(SecretString::from(first))
}

/// `givegive recover`: the journal at `path`, which cannot be opened (or
/// fails `check`), rebuilt from its write log; `identity` opens a sealed
/// base backup. It runs before the journal is opened.
pub(super) fn recover(path: &Path, identity: Option<&Path>) -> Result<ExitCode> {
    let ask = || passphrase(true, false);
    let unlock = match identity {
        Some(keys) => Unlock::with_key_file(keys, &ask)?,
        None => Unlock {
            identities: Vec::new(),
            passphrase: &ask,
        },
    };
    let done = recovery::recover(path, &unlock)?;
    let from = match &done.from {
        Some(file) => format!(
            "restored the backup {} and replayed {} saved since",
            file.display(),
            count(done.replayed, "change", "changes")
        ),
        None => format!(
            "replayed {} saved since it was created",
            count(done.replayed, "change", "changes")
        ),
    };
    if done.unreadable > 0 {
        eprintln!(
            "givegive: note: the write log's last {} could not be read: a change cut short by a crash (never reported saved), or damage to the log",
            count(done.unreadable as usize, "byte", "bytes")
        );
    }
    println!(
        "recovered the journal at {}: {from}; {} now, and check found no problems; the damaged files are in {}",
        path.display(),
        count(done.people, "person", "people"),
        done.aside.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::FavourKind;

    const KINDS: [(&str, FavourKind); 7] = [
        ("introduction", FavourKind::Introduction),
        ("advice", FavourKind::Advice),
        ("resource", FavourKind::Resource),
        ("referral", FavourKind::Referral),
        ("time", FavourKind::Time),
        ("favour", FavourKind::Favour),
        ("other", FavourKind::Other),
    ];

    /// What a shell can pass: anything but NUL.
    fn arg() -> impl Strategy<Value = String> {
        "[^\u{0}]{1,24}"
    }

    proptest! {
        /// A capture typed with any text (after `--`, where text may start
        /// with a dash) comes out of the parser exactly as typed.
        #[test]
        fn a_capture_line_parses_back_to_what_was_typed(
            who in "[^\u{0}-][^\u{0}]{0,20}",
            text in prop::collection::vec(arg(), 1..6),
            weight in 1u8..=5,
            kind in 0usize..KINDS.len(),
            open: bool,
        ) {
            let mut words = vec!["gave".to_string(), who.clone(), "--weight".into(), weight.to_string(), "--kind".into(), KINDS[kind].0.into()];
            if open {
                words.push("--open".into());
            }
            words.push("--".into());
            words.extend(text.iter().cloned());
            let parsed = parse_journal_command(&words).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let Command::Gave(args) = parsed else {
                return Err(TestCaseError::fail(format!("{parsed:?}")));
            };
            prop_assert_eq!(args.who, who);
            prop_assert_eq!(args.text, text);
            prop_assert_eq!(args.weight, weight);
            prop_assert_eq!(args.kind, KINDS[kind].1);
            prop_assert_eq!(args.open, open);
        }

        /// Any words at all: a command or one error line, never a panic.
        #[test]
        fn any_words_parse_or_fail_in_one_line(words in prop::collection::vec(arg(), 0..8)) {
            if let Err(e) = parse_journal_command(&words) {
                prop_assert!(!e.to_string().contains('\n'), "{e}");
            }
        }
    }
}
