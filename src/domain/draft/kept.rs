//! What marking a draft sent does to the promises it keeps, said in its
//! notes before it is sent: `y` marks each promise it sends kept, so the
//! thing promised must go with it; and a need such a promise answers is
//! said to be answered, not "nobody offers it".

use super::Fact;
use crate::domain::matching::{Answer, answers};

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
pub(crate) fn answered(need: &str, promised: &[Fact<String>]) -> Option<String> {
    let f = promised
        .iter()
        .find(|f| matches!(answers(need, &f.what), Answer::Yes(_)))?;
    Some(format!(
        "their need \"{need}\": your promise {} (\"{}\") answers it, and this draft keeps it",
        f.from, f.what
    ))
}
