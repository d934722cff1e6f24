//! Content lines, the shape vCard (RFC 6350) and iCalendar (RFC 5545)
//! share: escaped text values, folded at 75 octets, ended with CRLF.

/// Escapes a text value. Control characters and direction overrides are
/// dropped (a tab becomes a space): neither format allows the first, and
/// an ESC from a note would reach the terminal of whoever prints the card.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            // Direction overrides can make a name read as another text.
            c if c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') => {}
            c => out.push(c),
        }
    }
    out
}

/// A value that is not text (a URI, an identifier): no escaping, but no
/// control characters or line breaks either.
pub(crate) fn bare(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Folds a content line at 75 octets (never inside a UTF-8 character), as
/// both RFCs ask, and ends it with CRLF.
pub(crate) fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A stable identifier: re-exports update the same card or event.
pub(crate) fn uid(kind: &str, id: u64) -> String {
    format!("givegive-{kind}-{id}@givegive.local")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut out = String::new();
        line(&mut out, &format!("NOTE:{}", "è".repeat(60)));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("NOTE:{}\r\n", "è".repeat(60))
        );
    }

    #[test]
    fn values_are_escaped_and_controls_dropped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("x\u{1b}[31my\tz\r\u{202E}"), "x[31my z");
        assert_eq!(bare("https://x\u{7}.org\n"), "https://x.org");
    }
}
