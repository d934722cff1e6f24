//! The draft table's harness: a situation as a row, and the context a
//! journal would gather for it through the same functions drafts use.

use chrono::{Days, NaiveDate};

use super::super::*;
use crate::domain::Id;

/// A Tuesday.
pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
}

pub(super) struct Case {
    pub(super) what: &'static str,
    pub(super) lang: &'static str,
    pub(super) name: &'static str,
    /// Kind, summary, days ago, first meeting.
    pub(super) moment: Option<(InteractionKind, &'static str, u64, bool)>,
    /// As logged, and the other participants.
    pub(super) details: &'static str,
    pub(super) others: &'static [&'static str],
    /// Words of the details that name someone else in the journal.
    pub(super) known: &'static [&'static str],
    /// Their birthday or anniversary, in this many days.
    pub(super) occasion: Option<(Greeting, u64)>,
    /// What they gave me lately, as the ledger says it.
    pub(super) gave: Option<&'static str>,
    /// What I promised them, as the ledger or a follow-up says it.
    pub(super) promised: &'static [&'static str],
    pub(super) introduced: &'static [&'static str],
    pub(super) interest: Option<&'static str>,
    pub(super) need: Option<&'static str>,
    pub(super) helper: Option<&'static str>,
    pub(super) expect: Result<&'static str, &'static str>,
}

pub(super) const NONE: Case = Case {
    what: "",
    lang: "en",
    name: "",
    moment: None,
    details: "",
    others: &[],
    known: &[],
    occasion: None,
    gave: None,
    promised: &[],
    introduced: &[],
    interest: None,
    need: None,
    helper: None,
    expect: Err(""),
};

/// The context a journal would gather for the case, through the same
/// functions ([`for_recipient`], [`thanked_for`], [`promised`]).
pub(super) fn context(case: &Case, lang: Language) -> Context {
    let others: Vec<String> = case.others.iter().map(|o| o.to_string()).collect();
    let known: Vec<String> = case.known.iter().map(|o| o.to_string()).collect();
    let people = People {
        recipient: case.name,
        others: &others,
        known: &known,
        org: "",
        theirs: false,
    };
    let (details, left_out) = for_recipient(case.details, people, lang);
    let fact = |what: String, n: u64| Fact { what, from: Id(n) };
    let list: Vec<(Id, &str)> = (4..).map(Id).zip(case.promised.iter().copied()).collect();
    let promises = promises(&list, case.name, lang);
    Context {
        contact: Id(1),
        name: case.name.into(),
        today: today(),
        moment: case.moment.map(|(kind, summary, days, first)| Moment {
            id: Id(2),
            kind,
            summary: summary.into(),
            date: today() - Days::new(days),
            first,
            with_others: !case.others.is_empty(),
            from: crate::domain::Voice::Both,
            also: Vec::new(),
            hosted: false,
            thanked_only: false,
        }),
        details,
        left_out,
        occasion: case.occasion.map(|(g, days)| Fact {
            what: (g, today() + Days::new(days)),
            from: Id(1),
        }),
        thanks: case
            .gave
            .and_then(|g| thanked_for(g, case.name, lang))
            .map(|t| fact(t, 3)),
        promised: promises.0,
        follow_ups: Vec::new(),
        introduced: case
            .introduced
            .iter()
            .map(|i| fact(i.to_string(), 5))
            .collect(),
        shared_interest: case.interest.map(str::to_string),
        need: case.need.map(str::to_string),
        helper: case.helper.map(|h| fact(h.to_string(), 6)),
        said_before: Vec::new(),
        more_needs: Vec::new(),
        answered: Vec::new(),
        not_offered: Vec::new(),
        notes: promises.1,
        history: true,
        last_seen: None,
        hosted: None,
        surface: Surface::Tui,
    }
}

pub(super) fn run(case: &Case) -> Result<Draft, String> {
    let template = Template::for_language(case.lang, None).unwrap_or_else(|| unreachable!());
    draft(&context(case, template.language), &template)
}
