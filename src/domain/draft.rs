//! Follow-up drafts: a short personal message built from facts the journal
//! holds about the one person it is for, each with its owner and meaning
//! known, never from rewritten notes of someone else's.
//!
//! The facts: the moment it follows up (a meeting, a call, a message of theirs, never one
//! of mine), what they told you there (sorted by whom it is about, `draft/details.rs`),
//! their birthday or anniversary when it is near, what the ledger says (thanks for what
//! they gave lately, "as promised" for what I promised to send, the introductions I made
//! for them), a shared interest, and their need with someone who can help and has not been
//! introduced to them yet. Help is never promised without someone to back it.
//!
//! The wording is a template with `{placeholders}`; a line whose placeholder has nothing to
//! fill is left out, so one template reads well whatever is known. English and Italian ship
//! (`draft/words.rs` holds their grammar; `draft/ledger.rs` turns ledger texts into what a
//! message says); the config can replace either wording (`[drafts]` in
//! `assets/default-config.toml`). Every line says which records it came from, so the person
//! sending it can check before it goes.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Id, InteractionKind, Voice};

mod advice;
mod details;
mod first;
mod forms;
mod kept;
mod kin;
mod ledger;
mod letter;
mod lexicon;
mod needs;
mod said;
mod second;
mod template;
mod tongue;
mod words;

pub use advice::Surface;
pub(crate) use details::point_to_recorded;
pub use details::{LeftOut, People, for_recipient, name_words};
pub(crate) use first::{Before, first_meeting};
pub(crate) use kept::answered;
pub(crate) use ledger::promises;
pub use ledger::{promised, thanked_for, your_help, your_help_on};
pub(crate) use letter::thanks_owed;
use said::{Line, distinct, fill, mostly_in, significant_words, unsaid};
pub use template::Template;
pub use tongue::{first_name, not_in_language};
pub(crate) use tongue::{name_in, need_not_in};
pub use words::Language;
pub(crate) use words::{EN_WEEKDAYS, IT_MONTHS, IT_WEEKDAYS, said_as};

/// The interaction a draft follows up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub id: Id,
    pub kind: InteractionKind,
    /// What it was, as logged ("pitch night at Talent Garden").
    pub summary: String,
    pub date: NaiveDate,
    /// Whether it is when you first met: nothing earlier is in their history.
    pub first: bool,
    /// Whether others were there too: then it was not theirs to thank for.
    pub with_others: bool,
    /// Whose words it holds (a message they wrote, or one between you).
    pub from: Voice,
    /// The other moments of that day since my last message: one moment
    /// with it, their details said too.
    pub also: Vec<Id>,
    /// Whether it was theirs to host ("cena da Laura", to Laura): its
    /// summary holds the occasion without them, and they are thanked for it.
    pub hosted: bool,
    /// Followed up already, it is only thanked for (their dinner): what
    /// was told then is not said, nor asked for.
    pub thanked_only: bool,
}

/// A day of theirs the draft greets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Greeting {
    Birthday,
    Anniversary,
}

/// Something the draft can say, and the record it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact<T> {
    pub what: T,
    pub from: Id,
}

/// What a draft can draw on, all of it about its recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub contact: Id,
    pub name: String,
    pub today: NaiveDate,
    pub moment: Option<Moment>,
    /// A meal at theirs before the moment, since my last message ("cena da
    /// Paolo", then the Aperitivo): being hosted is something they gave, so
    /// it is thanked for before the moment's line, once, until I wrote.
    pub hosted: Option<Moment>,
    /// What they told you then, sorted and worded ([`for_recipient`]).
    pub details: Vec<String>,
    /// What was left out of it, and why.
    pub left_out: Vec<LeftOut>,
    /// Their birthday or anniversary, and its day, when it is near.
    pub occasion: Option<Fact<(Greeting, NaiveDate)>>,
    /// What they gave me lately, as a message thanks for it ([`thanked_for`]).
    pub thanks: Option<Fact<String>>,
    /// What I promised to send them ([`promised`]), and which are follow-ups.
    pub promised: Vec<Fact<String>>,
    pub follow_ups: Vec<Id>,
    /// The people I introduced them to since I last wrote.
    pub introduced: Vec<Fact<String>>,
    pub shared_interest: Option<String>,
    pub need: Option<String>,
    /// Someone you know whose offers answer it, not introduced to them.
    pub helper: Option<Fact<String>>,
    /// Their other needs, each with whoever could meet it: a draft offers
    /// one, and says why it leaves out the rest.
    pub more_needs: Vec<(String, Option<String>)>,
    /// Needs of theirs my help met, with how ("your introduction to Bruno
    /// Leone", "what you gave them on 2026-11-29 ("…")"): noted as
    /// answered, never as waiting for an introduction.
    pub answered: Vec<(String, String)>,
    /// Needs someone `match` lists is not offered for, and whether one
    /// who meets it knows them (else one only comes close): said as `match` says.
    pub not_offered: Vec<(String, bool)>,
    /// What I wrote them lately, and when: no line in one is said again.
    pub said_before: Vec<(NaiveDate, String)>,
    /// What the journal already knows it left out (a promise it cannot
    /// word, nothing new since your last message), for the sender.
    pub notes: Vec<String>,
    /// Whether anything is recorded between you (a meeting, call, message
    /// or event, a give or an ask): with nothing, "I have been thinking of
    /// you lately" would be untrue, and there is nothing to follow up.
    pub history: bool,
    /// Our latest moment's day, greeted or not: with none to greet, the opener.
    pub last_seen: Option<NaiveDate>,
    /// Where the draft is read: its notes name that surface's way to act.
    pub surface: Surface,
}

