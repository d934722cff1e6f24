//! How an import names what it changed, in the dry run's lines, and the
//! values it quotes.

use crate::domain::patch::merge::Merged;

/// A person's changes as a dry run lists them: "Jane Doe: + phone +1 555
/// 0100, + address Via Roma 1, Milano, org Acme → Nestwise, - phone +1
/// 555 0199; role differs: journal 'A', file 'B' (kept)": a value the
/// card replaced is no addition.
pub(super) fn listed(name: &str, m: &Merged, differs: &[String]) -> String {
    let parts: Vec<String> = m
        .added
        .iter()
        .map(|(kind, text)| match text.as_str() {
            "" => format!("+ {}", kind.words().0),
            text if text.contains(" → ") => format!("{} {text}", kind.words().0),
            text => format!("+ {} {text}", kind.words().0),
        })
        .chain(
            m.removed
                .iter()
                .map(|(kind, text)| format!("- {} {text}", kind.words().0)),
        )
        .collect();
    let mut line = format!("{name}: {}", parts.join(", "));
    for d in differs {
        line.push_str("; ");
        line.push_str(d);
    }
    line
}

/// A value as a summary quotes it: a long note by its start.
pub(super) fn shortened(text: &str) -> String {
    const SHOWN: usize = 60;
    match text.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}
