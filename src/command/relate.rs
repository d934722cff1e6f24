//! Relating two people, and taking a link away: what each card now says,
//! in words (see [`crate::domain::relation`]).

use super::{Ran, Who, refused, resolve, written};
use crate::domain::relation::{self, RelationKind};
use crate::journal::Journal;

/// The way a name was typed, to type it again in a hint.
fn as_typed(who: &Who) -> String {
    let text = who.to_string();
    match text.contains(char::is_whitespace) {
        true => format!("\"{text}\""),
        false => text,
    }
}

pub(super) fn relate(journal: &Journal, who: &Who, other: &Who, what: &str) -> Ran {
    // "relate elena me wife" (trial 28c): the user is in no card, and a
    // nobody-matches line would offer to add a person called "me".
    let myself = |w: &Who| {
        matches!(w, Who::Typed(t) if matches!(
            crate::domain::text::fold(t).as_str(),
            "me" | "myself" | "i" | "io" | "me stesso" | "me stessa"
        ))
    };
    if myself(who) || myself(other) {
        return Err(refused(
            "relate links two people in the journal, and you are not one of them: for your own wife, mentor or boss, tag them (givegive edit NAME --tag mentor) or write it in their notes",
        ));
    }
    let (a, b) = (resolve(journal, who)?, resolve(journal, other)?);
    // "mia cugina" (trial 28d) went on the other card as "mia cugina di
    // Anna Rossi", and may mean the user's own cousin: refused, with both.
    if let Some((whose, word)) = relation::possessive(what) {
        let (x, y) = (journal.contact(a)?.name, journal.contact(b)?.name);
        let retyped = as_typed(&Who::Typed(word.clone()));
        return Err(refused(format!(
            "'{whose}' says whose {word}: relate says what {y} is to {x}, so give the word alone (givegive relate {} {} {retyped}); if you mean your own, tag them instead (givegive edit {} --tag {retyped})",
            as_typed(who),
            as_typed(other),
            as_typed(other),
        )));
    }
    let r = journal.relate(a, b, what)?;
    let back = r.link.inverse(a);
    // A link replaced says what it was: nothing is taken off a card unsaid.
    let was = r
        .was
        .as_ref()
        .filter(|w| w.word() != r.link.word())
        .map(|w| format!(" (was: {})", w.word()))
        .unwrap_or_default();
    // "wife" is kept on its side and the other says "partner" (trial 28d:
    // true, but unsaid): the word typed says nothing of the other one.
    let narrowed =
        r.link.kind != RelationKind::Other && !r.link.label.is_empty() && back.label.is_empty();
    let said = match narrowed {
        true => format!(
            " (\"{}\" says what {} is, not what {} is)",
            r.link.word(),
            r.other.name,
            r.who.name
        ),
        false => String::new(),
    };
    written(
        journal,
        format!(
            "related: {} ({}) → {} {}{was}; {} ({}) → {} {}{said}",
            r.who.name,
            r.who.id,
            r.link.word(),
            r.other.name,
            r.other.name,
            r.other.id,
            back.word(),
            r.who.name
        ),
        vec![a, b],
    )
}

pub(super) fn unrelate(journal: &Journal, who: &Who, other: &Who) -> Ran {
    let (a, b) = (resolve(journal, who)?, resolve(journal, other)?);
    let (a, b) = journal.unrelate(a, b)?;
    written(
        journal,
        format!("{} and {} are no longer related", a.name, b.name),
        vec![a.id, b.id],
    )
}
