//! What the front ends ask of a command before running it: whether it
//! writes, reads the config, backs up, needs the shell's own process,
//! names files, or names a person the picker settled.
//!
//! Every helper here matches every command, with no `_ =>` arm: a new
//! command does not compile until each helper says what it does with it,
//! so none is forgotten (an ambiguous `:relate` once reopened the picker
//! forever because `naming` skipped it).

use std::path::{Path, PathBuf};

use super::{Command, LedgerNote, Who};
use crate::domain::Id;

impl Command {
    /// Whether the command may start a new journal where none is: it adds
    /// people (or my interests, a first step). Any other on a path with no
    /// journal is a mistyped path, refused rather than answered from an
    /// empty journal made there.
    pub fn starts_journal(&self) -> bool {
        matches!(
            self,
            Command::Add(_)
                | Command::AddInterest { .. }
                | Command::Event(_)
                | Command::Import(_)
                | Command::RestoreJournal { .. }
                | Command::Demo(_)
                | Command::Generate { .. }
        )
    }

    /// Whether the command can change the journal (screens showing it must
    /// then be refreshed).
    pub fn writes(&self) -> bool {
        match self {
            Command::Trash
            | Command::Review { .. }
            | Command::Export(_)
            | Command::Draft { .. }
            | Command::Match { .. }
            | Command::Stats
            | Command::Events
            | Command::Query { .. }
            | Command::Search { .. }
            | Command::Names { .. }
            | Command::Show { .. }
            | Command::List(_)
            | Command::Balance
            | Command::Interests
            | Command::Check
            | Command::Backups => false,
            Command::Add(_)
            | Command::Edit(_)
            | Command::Remove { .. }
            | Command::RestoreRecord { .. }
            | Command::RestoreJournal { .. }
            | Command::Backup
            | Command::Record(_)
            | Command::Met(_)
            | Command::Event(_)
            | Command::Intro(_)
            | Command::Signal { .. }
            | Command::Close { .. }
            | Command::Reopen { .. }
            | Command::FollowUp { .. }
            | Command::Done { .. }
            | Command::DoneLine { .. }
            | Command::Decline { .. }
            | Command::SetNotes { .. }
            | Command::SetDetails { .. }
            | Command::AddInterest { .. }
            | Command::Relate { .. }
            | Command::Unrelate { .. }
            | Command::Snooze { .. }
            | Command::Undo
            | Command::Redo
            | Command::Import(_)
            | Command::Merge { .. }
            | Command::Demo(_)
            | Command::Generate { .. } => true,
        }
    }

    /// Whether the command reads the user's config (see
    /// [`Command::config_tables`]).
    pub fn reads_config(&self) -> bool {
        !self.config_tables().is_empty()
    }

