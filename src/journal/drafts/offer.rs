//! Which of their needs a draft offers someone for, by the rule `match`
//! and `H` read: their recorded needs and the needs their open requests
//! seek ([`crate::domain::matching::needs`]), those a give or an
//! introduction of mine met left out, and whoever `match` lists as not
//! offered for a need named with why.

use super::super::{Journal, Result};
use crate::domain::draft::{self, Fact};
use crate::domain::{Id, LedgerEntry};

/// What a draft says of their needs ([`draft::Context`]'s fields).
#[derive(Default)]
pub(super) struct Offer {
    pub(super) need: Option<String>,
    pub(super) helper: Option<Fact<String>>,
    pub(super) more_needs: Vec<(String, Option<String>)>,
    pub(super) answered: Vec<(String, String)>,
    /// The needs someone is not offered for (`match`'s "Not offered"),
    /// each with whether one who meets it knows them already.
    pub(super) not_offered: Vec<(String, bool)>,
}

/// Whose needs, and what the draft holds already.
pub(super) struct Whose<'a> {
    pub(super) contact: Id,
    pub(super) needs: &'a [String],
    pub(super) ledger: &'a [&'a LedgerEntry],
    pub(super) promised: &'a [Fact<String>],
    pub(super) lang: draft::Language,
}

impl Journal {
    /// The first need someone can meet is offered (the first recorded
    /// need when nobody can meet any); the others are noted with why. A
    /// need only an open request holds is offered like any other when
    /// someone can meet it (trial 26w4: `match chiara` and `H` offered
    /// Roberto for "un contatto in Satispay", her draft nobody), and is
    /// otherwise left to the request's own note.
    pub(super) fn offer(&self, w: Whose<'_>, notes: &mut Vec<String>) -> Result<Offer> {
        let read = self.draft_needs(w.contact, w.needs, w.ledger)?;
        let met = |n: &str| read.answered.iter().any(|(a, _)| a == n);
        let asked = |n: &str| !w.needs.iter().any(|r| r == n);
        // A need a promise kept in the draft answers is offered no one,
        // nor one the draft's language cannot say (noted as such).
        let sayable = |n: &str| draft::need_not_in(n, w.lang).is_none();
        // A request the draft cannot say is left to its own note: nobody
        // is looked for.
        let said_asked = read.asked.iter().map(|(n, _)| n).filter(|n| sayable(n));
        let mut needs = Vec::new();
        for need in w.needs.iter().chain(said_asked) {
            needs.push((need.clone(), self.helper_for(w.contact, need)?));
        }
        let chosen = needs
            .iter()
            .position(|(n, h)| {
                h.helper.is_some()
                    && sayable(n)
                    && draft::answered(n, (w.promised, &[])).is_none()
                    && !met(n)
            })
            .or_else(|| needs.iter().position(|(n, _)| sayable(n) && !asked(n)))
            .or_else(|| (!w.needs.is_empty()).then_some(0));
        let mut offer = Offer {
            answered: read.answered.clone(),
            ..Offer::default()
        };
        for (i, (n, choice)) in needs.into_iter().enumerate() {
            // Whoever `match` lists as not offered for an open need is
            // named with why, for every need a draft can say, offered or
            // not (trial 26y: Giulia, known from Design night, went
            // unnamed for Zoe's second need).
            if sayable(&n) && !met(&n) && !choice.not_offered.is_empty() {
                for (name, why) in &choice.not_offered {
                    notes.push(format!("not offered {name} for \"{n}\": {why}"));
                }
                offer.not_offered.push((n.clone(), choice.known));
            }
            let helper = choice.helper;
            if Some(i) == chosen {
                offer.helper = helper.filter(|_| sayable(&n)).map(|(id, name)| Fact {
                    what: name,
                    from: id,
                });
                offer.need = Some(n);
            } else if !asked(&n) || helper.is_some() {
                offer.more_needs.push((n, helper.map(|(_, name)| name)));
            }
        }
        Ok(offer)
    }
}
