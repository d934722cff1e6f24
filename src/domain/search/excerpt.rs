//! What a result shows of the text that matched: a short line of it as
//! written, cut around the query's words, with where they are.

use memchr::memmem;

use crate::domain::text::loose_each;

/// How much of a text a result shows, in characters, and at most how many
/// of them come before the first word found: few, so the word is still in
/// view when a narrow screen cuts the line.
const SHOWN: usize = 72;
const BEFORE: usize = 12;

/// Whether folded `word` is in folded `text`, and if so whether it starts
/// a word there at least once.
pub(super) fn occurs(text: &str, word: &str) -> Option<bool> {
    let mut found = None;
    for at in memmem::find_iter(text.as_bytes(), word) {
        let starts = !text[..at].ends_with(char::is_alphanumeric);
        if starts {
            return Some(true);
        }
        found = Some(false);
    }
    found
}

/// `shown` (whose folding is `folded`) on one line of at most [`SHOWN`]
/// characters around the first of `words` in it, and the byte ranges of
/// the words in that line.
pub(super) fn cut(
    shown: &str,
    folded: &str,
    words: &[impl AsRef<str>],
) -> (String, Vec<(usize, usize)>) {
    // For each character of the folding, the byte in `shown` it came from.
    let mut from = Vec::with_capacity(folded.len());
    loose_each(shown, |at, c| {
        for _ in 0..c.len_utf8() {
            from.push(at);
        }
    });
    let written = |folded_at: usize| from.get(folded_at).copied().unwrap_or(shown.len());
    let end_of = |folded_end: usize| {
        let at = written(folded_end.saturating_sub(1));
        at + shown[at..].chars().next().map_or(0, char::len_utf8)
    };
    let mut found: Vec<(usize, usize)> = words
        .iter()
        .flat_map(|w| {
            let w = w.as_ref();
            memmem::find_iter(folded.as_bytes(), w.as_bytes())
                .map(move |at| (written(at), end_of(at + w.len())))
        })
        .collect();
    found.sort_unstable();
    let first = found.first().map_or(0, |f| f.0);
    // Up to BEFORE characters before the first word.
    let start = shown[..first]
        .char_indices()
        .rev()
        .nth(BEFORE - 1)
        .map_or(0, |(at, _)| at);
    let start = if start > 0 {
        // Start at a word when one begins near.
        shown[start..first]
            .find(char::is_whitespace)
            .map_or(start, |space| start + space + 1)
    } else {
        0
    };
    // Never cut more from the left than the line needs: the text's last
    // SHOWN characters start here ("met …a Berlino e cerca casa" hid what
    // fitted).
    let tail = shown
        .char_indices()
        .rev()
        .nth(SHOWN - 1)
        .map_or(0, |(at, _)| at);
    let start = match start.min(tail) {
        0 => 0,
        // At a word's start when one begins before the first word found.
        at if at < start => shown[at..first]
            .find(char::is_whitespace)
            .filter(|s| at + s < first)
            .map_or(at, |space| at + space + 1),
        at => at,
    };
    let mut line = String::new();
    if start > 0 {
        line.push('…');
    }
    // Each character's byte in `shown` and in `line`.
    let mut placed = Vec::new();
    for (at, c) in shown[start..].char_indices().take(SHOWN) {
        placed.push((start + at, line.len()));
        line.push(if c.is_control() || is_bidi(c) { ' ' } else { c });
    }
    let body = line.len();
    let end = placed.last().map_or(start, |(at, _)| {
        at + shown[*at..].chars().next().map_or(0, char::len_utf8)
    });
    let in_line = |at: usize| {
        placed
            .iter()
            .find(|(s, _)| *s >= at)
            .map_or(body, |(_, l)| *l)
    };
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for (s, e) in found.into_iter().filter(|(s, _)| *s >= start && *s < end) {
        let (s, e) = (in_line(s), in_line(e.min(end)));
        match marks.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => marks.push((s, e)),
        }
    }
    if !shown[end..].trim().is_empty() {
        line.push('…');
    }
    (line, marks)
}

/// The bidi controls that would reorder what a terminal shows after them.
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// A text that fits is shown whole; a longer one keeps the word
        /// found and as much as fits, cut only where it does not.
        #[test]
        fn only_what_does_not_fit_is_cut(
            words in prop::collection::vec("[a-z]{1,9}", 1..25),
            pick in any::<prop::sample::Index>(),
        ) {
            let text = words.join(" ");
            let word = pick.get(&words).clone();
            let (line, marks) = super::cut(&text, &text, &[word.as_str()]);
            let (s, e) = marks[0];
            prop_assert!(line[s..e].contains(word.as_str()), "{:?}", line);
            let shown = line.trim_start_matches('…').trim_end_matches('…');
            let total = text.chars().count();
            let count = shown.chars().count();
            if total <= super::SHOWN {
                prop_assert_eq!(count, total, "{:?}", line);
            } else {
                // Cut at a word's start: a word's length at most.
                prop_assert!(count + 10 >= super::SHOWN && count <= super::SHOWN, "{:?}", line);
            }
        }
    }
}
