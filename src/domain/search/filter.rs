//! The contacts filter's rule (`f` on the contacts screen): every word
//! typed starts a word of the person's name, or of an alias, their
//! organisation, role, interests or tags. Word starts, not scattered
//! letters: "anna" lists Anna Rossi and Giovanni Annaro, never Valentina
//! Santoro, and "climbing" lists the people with that interest or tag.
//!
//! A person a longer query fits is one its prefix fits (each word typed
//! on only grows or adds a word), which is what lets the filter score only
//! the last matches at each keystroke.

use super::excerpt::occurs;

/// How well `words` (each folded with `text::loose`) fit a person whose
/// name is `name` and whose aliases, organisation, role, interests and
/// tags are `other` (folded alike, joined by spaces), or `None` if a word
/// starts no word of either. Higher is better: per word, 3 for a whole
/// word of the name, 2 for the start of one, 1 for the start of a word of
/// the rest. With it, the characters of `name` the words start, to show.
pub fn fit(name: &str, other: &str, words: &[&str]) -> Option<(i64, Vec<usize>)> {
    if words.is_empty() {
        return None;
    }
    let mut score = 0;
    let mut hits = Vec::new();
    for w in words {
        match starts(name, w) {
            Some(at) => {
                let after = &name[at + w.len()..];
                let whole = !after.starts_with(char::is_alphanumeric);
                score += if whole { 3 } else { 2 };
                let first = name[..at].chars().count();
                hits.extend(first..first + w.chars().count());
            }
            None if occurs(other, w) == Some(true) => score += 1,
            None => return None,
        }
    }
    hits.sort_unstable();
    hits.dedup();
    Some((score, hits))
}

/// Where `word` first starts a word of `text`, preferring a whole word.
fn starts(text: &str, word: &str) -> Option<usize> {
    let mut first = None;
    for (at, _) in text.match_indices(word) {
        if text[..at].ends_with(char::is_alphanumeric) {
            continue;
        }
        if !text[at + word.len()..].starts_with(char::is_alphanumeric) {
            return Some(at);
        }
        first = first.or(Some(at));
    }
    first
}
