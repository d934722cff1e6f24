//! Why a need of theirs is not offered in a draft: one reason, the true
//! one, checked in order. An introduction of mine that meets it answered
//! it; with nobody who could still be introduced, nobody offers it; only
//! when someone could help is the reason that a draft offers one
//! introduction (or speaks of one need) at a time.

use super::Context;

/// The note for a need the draft does not offer, or `None` when it is
/// offered: `helper` could meet it, `main` it is the need the draft would
/// offer, `introducing` the draft offers another introduction already.
pub(super) fn held_back(
    need: &str,
    helper: Option<&str>,
    main: bool,
    introducing: bool,
    ctx: &Context,
) -> Option<String> {
    let first = super::first_name(&ctx.name);
    let why = if let Some(how) = ctx.answered_by(need) {
        format!("{how} answers it")
    } else if let Some(h) = helper {
        if introducing {
            format!(
                "{h} could help, but a draft offers one introduction at a time; send this one first"
            )
        } else if !ctx.introduced.is_empty() {
            format!(
                "{h} could help, but you introduced {first} to someone lately, and a draft offers one introduction at a time"
            )
        } else if main {
            return None;
        } else {
            format!("{h} could help, but a draft speaks of one need at a time")
        }
    } else {
        let backs = "and a draft never promises help that nobody backs";
        match ctx.not_offered.iter().find(|(n, _)| n == need) {
            Some((_, true)) => format!(
                "nobody you could still introduce to {first} offers it (see who is not offered), {backs}"
            ),
            Some((_, false)) => {
                format!("nobody offers it yet; some come close (see who is not offered), {backs}")
            }
            None => format!("nobody offers it yet, {backs}"),
        }
    };
    Some(format!("left out their need \"{need}\": {why}"))
}
