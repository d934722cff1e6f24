//! Follow-up drafts: a short personal message built from what the journal
//! remembers (where and when you met, what they said, a shared interest, what
//! they need), never a generic "nice to meet you".
//!
//! Templates are plain text with `{placeholders}`; a line whose placeholder
//! has nothing to fill is left out, so one template reads well with or
//! without a shared interest. English and Italian ship; the config can
//! replace either (`[drafts]` in `assets/default-config.toml`).

use chrono::{Datelike, NaiveDate};

/// What a draft can draw on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    pub name: String,
    /// Where we met: the meeting's summary, or how-we-met.
    pub place: String,
    pub date: Option<NaiveDate>,
    /// The specifics they mentioned (the meeting's details).
    pub detail: String,
    pub shared_interest: Option<String>,
    pub need: Option<String>,
}

/// A language's template and its date words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub text: String,
    pub on: &'static str,
    pub months: [&'static str; 12],
}

pub const ENGLISH: &str = "Hi {first_name},\n\
it was great to meet you at {where} {when}.\n\
I keep thinking about what we talked about: {detail}.\n\
By the way, I saw we are both into {interest}.\n\
You mentioned you are looking for {need}; I would be glad to help with that.\n\
Talk soon";

pub const ITALIAN: &str = "Ciao {first_name},\n\
è stato un piacere vederti a {where} {when}.\n\
Continuo a pensare a quello di cui abbiamo parlato: {detail}.\n\
A proposito, ho visto che ci accomuna la passione per {interest}.\n\
Mi hai detto che cerchi {need}: se posso darti una mano, volentieri.\n\
A presto";

impl Template {
    /// The shipped template for `language` (`en` or `it`), with `text`
    /// replacing the wording when the user configured one.
    pub fn for_language(language: &str, text: Option<&str>) -> Option<Template> {
        let (default, on, months) = match language {
            "en" => (
                ENGLISH,
                "on",
                [
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                ],
            ),
            "it" => (
                ITALIAN,
                "il",
                [
                    "gennaio",
                    "febbraio",
                    "marzo",
                    "aprile",
                    "maggio",
                    "giugno",
                    "luglio",
                    "agosto",
                    "settembre",
                    "ottobre",
                    "novembre",
                    "dicembre",
                ],
            ),
            _ => return None,
        };
        Some(Template {
            text: text.unwrap_or(default).to_string(),
            on,
            months,
        })
    }
}

/// A draft, or why there is none yet.
pub fn draft(ctx: &Context, template: &Template) -> Result<String, String> {
    if ctx.detail.trim().is_empty() {
        return Err(format!(
            "no details to make this personal: add what {} told you (e on the meeting in the history), then draft again",
            ctx.name
        ));
    }
    let first_name = ctx
        .name
        .split_whitespace()
        .next()
        .unwrap_or(&ctx.name)
        .to_string();
    let when = ctx
        .date
        .map(|d| {
            format!(
                "{} {} {}",
                template.on,
                d.day(),
                template.months[d.month0() as usize]
            )
        })
        .unwrap_or_default();
    let detail = ctx.detail.trim().trim_end_matches('.').to_string();
    let values = [
        ("{first_name}", first_name),
        ("{where}", ctx.place.trim().to_string()),
        ("{when}", when),
        ("{detail}", detail),
        (
            "{interest}",
            ctx.shared_interest.clone().unwrap_or_default(),
        ),
        ("{need}", ctx.need.clone().unwrap_or_default()),
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
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anna() -> Context {
        Context {
            name: "Anna Rossi".into(),
            place: "the pricing breakfast".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 14),
            detail: "moving to usage-based pricing by Q2.".into(),
            shared_interest: Some("climbing".into()),
            need: Some("a designer for the new app".into()),
        }
    }

    fn english() -> Template {
        Template::for_language("en", None).unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn a_draft_uses_every_specific() {
        let text = draft(&anna(), &english()).unwrap_or_default();
        assert_eq!(
            text,
            "Hi Anna,\n\
             it was great to meet you at the pricing breakfast on 14 November.\n\
             I keep thinking about what we talked about: moving to usage-based pricing by Q2.\n\
             By the way, I saw we are both into climbing.\n\
             You mentioned you are looking for a designer for the new app; I would be glad to help with that.\n\
             Talk soon"
        );
    }

    #[test]
    fn missing_specifics_drop_their_lines_and_no_detail_asks_for_one() {
        let mut ctx = anna();
        ctx.shared_interest = None;
        ctx.need = None;
        ctx.date = None;
        let text = draft(&ctx, &english()).unwrap_or_default();
        assert!(!text.contains("both into") && !text.contains("looking for"));
        assert!(text.contains("at the pricing breakfast.\n"), "{text}");
        ctx.detail = "  ".into();
        assert!(draft(&ctx, &english()).is_err_and(|e| e.starts_with("no details")));
    }

    #[test]
    fn italian_ships_and_templates_can_be_replaced() {
        let it = Template::for_language("it", None).unwrap_or_else(|| unreachable!());
        let text = draft(&anna(), &it).unwrap_or_default();
        assert!(text.starts_with(
            "Ciao Anna,\nè stato un piacere vederti a the pricing breakfast il 14 novembre."
        ));
        let own = Template::for_language("en", Some("Hey {first_name}! {detail}?"))
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            draft(&anna(), &own),
            Ok("Hey Anna! moving to usage-based pricing by Q2?".into())
        );
        assert!(Template::for_language("fr", None).is_none());
    }
}
