//! The top of the card: how to reach them and what was written about them.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::wrap;
use super::parts::{Part, marked};
use crate::config::Config;
use crate::domain::text::inert;
use crate::journal::{Card, Reach, ReachKind};

/// How wide the card's labels are.
const LABEL: usize = 10;

/// Every way to reach them, each whole: a number, an email or a web
/// address is never split where its pieces would read as whole (trial
/// 27t: "+39 347 55500…"; issue 27: "+1 (555)" over "123-4567", and
/// "cell: 905-6… +6 more" folded). Folded, one item per kind with how many
/// more there are. The way the copy key took last is marked.
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
    let style = |n: usize| {
        if copied == Some(n) {
            config.theme.selected()
        } else {
            config.theme.give()
        }
    };
    let mut rows = Vec::new();
    let mut folded = Vec::new();
    for (n, r) in all.iter().enumerate() {
        let first = n == 0 || all[n - 1].kind != r.kind;
        let word = if first { r.kind.word() } else { "" };
        rows.extend(labelled_rows(word, item_rows(r, width), style(n), config));
        if first {
            folded.extend(one_of_kind(&all, n, copied, width, config));
        }
    }
    Some(Part {
        whole_rows: true,
        folded: Some(folded),
        ..Part::new(1, "addresses".to_string(), rows)
    })
}

/// One row of a way to reach them: in the value column after the labels,
/// or, a number too long for that column, from the card's left edge.
struct Piece {
    text: String,
    wide: bool,
}

impl Piece {
    fn column(text: String) -> Piece {
        Piece { text, wide: false }
    }

    /// Whether `more` fits after it on a card `width` columns wide.
    fn takes(&self, more: &str, width: usize) -> bool {
        let room = if self.wide {
            width
        } else {
            width.saturating_sub(LABEL)
        };
        self.text.width() + 1 + more.width() <= room
    }
}

/// `pieces` under the card's kind column, `word` on the first row (a
/// row of its own when that piece is wide).
fn labelled_rows<'a>(
    word: &str,
    pieces: Vec<Piece>,
    style: Style,
    config: &Config,
) -> Vec<Line<'a>> {
    let mut rows = Vec::new();
    let mut head = word;
    for piece in pieces {
        if piece.wide {
            if !head.is_empty() {
                rows.push(Line::styled(head.to_string(), config.theme.muted()));
            }
            rows.push(Line::styled(piece.text, style));
        } else {
            rows.push(Line::from(vec![
                Span::styled(format!("{head:<LABEL$}"), config.theme.muted()),
                Span::styled(piece.text, style),
            ]));
        }
        head = "";
    }
    rows
}

/// One way to reach them on a card `width` columns wide. A postal
/// address wraps at its words, which keeps a house number or a postcode
/// whole; a number, an email or a web address stays on one row, after its
/// label when both fit, else on the row after it, from the card's left
/// edge when the value column is too narrow for it. Only one longer than
/// the card is broken, with `…` on both sides of each break.
fn item_rows(r: &Reach, width: usize) -> Vec<Piece> {
    let room = width.saturating_sub(LABEL).max(1);
    let shown = inert(&r.shown());
    if r.kind == ReachKind::Address || shown.width() <= room {
        return wrap(&shown, room).into_iter().map(Piece::column).collect();
    }
    let mut rows: Vec<Piece> = if r.label.is_empty() {
        Vec::new()
    } else {
        wrap(&format!("{}:", inert(&r.label)), room)
            .into_iter()
            .map(Piece::column)
            .collect()
    };
    let value = inert(&r.value);
    if value.width() <= room {
        rows.push(Piece::column(value));
    } else if value.width() <= width {
        rows.push(Piece {
            text: value,
            wide: true,
        });
    } else {
        rows.extend(unbroken(&value, room).into_iter().map(Piece::column));
    }
    rows
}

/// `value`, too long for `room`, broken (at its spaces when it has some)
/// with `…` on both sides of each break, so no piece of it reads as a
/// whole number or address.
fn unbroken(value: &str, room: usize) -> Vec<String> {
    if !value.contains(' ') {
        return wrap(value, room);
    }
    let pieces = wrap(value, room.saturating_sub(2).max(1));
    let last = pieces.len().saturating_sub(1);
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, piece)| {
            let lead = if i > 0 && !piece.starts_with('…') {
                "…"
            } else {
                ""
            };
            let tail = if i < last && !piece.ends_with('…') {
                "…"
            } else {
                ""
            };
            format!("{lead}{piece}{tail}")
        })
        .collect()
}

/// The rows a folded card gives one kind: the one copied last if it is
/// of that kind, else the first, and how many more of that kind there
/// are, in as few rows as it can be read in: whole, or without its label,
/// or (an address) cut after a whole word, or on every row it takes; the
/// count after it, or on a row of its own.
fn one_of_kind<'a>(
    all: &[Reach],
    first: usize,
    copied: Option<usize>,
    width: usize,
    config: &Config,
) -> Vec<Line<'a>> {
    let room = width.saturating_sub(LABEL).max(1);
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
    let more = match same.len() - 1 {
        0 => String::new(),
        n => format!("+{n} more"),
    };
    let r = &all[shown];
    let whole = inert(&r.shown());
    let mut ways = vec![whole.clone()];
    if kind == ReachKind::Address {
        // At least two of its words, a house number not alone: the most
        // that leave room for the count, and the most that fit alone.
        let words: Vec<&str> = whole.split(' ').collect();
        let label_words = if r.label.is_empty() {
            0
        } else {
            r.label.split(' ').count()
        };
        let cuts: Vec<String> = (label_words + 2..words.len())
            .rev()
            .map(|n| format!("{} …", words[..n].join(" ")))
            .collect();
        for spare in [more.width() + 1, 0] {
            let cut = cuts.iter().find(|cut| cut.width() + spare <= room);
            ways.extend(cut.cloned());
        }
    } else if !r.label.is_empty() {
        ways.push(inert(&r.value));
    }
    let mut ways: Vec<Vec<Piece>> = ways
        .into_iter()
        .filter(|way| way.width() <= room)
        .map(|way| vec![Piece::column(way)])
        .collect();
    ways.push(item_rows(r, width));
    // Each way with the count: after its last row when it fits there.
    let counted = |mut way: Vec<Piece>| {
        match way.last_mut() {
            _ if more.is_empty() => {}
            Some(last) if last.takes(&more, width) => {
                last.text.push(' ');
                last.text.push_str(&more);
            }
            _ => way.push(Piece::column(more.clone())),
        }
        way
    };
    let best = ways
        .into_iter()
        .map(counted)
        .min_by_key(Vec::len)
        .unwrap_or_default();
    labelled_rows(kind.word(), best, style, config)
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
        folded,
        ..Part::new(2, "notes".to_string(), rows)
    })
}
