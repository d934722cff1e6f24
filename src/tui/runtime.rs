//! The runtime: performs the app's effects against the journal and hands
//! the results back, refreshing what a command changed.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::loading::{load_data, load_part, update_data};
use crate::app::{App, DraftView, EditTarget, Effect, Msg, Part, Printed, Ran};
use crate::command::{self, Command, Env};
use crate::config::Config;
use crate::domain::Id;
use crate::journal::Journal;
use crate::relay::host::{Answered, Host};
use crate::relay::{self, Answer, Call, Holding, Reply, Request};

/// Above this many changed people a reload reads everything again, which
/// is then cheaper than reading them one by one.
const INCREMENTAL_LIMIT: usize = 1_000;

/// Performs effects against the journal and feeds the results back.
pub struct Runtime<'a> {
    pub(super) journal: &'a Journal,
    today: NaiveDate,
    config: Config,
    /// Texts to edit in `$EDITOR`: the event loop does it, since it owns the
    /// terminal that has to be handed over.
    editor: Vec<EditTarget>,
    clipboard: Vec<String>,
    /// The journal's path and its data file when it was opened, to see
    /// the folder moved or replaced under it (see [`Runtime::moved`]).
    watched: Option<(PathBuf, Option<(u64, u64)>)>,
    moved: bool,
    /// What commands from other shells changed since the last reload, as
    /// their reports said it: the reload tells the app.
    elsewhere: Vec<String>,
}

