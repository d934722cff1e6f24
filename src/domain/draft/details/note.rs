//! Why a detail is left out of a draft, and what the draft's notes say
//! of it: read by the person sending it, never sent.

use super::super::tongue::not_in_language;
use super::super::{Language, Surface};
use crate::domain::Id;

/// Why an item of theirs is not in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// It speaks of someone else: never repeated to the recipient.
    SomeoneElse(String),
    /// It is marked for a name that is nobody's at the moment ("julie:"
    /// for Julia): whose, cannot be known.
    UnknownName { item: String, name: String },
    /// It was told in confidence ("keep it quiet"): not written back.
    Confided(String),
    /// It is hard news (an illness, a death): not written back in a
    /// cheerful note.
    HardNews(String),
    /// It speaks of the recipient in the third person and could not be
    /// turned to the second.
    NotToThem(String),
    /// It speaks of the recipient together with someone else as one
    /// subject ("lei e sua moglie si sono trasferite") in words the draft
    /// cannot surely say to them whole; never split into a half.
    Together(String),
    /// It speaks in the first person: sent from the user, "I" is the user.
    FirstPerson(String),
    /// It is not clearly written in the draft's language (the other
    /// language, or a few nouns): never quoted, since notes may be the
    /// user's own assessment.
    NotInLanguage(String),
    /// It is how I see them, not something they told me: a fragment with
    /// no verb ("weak on research") or a habit of theirs ("always pays").
    /// Kept as my note, never sent to them ([`super::mine`]).
    YourNote(String),
    /// It says what they asked of me ([`super::asked`]): their request,
    /// recorded as one, not told back to them as news.
    Asked(String),
    /// It says what they asked of me, and the ledger has that request
    /// ([`super::asked::recorded`]): the note points to it, never advises
    /// recording it again (trial 26w: "asked-by Sara … records it" beside
    /// her request #84).
    Requested {
        detail: String,
        request: Id,
        text: String,
        open: bool,
    },
}

impl LeftOut {
    /// The note for this detail, in a draft to `first`, written in `lang`.
    pub(in crate::domain::draft) fn note(
        &self,
        first: &str,
        lang: Language,
        surface: Surface,
    ) -> String {
        match self {
            LeftOut::SomeoneElse(d) => format!(
                "left out \"{d}\": it speaks, or may speak, of someone else, and a draft never repeats that to {first}"
            ),
            LeftOut::UnknownName { item, name } => format!(
                "left out \"{item}\": \"{name}\" is nobody at that meeting, so whose it is cannot be known; write the name as it is to have it in their draft"
            ),
            LeftOut::Confided(d) => format!(
                "left out \"{d}\": it was told in confidence, and a draft does not write it back"
            ),
            LeftOut::HardNews(d) => format!(
                "left out \"{d}\": it is hard news (an illness, a loss), and a draft does not write it back; say it in your own words if you want to"
            ),
            // No advice to translate it: it may be the user's own
            // assessment, never meant for them.
            LeftOut::NotInLanguage(d) => format!(
                "left out \"{d}\": {}",
                not_in_language(d, lang).unwrap_or_default(),
            ),
            LeftOut::Together(d) => format!(
                "left out \"{d}\": it speaks of {first} together with someone else, and the draft cannot say it to {first} whole; write it with {first} alone as the subject to have it in the draft"
            ),
            LeftOut::FirstPerson(d) => format!(
                "left out \"{d}\": it says \"{}\", and in a message from you that word is you; write what {first} told you in the third person to have it in the draft",
                super::clause::first_person_word(d, lang).unwrap_or_else(|| words(lang).0.into())
            ),
            LeftOut::YourNote(d) => format!(
                "left out \"{d}\": it reads as your own note about {first} (no verb, a habit of theirs, or a judgement of them), not something {first} told you; kept as your note, never sent"
            ),
            LeftOut::Asked(d) => format!(
                "left out \"{d}\": it is something {first} asked of you, not news of theirs, and a draft does not tell them their own request; {}",
                surface.record_request(first)
            ),
            LeftOut::Requested {
                detail,
                request,
                text,
                open,
            } => format!(
                "left out \"{detail}\": it is something {first} asked of you, not news of theirs, and a draft does not tell them their own request; it is {first}'s request \"{text}\" ({request}), {}",
                match open {
                    true => "recorded and still open",
                    false => "recorded and already done",
                }
            ),
            LeftOut::NotToThem(d) => format!(
                "left out \"{d}\": it speaks of someone in the third person, and a draft speaks to {first}; write it with {} ({}, {}) to have it in the draft",
                words(lang).1,
                words(lang).2,
                surface.reword()
            ),
        }
    }
}

/// The words a note quotes to show how to write a detail, in the
/// detail's own language (a detail left out this way is in the draft's):
/// "I"; how to say it of them; an example.
fn words(lang: Language) -> (&'static str, &'static str, &'static str) {
    match lang {
        Language::English => ("I", "\"is\" or \"has\"", "\"she is …\""),
        Language::Italian => ("io", "\"è\" or \"ha\"", "\"è …\", \"ha …\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note shows how to write a detail in that detail's language: an
    /// Italian detail is never told to use "is" or "she".
    #[test]
    fn advice_quotes_the_details_own_language() {
        let all = |d: &str| [LeftOut::NotToThem(d.into()), LeftOut::FirstPerson(d.into())];
        for l in all("ha un cane") {
            let note = l.note("Elena", Language::Italian, Surface::Shell);
            for en in ["\"is\"", "\"has\"", "\"she", "\"I\""] {
                assert!(!note.contains(en), "{note}");
            }
        }
        for l in all("has a dog") {
            let note = l.note("Elena", Language::English, Surface::Shell);
            for it in ["\"è", "\"ha\"", "\"io\""] {
                assert!(!note.contains(it), "{note}");
            }
        }
    }
}
