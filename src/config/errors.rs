//! A config file's mistake as a person reads it, in one line: "config FILE
//! line N: KEY: what is wrong (what is wanted)". Never serde's or toml's
//! type names ("expected usize", "struct RawReview"): what a setting wants
//! is said in words, with the defaults' own value as the example, and a
//! mistyped name gets the nearest real one.

use super::place::{self, Path};
use crate::domain::review::AT_LEAST_ONE;
use crate::domain::text::inert_cow;
/// The one rule for a name typed a letter or two off, as config errors
/// and the date words use it.
pub(super) use crate::domain::text::nearest;

/// One mistake in a config file: its line, the table it is in (so a
/// command can tell a mistake in what it reads from one elsewhere) and the
/// line said about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mistake {
    pub(super) line: Option<usize>,
    /// The top-level table (`review`, `keys`); `None`: the whole file,
    /// which is not TOML, so no setting of it can be read.
    pub(super) table: Option<String>,
    pub(super) said: String,
}

/// The one line for a mistake `what` at the setting `path` of `text` (the
/// file at `origin`).
pub(super) fn at(origin: &str, text: &str, path: &[&str], what: &str) -> Mistake {
    located(origin, text, path, what, false)
}

/// [`at`] for a table, named as its header: `[keys.nowhere]`.
pub(super) fn at_table(origin: &str, text: &str, path: &[&str], what: &str) -> Mistake {
    located(origin, text, path, what, true)
}

fn located(origin: &str, text: &str, path: &[&str], what: &str, table: bool) -> Mistake {
    let line = place::line_of(text, path);
    let owned: Path = path.iter().map(|p| (*p).to_string()).collect();
    Mistake {
        line,
        table: path.first().map(|t| (*t).to_string()),
        said: say(origin, line, &place::key_name(&owned, table), what),
    }
}

/// `error` from reading `text` (the file at `origin`), in one line.
pub(super) fn said(origin: &str, text: &str, error: &toml::de::Error) -> Mistake {
    let message = error.message().trim();
    let span = error.span();
    let line = span.as_ref().map(|s| place::line_at(text, s.start));
    let Some(start) = span.as_ref().map(|s| s.start) else {
        let said = say(origin, None, "", &untyped(message));
        return Mistake {
            line,
            table: None,
            said,
        };
    };
    match place::path_at(text, start) {
        // The file is TOML: a setting's value or name is wrong.
        Some((path, table)) => {
            let key = place::key_name(&path, table);
            Mistake {
                line,
                table: path.first().cloned(),
                said: say(origin, line, &key, &wrong_setting(message, &path)),
            }
        }
        None => {
            let (key, what) = syntax(text, span.unwrap_or_default(), message);
            Mistake {
                line,
                table: None,
                said: say(origin, line, &key, &what),
            }
        }
    }
}

/// Why the file at `origin` could not be read at all, in one line that
/// says what to do: "stream did not contain valid UTF-8" or "Is a
/// directory (os error 21)" named neither the cause nor the way out.
pub(super) fn unreadable(origin: &str, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let what = match error.kind() {
        ErrorKind::InvalidData => {
            "is not text in UTF-8: save it as UTF-8 (a plain text file)".to_string()
        }
        ErrorKind::IsADirectory => {
            "is a folder: the settings go in a file of that name (move the folder away)".to_string()
        }
        ErrorKind::PermissionDenied => {
            "cannot be read: you have no permission to read it (chmod u+r)".to_string()
        }
        _ => format!("cannot be read ({error}): check the file, or move it away"),
    };
    inert_cow(&format!("config {origin} {what}")).into_owned()
}

fn say(origin: &str, line: Option<usize>, key: &str, what: &str) -> String {
    let line = line.map(|n| format!(" line {n}")).unwrap_or_default();
    let key = match key {
        "" => String::new(),
        key => format!("{key}: "),
    };
    let said = format!("config {origin}{line}: {key}{what}").replace('\n', " ");
    inert_cow(&said).into_owned()
}

