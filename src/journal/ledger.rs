//! The give ledger: recording gives, asks and introductions, settling open
//! ones, and keeping every balance in step in the same transaction.

use chrono::NaiveDate;

use super::contacts::tag_contact;
use super::{Journal, JournalError, Result, required};
use crate::domain::followed::{self, Mark};
use crate::domain::matching::Acquaintance;
use crate::domain::text::plus_tags;
use crate::domain::{
    Direction, EntryState, FavourKind, FollowUp, FollowUpState, Grant, INTRO_CHECK, Id,
    LedgerEntry, Nature,
};
use crate::store::{RecordKind, Tx, TxResult};

/// A ledger entry as typed, before it gets an id.
#[derive(Clone, Debug)]
pub struct LedgerDraft {
    pub contact: Id,
    pub direction: Direction,
    pub nature: Nature,
    pub kind: FavourKind,
    pub text: String,
    pub weight: u8,
    pub state: EntryState,
    pub date: NaiveDate,
}

/// An introduction as typed.
#[derive(Clone, Debug)]
pub struct Introducing {
    pub a: Id,
    pub b: Id,
    pub text: String,
    pub weight: u8,
    pub date: NaiveDate,
    /// The open request (of either) it answers.
    pub closes: Option<Id>,
    /// When to check with `a` how it went.
    pub follow_up: Option<NaiveDate>,
}

/// An introduction written, with what it closed and planned.
#[derive(Clone, Debug)]
pub struct Introduced {
    pub entry: LedgerEntry,
    pub closed: Option<LedgerEntry>,
    pub follow_up: Option<FollowUp>,
    /// Follow-ups of meetings with either that it did.
    pub followed_up: Vec<FollowUp>,
    /// How they knew each other already, read before it was recorded:
    /// it is recorded all the same (I may have had a reason), and said.
    pub knew: Option<Acquaintance>,
}

/// A give that answers an open request: what they gave for mine (`got
/// --answers`), or what I gave for theirs (`gave --answers`). One favour is
/// one record, the request granted, so it is counted once.
#[derive(Clone, Debug)]
pub struct Answer {
    pub contact: Id,
    /// Who gave: the request answered was asked the other way.
    pub by: Direction,
    pub kind: FavourKind,
    pub text: String,
    pub weight: u8,
    /// The day it was given: the request is settled on it.
    pub on: NaiveDate,
}

/// A stored entry and the warnings worth telling the user.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub entry: LedgerEntry,
    pub warnings: Vec<String>,
    /// Follow-ups of meetings with them that it did.
    pub followed_up: Vec<FollowUp>,
}

fn check_weight(weight: u8) -> Result<()> {
    if (1..=LedgerEntry::MAX_WEIGHT).contains(&weight) {
        Ok(())
    } else {
        Err(JournalError::Invalid(format!(
            "weight {weight} is out of range: use 1 (small) to {} (big)",
            LedgerEntry::MAX_WEIGHT
        )))
    }
}

impl Journal {
    /// Records a give or an ask. Asking someone you never gave to is recorded
    /// too, with a warning: give before you ask.
    pub fn record(&self, draft: &LedgerDraft) -> Result<Recorded> {
        let text = required(&draft.text, "the text of the entry")?;
        check_weight(draft.weight)?;
        let contact = self.contact(draft.contact)?;
        let mut warnings = Vec::new();
        if self
            .store
            .balance(contact.id)?
            .tallies
            .asks_before_giving(draft.nature, draft.direction)
        {
            warnings.push(format!(
                "you have never given to {}: give before you ask",
                contact.name
            ));
        }
        if contact.is_closed() {
            warnings.push(format!("{} is closed; recorded anyway", contact.name));
        }
        let entry = LedgerEntry {
            id: self.store.generate_id()?,
            date: draft.date,
            contact: contact.id,
            other: None,
            direction: draft.direction,
            nature: draft.nature,
            kind: draft.kind,
            tags: plus_tags(&text),
            text,
            weight: draft.weight,
            state: draft.state,
            settled: None,
            granted_by: None,
        };
        let done = self.done_by_help(&entry)?;
        self.store.transact(|tx| {
            tx.put_ledger(&entry)?;
            count_in(tx, &entry)?;
            for (old, new) in &done {
                tx.put_follow_up(new, Some(old))?;
            }
            tag_contact(tx, entry.contact, &entry.tags)
        })?;
        Ok(Recorded {
            entry,
            warnings,
            followed_up: done.into_iter().map(|(_, new)| new).collect(),
        })
    }

