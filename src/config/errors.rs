//! A config file's parse error as a person reads it: where (line and
//! column), which key under which table, and what was wrong in words
//! ("must be a whole number"), not serde's type names ("expected usize").

/// `error` from reading `text` (the file at `origin`), in one line.
pub(super) fn said(origin: &str, text: &str, error: &toml::de::Error) -> String {
    let message = plain(error.message());
    let Some(span) = error.span() else {
        return format!("{origin}: {message}");
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let table = before
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|t| format!("{t} "))
        .unwrap_or_default();
    let this_line = text.lines().nth(line - 1).unwrap_or_default();
    let key = this_line
        .split_once('=')
        .map(|(k, _)| k.trim().trim_matches('"'))
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    match key {
        Some(key) => format!("{origin}: {table}{key} {message} (line {line}, column {column})"),
        None => format!("{origin}: {message} (line {line}, column {column})"),
    }
}

/// serde's and toml's words for what was expected, in a person's.
fn plain(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((got, expected)) = rest.split_once(", expected ")
    {
        let want = match expected.trim() {
            "usize" | "u8" | "u16" | "u32" | "u64" => "a whole number",
            "i8" | "i16" | "i32" | "i64" => "a number",
            "a boolean" => "true or false",
            "a string" => "text in quotes",
            other => other,
        };
        let got = got
            .strip_prefix("string ")
            .or_else(|| got.strip_prefix("integer "))
            .or_else(|| got.strip_prefix("boolean "))
            .unwrap_or(got)
            .replace('`', "");
        return format!("must be {want}, got {got}");
    }
    if message.starts_with("invalid basic string") || message.contains("expected `\"`") {
        return "is text whose closing \" is missing".into();
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> String {
        let e = toml::from_str::<toml::Table>(text).err();
        match e {
            Some(e) => said("config.toml", text, &e),
            None => String::new(),
        }
    }

    #[test]
    fn an_unclosed_string_names_its_line_and_key() {
        let said = error_of("[drafts]\nlanguage = \"it\n");
        assert!(
            said.starts_with("config.toml: [drafts] language "),
            "{said}"
        );
        assert!(said.contains("closing \" is missing (line 2"), "{said}");
    }

    #[test]
    fn type_words_are_a_persons() {
        assert_eq!(
            plain("invalid type: string \"ten\", expected usize"),
            "must be a whole number, got \"ten\""
        );
        assert_eq!(
            plain("invalid type: integer `3`, expected a string"),
            "must be text in quotes, got 3"
        );
    }
}
