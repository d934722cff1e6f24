//! The shell-command contract: words as a person types them (`gave anna
//! "sent the deck" --weight 2`) turned into a typed [`Command`], and a
//! command written back as such words, which is what `undo` calls it.
//!
//! The shell's arguments, the TUI's `:` command line, the demo script and
//! nothing else parse words; clap's declarations are in [`args`]. Relative
//! dates are read here, against the front end's today.

pub mod args;
pub mod complete;
mod event;
mod line;
mod person;
mod split;

pub use line::{label, line};
pub use split::parse_words;

use chrono::NaiveDate;

use crate::command::{
    Command, ExportFormat, ExportRequest, ImportFormat, ImportRequest, Introduction, LedgerNote,
    Meeting, NewPerson, PersonEdit, Sealing, Who,
};
use crate::domain::dates::{Toward, parse_date};
use crate::domain::{Direction, Id, Nature};
use crate::journal::ListFilter;
use args::LedgerArgs;
use person::{dropped, fields};

/// A journal command as typed, and whether its report is wanted as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typed {
    pub command: Command,
    pub json: bool,
}

/// The demo network: a script of ordinary commands, shipped inside the
/// binary, so the demo runs exactly the code users run.
pub const DEMO_SCRIPT: &str = include_str!("../assets/demo.txt");

/// `recover` rebuilds a journal nobody has open.
pub const RECOVER_ELSEWHERE: &str =
    "recover rebuilds a journal that no givegive has open: quit the TUI and run it in a shell";

/// Parses `words` (a command line without the program name) as a journal
/// command. Commands that are not about the journal's contents (completions,
/// the man page, the demo) are refused with a message; `--db` and `--today`
/// are ignored, since the command runs on the journal already open.
pub fn parse(words: &[String], today: NaiveDate) -> Result<Typed, String> {
    let all: Vec<std::ffi::OsString> = std::iter::once("givegive".into())
        .chain(words.iter().map(Into::into))
        .collect();
    let cli = parse_words(&all).map_err(|e| first_line(&e.to_string()))?;
    if cli.demo {
        return Err("--demo cannot be used here".into());
    }
    match cli.command {
        Some(command) => typed(command, today),
        None => Err("type a journal command, for example: gave anna sent the deck".into()),
    }
}

/// The first line of clap's message, without its `error: ` prefix.
fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid command");
    line.trim_start_matches("error: ").to_string()
}

/// The demo script's commands, dated from `today`.
pub fn demo_script(today: NaiveDate) -> Result<Vec<Command>, String> {
    let mut commands = Vec::new();
    for (n, line) in DEMO_SCRIPT.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |e: &dyn std::fmt::Display| format!("assets/demo.txt:{}: {e}", n + 1);
        let line = dated(line, today).map_err(|e| fail(&e))?;
        let words = shell_words::split(&line).map_err(|e| fail(&e))?;
        commands.push(parse(&words, today).map_err(|e| fail(&e))?.command);
    }
    Ok(commands)
}

