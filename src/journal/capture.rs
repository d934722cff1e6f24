//! Interactions, follow-ups and warning signals.

use chrono::NaiveDate;

use super::contacts::{tag_contact, touch, touch_by};
use super::{Journal, JournalError, Result, required};
use crate::domain::followed::Mark;
use crate::domain::text::plus_tags;
use crate::domain::{
    EntryState, FollowUp, FollowUpState, Id, Interaction, InteractionKind, LedgerEntry, Signal,
    Voice,
};
use crate::store::{RecordKind, RecordOf};

/// How many warning signals make the journal suggest closing.
pub const SIGNAL_THRESHOLD: usize = 3;

/// An interaction as typed.
#[derive(Clone, Debug)]
pub struct InteractionDraft {
    pub contacts: Vec<Id>,
    pub kind: InteractionKind,
    pub summary: String,
    pub details: String,
    /// Whose words the details are.
    pub from: Voice,
    pub date: NaiveDate,
    /// When to follow up: one follow-up per person is opened for that day.
    pub follow_up: Option<NaiveDate>,
    /// The user said none is needed (`met --no-follow-up`): the meeting
    /// makes no fresh-meeting line, as an event's does not.
    pub unwanted: bool,
}

/// A logged interaction with the follow-ups it planned.
#[derive(Clone, Debug)]
pub struct Logged {
    pub interaction: Interaction,
    pub follow_ups: Vec<FollowUp>,
    /// The people it was logged late for, touched since (and when): no
    /// follow-up is planned for them.
    pub followed_before: Vec<(Id, NaiveDate)>,
    /// Follow-ups of earlier meetings it did.
    pub followed_up: Vec<FollowUp>,
    /// The others at the event of that name and day it joined
    /// ([`Journal::same_meeting`]): empty when it joined none.
    pub also_there: Vec<String>,
}

/// What `done` completed.
#[derive(Clone, Debug)]
pub enum Completed {
    /// The follow-up, and those of meetings before it that it did.
    FollowUp(FollowUp, Vec<FollowUp>),
    /// The entry, and the follow-ups of meetings before it that it did
    /// (a promise kept, their request granted).
    Ledger(LedgerEntry, Vec<FollowUp>),
}

impl Journal {
    /// An interaction's details as stored, by the whom rule
    /// (`whom::stored`): for one person, without a "WHO:" naming them (by
    /// their name or an alias), so their history reads as their draft.
    fn stored_details(&self, contacts: &[Id], details: &str) -> Result<String> {
        let details = details.trim();
        let [one] = contacts else {
            return Ok(details.to_string());
        };
        let c = self.contact(*one)?;
        let names = std::iter::once(c.name.as_str()).chain(c.aliases.iter().map(String::as_str));
        Ok(crate::domain::whom::stored(
            details,
            &[crate::domain::whom::answers_to(names)],
        ))
    }

    /// Logs an interaction with one or more people, opening follow-ups when
    /// asked. Every participant's last touch moves to its date.
    pub fn log_interaction(&self, draft: &InteractionDraft, today: NaiveDate) -> Result<Logged> {
        let summary = required(&draft.summary, "the summary")?;
        let mut contacts: Vec<Id> = Vec::new();
        for id in &draft.contacts {
            if !contacts.contains(id) {
                self.contact(*id)?;
                contacts.push(*id);
            }
        }
        if contacts.is_empty() {
            return Err(JournalError::Invalid(
                "an interaction needs at least one person".into(),
            ));
        }
        let details = self.stored_details(&contacts, &draft.details)?;
        let mut tags = plus_tags(&summary);
        for t in plus_tags(&details) {
            crate::domain::text::push_unique(&mut tags, &t);
        }
        // A meeting joins the event of its name and day, by the rule
        // `add --met` follows.
        let same = match draft.kind {
            InteractionKind::Met | InteractionKind::Event => {
                self.same_meeting(&summary, draft.date)?
            }
            _ => Default::default(),
        };
        let mut also_there = Vec::new();
        for name in &same.there {
            if !self.named_among(name, &contacts)? {
                also_there.push(name.clone());
            }
        }
        let interaction = Interaction {
            id: self.store.generate_id()?,
            date: draft.date,
            contacts,
            kind: if same.is_event() {
                InteractionKind::Event
            } else {
                draft.kind
            },
            summary: same.name.clone().unwrap_or(summary),
            details,
            tags,
            from: draft.from,
        };
        let mut follow_ups = Vec::new();
        let mut followed_before = Vec::new();
        let mut done = Vec::new();
        for c in &interaction.contacts {
            if let Some(mark) = Mark::of_interaction(interaction.kind, interaction.from) {
                done.extend(self.done_by_touch(*c, mark, interaction.date, interaction.id)?);
            }
            if let Some(due) = draft.follow_up {
                // Logged late for someone touched since: none is needed.
                if let Some(on) = self.followed_since(*c, (interaction.date, interaction.id))? {
                    followed_before.push((*c, on));
                } else {
                    let meeting = (
                        interaction.id,
                        interaction.date,
                        interaction.summary.as_str(),
                    );
                    follow_ups.push(self.planned_by_meeting(*c, meeting, due, today)?);
                }
            }
        }
        // A meeting before the one a card says they were met at is it now.
        let mut first_met = Vec::new();
        if matches!(
            interaction.kind,
            InteractionKind::Met | InteractionKind::Event
        ) {
            for c in &interaction.contacts {
                let old = self.contact(*c)?;
                let mut new = old.clone();
                let meeting = (interaction.summary.as_str(), interaction.date);
                if self.first_met(&mut new, meeting, false)? {
                    first_met.push((new, old));
                }
            }
        }
        self.store.transact(|tx| {
            tx.put_interaction(&interaction, None)?;
            for (new, old) in &first_met {
                tx.put_contact(new, Some(old))?;
            }
            for c in &interaction.contacts {
                touch_by(tx, *c, &interaction)?;
                tag_contact(tx, *c, &interaction.tags)?;
                if draft.unwanted {
                    let key = crate::domain::review::keys::no_follow_up(*c, interaction.id);
                    tx.hide_review_item(&key, crate::domain::review::keys::FOR_GOOD)?;
                }
            }
            for f in &follow_ups {
                tx.put_follow_up(f, None)?;
            }
            for (old, new) in &done {
                tx.put_follow_up(new, Some(old))?;
            }
            for old in same.joined() {
                let event = Interaction {
                    kind: InteractionKind::Event,
                    ..old.clone()
                };
                tx.put_interaction(&event, Some(old))?;
            }
            Ok(())
        })?;
        Ok(Logged {
            interaction,
            follow_ups,
            followed_before,
            followed_up: done.into_iter().map(|(_, new)| new).collect(),
            also_there,
        })
    }

