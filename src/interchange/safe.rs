//! Text made harmless for the programs that open an export: spreadsheets
//! (a cell that starts like a formula runs as one) and Markdown renderers
//! (a name like `<script>` or `[x](javascript:…)` is markup to them).

use std::borrow::Cow;

/// What makes a spreadsheet read a cell as a formula: OWASP's CSV-injection
/// list (`=`, `+`, `-`, `@`, tab, carriage return).
const FORMULA: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Who reads a CSV file givegive writes, which decides which cells get
/// OWASP's leading `'` (Excel, LibreOffice and Google Sheets read it as
/// "this is text" and hide it; Google Contacts keeps it as part of the
/// text). Both readers get it on every cell that could *run*: one that
/// starts like a formula and holds more than a number's characters, so it
/// could call a function, a link or another program (`=HYPERLINK(…)`,
/// `@SUM(…)`, `+cmd|' /C calc'!A0`). They differ on a cell that is only a
/// number's characters (`+39 333 1234567`, `-3`), which can only compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reader {
    /// A spreadsheet (`export --format csv`): it would compute
    /// `+39 333 1234567` (or show `#NAME?`), so that gets the `'` too,
    /// and only a whole number it shows back as written (`-3`) does not.
    Spreadsheet,
    /// Google Contacts' import (`export --format google`): it reads
    /// `+39 333 1234567` as the phone it is, as Google's own export writes
    /// it, and would keep a `'` in front of it; a number's characters
    /// cannot run anything in a spreadsheet either, so none is added.
    Contacts,
}

/// Characters that can only make a number, a phone or arithmetic: a cell
/// of these alone calls nothing, whatever it starts with. A phone's
/// extension as givegive writes it (" ext. 55", " x55") is digits after a
/// word no spreadsheet calls (report 27c #5: "'+39-02-7654321 ext. 55"
/// kept its quote in Google Contacts).
fn number_like(text: &str) -> bool {
    crate::domain::reach::without_extension(text)
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().#*/".contains(c))
}

/// A CSV cell as `reader` should get it: the text, or the text with a
/// leading `'` where it could run ([`Reader`]), where a spreadsheet would
/// hide the person's own leading `'`, or where [`uncell`] on import would
/// take off one of theirs, so that import gives back exactly the text.
pub(crate) fn cell(text: &str, reader: Reader) -> Cow<'_, str> {
    let misread = match reader {
        Reader::Spreadsheet => {
            let number = text.parse::<i64>().is_ok_and(|n| n.to_string() == text);
            text.starts_with('\'') || (text.starts_with(FORMULA) && !number)
        }
        Reader::Contacts => text.starts_with(FORMULA) && !number_like(text),
    };
    if misread || uncell(text) != text {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell as it was before [`cell`]: the `'` in front of a formula's first
/// character (or of another `'`) taken off, so an export imported back is
/// what was exported. A `'` before anything else is the person's own, as
/// in a file Google Contacts wrote.
pub(crate) fn uncell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with('\'') || rest.starts_with(FORMULA) => rest,
        _ => text,
    }
}

/// Text that Markdown (and the HTML it may carry) shows as written, on one
/// line: the characters that start emphasis, code, links, images, HTML,
/// entities, headings' closing `#`s and `{attributes}`, tables, math and
/// superscripts are backslash-escaped, as are the list, quote and heading markers a line could start with. Only
/// those, so the dossier still reads well as plain text ("D'Amico", not
/// "D\'Amico"). pulldown-cmark-escape only escapes for HTML, not Markdown,
/// hence this function and its property test against a real parser.
pub(crate) fn md(text: &str) -> String {
    escaped(text, true)
}

/// [`md`] for text that follows other text on its line ("- phone: +39
/// …"): a line's markers cannot start there, so `+39` is written as it
/// is, with no backslash in the raw file (trial 28c #20).
pub(crate) fn md_inline(text: &str) -> String {
    escaped(text, false)
}

