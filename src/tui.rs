//! The terminal front end: terminal lifecycle, the event loop, and the
//! runtime that performs the app's effects against the journal.
//!
//! The loop is event → [`Msg`] → [`App::update`] → effects → render. Keys
//! and captures typed in other shells wake it on one channel, so a capture
//! is answered as soon as it arrives.

mod clipboard;
mod editor;
mod input;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;
use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::DefaultTerminal;

use crate::app::{
    Action, App, Data, DraftView, EditTarget, Effect, LedgerLine, Loaded, Msg, Overlay, Part,
    PersonRow, Ran, Screen, SearchDoc,
};
use crate::command::{self, Command, Env};
use crate::config::Config;
use crate::domain::review::Settings;
use crate::domain::stats;
use crate::domain::text::fold;
use crate::domain::{FollowUpState, Id};
use crate::journal::Journal;
use crate::keymap::{Key, Layer};
use crate::relay::{self, Reply, Request};
use input::Wake;

/// Runs the TUI until the user quits or a signal asks it to stop.
pub fn run(journal: &Journal, path: &Path, config: &Config, today: NaiveDate) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let listener = relay::Listener::bind(path);
    let mut app = App::new(
        load_data(journal, today, &config.review, &[])?,
        today,
        path.display().to_string(),
    );
    if let Err(e) = &listener {
        app.status.text = format!("captures from other shells are off: {e}");
        app.status.warning = true;
    }
    let mut runtime = Runtime::new(journal, today, config.clone());
    let first = app.card_effects();
    runtime.perform(&mut app, first);

    let mut terminal = ratatui::try_init()?;
    let result = event_loop(
        &mut terminal,
        &mut app,
        &mut runtime,
        config,
        listener.ok().as_ref(),
        &stop,
    );
    ratatui::restore();
    journal.flush()?;
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    runtime: &mut Runtime<'_>,
    config: &Config,
    listener: Option<&relay::Listener>,
    stop: &AtomicBool,
) -> Result<()> {
    let input = input::Input::spawn()?;
    if let Some(listener) = listener {
        input.captures_from(listener)?;
    }
    while app.running && !stop.load(Ordering::Relaxed) {
        app.page = usize::from(terminal.size()?.height.saturating_sub(6)).max(1);
        terminal.draw(|frame| crate::ui::render(app, config, frame))?;
        match input.next(Duration::from_millis(100))? {
            Some(Wake::Term(Event::Key(key))) if key.kind != KeyEventKind::Release => {
                let Some(msg) = msg_for(app, config, key) else {
                    continue;
                };
                let effects = app.update(msg);
                runtime.perform(app, effects);
                for text in runtime.take_clipboard() {
                    clipboard::copy(&text)?;
                }
                for target in runtime.take_editor_requests() {
                    input.pause();
                    let edited = editor::edit(terminal, runtime, app, target);
                    input.resume();
                    edited?;
                }
            }
            Some(Wake::Capture(stream)) => {
                let mut changed = false;
                relay::answer(stream, |request| {
                    let (reply, writes) = runtime.forwarded(request);
                    changed = writes;
                    reply
                });
                if changed {
                    runtime.reload(app);
                }
                app.refused = runtime.journal.store().refused();
            }
            _ => {}
        }
    }
    Ok(())
}

/// What a key means in the app's current state: text fields and overlays
/// take keys first, then the keymap.
pub fn msg_for(app: &App, config: &Config, key: KeyEvent) -> Option<Msg> {
    let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
    match &app.overlay {
        Some(Overlay::Confirm { .. }) => {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Yes),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::No),
                _ if ctrl_c => Some(Msg::No),
                _ => None,
            };
        }
        Some(Overlay::Form(_)) => {
            return match key.code {
                KeyCode::Enter => Some(Msg::Submit),
                KeyCode::Esc => Some(Msg::Cancel),
                KeyCode::Tab | KeyCode::Down => Some(Msg::Complete),
                KeyCode::BackTab | KeyCode::Up => Some(Msg::Act(Action::Up)),
                _ if ctrl_c => Some(Msg::Cancel),
                _ => {
                    tui_input::backend::crossterm::to_input_request(&Event::Key(key)).map(Msg::Edit)
                }
            };
        }
        Some(Overlay::Draft(_)) => {
            return match key.code {
                KeyCode::Char('c') => Some(Msg::Copy),
                KeyCode::Char('e') => Some(Msg::EditText),
                KeyCode::Char('y') => Some(Msg::Yes),
                KeyCode::Esc | KeyCode::Char('n' | 'q') => Some(Msg::No),
                _ if ctrl_c => Some(Msg::No),
                _ => None,
            };
        }
        Some(Overlay::Picker { .. } | Overlay::Matches { .. }) => {
            return match key.code {
                KeyCode::Enter => Some(Msg::Submit),
                KeyCode::Esc => Some(Msg::Cancel),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Act(Action::Up)),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Act(Action::Down)),
                _ if ctrl_c => Some(Msg::Cancel),
                _ => None,
            };
        }
        _ => {}
    }
    if app.prompt.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Msg::Submit),
            KeyCode::Esc => Some(Msg::Cancel),
            KeyCode::Tab => Some(Msg::Complete),
            _ if ctrl_c => Some(Msg::Cancel),
            _ => tui_input::backend::crossterm::to_input_request(&Event::Key(key)).map(Msg::Edit),
        };
    }
    let layer = match app.screen {
        Screen::Review => Layer::Review,
        Screen::Welcome | Screen::Contacts | Screen::Search => Layer::Contacts,
        Screen::Interests | Screen::Events => Layer::Interests,
        Screen::Stats => Layer::Global,
        Screen::Ledger => Layer::Ledger,
    };
    let layer = if app.screen == Screen::Search {
        Layer::Global
    } else {
        layer
    };
    config
        .keymap
        .resolve(layer, Key::from_event(key))
        .map(Msg::Act)
}