/// A demo line with each `{2 days ago}` written out as its day: an overdue
/// follow-up is given as a whole day, as a day read from words that is
/// already past is refused.
fn dated(line: &str, today: NaiveDate) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = line;
    while let Some((before, after)) = rest.split_once('{') {
        let (phrase, tail) = after
            .split_once('}')
            .ok_or_else(|| format!("'{{' without '}}' in {line}"))?;
        out.push_str(before);
        out.push_str(&date(phrase, today, Toward::Past)?.to_string());
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

fn date(text: &str, today: NaiveDate, toward: Toward) -> Result<NaiveDate, String> {
    parse_date(text, today, toward)
}

fn past(text: Option<String>, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    text.map(|t| date(&t, today, Toward::Past)).transpose()
}

fn who(text: String) -> Who {
    Who::Typed(text)
}

/// What clap parsed, as a typed command.
pub fn typed(command: args::Command, today: NaiveDate) -> Result<Typed, String> {
    use args::Command as A;
    let mut json = false;
    let mut wants_json = |j: bool| json = j;
    let command = match command {
        A::Add(a) => {
            let mut fields = fields(a.fields, today)?;
            let at_event = a.at.is_some();
            fields.met = a.at.or(fields.met);
            Command::Add(Box::new(NewPerson {
                name: a.name.join(" "),
                fields,
                duplicate: a.duplicate,
                details: a.details.unwrap_or_default(),
                follow_up: !a.no_follow_up,
                follow_up_on: a
                    .follow_up
                    .map(|w| date(&w, today, Toward::Future))
                    .transpose()?,
                at_event,
            }))
        }
        A::Event(a) => event::command(a, today)?,
        A::Edit(a) => Command::Edit(Box::new(PersonEdit {
            who: who(a.who),
            name: a.name,
            fields: fields(a.fields, today)?,
            dropped: dropped(a.drop),
        })),
        A::Rm { target } => Command::Remove { target },
        A::Trash { json } => {
            wants_json(json);
            Command::Trash
        }
        A::Restore { target, identity } => match target.parse() {
            Ok(id) => Command::RestoreRecord { id },
            Err(_) => Command::RestoreJournal {
                file: target.into(),
                identity,
            },
        },
        A::Backup { list: true } => Command::Backups,
        A::Backup { list: false } => Command::Backup,
        A::Gave(a) => ledger(a, Direction::MeToThem, Nature::Give, today)?,
        A::Got(a) => ledger(a, Direction::ThemToMe, Nature::Give, today)?,
        A::Asked(a) => ledger(a, Direction::MeToThem, Nature::Ask, today)?,
        A::AskedBy(a) => ledger(a, Direction::ThemToMe, Nature::Ask, today)?,
        A::Met(a) => {
            let Some((summary, people)) = a.args.split_last() else {
                return Err("met needs at least one person and what happened".into());
            };
            Command::Met(Meeting {
                people: people.iter().cloned().map(who).collect(),
                kind: a.kind,
                summary: summary.clone(),
                details: a.details.join("; "),
                from: a.from,
                on: past(a.on, today)?,
                follow_up: a
                    .follow_up
                    .map(|w| date(&w, today, Toward::Future))
                    .transpose()?,
                no_follow_up: a.no_follow_up,
            })
        }
        A::Intro(a) => Command::Intro(Introduction {
            a: who(a.a),
            b: who(a.b),
            text: a.text.join(" "),
            weight: a.weight,
            on: past(a.on, today)?,
            closes: a
                .closes
                .map(|id| {
                    Id::parse_strict(id.trim()).ok_or_else(|| {
                        format!("--closes takes the id of the request (like 12), not '{id}'")
                    })
                })
                .transpose()?,
            follow_up: a
                .follow_up
                .map(|w| date(&w, today, Toward::Future))
                .transpose()?,
        }),
        A::Signal(a) => Command::Signal {
            who: who(a.who),
            text: a.text.join(" "),
            on: past(a.on, today)?,
        },
        A::Close { who: w, reason } => Command::Close {
            who: who(w),
            reason,
        },
        A::Reopen { who: w } => Command::Reopen { who: who(w) },
        A::FollowUp(a) => Command::FollowUp {
            who: who(a.who),
            due: date(&a.when, today, Toward::Future)?,
            text: a.text.join(" "),
        },
        // A review line's key has a colon; anything else is a record id.
        A::Done { target } if target.contains(':') => Command::DoneLine { key: target },
        A::Done { target } => Command::Done {
            id: target.parse()?,
        },
        A::Decline { id } => Command::Decline { id },
        A::Interest(args::InterestCommand::Add { name, mine }) => Command::AddInterest {
            name: name.join(" "),
            mine,
        },
        A::Show { who: w, json } => {
            wants_json(json);
            Command::Show { who: who(w) }
        }
        A::List(a) => {
            wants_json(a.json);
            Command::List(ListFilter {
                interest: a.interest,
                tag: a.tag,
                tier: a.tier,
                closed: a.closed,
            })
        }
        A::Balance { json } => {
            wants_json(json);
            Command::Balance
        }
        A::Interests { json } => {
            wants_json(json);
            Command::Interests
        }
        A::Review { all, json } => {
            wants_json(json);
            Command::Review { all }
        }
        A::Stats { json } => {
            wants_json(json);
            Command::Stats
        }
        A::CompleteNames { word } => Command::Names { word },
        A::Relate {
            who: a,
            other,
            what,
        } => Command::Relate {
            who: who(a),
            other: who(other),
            what,
        },
        A::Unrelate { who: a, other } => Command::Unrelate {
            who: who(a),
            other: who(other),
        },
        A::Search { words, json } => {
            wants_json(json);
            Command::Search {
                words: words.join(" "),
            }
        }
        A::Query {
            text,
            no_header,
            json,
        } => {
            wants_json(json);
            Command::Query {
                text: text.join(" "),
                header: !no_header,
            }
        }
        A::Events { json } => {
            wants_json(json);
            Command::Events
        }
        A::Match { who: w, json, all } => {
            wants_json(json);
            Command::Match { who: who(w), all }
        }
        A::Draft {
            who: w,
            meeting,
            json,
        } => {
            wants_json(json);
            Command::Draft {
                who: who(w),
                meeting,
            }
        }
        A::Snooze { target, until } => Command::Snooze {
            target,
            // What `x` does in the TUI: set aside until something new
            // happens with them, in words; no date that far is typed.
            until: match crate::domain::text::fold(&until).as_str() {
                "never" | "for good" | "mai" | "per sempre" => {
                    crate::domain::review::keys::FOR_GOOD
                }
                _ => date(&until, today, Toward::Future)?,
            },
        },
        A::Export {
            format,
            args,
            output,
            force,
            vcard_version,
            as_todo,
            recipient,
            passphrase,
            vdir,
            skip_imported,
        } => Command::Export(ExportRequest {
            format: export_format(format),
            args,
            output,
            force,
            vcard_version,
            as_todo,
            sealing: if passphrase {
                Sealing::Passphrase
            } else if recipient.is_empty() {
                Sealing::Open
            } else {
                Sealing::Keys(recipient)
            },
            vdir,
            skip_imported,
        }),
        A::Import {
            format,
            files,
            dry_run,
            skip_bad,
            identity,
        } => Command::Import(ImportRequest {
            format: import_format(format),
            files,
            dry_run,
            skip_bad,
            identity,
        }),
        A::Merge { keep, gone } => Command::Merge {
            keep: who(keep),
            gone: who(gone),
        },
        A::Check => Command::Check,
        A::Undo => Command::Undo,
        A::Redo => Command::Redo,
        A::Demo {
            generate: Some(people),
            seed,
        } => Command::Generate { people, seed },
        A::Demo { generate: None, .. } => Command::Demo(demo_script(today)?),
        A::Recover { .. } => return Err(RECOVER_ELSEWHERE.into()),
        A::Completions { .. } | A::Config | A::Man | A::Holder { .. } => {
            return Err("type a journal command, for example: gave anna sent the deck".into());
        }
    };
    Ok(Typed { command, json })
}

/// The command word for a ledger entry of this direction and nature.
fn words_for(direction: Direction, nature: Nature) -> &'static str {
    match (direction, nature) {
        (Direction::MeToThem, Nature::Give) => "gave",
        (Direction::ThemToMe, Nature::Give) => "got",
        (Direction::MeToThem, Nature::Ask) => "asked",
        (Direction::ThemToMe, Nature::Ask) => "asked-by",
    }
}