impl<'a> Runtime<'a> {
    pub fn new(journal: &'a Journal, today: NaiveDate, config: Config) -> Runtime<'a> {
        Runtime {
            journal,
            today,
            config,
            editor: Vec::new(),
            clipboard: Vec::new(),
            watched: None,
            moved: false,
            elsewhere: Vec::new(),
        }
    }

    /// Watches the journal's folder at `path`, which this runtime's journal
    /// was opened from.
    pub(crate) fn watch(&mut self, path: &Path) {
        self.watched = Some((path.to_path_buf(), relay::journal_file(path)));
    }

    /// Whether the journal's folder was moved or replaced since it was
    /// opened (`mv J J-old; cp -a J-old J`): what is at its path now is
    /// another journal, served by its own holder, and this one's files
    /// are elsewhere. Nothing more is written then, lest a change land in
    /// the old copy while the screen names the path; it stays so.
    pub(crate) fn moved(&mut self) -> bool {
        if !self.moved
            && let Some((path, opened)) = &self.watched
        {
            self.moved = relay::journal_file(path) != *opened;
        }
        self.moved
    }

    /// Why nothing more can be saved, and what to do, if so: the line the
    /// status bar keeps, and the TUI prints when it ends.
    pub(crate) fn refusal(&mut self) -> Option<String> {
        if self.moved() {
            // Short enough for the status bar at 80 columns.
            return Some(
                "journal folder moved or replaced: nothing more is saved; quit and start again"
                    .into(),
            );
        }
        self.journal.refused().map(|why| {
            format!("nothing more can be saved ({why}): quit, make room on the disk, start givegive again")
        })
    }

    /// Texts waiting to be put on the clipboard.
    pub fn take_clipboard(&mut self) -> Vec<String> {
        std::mem::take(&mut self.clipboard)
    }

    /// The texts waiting for the editor.
    pub fn take_editor_requests(&mut self) -> Vec<EditTarget> {
        std::mem::take(&mut self.editor)
    }

    /// Performs `effects`, handing each result to the app as a message,
    /// and the effects those ask for in turn, until none is left.
    pub fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            for msg in self.effect(app, effect) {
                queue.extend(app.update(msg));
            }
        }
        let refused = self.refusal();
        if refused.as_deref() != app.refused() {
            app.update(Msg::Refused(refused));
        }
    }

    /// Hands `msg` to the app and performs what it asks for.
    pub fn send(&mut self, app: &mut App, msg: Msg) {
        let effects = app.update(msg);
        self.perform(app, effects);
    }

    /// Performs one effect; the messages that bring its results back.
    fn effect(&mut self, app: &mut App, effect: Effect) -> Vec<Msg> {
        let failed = |e: anyhow::Error| vec![Msg::Warning(format!("{e:#}"))];
        match effect {
            Effect::LoadCard(id) => {
                vec![Msg::CardLoaded(self.journal.card(id).ok().map(Box::new))]
            }
            Effect::Load(part) => {
                match load_part(self.journal, self.today, &app.data().people, part) {
                    Ok(loaded) => vec![Msg::PartLoaded(Box::new(loaded))],
                    Err(e) => failed(e),
                }
            }
            Effect::Edit(target) => {
                self.editor.push(target);
                Vec::new()
            }
            Effect::Copy(text) => {
                self.clipboard.push(text);
                Vec::new()
            }
            Effect::LoadMatches(id) => match self.journal.matches(id) {
                Ok(report) => vec![Msg::MatchesLoaded(Box::new(report))],
                Err(e) => vec![Msg::Warning(e.to_string())],
            },
            Effect::AskKnows(a, b) => match self.journal.knows(a, b) {
                Ok(how) => vec![Msg::Knew(a, b, how)],
                Err(e) => vec![Msg::Warning(e.to_string())],
            },
            Effect::Draft {
                contact,
                meeting,
                follow_up,
            } => {
                let built = self
                    .journal
                    .draft_on(
                        contact,
                        meeting,
                        self.today,
                        &self.config.drafts.template(),
                        self.config.review.dates_ahead,
                        crate::domain::draft::Surface::Tui,
                    )
                    .and_then(|draft| {
                        Ok(DraftView {
                            contact,
                            name: self.journal.name_of(contact)?,
                            follow_up,
                            text: draft.text,
                            lines: draft.lines,
                            delivers: draft.delivers,
                            wishes: draft.wishes,
                            notes: draft.notes,
                            editor: None,
                            scroll: 0,
                        })
                    })
                    .map_err(|e| e.to_string());
                vec![Msg::DraftLoaded(Box::new(built))]
            }
            Effect::LoadSearch => match self.journal.search_index() {
                Ok(index) => vec![Msg::SearchLoaded(Box::new(index))],
                Err(e) => vec![Msg::Warning(format!("{e:#}"))],
            },
            Effect::Run { command, json } => self.ran(app, command, json),
        }
    }

    /// Runs `command` as the shell would, hands its report to the app, and
    /// refreshes what it changed.
    pub(crate) fn run(&mut self, app: &mut App, command: Command, json: bool) {
        for msg in self.ran(app, command, json) {
            self.send(app, msg);
        }
    }

    /// Runs `command`; its report, printed, and the data after it if it
    /// changed the journal.
    fn ran(&mut self, app: &mut App, command: Command, json: bool) -> Vec<Msg> {
        let writes = command.writes();
        let result = match self.refusal() {
            // The journal at its path is another one now: refused, with
            // the form kept, rather than saved where nobody looks.
            Some(why) if writes && self.moved => Err(command::CommandError::Failed(why)),
            _ => command::run(
                self.journal,
                &self.env(self.today, &command),
                command.clone(),
            ),
        };
        let changed = writes && result.as_ref().is_ok_and(command::Report::ok);
        let printed = match &result {
            Ok(report) => {
                let (out, err) = crate::print::lines(report, json, self.today);
                Printed { out, err }
            }
            Err(_) => Printed::default(),
        };
        // Whom an undo was about: the review shows them again.
        let undone = match (&command, &result) {
            (Command::Undo | Command::Redo, Ok(command::Report::Done(done))) => {
                done.written.clone()
            }
            _ => Vec::new(),
        };
        let mut msgs = vec![Msg::Ran(Box::new(Ran {
            command,
            json,
            result,
            printed,
        }))];
        if changed {
            msgs.extend(self.reloaded(app, &undone));
        }
        msgs
    }

    /// What a command runs with: nobody can type a passphrase into the
    /// TUI's terminal, nor into a forwarding shell's.
    fn env(&self, today: NaiveDate, command: &Command) -> Env<'_> {
        Env {
            surface: crate::domain::draft::Surface::Tui,
            ..Env::unattended(today, &self.config, crate::words::label(command))
        }
    }

    /// Answers a message from another process (through the socket's one
    /// host, `relay::host`), and says whether it may have changed the
    /// journal.
    pub(crate) fn answer(&mut self, call: Call) -> bool {
        relay::host::answer(self, call).wrote
    }

    /// Moves to `today` when the day turned since the data was read: all
    /// of it is read again for the new day (the review, "last touch"), and
    /// what runs from now on is dated on it (`d`, a form's empty date, a
    /// draft's "yesterday").
    pub(crate) fn keep_day(&mut self, app: &mut App, today: NaiveDate) {
        if today == self.today {
            return;
        }
        self.today = today;
        let parts: Vec<Part> = app.screen().part().into_iter().collect();
        let msg = match load_data(self.journal, today, &self.config.review, &parts) {
            Ok(data) => Msg::Loaded(Box::new(data)),
            Err(e) => Msg::Warning(format!("{e:#}")),
        };
        self.send(app, msg);
        self.send(app, Msg::DayTurned(today));
    }

    /// Loads the data again after a change, and the selected card with it;
    /// first says what other shells changed, so the reasons rows moved
    /// (said while the lists are restored) come after it.
    pub fn reload(&mut self, app: &mut App) {
        let said = std::mem::take(&mut self.elsewhere);
        if !said.is_empty() {
            self.send(app, Msg::Elsewhere(said));
        }
        for msg in self.reloaded(app, &[]) {
            self.send(app, msg);
        }
    }

    /// The data brought up to date after a change, as a message. Only the
    /// part the screen in view shows is loaded again; the others wait until
    /// their screen is shown.
    fn reloaded(&mut self, app: &mut App, undone: &[Id]) -> Vec<Msg> {
        let parts: Vec<Part> = app.screen().part().into_iter().collect();
        let settings = &self.config.review;
        let mut data = app.take_data();
        let updated = match self.journal.take_changed() {
            // A few people changed (a capture, an edit): refresh just them.
            Some(ids) if ids.len() <= INCREMENTAL_LIMIT => {
                update_data(self.journal, self.today, settings, &mut data, &ids, undone).and_then(
                    |()| {
                        for part in &parts {
                            let loaded = load_part(self.journal, self.today, &data.people, *part)?;
                            data.put(loaded);
                        }
                        Ok(())
                    },
                )
            }
            // An import or a merge of many: read everything again.
            _ => Err(anyhow::anyhow!("too many changes to follow one by one")),
        };
        let loaded = match updated {
            Ok(()) => Ok(data),
            Err(_) => load_data(self.journal, self.today, settings, &parts),
        };
        match loaded {
            Ok(data) => vec![Msg::Loaded(Box::new(data))],
            Err(e) => vec![Msg::Warning(format!("{e:#}"))],
        }
    }
}

