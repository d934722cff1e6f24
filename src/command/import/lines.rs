//! How an import names what it changed, in the dry run's lines, and the
//! values it quotes.

use crate::domain::patch::merge::Merged;

/// A person's changes as a dry run lists them: "Jane Doe: + phone +1 555
/// 0100, + address Via Roma 1, Milano, org Acme → Nestwise, - phone +1
/// 555 0199; role differs: journal 'A', file 'B' (kept the journal's)": a value the
/// card replaced is no addition.
pub(super) fn listed(name: &str, m: &Merged, differs: &[String]) -> String {
    let parts: Vec<String> = m
        .added
        .iter()
        .filter(|(kind, _)| kind.seen())
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

/// How many characters of a value a summary quotes.
const SHOWN: usize = 60;

/// Two values as a summary quotes them side by side: short ones whole,
/// long ones around where they first differ, so two notes that share
/// their first lines do not read as the same; where one is the other with
/// more at its end, the longer one's excerpt is that end.
pub(super) fn excerpts(a: &str, b: &str) -> (String, String) {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if ca.len() <= SHOWN && cb.len() <= SHOWN {
        return (a.to_string(), b.to_string());
    }
    let first = ca.iter().zip(&cb).take_while(|(x, y)| x == y).count();
    // A few characters before the difference, so it reads in context.
    let from = first.saturating_sub(SHOWN / 4);
    let cut = |c: &[char]| {
        if from == 0 {
            return shortened(&c.iter().collect::<String>());
        }
        let rest: String = c[from.min(c.len())..].iter().collect();
        // A note's line breaks would break the summary's line.
        match rest.split_whitespace().collect::<Vec<_>>().join(" ") {
            rest if rest.is_empty() => "(ends there)".to_string(),
            rest => format!("…{}", shortened(&rest)),
        }
    };
    (cut(&ca), cut(&cb))
}

/// A value as a summary quotes it: a long note by its start.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::excerpts;

    proptest! {
        /// Two long values that differ are quoted differently, each
        /// showing where it departs from the other, however long the
        /// start they share: two notes quoted by their first 60
        /// characters read as the same note.
        #[test]
        fn two_values_that_differ_are_quoted_apart(
            shared in "[A-Z ]{0,150}",
            a in "[a-z]{0,20}",
            b in "[a-z]{0,20}",
        ) {
            let (x, y) = (format!("{shared}{a}"), format!("{shared}{b}"));
            prop_assume!(x.trim() != y.trim());
            let (qx, qy) = excerpts(&x, &y);
            prop_assert_ne!(&qx, &qy, "{} | {}", x, y);
            for (tail, quoted) in [(&a, &qx), (&b, &qy)] {
                let start: String = tail.chars().take(10).collect();
                prop_assert!(quoted.contains(&start), "{} in {}", start, quoted);
            }
        }
    }
}
