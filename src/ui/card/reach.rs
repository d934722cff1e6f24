//! The top of the card: how to reach them and what was written about them.

use ratatui::text::{Line, Span};

use super::super::wrap;
use super::parts::{Part, marked};
use crate::config::Config;
use crate::domain::text::inert;
use crate::journal::{Card, Reach, ReachKind};

/// How wide the card's labels are.
const LABEL: usize = 10;

/// Every way to reach them, one row each (an address wraps at its
/// words); folded, one row per kind with how many more there are. The way
/// the copy key took last is marked.
pub(super) fn reach<'a>(
    card: &Card,
    copied: Option<usize>,
    width: usize,
    config: &Config,
) -> Option<Part<'a>> {
    let all = card.reach();
    if all.is_empty() {
        return None;
    }
    let theme = &config.theme;
    let room = width.saturating_sub(LABEL).max(1);
    let head = |first: bool, kind: ReachKind| {
        let word = if first { kind.word() } else { "" };
        Span::styled(format!("{word:<LABEL$}"), theme.muted())
    };
    let style = |n: usize| {
        if copied == Some(n) {
            theme.selected()
        } else {
            theme.give()
        }
    };
    let mut rows = Vec::new();
    let mut folded = Vec::new();
    for (n, r) in all.iter().enumerate() {
        let first = n == 0 || all[n - 1].kind != r.kind;
        let text = inert(&r.shown());
        // Each wraps at its words, a word too long for the row broken
        // with marks: a number or an address is the one thing on a card
        // that must never be seen in part (trial 27t: "+39 347 55500…").
        // Folded, a kind's one row is cut and marked (`one_of_kind`).
        let values = wrap(&text, room);
        for (i, v) in values.into_iter().enumerate() {
            rows.push(Line::from(vec![
                head(first && i == 0, r.kind),
                Span::styled(v, style(n)),
            ]));
        }
        if first {
            folded.push(one_of_kind(&all, n, copied, room, config));
        }
    }
    Some(Part {
        rank: 1,
        name: "addresses".to_string(),
        rows,
        folded: Some(folded),
    })
}

/// The row a folded card gives one kind: the one copied last if it is of
/// that kind, else the first, and how many more of that kind there are.
fn one_of_kind<'a>(
    all: &[Reach],
    first: usize,
    copied: Option<usize>,
    room: usize,
    config: &Config,
) -> Line<'a> {
    let kind = all[first].kind;
    let same: Vec<usize> = (first..all.len())
        .take_while(|&i| all[i].kind == kind)
        .collect();
    let shown = copied.filter(|c| same.contains(c)).unwrap_or(first);
    let style = if copied == Some(shown) {
        config.theme.selected()
    } else {
        config.theme.give()
    };
    let row = Line::from(vec![
        Span::styled(format!("{:<LABEL$}", kind.word()), config.theme.muted()),
        Span::styled(inert(&all[shown].shown()), style),
    ]);
    let more = same.len() - 1;
    if more == 0 {
        marked(row, "", room + LABEL)
    } else {
        marked(row, &format!(" +{more} more"), room + LABEL)
    }
}

/// Their notes, each line of them wrapped under the label; folded, the
/// first two rows and how many more there are.
pub(super) fn notes<'a>(card: &Card, width: usize, config: &Config) -> Option<Part<'a>> {
    let notes = card.contact.notes.trim();
    if notes.is_empty() {
        return None;
    }
    let room = width.saturating_sub(LABEL).max(1);
    let rows: Vec<Line<'a>> = notes
        .lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| wrap(&inert(l), room))
        .enumerate()
        .map(|(n, row)| {
            let head = if n == 0 { "notes" } else { "" };
            Line::from(vec![
                Span::styled(format!("{head:<LABEL$}"), config.theme.muted()),
                Span::raw(row),
            ])
        })
        .collect();
    const FOLDED: usize = 2;
    let folded = (rows.len() > FOLDED).then(|| {
        let more = rows.len() - FOLDED;
        let mut keep: Vec<Line<'a>> = rows[..FOLDED].to_vec();
        let last = keep.pop().unwrap_or_default();
        let mark = if more == 1 {
            " (+1 row)".to_string()
        } else {
            format!(" (+{more} rows)")
        };
        keep.push(marked(last, &mark, width));
        keep
    });
    Some(Part {
        rank: 2,
        name: "notes".to_string(),
        rows,
        folded,
    })
}