    /// Records an introduction I made between `a` and `b`: one entry, on
    /// both histories, counting as a give to each; with the request it
    /// answers granted and the follow-up planned, in the same write.
    pub fn introduce(&self, i: &Introducing, today: NaiveDate) -> Result<Introduced> {
        let text = required(&i.text, "the text of the introduction")?;
        check_weight(i.weight)?;
        if i.a == i.b {
            return Err(JournalError::Invalid(
                "an introduction joins two different people".into(),
            ));
        }
        self.contact(i.a)?;
        let b = self.contact(i.b)?;
        let closing = match i.closes {
            Some(id) => {
                let r = self
                    .store
                    .ledger_entry(id)?
                    .filter(|e| e.contact == i.a || e.contact == i.b)
                    .filter(|e| (e.direction, e.nature) == (Direction::ThemToMe, Nature::Ask))
                    .ok_or_else(|| {
                        JournalError::Invalid(format!("{id} is not a request from either of them"))
                    })?;
                if r.state != EntryState::Open {
                    return Err(JournalError::Invalid(format!(
                        "{id} is already {}; only an open request can be answered",
                        r.state
                    )));
                }
                Some(r)
            }
            None => None,
        };
        let entry = LedgerEntry {
            id: self.store.generate_id()?,
            date: i.date,
            contact: i.a,
            other: Some(i.b),
            direction: Direction::MeToThem,
            nature: Nature::Give,
            kind: FavourKind::Introduction,
            tags: plus_tags(&text),
            text,
            weight: i.weight,
            state: EntryState::Done,
            settled: None,
            granted_by: None,
        };
        // The request granted names the introduction, which counts the
        // favour: one favour, counted once (`Tallies`).
        let closed = closing.as_ref().map(|old| LedgerEntry {
            state: EntryState::Done,
            settled: Some(i.date),
            granted_by: Some(Grant {
                intro: entry.id,
                weight: entry.weight,
            }),
            ..old.clone()
        });
        let follow_up = match i.follow_up {
            Some(due) => Some(FollowUp {
                id: self.store.generate_id()?,
                contact: i.a,
                due,
                text: format!("{}{}{}", INTRO_CHECK.0, b.name, INTRO_CHECK.1),
                state: FollowUpState::Open,
                created: today,
                meeting: None,
                done_by: None,
            }),
            None => None,
        };
        let done = self.done_by_help(&entry)?;
        let knew = self.knows(i.a, i.b)?;
        self.store.transact(|tx| {
            for (old, new) in &done {
                tx.put_follow_up(new, Some(old))?;
            }
            tx.put_ledger(&entry)?;
            count_in(tx, &entry)?;
            tag_contact(tx, i.a, &entry.tags)?;
            tag_contact(tx, i.b, &entry.tags)?;
            if let (Some(old), Some(new)) = (&closing, &closed) {
                count_out(tx, old)?;
                tx.put_ledger(new)?;
                count_in(tx, new)?;
            }
            if let Some(f) = &follow_up {
                tx.put_follow_up(f, None)?;
            }
            Ok(())
        })?;
        Ok(Introduced {
            entry,
            closed,
            follow_up,
            followed_up: done.into_iter().map(|(_, new)| new).collect(),
            knew,
        })
    }

    /// Grants my open request `ask` with what they gave in answer: one
    /// entry, one favour. A second entry for the same help would count it
    /// twice (granted ask and their give). The request keeps its date (the
    /// records are what a last touch is recomputed from, and they hold one
    /// date per entry); what they gave is added to its text when it says
    /// more, and its weight is the larger of the two.
    pub fn answer(&self, ask: Id, answer: &Answer) -> Result<(LedgerEntry, Vec<FollowUp>)> {
        let text = required(&answer.text, "what they gave")?;
        check_weight(answer.weight)?;
        let asked = match answer.by {
            Direction::ThemToMe => Direction::MeToThem,
            Direction::MeToThem => Direction::ThemToMe,
        };
        let old = self
            .store
            .ledger_entry(ask)?
            .filter(|e| e.contact == answer.contact)
            .filter(|e| (e.direction, e.nature) == (asked, Nature::Ask))
            .ok_or_else(|| {
                let name = self.name_of(answer.contact).unwrap_or_default();
                JournalError::Invalid(match asked {
                    Direction::MeToThem => format!("{ask} is not a request of yours to {name}"),
                    Direction::ThemToMe => format!("{ask} is not a request {name} made of you"),
                })
            })?;
        if old.state != EntryState::Open {
            return Err(JournalError::Invalid(format!(
                "{ask} is already {}; only an open request can be answered",
                old.state
            )));
        }
        let asked_on = old.date;
        if answer.on < asked_on {
            let why = format!("{ask} was asked on {asked_on}: it cannot be answered before");
            return Err(JournalError::Invalid(why));
        }
        let mut entry = old.clone();
        entry.state = EntryState::Done;
        entry.settled = Some(answer.on);
        entry.weight = old.weight.max(answer.weight);
        if entry.kind == FavourKind::Other {
            entry.kind = answer.kind;
        }
        entry.text = crate::domain::entry::answered_with(&old.text, &text);
        for tag in plus_tags(&text) {
            if !entry.tags.contains(&tag) {
                entry.tags.push(tag);
            }
        }
        // Their request granted is help I gave: it follows meetings up, as
        // `done` on it would.
        let done = self.done_by_help(&entry)?;
        self.store.transact(|tx| {
            count_out(tx, &old)?;
            tx.put_ledger(&entry)?;
            for (old, new) in &done {
                tx.put_follow_up(new, Some(old))?;
            }
            count_in(tx, &entry)?;
            tag_contact(tx, entry.contact, &entry.tags)
        })?;
        Ok((entry, done.into_iter().map(|(_, new)| new).collect()))
    }

