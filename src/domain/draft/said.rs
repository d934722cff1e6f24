//! What a draft's lines say, and whether I already wrote it to them.
//!
//! A sent message keeps only its text (edited, maybe, before it went),
//! not the records its lines came from: so what a line says is its
//! placeholders, and a line is looked for in what I sent as every shipped
//! wording, and the one in use, would say it. A language change, or the
//! need said on its own line rather than in the offer, repeats nothing.

use chrono::NaiveDate;

use super::{DraftLine, Id};

/// A line of a draft, whether it only frames the message (the greeting,
/// the moment, the closing) rather than saying something to them, and the
/// placeholders that say it.
pub(super) struct Line {
    pub(super) line: DraftLine,
    pub(super) frame: bool,
    pub(super) says: Vec<&'static str>,
}

/// The lines of `text` with its placeholders filled; a line whose
/// placeholder has nothing to fill is left out.
pub(super) fn fill(text: &str, values: &[(&'static str, String, Vec<Id>)]) -> Vec<Line> {
    let mut lines = Vec::new();
    for line in text.lines() {
        let mut text = line.to_string();
        let mut empty = false;
        let mut frame = true;
        let mut from: Vec<Id> = Vec::new();
        let mut says = Vec::new();
        for (key, value, ids) in values {
            if text.contains(key) {
                empty |= value.is_empty() && *key != "{when}";
                frame &= FRAME.contains(key);
                // The need, said alone or with the offer, says one thing.
                let says_key = match *key {
                    "{help}" | "{introduce}" => "{need}",
                    k => k,
                };
                if !FRAME.contains(key) && !says.contains(&says_key) {
                    says.push(says_key);
                }
                text = text.replace(key, value);
                for id in ids {
                    if !from.contains(id) {
                        from.push(*id);
                    }
                }
            }
        }
        if !empty {
            let text = text.replace(" .", ".").replace("  ", " ");
            lines.push(Line {
                line: DraftLine { text, from },
                frame,
                says,
            });
        }
    }
    lines
}

/// The placeholders that frame a message rather than say something: a
/// draft of nothing but these is no draft.
const FRAME: [&str; 4] = ["{first_name}", "{opening}", "{where}", "{when}"];

/// Whether `line` is still to be said: not a line that says something
/// (the greeting, the moment and the closing come from no record) that a
/// message of mine in `said_before` already holds in any of `wordings`.
/// A line left out is noted with the day I wrote it.
pub(super) fn unsaid(
    line: &Line,
    wordings: &[Line],
    said_before: &[(NaiveDate, String)],
    first: &str,
    notes: &mut Vec<String>,
) -> bool {
    if line.frame {
        return true;
    }
    let forms: Vec<String> = wordings
        .iter()
        .filter(|w| w.says == line.says)
        .map(|w| flat(&w.line.text))
        .collect();
    match said_before
        .iter()
        .find(|(_, text)| forms.iter().any(|f| flat(text).contains(f.as_str())))
    {
        Some((day, _)) => {
            notes.push(format!(
                "left out \"{}\": you wrote it to {first} on {day}",
                line.line.text
            ));
            false
        }
        None => true,
    }
}

/// A text folded and its spaces made single, to find a line inside it.
fn flat(text: &str) -> String {
    crate::domain::text::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Moves the offer that does not name the need to just after the line of
/// details that names it: "Dan North might be the right person" says for
/// what only there.
pub(super) fn offer_after_detail(lines: &mut Vec<Line>) {
    let detail = lines.iter().position(|l| l.says.contains(&"{detail}"));
    let offer = lines
        .iter()
        .position(|l| l.says.contains(&"{need}") && !l.says.contains(&"{detail}"));
    if let (Some(d), Some(o)) = (detail, offer)
        && o != d + 1
    {
        let line = lines.remove(o);
        let at = if o < d { d } else { d + 1 };
        lines.insert(at, line);
    }
}

/// Phrases said once: one that shares most of its words with one before
/// is the same thing written twice ("the list of data recruiters" and
/// "the list of data engineering recruiters").
pub(super) fn distinct(phrases: impl Iterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for p in phrases {
        let words = significant_words(&p);
        let same = kept.iter().any(|k| {
            let theirs = significant_words(k);
            let shared = words.iter().filter(|w| theirs.contains(w)).count();
            shared * 2 > words.len().min(theirs.len())
        });
        if !same {
            kept.push(p);
        }
    }
    kept
}

/// Whether most of a phrase's words are among `told` (a word and its
/// plural, or its stem, count as one).
pub(super) fn mostly_in(phrase: &str, told: &[String]) -> bool {
    let words = significant_words(phrase);
    let known = words
        .iter()
        .filter(|w| {
            told.iter()
                .any(|t| t.starts_with(w.as_str()) || w.starts_with(t.as_str()))
        })
        .count();
    !words.is_empty() && known * 2 > words.len()
}

/// The words of a phrase that carry its meaning (four letters or more).
pub(super) fn significant_words(text: &str) -> Vec<String> {
    crate::domain::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

/// Words of looking for someone or something, as a detail says them to
/// its recipient ("you are hiring", "stai cercando").
const SEEKING: &[&str] = &[
    "looking",
    "hiring",
    "seeking",
    "searching",
    "recruiting",
    "need",
    "needs",
    "cerchi",
    "cercando",
    "assumi",
    "assumendo",
    "serve",
    "bisogno",
];

/// Whether a detail seeks a need: the few words after a seeking word
/// ("you are hiring a designer", "looking for a CFO") name every
/// essential word of it (the rule `match` uses) or its head ("a designer"
/// for "a product designer"). Then it speaks of the need, and the offer
/// after it does not name the need again. A need's words anywhere else
/// ("she loves mentoring", a list holding "hiring" and "mentoring") are
/// no seeking of it.
pub(super) fn seeks(need: &str, detail: &str) -> bool {
    use crate::domain::matching::{Answer, answers, names_head};
    let folded = crate::domain::text::fold(detail);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        SEEKING.contains(w) && {
            let after = words[i + 1..].iter().take(6).copied().collect::<Vec<_>>();
            let sought = after.join(" ");
            matches!(answers(need, &sought), Answer::Yes(_)) || names_head(need, &sought)
        }
    })
}
