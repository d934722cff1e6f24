//! Which of the review's lines the list shows in the rows it has, and the
//! mark that says what it leaves out above and below. Kept apart from the
//! drawing so the rule is checked on random queues: trials 26s and 26t
//! read "review: 9 people today" over 8 people, a blank row where the 9th
//! would not fit whole, and no mark.

use crate::domain::text::count;

/// The lines shown: from `first`, each with its rows shown (a row for the
/// person's name where it starts, or at the top, then the reason's rows).
/// Only the last can be cut short, and only when the rows run out.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub(super) first: usize,
    /// For each line from `first`: whether its name row is shown, and how
    /// many of its reason's rows.
    pub(super) shown: Vec<(bool, usize)>,
}

/// What the list shows of `lines` in `rows` rows. Each line is its
/// person (lines of one person are next to each other) and the rows its
/// reason takes. The selected line is shown whole, with as many lines
/// above it as fit; then the lines below fill every row left, the last
/// one cut if it must: a blank row while someone is hidden reads as the
/// end of the list.
pub(super) fn window(lines: &[(usize, usize)], selected: usize, rows: usize) -> Window {
    if lines.is_empty() {
        return Window {
            first: 0,
            shown: Vec::new(),
        };
    }
    let selected = selected.min(lines.len() - 1);
    let starts = |i: usize| i == 0 || lines[i - 1].0 != lines[i].0;
    let need = |i: usize, top: bool| usize::from(starts(i) || top) + lines[i].1;
    let mut first = selected;
    let mut total = need(selected, true);
    while first > 0 {
        let above = total - need(first, true) + need(first, false) + need(first - 1, true);
        if above > rows {
            break;
        }
        first -= 1;
        total = above;
    }
    let mut shown = Vec::new();
    let mut left = rows;
    for (i, (_, rows)) in lines.iter().enumerate().skip(first) {
        if left == 0 {
            break;
        }
        let named = starts(i) || i == first;
        left -= usize::from(named);
        let why = (*rows).min(left);
        left -= why;
        shown.push((named, why));
    }
    Window { first, shown }
}

impl Window {
    /// " ↓ 1 more person · ↑ 2 more people ": what the list leaves out
    /// below and above, for its bottom border; `None` when it shows all.
    /// A person whose name is in view but whose line is not is said as
    /// a line ("↓ 1 more line"): their name says who.
    pub(super) fn mark(&self, lines: &[(usize, usize)]) -> Option<String> {
        let end = self.first + self.shown.len();
        let whole = |(k, (_, why)): (usize, &(bool, usize))| *why == lines[self.first + k].1;
        let cut = self.shown.iter().enumerate().filter(|s| !whole(*s)).count();
        let last = end.checked_sub(1).map(|i| lines[i].0);
        let below = side(&lines[end.min(lines.len())..], cut, last);
        let top = lines.get(self.first).map(|l| l.0);
        let above = side(&lines[..self.first.min(lines.len())], 0, top);
        let parts: Vec<String> = [("↓", below), ("↑", above)]
            .into_iter()
            .filter_map(|(arrow, words)| Some(format!("{arrow} {}", words?)))
            .collect();
        (!parts.is_empty()).then(|| format!(" {} ", parts.join(" · ")))
    }
}

