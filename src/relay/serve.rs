//! Running a command that came over the socket: the same `command::run`
//! and `print::report` as the shell, printed into memory for the reply.
//! The TUI and the resident holder both answer with this.

use super::{Reply, Request};
use crate::command::{self, Env};
use crate::config::Config;
use crate::journal::Journal;

/// Runs `request` on `journal` and says whether it may have changed it.
/// Every write is flushed before the reply is made, so a reply of success
/// means the change is on disk.
pub(crate) fn run(journal: &Journal, request: Request) -> (Reply, bool) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let writes = request.command.writes();
    let ok = match config_for(&request) {
        Ok(config) => {
            let env = Env::unattended(
                request.today,
                &config,
                crate::words::label(&request.command),
            );
            let style = crate::print::Style {
                json: request.json,
                today: request.today,
                terminal: request.terminal,
            };
            let ran = command::run(journal, &env, request.command)
                .map_err(|e| e.to_string())
                .and_then(|report| {
                    // Writing to memory cannot fail; flushing can.
                    let ok =
                        crate::print::report(&mut out, &mut err, &report, style).unwrap_or(false);
                    journal.flush().map_err(|e| e.to_string())?;
                    Ok(ok)
                });
            ran.unwrap_or_else(|e| {
                err.extend_from_slice(format!("givegive: {e}\n").as_bytes());
                false
            })
        }
        Err(e) => {
            err.extend_from_slice(format!("givegive: {e}\n").as_bytes());
            false
        }
    };
    let text = |bytes: Vec<u8>| {
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    };
    let reply = Reply {
        code: u8::from(!ok),
        out: text(out),
        err: text(err),
    };
    (reply, writes && ok)
}

/// The config a command runs with: the user's file for the commands that
/// read one, read afresh each time so an edit counts at once; the defaults
/// for the rest, so a broken file cannot stop a capture.
fn config_for(request: &Request) -> Result<Config, String> {
    if request.command.reads_config() {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Config::load(request.config.as_deref(), no_color)
    } else {
        Ok(Config::defaults())
    }
}

/// The warning that files of the journal were readable by others when it
/// was opened (they are owner-only now), for whoever ran the first command.
pub(crate) fn loose_warning(journal: &Journal) -> Option<String> {
    let [first, ..] = journal.loose() else {
        return None;
    };
    Some(format!(
        "givegive: warning: {} file(s) of the journal, such as {}, could be read by others; they are owner-only now\n",
        journal.loose().len(),
        first.display()
    ))
}