fn ledger(
    a: LedgerArgs,
    direction: Direction,
    nature: Nature,
    today: NaiveDate,
) -> Result<Command, String> {
    let verb = words_for(direction, nature);
    let open = match nature {
        Nature::Give if a.granted => {
            return Err(format!(
                "--granted is for asks; {verb} records what was given"
            ));
        }
        Nature::Give => a.open,
        // An ask is a request until it is settled.
        Nature::Ask => !a.granted,
    };
    let answers = match a.answers {
        None => None,
        Some(_) if nature != Nature::Give => {
            return Err(format!(
                "--answers is for got and gave: a give answers a request ({verb} cannot answer one)"
            ));
        }
        Some(id) => Some(Id::parse_strict(id.trim()).ok_or_else(|| {
            format!("--answers takes the id of the request (like 12), not '{id}'")
        })?),
    };
    Ok(Command::Record(LedgerNote {
        who: who(a.who),
        direction,
        nature,
        kind: a.kind,
        text: a.text.join(" "),
        weight: a.weight,
        open,
        answers,
        on: past(a.on, today)?,
    }))
}

fn export_format(f: args::ExportFormat) -> ExportFormat {
    match f {
        args::ExportFormat::Json => ExportFormat::Json,
        args::ExportFormat::Vcard => ExportFormat::Vcard,
        args::ExportFormat::Ics => ExportFormat::Ics,
        args::ExportFormat::Markdown => ExportFormat::Markdown,
        args::ExportFormat::Csv => ExportFormat::Csv,
        args::ExportFormat::Google => ExportFormat::Google,
    }
}

fn import_format(f: args::ImportFormat) -> ImportFormat {
    match f {
        args::ImportFormat::Json => ImportFormat::Json,
        args::ImportFormat::Vcard => ImportFormat::Vcard,
        args::ImportFormat::Linkedin => ImportFormat::Linkedin,
        args::ImportFormat::Google => ImportFormat::Google,
    }
}

#[cfg(test)]
mod tests;
