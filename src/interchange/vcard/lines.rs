//! Lines of a vCard file as people's files really have them: two files
//! concatenated without a final newline glue one card's `END:VCARD` to the
//! next one's `BEGIN:VCARD`, and a line the parser cannot read is named by
//! its number in the file as the user has it.

use crate::domain::text::quote;

/// `line` as the two lines it is, when it glues `END:VCARD` to a
/// following `BEGIN:VCARD` (maybe with the second file's byte order mark
/// between them): `cat a.vcf b.vcf` where a.vcf has no final newline.
pub(super) fn unglued(line: &str) -> Option<(String, &str)> {
    let head = line.get(..9)?;
    if !head.eq_ignore_ascii_case("END:VCARD") {
        return None;
    }
    let rest = line[9..].trim_start_matches('\u{feff}');
    let begins = rest
        .get(..11)
        .is_some_and(|b| b.eq_ignore_ascii_case("BEGIN:VCARD"));
    begins.then(|| (format!("{head}\r\n"), rest))
}

/// Why the parser stopped at the line reading `bad`, with that line's
/// number in `text` (the file before comments were dropped), so a user
/// can open the file there: "line 41: unreadable line 'VERSION 3.0'".
pub(super) fn unreadable(text: &str, bad: &str) -> String {
    let wanted = bad.trim();
    let number = text
        .lines()
        .position(|l| l.trim_start_matches('\u{feff}').trim() == wanted)
        .map_or_else(String::new, |at| format!("line {}: ", at + 1));
    format!("{number}unreadable line '{}'", quote(bad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glued_end_and_begin_are_two_lines() {
        assert_eq!(
            unglued("END:VCARDBEGIN:VCARD\r\n"),
            Some(("END:VCARD\r\n".to_string(), "BEGIN:VCARD\r\n"))
        );
        assert_eq!(
            unglued("end:vcard\u{feff}begin:vcard"),
            Some(("end:vcard\r\n".to_string(), "begin:vcard"))
        );
        assert_eq!(unglued("END:VCARD\r\n"), None);
        assert_eq!(unglued("END:VCARDX"), None);
        assert_eq!(unglued("NOTE:END:VCARDBEGIN:VCARD"), None);
    }

    #[test]
    fn an_unreadable_line_is_named_by_its_number() {
        let text = "BEGIN:VCARD\nFN:A\nEND:VCARD\nhello \u{1b}[31m\n";
        assert_eq!(
            unreadable(text, "hello \u{1b}[31m"),
            "line 4: unreadable line 'hello \u{FFFD}[31m'"
        );
    }
}