/// A setting that parsed as TOML but is not one givegive takes.
fn wrong_setting(message: &str, path: &[String]) -> String {
    if message.starts_with("unknown field") {
        let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
        return unknown(path, names.get(1..).unwrap_or_default());
    }
    let (got, expected) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split_once(", expected "))
        .unwrap_or((message, ""));
    let got = got_words(got);
    let Some(want) = want_words(expected) else {
        return untyped(message);
    };
    let example = place::example(path).map(|e| format!("e.g. {e}"));
    let last = path.last().map_or("", String::as_str);
    match want {
        Want::Table if matches!(path, [keys, _] if keys == "keys") => {
            let actions = super::keys::action_names();
            let near = nearest(got.trim_matches('"'), actions.iter().map(String::as_str))
                .map(|n| format!("; did you mean {n}?"))
                .unwrap_or_default();
            format!(
                "[keys] holds tables such as [keys.contacts], [keys.form], not keys: write {last} on a line below one of them{near}"
            )
        }
        Want::Table => format!(
            "{got} is not a table (write {} on a line of its own, its settings on the lines below)",
            place::key_name(path, true)
        ),
        Want::List => format!("{got} is not a list (a list in brackets, e.g. {last} = [\"…\"])"),
        Want::Whole if got.starts_with('-') && !expected.starts_with('i') => {
            let e = example.map(|e| format!(", {e}")).unwrap_or_default();
            let least = match path {
                [table, key]
                    if table == "review" && AT_LEAST_ONE.iter().any(|(one, _)| one == key) =>
                {
                    1
                }
                _ => 0,
            };
            format!("{got} is below {least} (a whole number, {least} or more{e})")
        }
        Want::Whole if message.starts_with("invalid value") => {
            let most = match expected.trim() {
                "u8" => "255",
                "u16" => "65535",
                "u32" => "4294967295",
                _ => "a smaller number",
            };
            let e = example.map(|e| format!(", {e}")).unwrap_or_default();
            format!("{got} is too large (at most {most}{e})")
        }
        want => {
            let e = example.unwrap_or_else(|| match want {
                Want::Text => format!("e.g. {last} = \"…\""),
                _ => want.words().to_string(),
            });
            format!("{got} is not {} ({e})", want.words())
        }
    }
}

/// What a setting wants, as a person says it.
#[derive(Clone, Copy)]
enum Want {
    Whole,
    Bool,
    Text,
    List,
    Table,
}

impl Want {
    fn words(self) -> &'static str {
        match self {
            Want::Whole => "a whole number",
            Want::Bool => "true or false",
            Want::Text => "text in quotes",
            Want::List => "a list in brackets",
            Want::Table => "a table",
        }
    }
}

/// serde's name for what was expected, as a [`Want`]; `None` for a name
/// not known here, which is then never shown.
fn want_words(expected: &str) -> Option<Want> {
    Some(match expected.trim() {
        "usize" | "u8" | "u16" | "u32" | "u64" | "isize" | "i8" | "i16" | "i32" | "i64" => {
            Want::Whole
        }
        "a boolean" => Want::Bool,
        "a string" | "a borrowed string" => Want::Text,
        "a sequence" => Want::List,
        e if e == "a map" || e.starts_with("struct ") => Want::Table,
        _ => return None,
    })
}

/// serde's words for the value found (`string "ten"`, ``integer `3` ``) as
/// the file wrote it.
fn got_words(got: &str) -> String {
    let got = got.trim();
    let value = ["string ", "integer ", "boolean ", "floating point "]
        .iter()
        .find_map(|kind| got.strip_prefix(kind));
    match (value, got) {
        (Some(v), _) => v.trim_matches('`').to_string(),
        (None, "sequence") => "a list".into(),
        (None, "map") => "a table".into(),
        (None, other) => other.replace('`', ""),
    }
}

/// A name givegive does not read under `path`'s table, whose own names
/// are `known`: the nearest of those (or of every setting) and the list.
fn unknown(path: &[String], known: &[&str]) -> String {
    let Some((typed, table)) = path.split_last() else {
        return "not a setting".into();
    };
    let listed = known.join(", ");
    let near = nearest(typed, known.iter().copied())
        .map(|n| {
            let mut p = table.to_vec();
            p.push(n.to_string());
            let is_table = place::defaults()
                .iter()
                .any(|(d, value)| *d == p && value.is_none());
            match is_table {
                true => place::key_name(&p, true),
                false => n.to_string(),
            }
        })
        .or_else(|| {
            let every = place::defaults();
            let names = every
                .iter()
                .filter_map(|(p, _)| p.last().map(String::as_str));
            let name = nearest(typed, names)?;
            every
                .iter()
                .find(|(p, _)| p.last().is_some_and(|l| l == name))
                .map(|(p, value)| place::key_name(p, value.is_none()))
        })
        .map(|n| format!("did you mean {n}? "))
        .unwrap_or_default();
    match table {
        [] => format!("not a table givegive reads ({near}the tables: {listed})"),
        table => {
            let here = place::key_name(table, true);
            format!("not a setting of {here} ({near}its settings: {listed})")
        }
    }
}

