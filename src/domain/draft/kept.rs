//! What marking a draft sent does to the promises it keeps, said in its
//! notes before it is sent: `y` marks each promise it sends kept, so the
//! thing promised must go with it; and a need such a promise answers is
//! said to be answered, not "nobody offers it".

use super::Fact;
use crate::domain::matching::{Answer, answers, touches};

/// One note a promise: marking the draft sent marks it kept.
pub(super) fn kept(promised: &[Fact<String>]) -> Vec<String> {
    promised
        .iter()
        .map(|f| {
            format!(
                "marking it sent marks your promise {} kept: attach \"{}\" first",
                f.from, f.what
            )
        })
        .collect()
}

/// The note for a need a promise this draft keeps answers: no one is
/// offered for it too, and "nobody offers it" is not said ([`answers`], the rule `match` uses).
/// A promise that only speaks to the need ("the two firmware leads" for
/// "firmware clients", [`touches`]) is said so: the draft sends it, so no
/// note may call the need one nobody offers, and nobody else is offered
/// beside it (one thing said once).
pub(crate) fn answered(need: &str, promised: &[Fact<String>]) -> Option<String> {
    if let Some(f) = promised
        .iter()
        .find(|f| matches!(answers(need, &f.what), Answer::Yes(_)))
    {
        return Some(format!(
            "their need \"{need}\": your promise {} (\"{}\") answers it, and this draft sends it, so no one else is offered for it",
            f.from, f.what
        ));
    }
    let f = promised.iter().find(|f| touches(need, &f.what))?;
    Some(format!(
        "their need \"{need}\": this draft sends \"{}\" (your promise {}), which speaks to it, so no one else is offered for it in the same message",
        f.what, f.from
    ))
}

/// The note when a promise this draft keeps names the helper it would
/// offer ("send Omar the intro to Priya" beside "Priya Shah might be the
/// right person"): the introduction is on its way, so it is not offered
/// again.
pub(crate) fn sends_helper(
    helper: Option<&Fact<String>>,
    promised: &[Fact<String>],
) -> Option<String> {
    let h = helper?;
    let first = crate::domain::text::fold(super::first_name(&h.what));
    let p = promised.iter().find(|p| {
        crate::domain::text::fold(&p.what)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == first)
    })?;
    Some(format!(
        "not offered {} again: your promise {} (\"{}\") sends that introduction in this draft",
        h.what, p.from, p.what
    ))
}
