//! The terminal front end: terminal lifecycle, the event loop, and the
//! runtime that performs the app's effects against the journal.
//!
//! The loop is event → [`Msg`] → [`App::update`] → effects → render. Keys
//! and captures typed in other shells wake it on one channel, so a capture
//! is answered as soon as it arrives.

pub(crate) mod clipboard;
mod editor;
mod input;
mod keys;
mod loading;
mod mouse;
mod runtime;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;
use chrono::NaiveDate;
use crossterm::event::{Event, KeyEventKind};
use ratatui::DefaultTerminal;

use crate::app::{App, Msg, Overlay};
use crate::config::Config;
use crate::journal::Journal;
use crate::relay;
use input::Wake;

/// Where the TUI reads the day from. It may stay open past midnight, and
/// what it dates, drafts and reviews must then count from the new day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// The system's local date, read again whenever the TUI wakes.
    Local,
    /// One day throughout (`GIVEGIVE_TODAY`, `--today`): for tests and trials.
    Pinned(NaiveDate),
}

impl Clock {
    pub fn today(self) -> NaiveDate {
        match self {
            Clock::Local => chrono::Local::now().date_naive(),
            Clock::Pinned(day) => day,
        }
    }
}

/// Runs the TUI until the user quits or a signal asks it to stop. `new`:
/// no journal was at `path`, which was named on purpose (`--db`).
pub fn run(journal: &Journal, path: &Path, config: &Config, clock: Clock, new: bool) -> Result<()> {
    let today = clock.today();
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
    if new {
        app.update(Msg::Warning(format!(
            "no journal was at {}: this is a new, empty one (a typo in the path? quit and check it)",
            path.display()
        )));
    }
    if let Some(warning) = crate::config::ignored_config_home() {
        app.update(Msg::Warning(warning));
    }
    if let Err(e) = &listener {
        app.update(Msg::Warning(format!(
            "captures from other shells are off: {e}"
        )));
    }
    let mut runtime = Runtime::new(journal, today, config.clone());
    runtime.watch(path);
    let first = app.card_effects();
    runtime.perform(&mut app, first);

    let mut terminal = ratatui::try_init()?;
    capture_mouse(config.mouse)?;
    let result = event_loop(
        &mut terminal,
        &mut app,
        &mut runtime,
        config,
        listener.ok(),
        (clock, &stop),
    );
    // Given back before the terminal is restored: a shell left with the
    // mouse captured prints escape codes on every move.
    let _ = capture_mouse(false);
    ratatui::restore();
    if runtime.moved() {
        // Nothing was written since, and a flush could make files by path
        // in the folder now there (see `holder`): the user is told instead.
        result?;
        return Err(anyhow::anyhow!(runtime.refusal().unwrap_or_default()));
    }
    journal.flush()?;
    result
}

/// Asks the terminal to report the mouse (clicks, wheel), or to stop.
fn capture_mouse(on: bool) -> std::io::Result<()> {
    use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
    if on {
        crossterm::execute!(std::io::stdout(), EnableMouseCapture)
    } else {
        crossterm::execute!(std::io::stdout(), DisableMouseCapture)
    }
}

/// How long after a capture from another shell the screens wait for the
/// next one before refreshing: shorter than a person notices, longer than
/// a script takes to send its next command.
const SETTLE: Duration = Duration::from_millis(30);

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    runtime: &mut Runtime<'_>,
    config: &Config,
    mut listener: Option<relay::Listener>,
    (clock, stop): (Clock, &AtomicBool),
) -> Result<()> {
    let input = input::Input::spawn()?;
    if let Some(listener) = &listener {
        input.captures_from(listener)?;
    }
    // Captures from other shells changed the journal and the screens are
    // not refreshed yet: that waits until none came for `SETTLE` (or a key
    // is pressed), so a burst of them from a script is answered at the pace
    // of the journal, not of the screens (a refresh at 100,000 people
    // takes longer than a capture).
    let mut stale = false;
    let mut moved = false;
    let mut regions = crate::ui::Regions::default();
    while app.running() && !stop.load(Ordering::Relaxed) {
        if !moved && runtime.moved() {
            // Another journal is at the path now: its own holder answers
            // the shells, and this one's socket goes (only if it is still
            // this one's), so nothing reaches the moved journal.
            moved = true;
            drop(listener.take());
            let refused = runtime.refusal();
            app.update(Msg::Refused(refused));
        }
        if !stale {
            terminal.draw(|frame| regions = crate::ui::render(app, config, frame))?;
            let page = usize::from(terminal.size()?.height.saturating_sub(6)).max(1);
            let room = crate::app::Room {
                page,
                last: regions.scroll_end(),
            };
            if room != app.room() {
                app.update(Msg::Drawn(room));
            }
        }
        let wake = input.next(if stale {
            SETTLE
        } else {
            Duration::from_millis(100)
        })?;
        // Past midnight, what wakes the TUI acts on the new day.
        runtime.keep_day(app, clock.today());
        if stale && !matches!(wake, Some(Wake::Capture(_))) {
            // What was shown is out of date: nothing acts on it.
            runtime.reload(app);
            stale = false;
            if wake.is_none() {
                continue;
            }
        }
        match wake {
            Some(Wake::Term(Event::Mouse(mouse))) => {
                let Some(msg) = mouse::msg_for(&regions, mouse) else {
                    continue;
                };
                let effects = app.update(msg);
                runtime.perform(app, effects);
            }
            Some(Wake::Term(Event::Key(event))) if event.kind != KeyEventKind::Release => {
                for key in keys::unfold(app, config, event) {
                    let Some(msg) = msg_for(app, config, key) else {
                        continue;
                    };
                    let effects = app.update(msg);
                    runtime.perform(app, effects);
                }
                for text in runtime.take_clipboard() {
                    let copied = clipboard::copy(&text)?;
                    let drafting = matches!(app.overlay(), Some(Overlay::Draft(_)));
                    let otherwise =
                        clipboard::otherwise(&config.keymap, drafting, app.copied_kind());
                    let all = config
                        .keymap
                        .key_for(
                            crate::keymap::Layer::Global,
                            crate::keymap::Action::ShowStatus,
                        )
                        .map(|k| k.to_string());
                    let said = copied.said(&app.copying(), &otherwise, all.as_deref());
                    let warning = copied == clipboard::Copied::Terminal;
                    runtime.send(app, Msg::Copied { said, warning });
                }
                for target in runtime.take_editor_requests() {
                    input.pause();
                    capture_mouse(false)?;
                    let edited = editor::edit(terminal, runtime, app, target);
                    capture_mouse(config.mouse)?;
                    input.resume();
                    edited?;
                }
            }
            Some(Wake::Capture(stream)) => {
                stale |= runtime.answer(relay::Call::new(stream));
                runtime.perform(app, Vec::new());
            }
            _ => {}
        }
    }
    Ok(())
}

pub use keys::{layer_of, msg_for};
pub use loading::{load_data, load_part, update_data};
pub use runtime::Runtime;