    /// The requests still open between me and `contact`, newest first:
    /// mine to them (`asked` by me) or theirs to me.
    pub fn open_asks(&self, contact: Id, asked: Direction) -> Result<Vec<LedgerEntry>> {
        // The running tallies say whether there can be one at all, so a
        // give from someone never asked reads no history.
        let t = self.store.balance(contact)?.tallies;
        let none = match asked {
            Direction::MeToThem => t.my_asks.count <= t.my_asks_granted.count,
            Direction::ThemToMe => t.their_open_requests == 0,
        };
        if none {
            return Ok(Vec::new());
        }
        let mut asks = Vec::new();
        for (_, kind, id) in self.store.history(contact)?.into_iter().rev() {
            if kind != RecordKind::Ledger {
                continue;
            }
            if let Some(e) = self.store.ledger_entry(id)?
                && e.contact == contact
                && (e.direction, e.nature, e.state) == (asked, Nature::Ask, EntryState::Open)
            {
                asks.push(e);
            }
        }
        Ok(asks)
    }

    /// Settles an open ledger entry as done or declined on `day`, which it
    /// keeps: a request granted later was help on that later day.
    /// Settling it done can make it help I gave (a promise kept, their
    /// request granted): then it does the follow-ups of meetings before it,
    /// in the same write, and returns them.
    pub fn settle(
        &self,
        id: Id,
        state: EntryState,
        day: NaiveDate,
    ) -> Result<(LedgerEntry, Vec<FollowUp>)> {
        let old = self
            .store
            .ledger_entry(id)?
            .ok_or_else(|| JournalError::Invalid(format!("{id} is not a ledger entry")))?;
        if old.state != EntryState::Open {
            return Err(JournalError::Invalid(format!(
                "{id} is already {} (only open entries can be settled)",
                old.state
            )));
        }
        let mut entry = old.clone();
        entry.state = state;
        entry.settled = Some(day);
        let done = self.done_by_help(&entry)?;
        self.store.transact(|tx| {
            count_out(tx, &old)?;
            tx.put_ledger(&entry)?;
            for (old, new) in &done {
                tx.put_follow_up(new, Some(old))?;
            }
            count_in(tx, &entry)
        })?;
        Ok((entry, done.into_iter().map(|(_, new)| new).collect()))
    }

    /// The follow-ups an entry does for everyone it concerns, when it is
    /// help I gave ([`Mark::of_entry`]); none for anything else.
    fn done_by_help(&self, entry: &LedgerEntry) -> Result<Vec<(FollowUp, FollowUp)>> {
        let mut done = Vec::new();
        if let Some(mark) = Mark::of_entry(entry) {
            for c in entry.people() {
                done.extend(self.done_by_touch(c, mark, entry.acted_on(), entry.id)?);
            }
        }
        // A give of mine done that is what a follow-up of mine said I would
        // send ("send Tom the two CFO profiles") does that follow-up: the
        // review and the drafts never ask for it again.
        if entry.other.is_none()
            && (entry.direction, entry.nature, entry.state)
                == (Direction::MeToThem, Nature::Give, EntryState::Done)
        {
            let name = self.name_of(entry.contact)?;
            for (_, kind, id) in self.store.history(entry.contact)? {
                let Some(f) = (kind == RecordKind::FollowUp)
                    .then(|| self.store.follow_up(id))
                    .transpose()?
                    .flatten()
                else {
                    continue;
                };
                let sent = f.meeting.is_none()
                    && f.created <= entry.acted_on()
                    && f.pending_on().is_some()
                    && !done
                        .iter()
                        .any(|(old, _): &(FollowUp, FollowUp)| old.id == f.id)
                    && followed::sends(&f.text, &name)
                        .is_some_and(|t| followed::holds(&entry.text, &t));
                if sent {
                    let new = FollowUp {
                        state: FollowUpState::Done {
                            on: entry.acted_on(),
                        },
                        done_by: Some(entry.id),
                        ..f.clone()
                    };
                    done.push((f, new));
                }
            }
        }
        Ok(done)
    }
}

/// Counts an entry into the balance of everyone it concerns and the totals,
/// and moves their last touch to its date.
pub(super) fn count_in(tx: &Tx<'_>, e: &LedgerEntry) -> TxResult<()> {
    let mut totals = tx.totals()?;
    for c in e.people() {
        let mut b = tx.balance(c)?;
        b.tallies.add(e);
        e.touches().for_each(|day| b.touch(day));
        tx.put_balance(c, &b)?;
        totals.add(e);
    }
    tx.put_totals(&totals)
}

/// Takes an entry's tallies back out. The last touch is left alone: moving
/// it back needs the remaining history, which the caller recomputes.
pub(super) fn count_out(tx: &Tx<'_>, e: &LedgerEntry) -> TxResult<()> {
    let mut totals = tx.totals()?;
    for c in e.people() {
        let mut b = tx.balance(c)?;
        b.tallies.remove(e);
        tx.put_balance(c, &b)?;
        totals.remove(e);
    }
    tx.put_totals(&totals)
}