/// [`md`], with the line-start markers escaped only where the text
/// starts its line (`first`).
fn escaped(text: &str, first: bool) -> String {
    let line = text.split(['\n', '\r']).collect::<Vec<_>>().join(" ");
    let line = line.trim_matches([' ', '\t']);
    let mut out = String::with_capacity(line.len() + 8);
    // An ordered list's marker: digits, then `.` or `)`.
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    for (at, c) in line.char_indices() {
        let starts = first && at == 0 && matches!(c, '-' | '+' | '=');
        let numbered = first && at == digits && digits > 0 && matches!(c, '.' | ')');
        if starts || numbered || "\\`*_[]<>&#|~!$^{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// The text a renderer shows for `markdown`, or why it is not inert:
    /// any event but paragraphs, headings, list items and plain text.
    fn shown(markdown: &str) -> Result<String, String> {
        // Every extension a renderer may turn on, but for curly quotes,
        // which change how text looks, not what it is.
        let extensions = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
        let mut text = String::new();
        for event in Parser::new_ext(markdown, extensions) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::List(_) | Tag::Item)
                | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::List(_))
                | Event::End(TagEnd::Item) => {}
                other => return Err(format!("{other:?} in {markdown:?}")),
            }
        }
        Ok(text)
    }

    #[test]
    fn markup_in_names_is_shown_as_written() {
        for name in [
            "<script>alert(1)</script>",
            "*bold*",
            "[x](javascript:alert(1))",
        ] {
            assert_eq!(shown(&format!("# {}\n", md(name))), Ok(name.to_string()));
        }
        assert_eq!(md("D'Amico (Milano) 3.5"), "D'Amico (Milano) 3.5");
    }

    #[test]
    fn cells_that_would_run_get_a_quote_that_import_removes() {
        use Reader::{Contacts, Spreadsheet};
        for reader in [Spreadsheet, Contacts] {
            assert_eq!(cell("=HYPERLINK(\"x\")", reader), "'=HYPERLINK(\"x\")");
            assert_eq!(cell("Anna", reader), "Anna");
            assert_eq!(cell("-3", reader), "-3");
        }
        assert_eq!(cell("+39 333 1234567", Spreadsheet), "'+39 333 1234567");
        assert_eq!(cell("+39 333 1234567", Contacts), "+39 333 1234567");
        assert_eq!(
            cell("+39-02-7654321 ext. 55", Contacts),
            "+39-02-7654321 ext. 55"
        );
        assert_eq!(
            cell("+39 ext. HYPERLINK(1)", Contacts),
            "'+39 ext. HYPERLINK(1)"
        );
        assert_eq!(uncell("'O'Brien"), "'O'Brien");
    }

    proptest! {
        /// Whatever a person's text, as a heading, a list item or a
        /// paragraph it renders as that text and nothing else.
        #[test]
        fn escaped_text_renders_as_itself(
            text in "[ -~àé’\u{a0}]{0,40}",
            at in prop::sample::select(vec!["# ", "- ", "", "1. "]),
        ) {
            let want = text.trim_matches([' ', '\t']);
            let got = shown(&format!("{at}{}\n", md(&text)));
            prop_assert_eq!(got, Ok(want.to_string()));
            // After other text on its line, with no line-start escapes.
            let got = shown(&format!("{at}phone: {}\n", md_inline(&text)));
            let want = match want {
                "" => "phone:".to_string(),
                want => format!("phone: {want}"),
            };
            prop_assert_eq!(got, Ok(want));
        }

        /// Report 27c #5: a phone as givegive writes it, extension and
        /// all, goes to Google Contacts as written.
        #[test]
        fn a_phone_goes_to_google_as_written(
            number in "\\+[0-9][0-9 -]{4,12}[0-9]",
            ext in prop::option::of(prop::sample::select(vec![" ext. 55", " x7", " ext 123"])),
        ) {
            let phone = format!("{number}{}", ext.unwrap_or_default());
            prop_assert_eq!(cell(&phone, Reader::Contacts), phone.as_str());
        }

        #[test]
        fn a_cell_never_starts_like_a_formula_and_comes_back(text in "['=+@ a-z\t\r-]{0,12}") {
            let safe = cell(&text, Reader::Spreadsheet);
            prop_assert!(!safe.starts_with(FORMULA));
            prop_assert_eq!(uncell(&safe), text.as_str());
        }
    }
}

#[cfg(test)]
mod writers;
