//! The runtime: performs the app's effects against the journal and hands
//! the results back, refreshing what a command changed.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::loading::{load_data, load_part, update_data};
use crate::app::{App, DraftView, EditTarget, Effect, Msg, Part, Ran};
use crate::command::{self, Command, Env};
use crate::config::Config;
use crate::journal::Journal;
use crate::relay::{self, Answer, Call, Holding, Message, Reply};

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

    /// Performs `effects`, handing each result to the app.
    pub fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        self.perform_all(app, effects);
        app.refused = self.refusal();
    }

    fn perform_all(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::LoadCard(id) => {
                    let card = self.journal.card(id).ok();
                    app.card_loaded(card);
                }
                Effect::Load(part) => {
                    match load_part(self.journal, self.today, &app.data.people, part) {
                        Ok(loaded) => app.part_loaded(loaded),
                        Err(e) => {
                            app.notice(format!("{e:#}"), true);
                            continue;
                        }
                    }
                    let next = app.card_effects();
                    self.perform(app, next);
                }
                Effect::Edit(target) => self.editor.push(target),
                Effect::Copy(text) => self.clipboard.push(text),
                Effect::LoadMatches(id) => match self.journal.matches(id) {
                    Ok(report) => app.matches_loaded(report),
                    Err(e) => app.notice(e.to_string(), true),
                },
                Effect::Draft {
                    contact,
                    meeting,
                    follow_up,
                } => {
                    let built = self
                        .journal
                        .draft(
                            contact,
                            meeting,
                            self.today,
                            &self.config.drafts.template(),
                            self.config.review.dates_ahead,
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
                            })
                        })
                        .map_err(|e| e.to_string());
                    app.draft_loaded(built);
                }
                Effect::LoadSearch => match self.journal.search_index() {
                    Ok(index) => app.search_loaded(index),
                    Err(e) => app.notice(format!("{e:#}"), true),
                },
                Effect::Run { command, json } => self.run(app, command, json),
            }
        }
    }

    /// Runs `command` as the shell would, hands its report to the app, and
    /// refreshes what it changed.
    pub(crate) fn run(&mut self, app: &mut App, command: Command, json: bool) {
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
        let effects = app.update(Msg::Ran(Box::new(Ran {
            command,
            json,
            result,
        })));
        self.perform_all(app, effects);
        if changed {
            self.reload(app);
        }
    }

    /// What a command runs with: nobody can type a passphrase into the
    /// TUI's terminal, nor into a forwarding shell's.
    fn env(&self, today: NaiveDate, command: &Command) -> Env<'_> {
        Env::unattended(today, &self.config, crate::words::label(command))
    }

    /// Answers a message from another process, and says whether it may
    /// have changed the journal. The TUI keeps the journal while the user
    /// is in it, so it never lets go when asked.
    ///
    /// Once its folder was moved or replaced, it answers nothing: the call
    /// is dropped untaken, so its sender tries again and finds the holder
    /// of the journal now at the path.
    pub(super) fn answer(&mut self, mut call: Call) -> bool {
        if self.moved() {
            return false;
        }
        let (answer, writes) = match call.read().message {
            Ok(Message::Run(request)) => {
                if !call.take() {
                    // Its sender gave up waiting, or was ended.
                    return false;
                }
                let (reply, writes) = relay::serve::run(self.journal, request);
                (Answer::Ran(reply), writes)
            }
            Ok(Message::Release) => (Answer::Kept, false),
            Ok(Message::Status) => (
                Answer::Status(Holding {
                    pid: std::process::id(),
                    tui: true,
                    build: relay::build().to_string(),
                    linger: None,
                    idle: 0,
                }),
                false,
            ),
            Err(e) => (
                Answer::Ran(Reply {
                    code: 2,
                    out: String::new(),
                    err: format!(
                        "givegive: the TUI cannot run this command: {e}; quit the TUI and try again\n"
                    ),
                }),
                false,
            ),
        };
        call.answer(&answer);
        writes
    }

    /// Loads the data again after a change, and the selected card with it.
    /// Only the part the screen in view shows is loaded again; the others
    /// wait until their screen is shown.
    pub fn reload(&mut self, app: &mut App) {
        let parts: Vec<Part> = app.screen.part().into_iter().collect();
        let settings = &self.config.review;
        let mut data = std::mem::take(&mut app.data);
        let updated = match self.journal.take_changed() {
            // A few people changed (a capture, an edit): refresh just them.
            Some(ids) if ids.len() <= INCREMENTAL_LIMIT => {
                update_data(self.journal, self.today, settings, &mut data, &ids).and_then(|()| {
                    for part in &parts {
                        let loaded = load_part(self.journal, self.today, &data.people, *part)?;
                        data.put(loaded);
                    }
                    Ok(())
                })
            }
            // An import or a merge of many: read everything again.
            _ => Err(anyhow::anyhow!("too many changes to follow one by one")),
        };
        let loaded = match updated {
            Ok(()) => Ok(data),
            Err(_) => load_data(self.journal, self.today, settings, &parts),
        };
        match loaded {
            Ok(data) => app.loaded(data),
            Err(e) => app.notice(format!("{e:#}"), true),
        }
        app.search.forget();
        let card = app
            .selected_person()
            .and_then(|id| self.journal.card(id).ok());
        let keep = app.contacts.history_scroll;
        app.card_loaded(card);
        app.contacts.history_scroll = keep;
    }
}
