//! The wording of a draft: a template per language, with `{placeholders}`
//! filled by `draft::draft`; English and Italian ship, and the config can
//! replace either.

use super::Language;

/// A language's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub text: String,
    pub language: Language,
}

pub const ENGLISH: &str = "Hi {first_name},\n\
{opening}\n\
{occasion}\n\
{thanks}\n\
I have been thinking about what you told me: {detail}.\n\
{introduced}\n\
{promised}\n\
By the way, I saw we are both into {interest}.\n\
I know you are looking for {need}; {help}\n\
{introduce}\n\
Talk soon";

pub const ITALIAN: &str = "Ciao {first_name},\n\
{opening}\n\
{occasion}\n\
{thanks}\n\
Ho ripensato a quello che mi hai raccontato: {detail}.\n\
{introduced}\n\
{promised}\n\
A proposito, ho visto che ci accomuna la passione per {interest}.\n\
So che cerchi {need}: {help}\n\
{introduce}\n\
A presto";

/// Lines earlier versions shipped, in each language: a message sent with
/// one says what the line says now ("I keep thinking about what we
/// talked about: …" is what "I have been thinking about what you told
/// me: …" says), so it is not written again. "You mentioned you are
/// looking for …" went because a need typed with `add --need` was never
/// told at a meeting: "I know …" is true wherever the need came from.
pub(super) const FORMER: &[(&str, Language)] = &[
    (
        "You mentioned you are looking for {need}; {help}",
        Language::English,
    ),
    ("Mi hai detto che cerchi {need}: {help}", Language::Italian),
    (
        "I keep thinking about what we talked about: {detail}.",
        Language::English,
    ),
    (
        "Continuo a pensare a quello di cui abbiamo parlato: {detail}.",
        Language::Italian,
    ),
];

impl Template {
    /// The shipped template for `language` (`en` or `it`), with `text`
    /// replacing the wording when the user configured one.
    pub fn for_language(language: &str, text: Option<&str>) -> Option<Template> {
        let (default, language) = match language {
            "en" => (ENGLISH, Language::English),
            "it" => (ITALIAN, Language::Italian),
            _ => return None,
        };
        Some(Template {
            text: text.unwrap_or(default).to_string(),
            language,
        })
    }
}
