//! Running a command that came over the socket: the same `command::run`
//! and `print::report` as the shell, printed into memory for the reply.
//! The TUI and the resident holder both answer with this.

use super::{Reply, Request};
use crate::command::{self, Env};
use crate::config::Config;
use crate::journal::Journal;

/// Runs `request` on `journal` and says whether it may have changed it.
/// Every write is flushed before the reply is made, so a reply of success
/// means the change is on disk. A request whose id was seen before (its
/// sender could not tell whether it ran) gets its first answer instead,
/// and changes nothing.
pub(crate) fn run(journal: &Journal, request: Request) -> (Reply, bool) {
    let Some(id) = request.id.clone() else {
        return run_once(journal, request);
    };
    let store = journal.store();
    match store.seen(&id) {
        Ok(Some(seen)) => return (first_answer(seen.answer), false),
        Ok(None) => {}
        Err(e) => return (failed(&e.to_string()), false),
    }
    let writes = request.command.writes();
    store.on_behalf_of(Some(&id));
    let (reply, changed) = run_once(journal, request);
    store.on_behalf_of(None);
    if writes && let Ok(answer) = serde_json::to_vec(&(reply.code, &reply.out, &reply.err)) {
        // The change itself is saved and flushed already: should keeping
        // its words fail, a request sent again is told it was saved.
        if store.answered(&id, &answer).is_ok() {
            journal.flush().ok();
        }
    }
    (reply, changed)
}

/// The answer to a request that ran before: the words it got then, or,
/// when only its id was kept (a holder killed before answering), a line
/// that says it was saved.
pub(crate) fn first_answer(answer: Option<Vec<u8>>) -> Reply {
    match answer.and_then(|a| serde_json::from_slice::<(u8, String, String)>(&a).ok()) {
        Some((code, out, err)) => Reply { code, out, err },
        None => Reply {
            code: 0,
            out: String::new(),
            err: "givegive: this command was already saved, by a holder that ended before it could answer\n".into(),
        },
    }
}

fn failed(why: &str) -> Reply {
    Reply {
        code: 1,
        out: String::new(),
        err: format!("givegive: {why}\n"),
    }
}

fn run_once(journal: &Journal, request: Request) -> (Reply, bool) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let writes = request.command.writes();
    let ok = match config_for(&request) {
        Ok((config, broken)) => {
            let label = crate::words::label(&request.command);
            if let Some(broken) = broken {
                let name = label.split(' ').next().unwrap_or("givegive");
                let said = crate::config::warnings(&broken, name);
                err.extend_from_slice(said.as_bytes());
            }
            let env = Env::unattended(request.today, &config, label);
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
            err.extend_from_slice(crate::config::on_stderr(&e).as_bytes());
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
/// for the rest, so a broken file cannot stop a capture (its mistake is
/// said all the same).
fn config_for(request: &Request) -> Result<(Config, Option<String>), String> {
    Config::for_command(request.command.config_tables(), request.config.as_deref())
}

/// The warning that files of the journal were readable by others when it
/// was opened (they are owner-only now), for whoever ran the first command.
pub(crate) fn loose_warning(journal: &Journal) -> Option<String> {
    let [first, ..] = journal.loose() else {
        return None;
    };
    let n = journal.loose().len();
    let (such, now) = match n {
        1 => (",", "it is"),
        _ => (", such as", "they are"),
    };
    Some(format!(
        "givegive: warning: {}{such} {}, could be read by others; {now} owner-only now\n",
        crate::domain::text::count(n, "file of the journal", "files of the journal"),
        first.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn request(args: &[&str], id: Option<&str>) -> Request {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let cli = crate::cli::Cli::try_parse_from([&["givegive"], args].concat()).expect("args");
        let typed = crate::words::typed(cli.command.expect("a command"), today).expect("typed");
        Request {
            command: typed.command,
            json: false,
            today,
            terminal: false,
            config: None,
            id: id.map(String::from),
        }
    }

    fn copies(journal: &Journal, text: &str) -> usize {
        let (shown, _) = run(journal, request(&["show", "anna"], None));
        shown.out.matches(text).count()
    }

    #[test]
    fn a_request_sent_again_gets_its_first_answer_and_changes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = Journal::open(dir.path()).expect("open");
        run(&journal, request(&["add", "Anna"], Some("a")));
        let gave = || request(&["gave", "anna", "the deck"], Some("b"));
        let (first, changed) = run(&journal, gave());
        assert!(changed && first.code == 0, "{}", first.err);
        let (again, changed) = run(&journal, gave());
        assert!(!changed);
        assert_eq!((again.code, &again.out), (0, &first.out));
        assert_eq!(copies(&journal, "the deck"), 1);
        // A holder killed after the change, before its answer was kept:
        // the id alone says the change was saved.
        journal.store().on_behalf_of(Some("c"));
        run_once(&journal, request(&["gave", "anna", "a book"], None));
        journal.store().on_behalf_of(None);
        let (told, changed) = run(&journal, request(&["gave", "anna", "a book"], Some("c")));
        assert!(!changed && told.code == 0);
        assert!(told.err.contains("already saved"), "{}", told.err);
        assert_eq!(copies(&journal, "a book"), 1);
        // Undo is a change too: sent twice, it undoes once.
        let undo = || request(&["undo"], Some("d"));
        run(&journal, undo());
        run(&journal, undo());
        assert_eq!(copies(&journal, "the deck"), 1, "only the book was undone");
        assert!(journal.check().expect("check").is_empty(), "check is clean");
    }
}