impl Context {
    /// How help of mine answered a need (`answered`), the one rule of
    /// "need answered" that the offer (`needs::held_back`) and the
    /// details (a detail seeking it is left out) both read.
    pub(crate) fn answered_by(&self, need: &str) -> Option<&str> {
        self.answered
            .iter()
            .find(|(n, _)| n == need)
            .map(|(_, how)| how.as_str())
    }

    /// The answered need a detail seeks ("cerchi un commercialista" for
    /// "un commercialista", by `said::seeks`), and how it was answered.
    fn answered_need(&self, detail: &str) -> Option<(&str, &str)> {
        self.answered
            .iter()
            .map(|(n, _)| n.as_str())
            .find(|n| said::seeks(n, detail))
            .and_then(|n| Some((n, self.answered_by(n)?)))
    }
}

/// One line of a draft and the records it was built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DraftLine {
    pub text: String,
    pub from: Vec<Id>,
}

/// A draft and what the person writing it should know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub text: String,
    /// The same text line by line, with where each line came from.
    pub lines: Vec<DraftLine>,
    /// Things left out and why, for the person sending it (never sent).
    pub notes: Vec<String>,
    /// The line that sends what I promised, with the promises and
    /// follow-ups it delivers: sending the draft with it marks them done.
    pub delivers: Option<DraftLine>,
    /// The line that wishes them well for their day, and that day: sent,
    /// the review's line about the day has been acted on.
    #[serde(skip)]
    pub wishes: Option<(NaiveDate, String)>,
}

