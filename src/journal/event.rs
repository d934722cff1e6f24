//! Several people met at one event, captured in one write: each person
//! (new or already in the journal) gets their own record of the event with
//! their own details, their needs, and one follow-up.
//!
//! An event is the interactions of kind *event* with the same name
//! (`domain::events`), so one record per person is still one event, and
//! what one person told you is in their record alone: a draft for anyone
//! else never sees it. Someone named who already has a record of the same
//! name on the same day (added with `--met` before the event was logged)
//! keeps that record, turned into the event, instead of getting a second
//! one.

use chrono::NaiveDate;

use super::contacts::{ContactDraft, store_new_interests, touch_by};
use super::{Journal, JournalError, Result, required};
use crate::domain::followed::Mark;
use crate::domain::review::keys;
use crate::domain::text::{fold, plus_tags, push_unique, tidy};
use crate::domain::{Contact, FollowUp, Id, Interaction, InteractionKind, Interest, Voice};
use crate::store::RecordKind;

/// Who was at the event: someone in the journal, or a new person.
#[derive(Clone, Debug)]
pub enum Attending {
    Known(Id),
    New(String),
}

/// One person at the event and what is theirs.
#[derive(Clone, Debug)]
pub struct Attendee {
    pub who: Attending,
    /// What they told you: in their record only.
    pub details: String,
    /// What they are looking for, added to their needs.
    pub needs: Vec<String>,
}

/// An event as captured.
#[derive(Clone, Debug)]
pub struct EventDraft {
    pub name: String,
    pub date: NaiveDate,
    pub people: Vec<Attendee>,
    /// When to follow up with each of them, if at all.
    pub follow_up: Option<NaiveDate>,
    /// The user said none is needed: each person's meeting makes no
    /// fresh-meeting line ([`crate::domain::review::keys::no_follow_up`]).
    pub unwanted: bool,
}

/// What happened to one person.
#[derive(Clone, Debug)]
pub struct Attended {
    pub contact: Contact,
    pub added: bool,
    /// Their record of the event; `joined` when it was there already (a
    /// meeting of the same name and day, now the event).
    pub record: Interaction,
    pub joined: bool,
    pub follow_up: Option<FollowUp>,
    /// Touched since the event (logged late): no follow-up was planned.
    pub followed_before: Option<NaiveDate>,
    /// Their meeting there had a follow-up still to do: kept, not doubled.
    pub planned_before: bool,
    /// Follow-ups of earlier meetings the event did.
    pub followed_up: Vec<FollowUp>,
}

/// Everything one attendee's part writes.
struct Part {
    old: Option<Contact>,
    contact: Contact,
    interests: Vec<Interest>,
    done: Vec<(FollowUp, FollowUp)>,
    out: Attended,
}

impl Journal {
    /// Logs an event with everyone met there, in one transaction: it
    /// lands whole or not at all and is one undo step.
    pub fn log_event(&self, draft: &EventDraft, today: NaiveDate) -> Result<Vec<Attended>> {
        let name = tidy(&required(&draft.name, "the event's name")?);
        if draft.people.is_empty() {
            return Err(JournalError::Invalid(
                "an event needs at least one person (--with)".into(),
            ));
        }
        let mut parts: Vec<Part> = Vec::new();
        // Each record written once, over what it was: two people may join
        // the same shared meeting.
        let mut records: Vec<(Option<Interaction>, Interaction)> = Vec::new();
        for a in &draft.people {
            let part = self.attend(&name, draft, a, &mut records, today)?;
            if parts.iter().any(|p| p.contact.id == part.contact.id)
                || (part.out.added && parts.iter().any(|p| p.contact.name == part.contact.name))
            {
                return Err(JournalError::Invalid(format!(
                    "{} is named twice in the event",
                    part.contact.name
                )));
            }
            parts.push(part);
        }
        // A meeting of several there is at it too (one of one person is
        // not: it is joined only by naming them, `--with`).
        for old in self.same_meeting(&name, draft.date)?.shared {
            if !records.iter().any(|(_, r)| r.id == old.id) {
                let event = Interaction {
                    kind: InteractionKind::Event,
                    ..old.clone()
                };
                records.push((Some(old), event));
            }
        }
        self.store.transact(|tx| {
            for p in &parts {
                store_new_interests(tx, &p.interests)?;
                if p.old.as_ref() != Some(&p.contact) {
                    tx.put_contact(&p.contact, p.old.as_ref())?;
                }
                touch_by(tx, p.contact.id, &p.out.record)?;
                if let Some(f) = &p.out.follow_up {
                    tx.put_follow_up(f, None)?;
                }
                if draft.unwanted {
                    let key = keys::no_follow_up(p.contact.id, p.out.record.id);
                    tx.hide_review_item(&key, keys::FOR_GOOD)?;
                }
                for (old, new) in &p.done {
                    tx.put_follow_up(new, Some(old))?;
                }
            }
            for (old, new) in &records {
                tx.put_interaction(new, old.as_ref())?;
            }
            Ok(())
        })?;
        Ok(parts.into_iter().map(|p| p.out).collect())
    }