/// Loads what every screen needs, and the parts `parts` names.
pub fn load_data(
    journal: &Journal,
    today: NaiveDate,
    review: &Settings,
    parts: &[Part],
) -> Result<Data> {
    let (rows, facts) = journal.people_and_review_facts(review, today)?;
    let mut people = rows
        .into_iter()
        .map(|row| PersonRow {
            folded: fold(&row.name),
            row,
        })
        .collect::<Vec<_>>();
    // The list's order (folded name, then id), folding each name once.
    people.sort_unstable_by(|a, b| (&a.folded, a.row.id).cmp(&(&b.folded, b.row.id)));
    let mut data = Data {
        totals: journal.store().totals()?,
        due_follow_ups: journal.store().follow_ups_due(today)?.len(),
        review: journal.review_queue(&facts, review, today)?,
        facts,
        people,
        ..Data::default()
    };
    for part in parts {
        let loaded = load_part(journal, today, &data.people, *part)?;
        data.put(loaded);
    }
    Ok(data)
}

/// Brings `data` up to date after writes that touched the contacts `ids`:
/// their rows and review facts are read again, the queue is rebuilt, and
/// the parts are dropped (the screen in view loads its own again).
pub fn update_data(
    journal: &Journal,
    today: NaiveDate,
    review: &Settings,
    data: &mut Data,
    ids: &BTreeSet<Id>,
) -> Result<()> {
    data.people.retain(|p| !ids.contains(&p.row.id));
    for id in ids {
        if let Some(row) = journal.list_row(*id)? {
            let person = PersonRow {
                folded: fold(&row.name),
                row,
            };
            let at = data
                .people
                .partition_point(|p| (&p.folded, p.row.id) < (&person.folded, person.row.id));
            data.people.insert(at, person);
        }
    }
    data.facts.retain(|f| !ids.contains(&f.contact));
    for f in journal.review_facts_of(ids, review, today)? {
        let at = data.facts.partition_point(|g| g.contact < f.contact);
        data.facts.insert(at, f);
    }
    data.review = journal.review_queue(&data.facts, review, today)?;
    data.totals = journal.store().totals()?;
    data.due_follow_ups = journal.store().follow_ups_due(today)?.len();
    data.drop_parts();
    Ok(())
}

/// Loads one part of the data.
pub fn load_part(
    journal: &Journal,
    today: NaiveDate,
    people: &[PersonRow],
    part: Part,
) -> Result<Loaded> {
    Ok(match part {
        Part::Interests => Loaded::Interests(journal.interests_overview()?),
        Part::Ledger => {
            let names = names_by_id(people);
            let mut ledger = Vec::new();
            for entry in journal.store().ledger() {
                let entry = entry?;
                let names = entry
                    .people()
                    .map(|id| label(&names, id))
                    .collect::<Vec<_>>()
                    .join(" & ");
                ledger.push(LedgerLine { entry, names });
            }
            let months = stats::monthly(ledger.iter().map(|l| &l.entry), today, 12);
            Loaded::Ledger(ledger, months)
        }
        Part::Stats => Loaded::Stats(journal.stats(today, 12)?),
        Part::Events => Loaded::Events(journal.events(today)?),
    })
}

fn label(names: &HashMap<Id, &str>, id: Id) -> String {
    names
        .get(&id)
        .map_or_else(|| id.to_string(), |n| (*n).to_string())
}