    /// Whether `name` is the name of one of `contacts`.
    fn named_among(&self, name: &str, contacts: &[Id]) -> Result<bool> {
        for c in contacts {
            if self.name_of(*c)? == name {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Replaces the details of an interaction (written later, or at length
    /// in an editor). `+tags` in them tag its people.
    pub fn set_details(&self, id: Id, details: &str) -> Result<Interaction> {
        let old = self
            .store
            .interaction(id)?
            .ok_or_else(|| JournalError::Invalid(format!("{id} is not an interaction")))?;
        let mut new = old.clone();
        new.details = self.stored_details(&old.contacts, details)?;
        for t in plus_tags(&new.details) {
            crate::domain::text::push_unique(&mut new.tags, &t);
        }
        self.store.transact(|tx| {
            tx.put_interaction(&new, Some(&old))?;
            for c in &new.contacts {
                tag_contact(tx, *c, &new.tags)?;
            }
            Ok(())
        })?;
        Ok(new)
    }

    /// Opens a follow-up for `contact` due on `due`.
    pub fn add_follow_up(
        &self,
        contact: Id,
        due: NaiveDate,
        text: &str,
        today: NaiveDate,
    ) -> Result<FollowUp> {
        let text = required(text, "what to follow up on")?;
        self.contact(contact)?;
        let f = FollowUp {
            id: self.store.generate_id()?,
            contact,
            due,
            text,
            state: FollowUpState::Open,
            created: today,
            meeting: None,
            done_by: None,
        };
        self.store.transact(|tx| tx.put_follow_up(&f, None))?;
        Ok(f)
    }

    /// Marks a follow-up or an open ledger entry done. A completed follow-up
    /// counts as a touch.
    pub fn done(&self, id: Id, today: NaiveDate) -> Result<Completed> {
        match self.store.kind_of(id)? {
            Some(RecordOf::FollowUp) => {}
            Some(RecordOf::Ledger) => {
                let (entry, others) = self.settle(id, EntryState::Done, today)?;
                return Ok(Completed::Ledger(entry, others));
            }
            Some(_) => {
                return Err(JournalError::Invalid(format!(
                    "{id} is neither a follow-up nor a ledger entry"
                )));
            }
            None => return Err(no_record(id)),
        }
        let old = self.store.follow_up(id)?.ok_or_else(|| no_record(id))?;
        if let Some(on) = old.done_on() {
            return Err(JournalError::Invalid(format!(
                "{id} was already done on {on}"
            )));
        }
        let mut f = old.clone();
        f.state = FollowUpState::Done { on: today };
        // Done by hand, it is a touch: it does the follow-ups of meetings
        // before it.
        let others = self.done_by_touch(f.contact, Mark::Done, today, id)?;
        self.store.transact(|tx| {
            tx.put_follow_up(&f, Some(&old))?;
            for (old, new) in &others {
                tx.put_follow_up(new, Some(old))?;
            }
            touch(tx, f.contact, today)
        })?;
        Ok(Completed::FollowUp(
            f,
            others.into_iter().map(|(_, new)| new).collect(),
        ))
    }

    /// Records a warning signal and returns it with how many the person now
    /// has, so the caller can suggest closing at [`SIGNAL_THRESHOLD`].
    pub fn add_signal(&self, contact: Id, text: &str, date: NaiveDate) -> Result<(Signal, usize)> {
        let text = required(text, "the signal")?;
        self.contact(contact)?;
        let s = Signal {
            id: self.store.generate_id()?,
            contact,
            date,
            text,
        };
        self.store.transact(|tx| tx.put_signal(&s))?;
        let count = self.signal_count(contact)?;
        Ok((s, count))
    }

    /// How many warning signals a person has.
    pub fn signal_count(&self, contact: Id) -> Result<usize> {
        Ok(self
            .store
            .history(contact)?
            .iter()
            .filter(|(_, kind, _)| *kind == RecordKind::Signal)
            .count())
    }
}

/// `done 999` (trial 28d): no such record, and where the ids are.
fn no_record(id: Id) -> JournalError {
    JournalError::Invalid(format!(
        "there is no record {id}: `givegive show NAME` lists a person's record ids"
    ))
}
