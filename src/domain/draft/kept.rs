//! What marking a draft sent does to the promises it keeps, said in its
//! notes before it is sent: `y` marks each promise it sends kept, so the
//! thing promised must go with it; and a need such a promise answers is
//! said to be answered, not "nobody offers it".

use super::{Context, Fact};
use crate::domain::Id;
use crate::domain::matching::{Answer, answers, touches};

/// The one word for each kind of record a draft sends the thing of, used
/// by every note: "your follow-up #214" (marking it sent does it), "your
/// promise #213" (an open give: marking it sent keeps it). Trial 26y3 read
/// "your promise #214" of what `show` lists as a follow-up.
fn record(id: Id, follow_ups: &[Id]) -> String {
    match follow_ups.contains(&id) {
        true => format!("your follow-up {id}"),
        false => format!("your promise {id}"),
    }
}

impl Context {
    /// What the draft sends, and which of it are follow-ups.
    pub(super) fn sent(&self) -> (&[Fact<String>], &[Id]) {
        (&self.promised, &self.follow_ups)
    }
}

/// One note a promise or follow-up: marking the draft sent does it.
pub(super) fn kept((promised, follow_ups): (&[Fact<String>], &[Id])) -> Vec<String> {
    promised
        .iter()
        .map(|f| {
            let done = match follow_ups.contains(&f.from) {
                true => "done",
                false => "kept",
            };
            format!(
                "marking it sent marks {} {done}: attach \"{}\" first",
                record(f.from, follow_ups),
                f.what
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
pub(crate) fn answered(
    need: &str,
    (promised, follow_ups): (&[Fact<String>], &[Id]),
) -> Option<String> {
    if let Some(f) = promised
        .iter()
        .find(|f| matches!(answers(need, &f.what), Answer::Yes(_)))
    {
        return Some(format!(
            "their need \"{need}\": {} (\"{}\") answers it, and this draft sends it, so no one else is offered for it",
            record(f.from, follow_ups),
            f.what
        ));
    }
    let f = promised.iter().find(|f| touches(need, &f.what))?;
    Some(format!(
        "their need \"{need}\": this draft sends \"{}\" ({}), which speaks to it, so no one else is offered for it in the same message",
        f.what,
        record(f.from, follow_ups)
    ))
}

/// The note when a promise this draft keeps names the helper it would
/// offer ("send Omar the intro to Priya" beside "Priya Shah might be the
/// right person"): the introduction is on its way, so it is not offered
/// again.
pub(crate) fn sends_helper(
    helper: Option<&Fact<String>>,
    (promised, follow_ups): (&[Fact<String>], &[Id]),
) -> Option<String> {
    let h = helper?;
    let first = crate::domain::text::fold(super::first_name(&h.what));
    let p = promised.iter().find(|p| {
        crate::domain::text::fold(&p.what)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == first)
    })?;
    Some(format!(
        "not offered {} again: {} (\"{}\") sends that introduction in this draft",
        h.what,
        record(p.from, follow_ups),
        p.what
    ))
}