/// Names by id, for labelling a million ledger lines: a scan of the people
/// per line added half a second to opening a 10,000-person journal.
fn names_by_id(people: &[PersonRow]) -> HashMap<Id, &str> {
    people
        .iter()
        .map(|p| (p.row.id, p.row.name.as_str()))
        .collect()
}

/// Everything `/` searches: interaction summaries and details, ledger
/// texts, follow-ups and signals.
fn load_search(journal: &Journal, data: &Data) -> Result<Vec<SearchDoc>> {
    let names: HashMap<Id, Arc<str>> = data
        .people
        .iter()
        .map(|p| (p.row.id, Arc::from(p.row.name.as_str())))
        .collect();
    let name = |id: Id| {
        names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| id.to_string().into())
    };
    let mut docs = Vec::new();
    let mut push = |contact: Id, record: Id, date, label: &'static str, text: String| {
        docs.push(SearchDoc {
            contact,
            name: name(contact),
            record,
            date,
            label,
            text,
        });
    };
    for i in journal.store().interactions() {
        let i = i?;
        let text = if i.details.is_empty() {
            i.summary.clone()
        } else {
            format!("{} — {}", i.summary, i.details)
        };
        if let Some(first) = i.contacts.first() {
            push(*first, i.id, i.date, i.kind.as_str(), text);
        }
    }
    for e in journal.store().ledger() {
        let e = e?;
        push(e.contact, e.id, e.date, e.verb(), e.text);
    }
    for f in journal.store().follow_ups() {
        let f = f?;
        let label = if matches!(f.state, FollowUpState::Done { .. }) {
            "follow-up"
        } else {
            "to do"
        };
        push(f.contact, f.id, f.created, label, f.text);
    }
    for s in journal.store().signals() {
        let s = s?;
        push(s.contact, s.id, s.date, "signal", s.text);
    }
    Ok(docs)
}

/// Above this many changed people a reload reads everything again, which
/// is then cheaper than reading them one by one.
const INCREMENTAL_LIMIT: usize = 1_000;

/// Performs effects against the journal and feeds the results back.
pub struct Runtime<'a> {
    journal: &'a Journal,
    today: NaiveDate,
    config: Config,
    /// Texts to edit in `$EDITOR`: the event loop does it, since it owns the
    /// terminal that has to be handed over.
    editor: Vec<EditTarget>,
    clipboard: Vec<String>,
}

impl<'a> Runtime<'a> {
    pub fn new(journal: &'a Journal, today: NaiveDate, config: Config) -> Runtime<'a> {
        Runtime {
            journal,
            today,
            config,
            editor: Vec::new(),
            clipboard: Vec::new(),
        }
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
        app.refused = self.journal.store().refused();
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
                        .draft_context(contact, meeting)
                        .map_err(|e| e.to_string())
                        .and_then(|ctx| {
                            let text =
                                crate::domain::draft::draft(&ctx, &self.config.drafts.template())?;
                            Ok(DraftView {
                                contact,
                                name: ctx.name,
                                follow_up,
                                text,
                            })
                        });
                    app.draft_loaded(built);
                }
                Effect::LoadSearch => match load_search(self.journal, &app.data) {
                    Ok(docs) => app.search_loaded(docs),
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
        let result = command::run(
            self.journal,
            &self.env(self.today, &command),
            command.clone(),
        );
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
        Env {
            today,
            config: &self.config,
            interactive: false,
            label: crate::words::label(command),
            passphrase: &Env::no_passphrase,
        }
    }

    /// A command forwarded from another shell, and whether it may have
    /// changed the journal.
    fn forwarded(&self, request: Request) -> (Reply, bool) {
        let writes = request.command.writes();
        let env = self.env(request.today, &request.command);
        let style = crate::print::Style {
            json: request.json,
            today: request.today,
            terminal: false,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = match command::run(self.journal, &env, request.command) {
            // Writing to memory cannot fail.
            Ok(report) => crate::print::report(&mut out, &mut err, &report, style).unwrap_or(false),
            Err(e) => {
                err.extend_from_slice(format!("givegive: {e}\n").as_bytes());
                false
            }
        };
        let reply = Reply {
            code: u8::from(!ok),
            out: String::from_utf8_lossy(&out).into_owned(),
            err: String::from_utf8_lossy(&err).into_owned(),
        };
        (reply, writes && ok)
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
        app.search.set_docs(Vec::new());
        let card = app
            .selected_person()
            .and_then(|id| self.journal.card(id).ok());
        let keep = app.contacts.history_scroll;
        app.card_loaded(card);
        app.contacts.history_scroll = keep;
    }
}
