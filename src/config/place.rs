//! Where a setting is in a config file: its line, and its name as the file
//! writes it (`[review] capacity`), found from the spans toml keeps, so a
//! message can point at the line to change whatever the file's layout
//! (headers, dotted keys, inline tables).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::DEFAULTS;

/// A setting's path from the top of the file: `["review", "capacity"]`.
pub(super) type Path = Vec<String>;

/// The 1-based line of byte `offset` in `text`.
pub(super) fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The setting at byte `offset` (its name or its value) in a file that
/// parses, and whether it is a table; `None` when the offset is on no key.
pub(super) fn path_at(text: &str, offset: usize) -> Option<(Path, bool)> {
    let tree = DeTable::parse(text).ok()?;
    let mut best: Option<(Path, bool, usize)> = None;
    walk(
        tree.get_ref(),
        &mut Vec::new(),
        &mut |path, value, key_span| {
            let value_span = value.span();
            let is_table = matches!(value.get_ref(), DeValue::Table(_));
            for span in [key_span, value_span] {
                let width = span.end.saturating_sub(span.start);
                let inside = span.start <= offset && offset < span.end.max(span.start + 1);
                if inside && best.as_ref().is_none_or(|(_, _, w)| width <= *w) {
                    best = Some((path.to_vec(), is_table, width));
                }
            }
        },
    );
    best.map(|(path, table, _)| (path, table))
}

/// The line where the setting at `path` is written in `text`, if it is.
pub(super) fn line_of(text: &str, path: &[&str]) -> Option<usize> {
    let tree = DeTable::parse(text).ok()?;
    let mut found = None;
    walk(tree.get_ref(), &mut Vec::new(), &mut |at, _, key_span| {
        if at.iter().map(String::as_str).eq(path.iter().copied()) && found.is_none() {
            found = Some(line_at(text, key_span.start));
        }
    });
    found
}

/// `line` when it is a whole setting on one line (`key = value`, the
/// value no list, table or long text that could go on below), which can
/// be left out and the rest of the file read.
pub(super) fn one_line_setting(text: &str, line: usize) -> Option<usize> {
    let this = text.lines().nth(line.checked_sub(1)?)?.trim();
    let (key, value) = this.split_once('=')?;
    let value = value.trim_start();
    let opens = ["[", "{", "\"\"\"", "'''"]
        .iter()
        .any(|o| value.starts_with(o));
    (!this.starts_with('[') && !key.trim().is_empty() && !opens).then_some(line)
}

/// The top-level table whose header is the last above `line`
/// (`[review.cadence]`: `review`); `None` above any header.
pub(super) fn table_above(text: &str, line: usize) -> Option<String> {
    let header = text
        .lines()
        .take(line.saturating_sub(1))
        .filter(|l| l.trim_start().starts_with('['))
        .last()?;
    let name = header
        .trim()
        .trim_start_matches('[')
        .split(['.', ']'])
        .next()?;
    Some(name.trim().trim_matches(['"', '\'']).to_string())
}

/// Takes the setting at `path` out of `table`; whether it was there.
pub(super) fn prune(table: &mut DeTable<'_>, path: &[String]) -> bool {
    match path {
        [] => false,
        [last] => table.remove(last.as_str()).is_some(),
        [first, rest @ ..] => match table.get_mut(first.as_str()).map(|v| v.get_mut()) {
            Some(DeValue::Table(inner)) => prune(inner, rest),
            _ => false,
        },
    }
}

/// What [`walk`] calls for each key: its path, its value, its name's span.
type Visit<'v> = dyn FnMut(&[String], &Spanned<DeValue<'_>>, std::ops::Range<usize>) + 'v;

/// Calls `visit` with every key's path, value and the span of its name,
/// tables before what they hold, elements of a list under the list's path.
fn walk(table: &DeTable<'_>, path: &mut Path, visit: &mut Visit<'_>) {
    for (key, value) in table {
        path.push(key.get_ref().to_string());
        visit(path, value, key.span());
        match value.get_ref() {
            DeValue::Table(inner) => walk(inner, path, visit),
            DeValue::Array(items) => {
                for item in items.iter() {
                    visit(path, item, key.span());
                    if let DeValue::Table(inner) = item.get_ref() {
                        walk(inner, path, visit);
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}

/// The setting's name as the file writes it: `[review] capacity`, a table
/// as its header `[review.cadence]`, a key needing quotes in them.
pub(super) fn key_name(path: &[String], is_table: bool) -> String {
    let part = |p: &String| match p
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
    {
        true => p.clone(),
        false => format!("\"{p}\""),
    };
    match (path.split_last(), is_table) {
        (None, _) => String::new(),
        (Some(_), true) => format!("[{}]", path.iter().map(part).collect::<Vec<_>>().join(".")),
        (Some((last, [])), false) => part(last),
        (Some((last, table)), false) => {
            let table: Vec<String> = table.iter().map(part).collect();
            format!("[{}] {}", table.join("."), part(last))
        }
    }
}

/// Every setting of the built-in defaults with its value as written there
/// (`capacity`, `10`), tables too (with no value), key bindings left out:
/// what a message offers as an example and a typo is matched against.
pub(super) fn defaults() -> Vec<(Path, Option<String>)> {
    let Ok(tree) = DeTable::parse(DEFAULTS) else {
        return Vec::new();
    };
    let mut all = Vec::new();
    walk(tree.get_ref(), &mut Vec::new(), &mut |path, value, _| {
        if path.first().is_some_and(|p| p == "keys") && path.len() > 2 {
            return;
        }
        let written = match value.get_ref() {
            DeValue::Table(_) => None,
            _ => DEFAULTS.get(value.span()).map(str::to_string),
        };
        if !all.iter().any(|(p, _)| p == path) {
            all.push((path.to_vec(), written));
        }
    });
    all
}

/// `capacity = 10`: the setting as the defaults write it, when they hold a
/// value worth copying (not an empty text or list).
pub(super) fn example(path: &[String]) -> Option<String> {
    let last = path.last()?;
    defaults()
        .into_iter()
        .find(|(p, _)| p == path)
        .and_then(|(_, written)| written)
        .filter(|w| w != "\"\"" && w != "[]")
        .map(|w| format!("{last} = {w}"))
}
