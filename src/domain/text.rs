//! Text rules shared by every record: folding for comparison and `+tag` capture.

mod invisible;

pub use invisible::visible;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for comparison: lower case, accents removed, whitespace
/// collapsed, control characters dropped. "Arrampicata", " arrampicata " and
/// "ARRAMPICATA" fold alike, and so do "Zoë" and "zoe".
///
/// ```
/// use givegive::domain::text::fold;
///
/// assert_eq!(fold("  Arrampicata "), fold("arrampicata"));
/// assert_eq!(fold("Zoë  Müller"), "zoe muller");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    folding(text, false, |_, c| out.push(c));
    out
}

/// The one folding rule, a character at a time: `emit(at, c)` for each
/// character of the folded text, `at` being the byte offset in `text` of
/// the character it came from, so a match in folded text can be shown in
/// the text as written. `spell` adds [`spelled`]'s spellings.
fn folding(text: &str, spell: bool, mut emit: impl FnMut(usize, char)) {
    let mut pending_space = false;
    let mut any = false;
    let mut put = |at: usize, c: char| {
        if c.is_whitespace() {
            pending_space = any;
            return;
        }
        if c.is_control() {
            return;
        }
        if pending_space {
            emit(at, ' ');
            pending_space = false;
        }
        any = true;
        emit(at, c);
    };
    let mut decomposed = String::new();
    for (at, original) in text.char_indices() {
        // Most text is ASCII, which decomposes to itself, with no marks.
        if original.is_ascii() {
            put(at, original.to_ascii_lowercase());
            continue;
        }
        decomposed.clear();
        decomposed.extend(std::iter::once(original).nfkd());
        for c in decomposed.chars().filter(|c| !is_combining_mark(*c)) {
            for lower in c.to_lowercase() {
                match spelled(lower).filter(|_| spell) {
                    // ASCII, so lower case and whitespace as above.
                    Some(s) => s.chars().for_each(|c| put(at, c.to_ascii_lowercase())),
                    None => put(at, lower),
                }
            }
        }
    }
}

/// [`loose`] a character at a time, with the byte offset in `text` each
/// character came from: what search excerpts are cut by.
pub fn loose_each(text: &str, emit: impl FnMut(usize, char)) {
    folding(text, true, emit);
}

/// How a letter or a punctuation mark is typed on a plain keyboard:
/// Соколов as sokolov, Søren as soren, Weiß as weiss, ’ as ', – as -.
/// deunicode (maintained, table-driven, no allocation) knows every script;
/// only letters, digits and punctuation are spelled, so an emoji or a
/// symbol in a note is not turned into words a search would then find.
fn spelled(c: char) -> Option<&'static str> {
    let spelling = deunicode::deunicode_char(c)?;
    let wordy = |s: &str| s.chars().any(|c| c.is_ascii_alphanumeric());
    (c.is_alphanumeric() || !wordy(spelling)).then_some(spelling)
}

/// Folded text with every letter spelled the way people type it on a plain
/// keyboard ([`spelled`]): Соколов → sokolov, ø → o, ß → ss, ’ → '... so
/// "sokolov" finds Соколов and "D'Amico" finds D’Amico. For matching only:
/// stored keys stay [`fold`]ed, and this is applied to both sides of a
/// comparison: `loose(text) == transliterate(&fold(text))`.
pub fn transliterate(folded: &str) -> std::borrow::Cow<'_, str> {
    if folded.is_ascii() {
        return std::borrow::Cow::Borrowed(folded);
    }
    std::borrow::Cow::Owned(loose(folded))
}

/// What two texts are compared by when a person types one to find the
/// other: folded, then transliterated.
pub fn loose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    folding(text, true, |_, c| out.push(c));
    out
}

/// Stored text made safe to show on a terminal: control characters (escape
/// sequences, bell, carriage returns) and the bidi controls that reorder
/// what follows them (embeddings, overrides, isolates: the "Trojan Source"
/// set) become `�`, so a name or note cannot drive the terminal or hide
/// text. Newlines are kept; right-to-left names need none of these.
pub fn inert(text: &str) -> String {
    inert_cow(text).into_owned()
}

/// [`inert`] without a copy when nothing needs replacing (most text): what
/// a list of 100,000 names prints with.
pub fn inert_cow(text: &str) -> std::borrow::Cow<'_, str> {
    let replaced = |c: char| match c {
        '\t' => Some(' '),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some('\u{FFFD}'),
        c if c.is_control() && c != '\n' => Some('\u{FFFD}'),
        _ => None,
    };
    if !text.chars().any(|c| replaced(c).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars().map(|c| replaced(c).unwrap_or(c)).collect()
}

/// A piece of a file as an error message quotes it: inert (a file's escape
/// sequences must not reach the terminal), on one line (the message is one
/// line), and cut short (a file can be one 10 MB line).
pub fn quote(text: &str) -> String {
    clip(text.trim(), 60)
}

