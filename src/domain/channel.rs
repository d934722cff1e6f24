//! What a moment was: by its kind or, for one logged as a meeting, by
//! its name ("telefonata" logged with `met` is a call, "LinkedIn message"
//! a message). One rule for the drafts ("thanks for the call", never "met
//! at the telefonata") and the review's words ("you talked with Luca").

use super::InteractionKind;
use super::text::fold;

/// Words that make a moment a call, whatever kind it was logged as
/// ("telefonata" logged with `add --met`): nobody is met "at" a call.
pub(crate) const CALL_WORDS: &[&str] = &[
    "call",
    "phone",
    "chiamata",
    "telefonata",
    "videochiamata",
    "videocall",
    "zoom",
    "telefono",
];
/// Words that make a moment a message: a channel, not a place.
pub(crate) const MESSAGE_WORDS: &[&str] = &[
    "email",
    "e-mail",
    "mail",
    "message",
    "messages",
    "messaggio",
    "messaggi",
    "linkedin",
    "dm",
    "chat",
    "slack",
    "whatsapp",
    "telegram",
];
/// Whether a summary holds one of `words`.
pub(crate) fn summary_has(summary: &str, words: &[&str]) -> bool {
    fold(summary)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| words.contains(&w))
}

/// What a moment of `kind` named `summary` was.
pub fn of(kind: InteractionKind, summary: &str) -> InteractionKind {
    match kind {
        InteractionKind::Met if summary_has(summary, CALL_WORDS) => InteractionKind::Call,
        InteractionKind::Met if summary_has(summary, MESSAGE_WORDS) => InteractionKind::Message,
        kind => kind,
    }
}