/// "1 more line, 2 more people": the `hidden` lines (and `cut` lines
/// shown in part) said as people, but for the lines of `named`, the person
/// whose name is in view, said as lines.
fn side(hidden: &[(usize, usize)], cut: usize, named: Option<usize>) -> Option<String> {
    let lines = cut + hidden.iter().filter(|l| Some(l.0) == named).count();
    let mut people: Vec<usize> = hidden
        .iter()
        .map(|l| l.0)
        .filter(|p| Some(*p) != named)
        .collect();
    people.dedup();
    let mut words = Vec::new();
    if lines > 0 {
        words.push(count(lines, "more line", "more lines"));
    }
    if !people.is_empty() {
        words.push(count(people.len(), "more person", "more people"));
    }
    (!words.is_empty()).then(|| words.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Random queues: each line's person (runs of one person), and its
    /// reason's rows.
    fn queue() -> impl Strategy<Value = Vec<(usize, usize)>> {
        prop::collection::vec((any::<bool>(), 1usize..4), 1..14).prop_map(|raw| {
            let mut person = 0;
            raw.into_iter()
                .enumerate()
                .map(|(i, (same, rows))| {
                    if i > 0 && !same {
                        person += 1;
                    }
                    (person, rows)
                })
                .collect()
        })
    }

    proptest! {
        /// Against a model that lays every line out row by row from
        /// `first`: the selected line is whole, the rows are filled while
        /// anything is left below, and the mark says exactly who and what
        /// is out of view, or nothing when all is shown.
        #[test]
        fn the_list_fills_its_rows_and_marks_what_it_leaves_out(
            lines in queue(),
            pick in any::<prop::sample::Index>(),
            rows in 1usize..16,
        ) {
            let selected = pick.index(lines.len());
            let w = window(&lines, selected, rows);
            // The model: every row from `first`, each tagged with its line.
            let mut model: Vec<(usize, bool)> = Vec::new();
            for i in w.first..lines.len() {
                if i == w.first || lines[i - 1].0 != lines[i].0 {
                    model.push((i, true));
                }
                model.extend(std::iter::repeat_n((i, false), lines[i].1));
            }
            let drawn: Vec<(usize, bool)> = model.iter().copied().take(rows).collect();
            let mut got: Vec<(usize, bool)> = Vec::new();
            for (k, (named, why)) in w.shown.iter().enumerate() {
                if *named { got.push((w.first + k, true)); }
                got.extend(std::iter::repeat_n((w.first + k, false), *why));
            }
            prop_assert_eq!(&got, &drawn);
            // The selected line whole, when it fits at all.
            let own = usize::from(true) + lines[selected].1;
            if own <= rows {
                let rows_of = drawn.iter().filter(|(i, name)| *i == selected && !name).count();
                prop_assert_eq!(rows_of, lines[selected].1);
                // As many lines above as fit: one more would not.
                if w.first > 0 {
                    let mut more = 0;
                    for i in w.first - 1..=selected {
                        more += usize::from(i == w.first - 1 || lines[i - 1].0 != lines[i].0) + lines[i].1;
                    }
                    prop_assert!(more > rows);
                }
            }
            // The mark: a line is out of view when a row of it is.
            let out: Vec<usize> = (0..lines.len())
                .filter(|i| {
                    let seen = drawn.iter().filter(|(j, name)| j == i && !name).count();
                    *i < w.first || seen < lines[*i].1
                })
                .collect();
            let mark = w.mark(&lines);
            prop_assert_eq!(mark.is_none(), out.is_empty(), "{:?}", mark);
            let people_in_view: Vec<usize> = drawn
                .iter()
                .filter(|(_, name)| *name)
                .map(|(i, _)| lines[*i].0)
                .collect();
            let mut hidden_people: Vec<usize> = out
                .iter()
                .map(|i| lines[*i].0)
                .filter(|p| !people_in_view.contains(p))
                .collect();
            hidden_people.dedup();
            let lines_out = out.len()
                - out.iter().filter(|i| !people_in_view.contains(&lines[**i].0)).count();
            let said = mark.unwrap_or_default();
            let number = |unit: &str| -> usize {
                said.split([',', '·'])
                    .filter(|p| p.contains(unit))
                    .filter_map(|p| p.split_whitespace().find_map(|w| w.parse::<usize>().ok()))
                    .sum()
            };
            prop_assert_eq!(number("line"), lines_out, "{}", said);
            prop_assert_eq!(number("pe"), hidden_people.len(), "{}", said);
        }
    }

    /// The trials' case: eight people drawn whole and a ninth of two
    /// lines with one row left: their name takes the row, the border says
    /// two lines more.
    #[test]
    fn a_row_left_shows_the_next_name_and_the_mark_says_the_rest() {
        let mut lines: Vec<(usize, usize)> = (0..8).map(|p| (p, 1)).collect();
        lines.extend([(8, 1), (8, 1)]);
        let w = window(&lines, 0, 17);
        assert_eq!(w.shown.last(), Some(&(true, 0)));
        assert_eq!(w.mark(&lines).as_deref(), Some(" ↓ 2 more lines "));
        let w = window(&lines, 0, 16);
        assert_eq!(w.mark(&lines).as_deref(), Some(" ↓ 1 more person "));
    }
}