    /// One attendee's part, read and made, nothing written yet.
    fn attend(
        &self,
        name: &str,
        draft: &EventDraft,
        a: &Attendee,
        records: &mut Vec<(Option<Interaction>, Interaction)>,
        today: NaiveDate,
    ) -> Result<Part> {
        let details = a.details.trim().to_string();
        let (old, mut contact, interests) = match &a.who {
            Attending::Known(id) => {
                let c = self.contact(*id)?;
                (Some(c.clone()), c, Vec::new())
            }
            Attending::New(new) => {
                let person = ContactDraft {
                    name: new.clone(),
                    met_text: name.to_string(),
                    met_on: Some(draft.date),
                    ..ContactDraft::default()
                };
                let (c, interests) = self.new_contact(super::a_name(new)?, &person, today)?;
                (None, c, interests)
            }
        };
        for need in &a.needs {
            push_unique(&mut contact.needs, need);
        }
        let mut tags = plus_tags(name);
        for t in plus_tags(&details) {
            push_unique(&mut tags, &t);
        }
        for t in &tags {
            push_unique(&mut contact.tags, t);
        }
        self.first_met(&mut contact, (name, draft.date), true)?;
        let earlier = match &old {
            Some(c) => self.same_day_record(c.id, name, draft.date)?,
            None => None,
        };
        let joined = earlier.is_some();
        let record = match earlier {
            Some(i) => {
                let at = match records.iter().position(|(_, r)| r.id == i.id) {
                    Some(at) => at,
                    None => {
                        records.push((Some(i.clone()), i));
                        records.len() - 1
                    }
                };
                let i = &mut records[at].1;
                i.kind = InteractionKind::Event;
                // Shared with others: what is theirs says whose it is.
                let mine = if i.contacts.len() > 1 {
                    owned_by(&contact.name, &details)
                } else {
                    details.clone()
                };
                if !mine.is_empty() {
                    i.details = [i.details.as_str(), mine.as_str()]
                        .iter()
                        .filter(|d| !d.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join("\n");
                }
                for t in &tags {
                    push_unique(&mut i.tags, t);
                }
                i.clone()
            }
            None => {
                let i = Interaction {
                    id: self.store.generate_id()?,
                    date: draft.date,
                    contacts: vec![contact.id],
                    kind: InteractionKind::Event,
                    summary: name.to_string(),
                    details,
                    tags,
                    from: Voice::Both,
                };
                records.push((None, i.clone()));
                i
            }
        };
        let mut out = Attended {
            added: old.is_none(),
            contact: contact.clone(),
            record,
            joined,
            follow_up: None,
            followed_before: None,
            planned_before: false,
            followed_up: Vec::new(),
        };
        let mut done = Vec::new();
        if !joined && old.is_some() {
            let mark = Mark::of_interaction(InteractionKind::Event, Voice::Both);
            if let Some(mark) = mark {
                done = self.done_by_touch(contact.id, mark, draft.date, out.record.id)?;
            }
        }
        out.followed_up = done.iter().map(|(_, new)| new.clone()).collect();
        if let Some(due) = draft.follow_up {
            let since = match &old {
                Some(c) => self.followed_since(c.id, (draft.date, out.record.id))?,
                None => None,
            };
            if since.is_some() {
                out.followed_before = since;
            } else if joined && self.plans_follow_up(contact.id, out.record.id)? {
                out.planned_before = true;
            } else {
                let r = &out.record;
                let meeting = (r.id, r.date, r.summary.as_str());
                out.follow_up = Some(self.planned_by_meeting(contact.id, meeting, due, today)?);
            }
        }
        Ok(Part {
            old,
            contact,
            interests,
            done,
            out,
        })
    }

    /// `contact`'s meeting or event of `kind`'s sort named `name` on
    /// `day`, already logged: what `met` logging it again adds details to.
    /// Calls and messages are never one: two of them the same day are two.
    pub fn meeting_logged(
        &self,
        contact: Id,
        kind: InteractionKind,
        name: &str,
        day: NaiveDate,
    ) -> Result<Option<Interaction>> {
        let meeting = |k| matches!(k, InteractionKind::Met | InteractionKind::Event);
        if !meeting(kind) {
            return Ok(None);
        }
        Ok(self
            .same_day_record(contact, name, day)?
            .filter(|i| meeting(i.kind)))
    }

    /// `contact`'s record named `name` (case and accents aside) on `day`.
    /// How `contact` met you, made the meeting `name` on `day` when it is
    /// the first: none yet (with `fill`: an event; a `met` of someone
    /// known for years is no first meeting), or one logged later that came
    /// before the one the card took from a logged meeting (trial 28e: "met
    /// climbing gym · 30 November" over a meetup of the 29th). What `edit
    /// --met` typed, no meeting of its words and day, stays. Whether it
    /// changed.
    pub(super) fn first_met(
        &self,
        contact: &mut Contact,
        (name, day): (&str, NaiveDate),
        fill: bool,
    ) -> Result<bool> {
        let earlier = match contact.met.on {
            _ if contact.met.text.is_empty() => fill,
            Some(on) if day < on => self
                .same_day_record(contact.id, &contact.met.text, on)?
                .is_some(),
            _ => false,
        };
        if earlier {
            contact.met.text = name.to_string();
            contact.met.on = Some(day);
        }
        Ok(earlier)
    }

    fn same_day_record(
        &self,
        contact: Id,
        name: &str,
        day: NaiveDate,
    ) -> Result<Option<Interaction>> {
        let key = fold(name);
        for (date, kind, id) in self.store.history(contact)? {
            if date != day || kind != RecordKind::Interaction {
                continue;
            }
            if let Some(i) = self.store.interaction(id)?
                && i.kind != InteractionKind::Note
                && fold(&i.summary) == key
            {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Whether a follow-up of `meeting` with `contact` is still to do.
    fn plans_follow_up(&self, contact: Id, meeting: Id) -> Result<bool> {
        for (_, kind, id) in self.store.history(contact)? {
            if kind == RecordKind::FollowUp
                && let Some(f) = self.store.follow_up(id)?
                && f.meeting == Some(meeting)
                && f.pending_on().is_some()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// What a new meeting named `name` on `day` joins: another person's
    /// meeting of that name and day that is already an event, logged by
    /// `event` (or `add --at`) or with two people or more. A meeting of
    /// one person is never joined (trial 28d: "pranzo" with Carla and
    /// "pranzo" with Dora the same day were two lunches, and became one
    /// event, so that `match` said they knew each other): the command
    /// says how to make them one instead ([`Journal::met_apart`]).
    pub(super) fn same_meeting(&self, name: &str, day: NaiveDate) -> Result<SameMeeting> {
        let key = fold(name);
        let mut found = SameMeeting::default();
        for i in self.store.interactions() {
            let i = i?;
            if i.date != day || fold(&i.summary) != key {
                continue;
            }
            match i.kind {
                InteractionKind::Event => found.event = true,
                InteractionKind::Met if i.contacts.len() > 1 => {}
                _ => continue,
            }
            found.name.get_or_insert_with(|| i.summary.clone());
            for c in &i.contacts {
                push_unique(&mut found.there, &self.contact(*c)?.name);
            }
            if i.kind == InteractionKind::Met {
                found.shared.push(i);
            }
        }
        // A meeting of several is no event by its name alone: two coffees
        // of one day, each with other people, are two (a new meeting of
        // theirs is said apart, `met_apart`); an event takes them in.
        if !found.event {
            found.name = None;
            found.there.clear();
        }
        Ok(found)
    }

    /// The people, other than `not`, with a meeting (of one person or of
    /// several) named `name` (case and accents aside) on `day`: kept apart from a new
    /// meeting of that name ([`Journal::same_meeting`]), and named with
    /// how to make them one event if they were.
    pub fn met_apart(&self, name: &str, day: NaiveDate, not: &[Id]) -> Result<Vec<Id>> {
        let key = fold(name);
        let mut out = Vec::new();
        for i in self.store.interactions() {
            let i = i?;
            if i.kind != InteractionKind::Met || i.date != day || fold(&i.summary) != key {
                continue;
            }
            for one in &i.contacts {
                if !not.contains(one) && !out.contains(one) {
                    out.push(*one);
                }
            }
        }
        Ok(out)
    }
}

/// What [`Journal::same_meeting`] found.
#[derive(Default)]
pub(super) struct SameMeeting {
    /// An event of that name and day was found: a new meeting joins it.
    event: bool,
    /// Its meetings of several people logged by `met`: they become the
    /// event's records too, when there is one ([`SameMeeting::joined`])
    /// or `event` logs it.
    pub(super) shared: Vec<Interaction>,
    /// Everyone with a record of it, by name.
    pub(super) there: Vec<String>,
    /// Its name as first written ("Cena da Sara"): a person joining it
    /// says it so, whatever case they typed ("cena da sara").
    pub(super) name: Option<String>,
}

impl SameMeeting {
    pub(super) fn is_event(&self) -> bool {
        self.event
    }

    /// The meetings of several that a new meeting joining the event turns
    /// into its records: none where there is no event.
    pub(super) fn joined(&self) -> &[Interaction] {
        if self.event { &self.shared } else { &[] }
    }
}

/// Each item of `details` marked as `name`'s ("Marco Bianchi: moving to
/// Berlin"), for a record shared with others: a draft for anyone else
/// then leaves them out.
fn owned_by(name: &str, details: &str) -> String {
    details
        .split(['\n', ';'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| format!("{name}: {item}"))
        .collect::<Vec<_>>()
        .join("\n")
}
