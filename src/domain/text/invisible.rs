//! What a pasted name carries that nobody sees: terminal escape sequences
//! (`\e[31m` from a coloured listing), other control characters, and the
//! zero-width and bidi-control characters that copying from web pages and
//! chats leaves in. Stored, they make a name that shows as "Red Man" or
//! "AnaStasia" and that typing "red man" never finds.

/// `name` without the characters nobody sees, and how many were left out
/// (an escape sequence counts as one). Tabs and line breaks become spaces
/// (they part words); everything seen is kept, and so is a zero-width
/// joiner or non-joiner between two letters of a script that needs them
/// (Persian, Hindi) or inside an emoji (👩‍💻).
pub fn visible(name: &str) -> (String, usize) {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    let mut left_out = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '\t' | '\n' | '\r') {
            out.push(' ');
            i += 1;
            continue;
        }
        if let Some(end) = escape_end(&chars, i) {
            left_out += 1;
            i = end;
            continue;
        }
        let joins = matches!(c, '\u{200C}' | '\u{200D}')
            && i > 0
            && chars
                .get(i + 1)
                .is_some_and(|next| joined(chars[i - 1]) && joined(*next));
        if unseen(c) && !joins {
            left_out += 1;
        } else {
            out.push(c);
        }
        i += 1;
    }
    (out, left_out)
}

/// Characters that show nothing: controls (C0, DEL, C1), zero-width
/// spaces and joiners, the byte-order mark, the soft hyphen, and the
/// marks, embeddings, overrides and isolates that reorder text.
fn unseen(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// A character a zero-width joiner or non-joiner may stand beside on
/// purpose: a letter or symbol outside ASCII.
fn joined(c: char) -> bool {
    !c.is_ascii() && !c.is_whitespace() && !unseen(c)
}

/// Where the escape sequence starting at `at` ends (the index after it),
/// if one starts there: ESC or a C1 introducer, then a control sequence
/// (`[` parameters, a final letter), a string ended by BEL or ST (`]`
/// titles, `P` device controls...), or one character. One not ended is no
/// sequence: only its ESC is left out, and what follows is kept.
fn escape_end(chars: &[char], at: usize) -> Option<usize> {
    let (kind, body) = match chars[at] {
        '\u{1b}' => (*chars.get(at + 1)?, at + 2),
        '\u{9b}' => ('[', at + 1),
        c @ ('\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}') => (c, at + 1),
        _ => return None,
    };
    let rest = chars.get(body..)?;
    match kind {
        '[' => {
            let n = rest
                .iter()
                .position(|c| !matches!(c, '\u{20}'..='\u{3f}'))?;
            matches!(rest[n], '\u{40}'..='\u{7e}').then_some(body + n + 1)
        }
        ']' | 'P' | 'X' | '^' | '_' | '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
            rest.iter().enumerate().find_map(|(n, c)| match c {
                '\u{7}' | '\u{9c}' => Some(body + n + 1),
                '\u{1b}' if rest.get(n + 1) == Some(&'\\') => Some(body + n + 2),
                _ => None,
            })
        }
        '\u{20}'..='\u{2f}' => {
            let n = rest
                .iter()
                .position(|c| !matches!(c, '\u{20}'..='\u{2f}'))?;
            matches!(rest[n], '\u{30}'..='\u{7e}').then_some(body + n + 1)
        }
        '\u{30}'..='\u{7e}' => Some(body),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::visible;
    use proptest::prelude::*;

    #[test]
    fn pasted_names_lose_what_nobody_sees() {
        for (pasted, kept, left_out) in [
            ("Ana\u{200b}Stasia Rus", "AnaStasia Rus", 1),
            ("\u{1b}[31mRed\u{1b}[0m Man", "Red Man", 2),
            ("\u{1b}]0;title\u{7}Evil", "Evil", 1),
            ("\u{202e}Anna\u{2069}\u{feff}", "Anna", 3),
            ("Lena\tPark\r\n", "Lena Park  ", 0),
            ("李 小龙", "李 小龙", 0),
            ("Jürgen 🎉 Klopp", "Jürgen 🎉 Klopp", 0),
            ("Dev 👩\u{200d}💻", "Dev 👩\u{200d}💻", 0),
            ("می\u{200c}خواهم", "می\u{200c}خواهم", 0),
            ("Ana\u{200d}Stasia", "AnaStasia", 1),
            ("A\u{1b}[31", "A[31", 1),
        ] {
            assert_eq!(visible(pasted), (kept.to_string(), left_out), "{pasted:?}");
        }
    }

    proptest! {
        /// What shows is kept as it is: a name with no control or format
        /// character comes back whole.
        #[test]
        fn what_shows_is_kept(name in "\\PC{0,30}") {
            prop_assert_eq!(visible(&name), (name.clone(), 0));
        }

        /// Nothing unseen is left, whatever was pasted, and cleaning twice
        /// is cleaning once.
        #[test]
        fn nothing_unseen_is_left(name in ".{0,40}") {
            let (kept, _) = visible(&name);
            prop_assert!(!kept.chars().any(|c| c.is_control() || c == '\u{200b}'), "{:?}", kept);
            prop_assert_eq!(visible(&kept), (kept.clone(), 0));
        }
    }
}
