//! Follow-up drafts: a short personal message built from what the journal
//! remembers about the one person it is for (where and when you met, what
//! they told you, a shared interest, what they need), never a generic "nice
//! to meet you" and never something that belongs to someone else.
//!
//! The wording is a template with `{placeholders}`; a line whose placeholder
//! has nothing to fill is left out, so one template reads well with or
//! without a shared interest. English and Italian ship (`draft/words.rs`
//! holds their grammar: articles, dates, "at the …"); the config can replace
//! either wording (`[drafts]` in `assets/default-config.toml`). What they
//! told you is first sorted by whom it is about (`draft/details.rs`).

use chrono::NaiveDate;

use super::InteractionKind;

mod details;
mod forms;
mod words;

pub use details::for_recipient;
pub use words::Language;

/// The interaction a draft follows up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub kind: InteractionKind,
    /// What it was, as logged ("pitch night at Talent Garden").
    pub summary: String,
    pub date: NaiveDate,
    /// Whether it is when you first met: nothing earlier is in their history.
    pub first: bool,
}

/// What a draft can draw on, all of it about its recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub name: String,
    pub today: NaiveDate,
    pub moment: Option<Moment>,
    /// What they told you, already sorted and worded for them
    /// ([`for_recipient`]).
    pub details: Vec<String>,
    /// What was left out because it speaks of them, not to them.
    pub left_out: Vec<String>,
    pub shared_interest: Option<String>,
    pub need: Option<String>,
    /// Someone you know whose offers answer that need.
    pub helper: Option<String>,
}

/// A draft and what the person writing it should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub text: String,
    /// Things left out and why, for the person sending it (never sent).
    pub notes: Vec<String>,
}

/// A language's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub text: String,
    pub language: Language,
}

pub const ENGLISH: &str = "Hi {first_name},\n\
{opening}\n\
I keep thinking about what we talked about: {detail}.\n\
By the way, I saw we are both into {interest}.\n\
You mentioned you are looking for {need}; {help}\n\
{introduce}\n\
Talk soon";

pub const ITALIAN: &str = "Ciao {first_name},\n\
{opening}\n\
Continuo a pensare a quello di cui abbiamo parlato: {detail}.\n\
A proposito, ho visto che ci accomuna la passione per {interest}.\n\
Mi hai detto che cerchi {need}: {help}\n\
{introduce}\n\
A presto";

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

/// A draft, or why there is none yet.
pub fn draft(ctx: &Context, template: &Template) -> Result<Draft, String> {
    let lang = template.language;
    let mut notes: Vec<String> = ctx
        .left_out
        .iter()
        .map(|d| {
            format!(
                "left out \"{d}\": it speaks of {} instead of to them; write it as a topic (e on the meeting) to have it in the draft",
                first_name(&ctx.name)
            )
        })
        .collect();
    // A need or an interest the details already mention is said once:
    // most of its words are already in them.
    let told: Vec<String> = ctx
        .details
        .iter()
        .flat_map(|d| significant_words(d))
        .collect();
    let said = |phrase: &str| {
        let words = significant_words(phrase);
        let known = words
            .iter()
            .filter(|w| {
                told.iter()
                    .any(|t| t.starts_with(w.as_str()) || w.starts_with(t.as_str()))
            })
            .count();
        !words.is_empty() && known * 2 > words.len()
    };
    let interest = ctx
        .shared_interest
        .as_deref()
        .filter(|i| !said(i))
        .map(|i| lang.interest(i));
    let need = ctx.need.as_deref().filter(|n| !said(n));
    if ctx.details.is_empty() && interest.is_none() && need.is_none() {
        notes.insert(
            0,
            format!(
                "no details to make this personal: add what {} told you (e on the meeting in the history), then draft again",
                ctx.name
            ),
        );
        return Err(notes.join("; "));
    }
    let moment = ctx.moment.as_ref();
    let values = [
        ("{first_name}", first_name(&ctx.name).to_string()),
        ("{opening}", lang.opening(moment, ctx.today)),
        (
            "{where}",
            moment.map(|m| lang.the(&m.summary)).unwrap_or_default(),
        ),
        (
            "{when}",
            moment
                .map(|m| lang.when(m.date, ctx.today))
                .unwrap_or_default(),
        ),
        ("{detail}", lang.list(&ctx.details)),
        ("{interest}", interest.unwrap_or_default()),
        ("{need}", need.unwrap_or_default().to_string()),
        ("{help}", lang.help(ctx.helper.as_deref())),
        (
            "{introduce}",
            // Their need is in what they told you: the offer still stands.
            match (&ctx.need, &ctx.helper) {
                (Some(n), Some(h)) if need.is_none() && !n.is_empty() => lang.introduce(h),
                _ => String::new(),
            },
        ),
    ];
    let mut lines = Vec::new();
    for line in template.text.lines() {
        let mut line = line.to_string();
        let mut empty = false;
        for (key, value) in &values {
            if line.contains(key) {
                empty |= value.is_empty() && *key != "{when}";
                line = line.replace(key, value);
            }
        }
        if !empty {
            lines.push(line.replace(" .", ".").replace("  ", " "));
        }
    }
    if !notes.is_empty() && ctx.details.is_empty() {
        notes.push("the draft has no detail of what they told you".into());
    }
    Ok(Draft {
        text: lines.join("\n"),
        notes,
    })
}

/// The words of a phrase that carry its meaning (four letters or more).
fn significant_words(text: &str) -> Vec<String> {
    super::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

/// The name a message opens with: the first word of their name that has
/// a letter in it ("👩‍💻 Zoë Okonkwo" is greeted as Zoë, not as the emoji).
pub fn first_name(name: &str) -> &str {
    name.split_whitespace()
        .find(|w| w.chars().any(char::is_alphabetic))
        .unwrap_or(name)
}

#[cfg(test)]
mod tests;