/// A draft, or why there is none yet.
pub fn draft(ctx: &Context, template: &Template) -> Result<Draft, String> {
    let lang = template.language;
    let first = first_name(&ctx.name);
    let mut notes: Vec<String> = ctx
        .left_out
        .iter()
        .map(|l| l.note(first, lang, ctx.surface))
        .collect();
    notes.extend(ctx.notes.iter().cloned());
    notes.extend(kept::kept(ctx.sent()));
    // A need answered is said answered (`Context::answered_by`), never as
    // open: a detail seeking it ("cerchi un commercialista") goes, with why.
    let (details, answered): (Vec<String>, Vec<String>) = ctx
        .details
        .iter()
        .cloned()
        .partition(|d| ctx.answered_need(d).is_none());
    for d in &answered {
        if let Some((need, how)) = ctx.answered_need(d) {
            notes.push(format!(
                "left out \"{d}\": it says {first}'s need \"{need}\" as still open, and {how} answers it"
            ));
        }
    }
    // An interest the details already mention (most words) is said once.
    let told: Vec<String> = details.iter().flat_map(|d| significant_words(d)).collect();
    let said = |phrase: &str| mostly_in(phrase, &told);
    let interest = ctx.shared_interest.as_deref().filter(|i| !said(i));
    // A need is said by a detail that seeks it (`said::seeks`): "looking
    // for a CFO" says "a CFO", "hiring a designer" speaks of "a product
    // designer"; the offer then follows without naming it again. "You
    // work as a senior engineer" does not say "a senior Rust engineer".
    let tells = |need: &str, detail: &str| said::seeks(need, detail);
    let need_said = |need: &str| details.iter().any(|d| tells(need, d));
    let need = ctx.need.as_ref().filter(|n| match need_not_in(n, lang) {
        Some(why) => {
            notes.push(why);
            false
        }
        None => true,
    });
    // A need is said to them, "his" turned to "your", or not at all.
    let turned = need.and_then(|n| {
        let turned = details::need_for(n, &ctx.name, lang);
        if turned.is_none() {
            notes.push(format!(
                "left out their need \"{n}\": it speaks of someone in the third person, and a draft speaks to {first}"
            ));
        }
        turned
    });
    let need = need.filter(|_| turned.is_some());
    let to_them = turned.as_deref().unwrap_or_default();
    // Help is offered only through someone who can give it.
    let (need_line, introduce) = match (need, &ctx.helper) {
        // What this draft sends answers it, or introduces the helper: said once.
        (Some(n), h)
            if let Some(why) = kept::answered(n, ctx.sent())
                .or_else(|| kept::sends_helper(h.as_ref(), ctx.sent())) =>
        {
            notes.push(why);
            (None, None)
        }
        (Some(n), h)
            if let Some(why) =
                needs::held_back(n, h.as_ref().map(|h| h.what.as_str()), true, false, ctx) =>
        {
            notes.push(why);
            (None, None)
        }
        (Some(n), Some(h)) if need_said(n) => (None, Some((h.what.as_str(), to_them))),
        (Some(_), _) => (Some(to_them.to_string()), None),
        (None, _) => (None, None),
    };
    // "Send this one first" only when this draft holds an introduction.
    let introducing = need_line.is_some() || introduce.is_some();
    for (n, helper) in &ctx.more_needs {
        // The one this draft introduces could meet it too: not a second
        // introduction to send later (trial 28e: "a CFO", "a good CFO").
        let same = (ctx.helper.as_ref())
            .map(|h| h.what.as_str())
            .filter(|h| introducing && helper.as_deref() == Some(*h) && ctx.answered_by(n).is_none())
            .map(|h| {
                format!("left out their need \"{n}\": the introduction to {h} this draft offers may answer it too")
            });
        let why = need_not_in(n, lang)
            .or_else(|| kept::answered(n, ctx.sent()))
            .or(same)
            .or_else(|| needs::held_back(n, helper.as_deref(), false, introducing, ctx));
        notes.extend(why);
    }
    // The need said in the details is said last, and the offer follows
    // it without naming it again ("… and you are looking for a designer.
    // Dan North might be the right person"): one thing said once.
    let mut details = details;
    if let Some((_, n)) = introduce {
        details.sort_by_key(|d| tells(n, d));
    }
    // A moment since my last message is worth a message on its own: the
    // opening names it ("great to see you at the pitch night"), true with
    // no details at all; notes say none were used.
    let personal = ctx.moment.is_some()
        || !details.is_empty()
        || interest.is_some()
        || need_line.is_some()
        || introduce.is_some()
        || ctx.occasion.is_some()
        || ctx.thanks.is_some()
        || !ctx.promised.is_empty()
        || !ctx.introduced.is_empty();
    // Advice names only what exists: the meeting followed up, or none.
    let add = ctx
        .surface
        .add_details(&ctx.name, ctx.moment.as_ref(), ctx.history);
    let offers = need_line.is_some() || introduce.is_some();
    advice::unrecorded(ctx, offers, &add, &mut notes)?;
    if !personal {
        notes.insert(
            0,
            format!("no details to make this personal: {add}, then draft again"),
        );
        return Err(notes.join("; "));
    }
    let unnamed = ctx.moment.as_ref().map(|m| letter::as_said(m, first));
    let moment = unnamed.as_ref();
    let hosted = ctx.hosted.as_ref().map(|m| letter::as_said(m, first));
    // In the order they were logged, whichever names the day.
    let mut moment_ids: Vec<Id> = moment
        .map(|m| {
            std::iter::once(m.id)
                .chain(m.also.iter().copied())
                .collect()
        })
        .unwrap_or_default();
    moment_ids.sort();
    // The opening thanks for their meal too: its line says that record.
    let mut opening_ids = moment_ids.clone();
    opening_ids.extend(hosted.as_ref().map(|h| h.id));
    let one = |fact: Option<&Fact<String>>| fact.map(|f| f.from).into_iter().collect::<Vec<_>>();
    let all = |facts: &[Fact<String>]| facts.iter().map(|f| f.from).collect::<Vec<_>>();
    let mut helper_ids = vec![ctx.contact];
    helper_ids.extend(ctx.helper.as_ref().map(|h| h.from));
    // What each placeholder says in a language, and the records it says.
    let values = |lang: Language,
                  (need_line, introduce): (Option<&str>, Option<(&str, &str)>)|
     -> [(&'static str, String, Vec<Id>); 13] {
        let opening = letter::opening(lang, (moment, hosted.as_ref()), ctx);
        [
            ("{first_name}", first.to_string(), Vec::new()),
            ("{opening}", opening, opening_ids.clone()),
            (
                "{where}",
                moment.map(|m| lang.moment_name(m)).unwrap_or_default(),
                moment_ids.clone(),
            ),
            (
                "{when}",
                moment
                    .map(|m| lang.when(m.date, ctx.today))
                    .unwrap_or_default(),
                moment_ids.clone(),
            ),
            (
                "{occasion}",
                ctx.occasion
                    .as_ref()
                    .map(|o| lang.greeting(o.what.0, o.what.1, ctx.today))
                    .unwrap_or_default(),
                ctx.occasion.iter().map(|o| o.from).collect(),
            ),
            (
                "{thanks}",
                ctx.thanks
                    .as_ref()
                    .map(|t| lang.thanks(&t.what))
                    .unwrap_or_default(),
                one(ctx.thanks.as_ref()),
            ),
            ("{detail}", lang.list(&details), moment_ids.clone()),
            (
                "{introduced}",
                lang.introduced(
                    &ctx.introduced
                        .iter()
                        .map(|f| f.what.clone())
                        .collect::<Vec<_>>(),
                ),
                all(&ctx.introduced),
            ),
            (
                "{promised}",
                lang.as_promised(&distinct(ctx.promised.iter().map(|f| f.what.clone()))),
                all(&ctx.promised),
            ),
            (
                "{interest}",
                interest.map(|i| lang.interest(i)).unwrap_or_default(),
                vec![ctx.contact],
            ),
            (
                "{need}",
                need_line.map(str::to_string).unwrap_or_default(),
                vec![ctx.contact],
            ),
            (
                "{help}",
                match (need_line, &ctx.helper) {
                    (Some(_), Some(h)) => lang.help(&h.what),
                    _ => String::new(),
                },
                helper_ids.clone(),
            ),
            (
                "{introduce}",
                introduce.map(|(h, _)| lang.help(h)).unwrap_or_default(),
                helper_ids.clone(),
            ),
        ]
    };
    let offer = (need_line.as_deref(), introduce);
    let mut lines = fill(&template.text, &values(lang, offer));
    // The same lines as every shipped wording would say them, the need
    // said on its own line or named in the offer: a line sent in one
    // language, or one form, is said, whatever the language now.
    let mut offers = vec![offer];
    if let (Some(n), Some(h)) = (&ctx.need, &ctx.helper)
        && (need_line.is_some() || introduce.is_some())
    {
        offers = vec![
            (Some(n.as_str()), None),
            (None, Some((h.what.as_str(), n.as_str()))),
        ];
    }
    let wordings: Vec<Line> = ["en", "it"]
        .iter()
        .filter_map(|l| Template::for_language(l, None))
        .chain(std::iter::once(template.clone()))
        .chain(template::FORMER.iter().map(|(text, language)| Template {
            text: text.to_string(),
            language: *language,
        }))
        .flat_map(|t| {
            offers
                .iter()
                .flat_map(|o| fill(&t.text, &values(t.language, *o)))
                .collect::<Vec<_>>()
        })
        .collect();
    // A line I already wrote them is not said again ("By the way, I saw
    // we are both into climbing" twice).
    lines.retain(|l| unsaid(l, &wordings, &ctx.said_before, first, &mut notes));
    if introduce.is_some() {
        said::offer_after_detail(&mut lines);
    }
    // Only with no moment since my last message can every line be one I
    // wrote already: the moment itself is news.
    if ctx.moment.is_none() && lines.iter().all(|l| l.frame) {
        notes.insert(
            0,
            format!(
                "nothing to say to {} that you have not written already: {add}, then draft again",
                ctx.name
            ),
        );
        return Err(notes.join("; "));
    }
    letter::wishes_first(&mut lines, ctx, lang);
    letter::go_on_from_greeting(&mut lines, ctx, lang);
    // With details that were all left out, each says why above: "add
    // what they told you" would say there were none.
    if details.is_empty() && (!ctx.left_out.is_empty() || !answered.is_empty()) {
        notes.push(format!(
            "nothing {first} told you there could be said back to them (each is noted above): the draft names the moment only"
        ));
    } else if details.is_empty()
        && ctx
            .moment
            .as_ref()
            // Their own message is answered, never told back: it has no
            // details to add (its note says so).
            .is_some_and(|m| !m.thanked_only && m.from != Voice::Them)
    {
        notes.push(format!(
            "no details of what {first} told you were used: the draft names the moment only; {add} to make it personal"
        ));
    }
    let lines: Vec<DraftLine> = lines.into_iter().map(|l| l.line).collect();
    let promised_ids = all(&ctx.promised);
    let delivers = lines
        .iter()
        .find(|l| !promised_ids.is_empty() && promised_ids.iter().all(|id| l.from.contains(id)))
        .map(|l| DraftLine {
            text: l.text.clone(),
            from: promised_ids.clone(),
        });
    let wishes = ctx.occasion.as_ref().and_then(|o| {
        let line = lang.greeting(o.what.0, o.what.1, ctx.today);
        letter::as_written(&line, &lines).map(|said| (o.what.1, said))
    });
    Ok(Draft {
        delivers,
        wishes,
        text: lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        lines,
        notes,
    })
}

#[cfg(test)]
mod tests;
