//! What a draft's notes say of a detail left out, and why: read by the
//! person sending it, never sent.

use super::super::Language;
use super::super::tongue::not_in_language;
use super::LeftOut;

impl LeftOut {
    /// The note for this detail, in a draft to `first`, written in `lang`.
    pub(in crate::domain::draft) fn note(&self, first: &str, lang: Language) -> String {
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
            // No advice to translate it: it may be the user's own
            // assessment, never meant for them.
            LeftOut::NotInLanguage(d) => format!(
                "left out \"{d}\": {}",
                not_in_language(d, lang).unwrap_or_default(),
            ),
            LeftOut::FirstPerson(d) => format!(
                "left out \"{d}\": it says \"I\", and in a message from you that would be your own news; write what {first} told you in the third person to have it in the draft"
            ),
            LeftOut::NotToThem(d) => format!(
                "left out \"{d}\": it speaks of someone in the third person, and a draft speaks to {first}; write it as a topic (e on the meeting) to have it in the draft"
            ),
        }
    }
}