    /// The tables of the user's config the command reads: only the review
    /// (and snoozing its lines, which it checks against it), drafts and
    /// backups read any, and each only its own, so a mistake elsewhere in
    /// the file (a typo in `[drafts]` for the review) cannot stop it.
    pub fn config_tables(&self) -> &'static [&'static str] {
        match self {
            Command::Review { .. } | Command::Snooze { .. } => &["review"],
            // A draft looks `dates_ahead` days ahead for a date to mention.
            Command::Draft { .. } => &["drafts", "review"],
            Command::Backup | Command::Backups => &["backup"],
            Command::Add(_)
            | Command::Edit(_)
            | Command::Remove { .. }
            | Command::Trash
            | Command::RestoreRecord { .. }
            | Command::RestoreJournal { .. }
            | Command::Record(_)
            | Command::Met(_)
            | Command::Event(_)
            | Command::Intro(_)
            | Command::Signal { .. }
            | Command::Close { .. }
            | Command::Reopen { .. }
            | Command::FollowUp { .. }
            | Command::Done { .. }
            | Command::DoneLine { .. }
            | Command::Decline { .. }
            | Command::SetNotes { .. }
            | Command::SetDetails { .. }
            | Command::AddInterest { .. }
            | Command::Show { .. }
            | Command::List(_)
            | Command::Balance
            | Command::Interests
            | Command::Stats
            | Command::Events
            | Command::Relate { .. }
            | Command::Unrelate { .. }
            | Command::Names { .. }
            | Command::Query { .. }
            | Command::Search { .. }
            | Command::Match { .. }
            | Command::Undo
            | Command::Redo
            | Command::Check
            | Command::Export(_)
            | Command::Import(_)
            | Command::Merge { .. }
            | Command::Demo(_)
            | Command::Generate { .. } => &[],
        }
    }

    /// Whether the command, once it succeeded, writes the day's backup if
    /// it is due: any but the backup commands and restoring.
    pub fn backs_up_daily(&self) -> bool {
        !matches!(
            self,
            Command::Backup
                | Command::Backups
                | Command::RestoreJournal { .. }
                | Command::RestoreRecord { .. }
        )
    }

    /// Whether the command runs in the shell's own process rather than in
    /// the journal's holder: it reads or writes files named in the shell,
    /// may ask for a passphrase at its terminal or draw a progress bar
    /// there, or fills a new journal.
    pub fn needs_own_process(&self) -> bool {
        match self {
            Command::Import(_)
            | Command::Export(_)
            | Command::RestoreJournal { .. }
            | Command::Backup
            | Command::Demo(_)
            | Command::Generate { .. } => true,
            Command::Add(_)
            | Command::Edit(_)
            | Command::Remove { .. }
            | Command::Trash
            | Command::RestoreRecord { .. }
            | Command::Backups
            | Command::Record(_)
            | Command::Met(_)
            | Command::Event(_)
            | Command::Intro(_)
            | Command::Signal { .. }
            | Command::Close { .. }
            | Command::Reopen { .. }
            | Command::FollowUp { .. }
            | Command::Done { .. }
            | Command::DoneLine { .. }
            | Command::Decline { .. }
            | Command::SetNotes { .. }
            | Command::SetDetails { .. }
            | Command::AddInterest { .. }
            | Command::Show { .. }
            | Command::List(_)
            | Command::Balance
            | Command::Interests
            | Command::Review { .. }
            | Command::Stats
            | Command::Events
            | Command::Relate { .. }
            | Command::Unrelate { .. }
            | Command::Names { .. }
            | Command::Query { .. }
            | Command::Search { .. }
            | Command::Match { .. }
            | Command::Draft { .. }
            | Command::Snooze { .. }
            | Command::Undo
            | Command::Redo
            | Command::Check
            | Command::Merge { .. } => false,
        }
    }

    /// The files the command names, which a process elsewhere must find.
    fn files_mut(&mut self) -> Vec<&mut PathBuf> {
        match self {
            Command::Import(r) => r.files.iter_mut().chain(&mut r.identity).collect(),
            Command::Export(r) => r.output.iter_mut().chain(&mut r.vdir).collect(),
            Command::RestoreJournal { file, identity } => {
                std::iter::once(file).chain(identity).collect()
            }
            Command::Add(_)
            | Command::Edit(_)
            | Command::Remove { .. }
            | Command::Trash
            | Command::RestoreRecord { .. }
            | Command::Backup
            | Command::Backups
            | Command::Record(_)
            | Command::Met(_)
            | Command::Event(_)
            | Command::Intro(_)
            | Command::Signal { .. }
            | Command::Close { .. }
            | Command::Reopen { .. }
            | Command::FollowUp { .. }
            | Command::Done { .. }
            | Command::DoneLine { .. }
            | Command::Decline { .. }
            | Command::SetNotes { .. }
            | Command::SetDetails { .. }
            | Command::AddInterest { .. }
            | Command::Show { .. }
            | Command::List(_)
            | Command::Balance
            | Command::Interests
            | Command::Review { .. }
            | Command::Stats
            | Command::Events
            | Command::Relate { .. }
            | Command::Unrelate { .. }
            | Command::Names { .. }
            | Command::Query { .. }
            | Command::Search { .. }
            | Command::Match { .. }
            | Command::Draft { .. }
            | Command::Snooze { .. }
            | Command::Undo
            | Command::Redo
            | Command::Check
            | Command::Merge { .. }
            | Command::Demo(_)
            | Command::Generate { .. } => Vec::new(),
        }
    }

    /// The command with every file it names made absolute against `cwd`,
    /// for a process that runs it elsewhere (the TUI).
    pub fn anchored(mut self, cwd: &Path) -> Command {
        for p in self.files_mut() {
            if p.is_relative() && p.as_os_str() != "-" {
                *p = cwd.join(&*p);
            }
        }
        self
    }

    /// Whether the command reads this process's standard input
    /// (`import -`, `restore -`), so it cannot be handed to another process.
    pub fn reads_stdin(&self) -> bool {
        match self {
            Command::Import(r) => r.files.iter().any(|f| super::files::is_std(f)),
            Command::RestoreJournal { file, .. } => super::files::is_std(file),
            _ => false,
        }
    }

    /// The command with the person typed as `query` named by `id` instead:
    /// what was meant, picked from the people the name fits.
    pub fn naming(mut self, query: &str, id: Id) -> Command {
        let fits = |text: &str| text.trim() == query;
        self.people_mut(
            |who| {
                if matches!(who, Who::Typed(t) if fits(t)) {
                    *who = Who::Id(id);
                }
            },
            |target| {
                if fits(target) {
                    *target = id.0.to_string();
                }
            },
        );
        self
    }

    /// The command with every person it names (by id, picked, or typed as
    /// a name, `5` or `#5`) named as `name` says (one it does not know
    /// stays as typed): what undo calls a change, read by people who
    /// never saw the ids, and which reads back as the command to type
    /// again ("met 'Anna Rossi' call", not "met anna call": trial 28c).
    pub(crate) fn with_names(mut self, name: impl Fn(&Who) -> Option<String>) -> Command {
        self.people_mut(
            |who| {
                if let Some(n) = name(who) {
                    *who = Who::Typed(n);
                }
            },
            |target| {
                if let Some(n) = name(&Who::Typed(target.clone())) {
                    *target = n;
                }
            },
        );
        self
    }

    /// The people the command names, as it names them.
    pub(crate) fn people(&self) -> Vec<Who> {
        let (mut people, mut targets) = (Vec::new(), Vec::new());
        self.clone().people_mut(
            |who| people.push(who.clone()),
            |target| targets.push(Who::Typed(target.clone())),
        );
        people.extend(targets);
        people
    }

    /// Calls `name` on every person the command names, and `target` on
    /// every text that may be a person's name or id: the one list of where
    /// a command names people.
    fn people_mut(&mut self, mut name: impl FnMut(&mut Who), mut target: impl FnMut(&mut String)) {
        match self {
            Command::Edit(e) => {
                name(&mut e.who);
                e.fields.via.as_mut().map(&mut name);
            }
            Command::Add(p) => {
                p.fields.via.as_mut().map(&mut name);
            }
            Command::Record(LedgerNote { who, .. })
            | Command::Signal { who, .. }
            | Command::Close { who, .. }
            | Command::Reopen { who }
            | Command::FollowUp { who, .. }
            | Command::Show { who }
            | Command::Match { who, .. }
            | Command::Draft { who, .. } => name(who),
            Command::Met(m) => m.people.iter_mut().for_each(&mut name),
            Command::Event(e) => e.people.iter_mut().for_each(|p| name(&mut p.who)),
            Command::Intro(i) => {
                name(&mut i.a);
                name(&mut i.b);
            }
            Command::Merge { keep: a, gone: b }
            | Command::Relate {
                who: a, other: b, ..
            }
            | Command::Unrelate { who: a, other: b } => {
                name(a);
                name(b);
            }
            Command::Remove { target: t } | Command::Snooze { target: t, .. } => target(t),
            Command::Export(r) => r.args.iter_mut().for_each(&mut target),
            // Nobody is named by a typed name in these.
            Command::Trash
            | Command::RestoreRecord { .. }
            | Command::RestoreJournal { .. }
            | Command::Backup
            | Command::Backups
            | Command::Done { .. }
            | Command::DoneLine { .. }
            | Command::Decline { .. }
            | Command::SetNotes { .. }
            | Command::SetDetails { .. }
            | Command::AddInterest { .. }
            | Command::List(_)
            | Command::Balance
            | Command::Interests
            | Command::Review { .. }
            | Command::Stats
            | Command::Events
            | Command::Names { .. }
            | Command::Query { .. }
            | Command::Search { .. }
            | Command::Undo
            | Command::Redo
            | Command::Check
            | Command::Import(_)
            | Command::Demo(_)
            | Command::Generate { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CommandError, Env, Report, run};
    use super::*;
    use crate::journal::{ContactDraft, Journal};

    /// An ambiguous `relate` comes back as a question; the person picked
    /// names them, and the command then runs instead of asking again.
    #[test]
    fn a_picked_person_finishes_an_ambiguous_relate() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = Journal::open(&dir.path().join("j")).expect("open");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("day");
        for name in ["Anna Rossi", "Anna Bello", "Marco Bianchi"] {
            let draft = ContactDraft {
                name: name.into(),
                ..ContactDraft::default()
            };
            journal.add_contact(&draft, today).expect("add");
        }
        let config = crate::config::Config::defaults();
        let env = || Env::unattended(today, &config, String::new());
        let typed = |s: &str| Who::Typed(s.into());
        for command in [
            Command::Relate {
                who: typed("anna"),
                other: typed("marco"),
                what: "partner".into(),
            },
            Command::Unrelate {
                who: typed("marco"),
                other: typed("anna"),
            },
        ] {
            let Err(CommandError::Ambiguous {
                query, candidates, ..
            }) = run(&journal, &env(), command.clone())
            else {
                panic!("{command:?} should ask which Anna");
            };
            let named = command.naming(&query, candidates[0].0);
            let ran = run(&journal, &env(), named.clone());
            assert!(matches!(ran, Ok(Report::Done(_))), "{named:?}: {ran:?}");
        }
    }
}