/// A file that is not TOML at `span`: the key on that line (from the table
/// header above it) and what is wrong there.
fn syntax(text: &str, span: std::ops::Range<usize>, message: &str) -> (String, String) {
    let line = place::line_at(text, span.start);
    let lines: Vec<&str> = text.lines().collect();
    let this = lines.get(line - 1).map_or("", |l| l.trim());
    let header = |l: &&str| l.trim().starts_with('[');
    let table = lines[..line.saturating_sub(1).min(lines.len())]
        .iter()
        .rposition(header);
    let table_name = table.map(|t| {
        lines[t]
            .trim()
            .trim_start_matches('[')
            .split(']')
            .next()
            .unwrap_or_default()
            .trim()
    });
    let key_of = |l: &str| {
        l.split_once('=')
            .map(|(k, _)| k.trim().trim_matches('"').to_string())
            .filter(|k| !k.is_empty() && !k.starts_with('['))
    };
    let key = match (this.starts_with('['), key_of(this), table_name) {
        (true, _, _) => format!(
            "[{}]",
            this.trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .trim()
        ),
        (false, Some(k), Some(t)) => format!("[{t}] {k}"),
        (false, Some(k), None) => k,
        (false, None, _) => String::new(),
    };
    if message.starts_with("duplicate key") {
        let first = match this.starts_with('[') {
            true => lines[..line - 1].iter().position(|l| l.trim() == this),
            false => {
                let from = table.map_or(0, |t| t + 1);
                let k = key_of(this);
                (from..line - 1).find(|i| key_of(lines[*i]) == k)
            }
        };
        let what = match first {
            Some(i) => format!("written twice, on lines {} and {line} (keep one)", i + 1),
            None => "written twice (keep one)".into(),
        };
        return (key, what);
    }
    let what = if message.starts_with("invalid basic string") || message.contains("expected `\"`") {
        "the text has no closing \" (end it with \")".into()
    } else if let Some(word) = bare_word(this) {
        let path: Path = table_name
            .filter(|_| !this.starts_with('['))
            .map(|t| {
                t.split('.')
                    .map(|p| p.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .into_iter()
            .chain(key_of(this))
            .collect();
        match place::example(&path) {
            Some(e) if e.ends_with("true") || e.ends_with("false") => {
                format!("{word} is not true or false (e.g. {e})")
            }
            Some(e) if e.ends_with(|c: char| c.is_ascii_digit()) => {
                format!("{word} is not a whole number (e.g. {e})")
            }
            // The value is not put first: `language: it has no quotes`
            // reads as a sentence about "it".
            _ => {
                let key = path.last().map_or("value", String::as_str);
                format!("write the value in quotes: {key} = \"{word}\"")
            }
        }
    } else if this.starts_with('[') && message.contains("expected newline") {
        "something follows the table's name (write each setting on a line of its own below it)"
            .into()
    } else {
        format!(
            "{} (the file is not valid TOML here)",
            message.replace('`', "")
        )
    };
    (key, what)
}

/// The value of a `key = value` line when it is a word toml cannot read
/// (text without its quotes, a misspelt `true`).
fn bare_word(line: &str) -> Option<&str> {
    let (_, value) = line.split_once('=')?;
    let value = value.split('#').next()?.trim();
    let word = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || "_-".contains(c));
    let number = value.starts_with(|c: char| c.is_ascii_digit() || c == '-');
    (word && !number).then_some(value)
}

/// A message from toml with no setting to name: its words, type names out.
fn untyped(message: &str) -> String {
    let first = message.split(", expected").next().unwrap_or(message);
    first.replace('`', "")
}

#[cfg(test)]
#[path = "errors_tests.rs"]
mod tests;