/// The TUI keeps the journal while the user is in it: it never lets go
/// when asked. Once its folder was moved or replaced, it answers nothing:
/// the call is dropped untaken, so its sender tries again and finds the
/// holder of the journal now at the path.
impl Host for Runtime<'_> {
    fn answers(&mut self) -> bool {
        !self.moved()
    }

    fn stranger(&mut self, unreadable: Option<String>) -> Option<(Answer, Answered)> {
        let e = unreadable?;
        let err =
            format!("givegive: the TUI cannot run this command: {e}; quit the TUI and try again\n");
        let reply = Reply {
            code: 2,
            out: String::new(),
            err,
        };
        let keep = Answered {
            keep: true,
            wrote: false,
        };
        Some((Answer::Ran(reply), keep))
    }

    fn run(&mut self, request: Request, call: Call) -> Answered {
        // The report's first line says what changed and whom, and its
        // "also done" lines what else; a report in JSON (for scripts) or
        // without words, the command as typed.
        let (json, label) = (request.json, crate::words::label(&request.command));
        let (reply, wrote) = relay::serve::run(self.journal, request);
        if wrote {
            self.elsewhere
                .push(match crate::app::elsewhere_words(&reply.out) {
                    Some(said) if !json => said,
                    _ => label,
                });
        }
        call.answer(&Answer::Ran(reply));
        Answered { keep: true, wrote }
    }

    fn release(&mut self) -> (Answer, bool) {
        (Answer::Kept, true)
    }

    fn holding(&self) -> Holding {
        Holding {
            pid: std::process::id(),
            tui: true,
            build: relay::build().to_string(),
            linger: None,
            idle: 0,
        }
    }
}

#[cfg(test)]
mod tests;