/// `text` on one inert line of at most `shown` characters (and `…`): for a
/// message that may carry a file's bytes, such as a JSON parser's
/// "unknown field" naming a key of any length.
pub fn clip(text: &str, shown: usize) -> String {
    let line = inert(text).replace('\n', "⏎");
    match line.char_indices().nth(shown) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Trims and collapses inner whitespace, keeping case and accents: how names,
/// tags and interests are stored for display.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A one-line field as it is stored and as it is looked up (a name, an
/// alias, an organisation, a role), whatever door it came in by: what
/// shows of it ([`visible`]), its spaces tidied. One rule for both sides,
/// so a pasted `Zero\u{200B}Width` finds the ZeroWidth that `add` stored
/// from it, and no escape's leftovers reach a list, a card or a draft.
pub fn as_seen(text: &str) -> String {
    tidy(&visible(text).0)
}

/// Tags written `+tag` in free text, in order of appearance, without repeats.
///
/// `+` is used rather than `#` because the shell treats `#` as a comment. A tag
/// is letters, digits, `-` and `_`; a lone `+` or `+3` (a number) is not a tag.
pub fn plus_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let Some(rest) = word.strip_prefix('+') else {
            continue;
        };
        let tag: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let tag = tag.trim_end_matches(['-', '_']).to_string();
        if tag.chars().any(char::is_alphabetic) && !tags.iter().any(|t| fold(t) == fold(&tag)) {
            tags.push(tag);
        }
    }
    tags
}

/// Whether two names are one name as people type it: the same words once
/// [`loose`]d, punctuation and order aside ("Giulia D'Amico" and "giulia
/// d’amico", "Nicolò Bellandi" and "Bellandi Nicolo"). A name that is not
/// ("Dmitry Sokolov" and "Дмитрий Соколов", which spells "Dmitrii";
/// "Sara Bianchi" and "Sara Bianchi-Verdi") is another one the person is
/// known by, which a merge or an import keeps as an alias.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |n: &str| {
        let mut w: Vec<String> = loose(n)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        w.sort_unstable();
        w
    };
    words(a) == words(b)
}

/// Adds `item` to `list` unless an equal item (after folding) is present.
/// Returns whether it was added.
pub fn push_unique(list: &mut Vec<String>, item: &str) -> bool {
    let item = tidy(item);
    if item.is_empty() || list.iter().any(|x| fold(x) == fold(&item)) {
        return false;
    }
    list.push(item);
    true
}

/// Removes every item equal to `item` after folding. Returns whether any was.
pub fn remove_folded(list: &mut Vec<String>, item: &str) -> bool {
    let key = fold(item);
    let before = list.len();
    list.retain(|x| fold(x) != key);
    list.len() != before
}

/// The name in `names` closest to `typed` when it is close enough to be a
/// typo of it (a letter or two missing, extra, wrong or swapped): the one
/// "did you mean" rule, for config names, date words and relation kinds.
pub fn nearest<'a>(typed: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let most = (typed.chars().count() / 3).clamp(1, 2);
    names
        .map(|n| (strsim::damerau_levenshtein(typed, n), n))
        .filter(|(d, _)| *d <= most)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// "1 change", "2 changes": a number with its noun in the right number.
pub fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: N, one: &str, many: &str) -> String {
    let noun = if n == N::from(1) { one } else { many };
    format!("{n} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn quotes_are_one_inert_short_line() {
        assert_eq!(
            quote(" a\r\nb\u{1b}]52;c;aGk=\u{7} "),
            "a\u{FFFD}⏎b\u{FFFD}]52;c;aGk=\u{FFFD}"
        );
        let long = quote(&"é".repeat(10_000));
        assert_eq!(long.chars().count(), 61);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(fold("  Arrampicata  "), "arrampicata");
        assert_eq!(fold("Zoë  Müller"), "zoe muller");
        assert_eq!(fold("CAFÉ\tcrème"), "cafe creme");
        assert_eq!(fold("a\u{1b}[31mb"), "a[31mb");
    }

    #[test]
    fn picks_plus_tags() {
        assert_eq!(
            plus_tags("sent deck +investor +Fintech, +investor and 3+4 +5"),
            vec!["investor", "Fintech"]
        );
        assert_eq!(plus_tags("+climbing-gym."), vec!["climbing-gym"]);
        assert!(plus_tags("no tags + here").is_empty());
    }

    #[test]
    fn push_unique_ignores_case_and_accents() {
        let mut v = vec!["Café".to_string()];
        assert!(!push_unique(&mut v, "cafe"));
        assert!(push_unique(&mut v, "tea"));
        assert!(!push_unique(&mut v, "   "));
        assert!(remove_folded(&mut v, "CAFE"));
        assert_eq!(v, vec!["tea"]);
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
        }

        /// A name written with other case, accents, apostrophes, dashes
        /// or word order is the same name; one word more or another
        /// spelling is not (report 27t #7 keeps those as aliases).
        #[test]
        fn a_name_written_otherwise_is_the_same_name(
            words in prop::collection::vec(
                prop::sample::select(vec!["Giulia", "D’Amico", "Nicolò", "Соколов", "Bianchi"]),
                1..4,
            ),
            upper in any::<bool>(),
            reversed in any::<bool>(),
        ) {
            let name = words.join(" ");
            let mut other: Vec<String> = words
                .iter()
                .map(|w| w.replace('’', "'").replace('ò', "o"))
                .map(|w| if upper { w.to_uppercase() } else { w })
                .collect();
            if reversed {
                other.reverse();
            }
            prop_assert!(same_name(&name, &other.join("  ")));
            prop_assert!(same_name(&other.join("-"), &name));
            let longer = format!("{name} Verdi");
            prop_assert!(!same_name(&name, &longer));
        }

        #[test]
        fn plus_tags_come_from_the_text(s in "[a-z +#-]{0,60}") {
            for tag in plus_tags(&s) {
                let needle = format!("+{tag}");
                prop_assert!(s.contains(&needle));
            }
        }
    }
}
