//! Long text in the user's editor: a person's notes or a meeting's details.
//! The terminal is handed to `$VISUAL`/`$EDITOR` (default `vi`) on a private
//! temporary file and taken back afterwards; what was written is saved by a
//! command, like every change, so `undo` names it and takes it back.

use anyhow::Result;
use ratatui::DefaultTerminal;

use super::Runtime;
use crate::app::{App, EditTarget, Msg};
use crate::command::Command;

pub fn edit(
    terminal: &mut DefaultTerminal,
    runtime: &mut Runtime<'_>,
    app: &mut App,
    target: EditTarget,
) -> Result<()> {
    let journal = runtime.journal;
    if let EditTarget::Draft(text) = &target {
        match run_editor(terminal, text)? {
            Ok(edited) => runtime.send(app, Msg::DraftEdited(edited)),
            Err(problem) => runtime.send(app, Msg::Warning(format!("{problem}; draft unchanged"))),
        }
        return Ok(());
    }
    let (before, what) = match &target {
        EditTarget::Notes(id) => {
            let c = journal.contact(*id)?;
            (c.notes, format!("the notes of {}", c.name))
        }
        EditTarget::Details(id) => match journal.interaction(*id)? {
            Some(i) => (i.details, format!("the details of '{}'", i.summary)),
            None => return Ok(()),
        },
        EditTarget::Draft(_) => return Ok(()),
    };
    let after = match run_editor(terminal, &before)? {
        Ok(text) => text,
        Err(problem) => {
            runtime.send(app, Msg::Warning(format!("{problem}; {what} unchanged")));
            return Ok(());
        }
    };
    if after.trim() == before.trim() {
        runtime.send(app, Msg::Notice(format!("{what} unchanged")));
        return Ok(());
    }
    let command = match target {
        EditTarget::Draft(_) => return Ok(()),
        EditTarget::Notes(id) => Command::SetNotes { id, notes: after },
        EditTarget::Details(interaction) => Command::SetDetails {
            interaction,
            details: after,
        },
    };
    runtime.run(app, command, false);
    Ok(())
}

/// Runs the editor on `text`; the inner error is a message for the user.
fn run_editor(terminal: &mut DefaultTerminal, text: &str) -> Result<Result<String, String>> {
    let mut file = tempfile::Builder::new()
        .prefix("givegive-")
        .suffix(".md")
        .tempfile()?;
    std::io::Write::write_all(&mut file, text.as_bytes())?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string());
    let words = shell_words::split(&editor).unwrap_or_else(|_| vec![editor.clone()]);
    let Some((program, args)) = words.split_first() else {
        return Ok(Err("$EDITOR is empty".into()));
    };
    ratatui::restore();
    let status = std::process::Command::new(program)
        .args(args)
        .arg(file.path())
        .status();
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    terminal.clear()?;
    Ok(match status {
        Ok(s) if s.success() => Ok(std::fs::read_to_string(file.path())?),
        Ok(s) => Err(format!("{program} exited with {s}")),
        Err(e) => Err(format!("cannot start {program}: {e} (set $EDITOR)")),
    })
}
