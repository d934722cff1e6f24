//! Adding, editing, closing and reopening contacts, and interests.

use chrono::NaiveDate;

use super::{Journal, JournalError, Result, a_name, required};
use crate::domain::patch::{Dropped, PersonFields};
use crate::domain::text::{fold, push_unique};
use crate::domain::{
    Address, Contact, FollowUp, Id, Interaction, InteractionKind, Interest, Labelled, NameParts,
    Occasion, Status, Tier, Voice,
};
use crate::store::{Tx, TxResult};

/// Everything `add` can set on a new contact.
#[derive(Clone, Debug, Default)]
pub struct ContactDraft {
    pub name: String,
    pub aliases: Vec<String>,
    pub met_text: String,
    pub met_on: Option<NaiveDate>,
    pub via: Option<Id>,
    pub org: String,
    pub role: String,
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    pub urls: Vec<String>,
    pub tags: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub offers: Vec<String>,
    pub notes: String,
    pub cadence_days: Option<u16>,
    pub tier: Tier,
    /// Add even when someone with the same name exists (two real people).
    pub allow_duplicate: bool,
    /// Identifiers from other programs (`vcard:UID`).
    pub external_ids: Vec<String>,
    pub dates: Vec<Occasion>,
    pub addresses: Vec<Address>,
    pub name_parts: Option<NameParts>,
    /// People of theirs not in the journal, by relation.
    pub related: Vec<Labelled>,
    /// Chat handles, labelled by service.
    pub handles: Vec<Labelled>,
    /// Who the row is in the journal whose Google export it comes from
    /// ("givegive-contact-12@1a2b3c4d"): matched first, never stored.
    pub own_id: Option<String>,
}

/// The meeting `add` records from how and when you met.
#[derive(Clone, Debug)]
pub struct FirstMeeting {
    pub on: NaiveDate,
    /// What they told you.
    pub details: String,
    /// When to follow it up, if at all.
    pub follow_up: Option<NaiveDate>,
    /// The user said none is needed (`--no-follow-up`): the meeting makes
    /// no fresh-meeting line ([`crate::domain::review::keys::no_follow_up`]).
    pub unwanted: bool,
}

/// A person just added, with the meeting and follow-up written with them.
#[derive(Clone, Debug)]
pub struct Added {
    pub contact: Contact,
    pub meeting: Option<Interaction>,
    pub follow_up: Option<FollowUp>,
    /// Who else was at the meeting, now one event with theirs: the event
    /// of that name and day, logged as one or with several people
    /// ([`Journal::same_meeting`]).
    pub also_there: Vec<String>,
}

pub(super) fn unique(items: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        push_unique(&mut out, item);
    }
    out
}

impl Journal {
    /// Adds a person. A second person with exactly the same name is refused
    /// unless the draft allows it, because it is usually a slip.
    pub fn add_contact(&self, draft: &ContactDraft, today: NaiveDate) -> Result<Contact> {
        Ok(self.add_person(draft, None, today)?.contact)
    }

    /// Adds a contact and, when `met` is given (and the draft says how you
    /// met), the meeting in their history with its follow-up: one write, so
    /// a crash or an undo never leaves the person without the meeting.
    pub fn add_person(
        &self,
        draft: &ContactDraft,
        met: Option<&FirstMeeting>,
        today: NaiveDate,
    ) -> Result<Added> {
        self.add_person_at(draft, None, met, false, today)
    }

    /// [`Journal::add_person`] with the person's fields as a patch (what
    /// `add` typed, applied as `edit` applies it), the meeting an event
    /// when `at_event` says so or an event of that name was logged that
    /// day: the person joins it (`add --at`, or `add --met` after `event`)
    /// instead of getting a meeting the events screen does not count.
    pub fn add_person_at(
        &self,
        draft: &ContactDraft,
        patch: Option<&PersonFields>,
        met: Option<&FirstMeeting>,
        at_event: bool,
        today: NaiveDate,
    ) -> Result<Added> {
        let name = a_name(&draft.name)?;
        if !draft.allow_duplicate
            && let Some(existing) = self.store.contacts_named(&fold(&name))?.first()
        {
            return Err(JournalError::Invalid(format!(
                "{name} is already in the journal ({existing}); use --duplicate to add another person with that name"
            )));
        }
        if let Some(via) = draft.via {
            self.contact(via)?;
        }
        let (mut c, mut interests) = self.new_contact(name, draft, today)?;
        if let Some(fields) = patch {
            interests.extend(self.patch(&mut c, fields, &Dropped::default())?);
            for tag in crate::domain::text::plus_tags(&c.met.text) {
                push_unique(&mut c.tags, &tag);
            }
        }
        let same = match met {
            Some(m) if !c.met.text.is_empty() => self.same_meeting(&c.met.text, m.on)?,
            _ => Default::default(),
        };
        if let Some(name) = &same.name {
            c.met.text = name.clone();
        }
        let meeting = match met {
            Some(m) if !c.met.text.is_empty() => Some(Interaction {
                id: self.store.generate_id()?,
                date: m.on,
                contacts: vec![c.id],
                kind: if at_event || same.is_event() {
                    InteractionKind::Event
                } else {
                    InteractionKind::Met
                },
                summary: c.met.text.clone(),
                details: m.details.trim().to_string(),
                tags: crate::domain::text::plus_tags(&m.details),
                from: Voice::Both,
            }),
            _ => None,
        };
        let follow_up = match (&meeting, met.and_then(|m| m.follow_up)) {
            (Some(i), Some(due)) => {
                let planned_by = (i.id, i.date, i.summary.as_str());
                Some(self.planned_by_meeting(c.id, planned_by, due, today)?)
            }
            _ => None,
        };
        if let Some(i) = &meeting {
            c.met.on = Some(i.date);
            for tag in &i.tags {
                push_unique(&mut c.tags, tag);
            }
        }
        // Someone's related name waiting for this name becomes a link.
        let mut one = [c];
        let sides = self.link_related(&mut one, Default::default())?;
        let [c] = one;
        self.store.transact(|tx| {
            store_new_interests(tx, &interests)?;
            tx.put_contact(&c, None)?;
            super::relations::write_sides(tx, &sides)?;
            if let Some(i) = &meeting {
                tx.put_interaction(i, None)?;
                touch_by(tx, c.id, i)?;
                if met.is_some_and(|m| m.unwanted) {
                    let key = crate::domain::review::keys::no_follow_up(c.id, i.id);
                    tx.hide_review_item(&key, crate::domain::review::keys::FOR_GOOD)?;
                }
            }
            if let Some(f) = &follow_up {
                tx.put_follow_up(f, None)?;
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
        Ok(Added {
            contact: c,
            meeting,
            follow_up,
            also_there: same.there,
        })
    }

    /// Changes a contact's name and details: the patch's fields set or
    /// added, what `dropped` names taken out. Returns the contact as it is
    /// now, unchanged (and nothing written) when the edit changes nothing.
    pub fn edit_contact(
        &self,
        id: Id,
        name: Option<&str>,
        fields: &PersonFields,
        dropped: &Dropped,
    ) -> Result<Contact> {
        if name.is_none() && fields.is_empty() && dropped.is_empty() {
            return Err(JournalError::Invalid(
                "nothing to change: give at least one option (see givegive edit --help)".into(),
            ));
        }
        let old = self.contact(id)?;
        let mut c = old.clone();
        if let Some(name) = name {
            c.name = a_name(name)?;
            // Parts an address book gave belong to the old name: kept
            // only where the new one still ends with its family name.
            if c.name != old.name {
                c.name_parts = old.name_parts.as_ref().and_then(|p| p.renamed(&c.name));
            }
        }
        let added = self.patch(&mut c, fields, dropped)?;
        // An edit that comes to what was there writes nothing: no undo
        // step that would take back a change nobody can see. (An interest
        // created here is always added to `c`, so none is left unstored.)
        if c == old {
            return Ok(c);
        }
        self.store.transact(|tx| {
            store_new_interests(tx, &added)?;
            tx.put_contact(&c, Some(&old))
        })?;
        Ok(c)
    }

    /// Closes a relationship, keeping its whole history.
    pub fn close(&self, id: Id, reason: &str, today: NaiveDate) -> Result<Contact> {
        let reason = required(reason, "the reason for closing")?;
        let old = self.contact(id)?;
        if let Status::Closed { on, .. } = &old.status {
            return Err(JournalError::Invalid(format!(
                "{} was already closed on {on}",
                old.name
            )));
        }
        let mut c = old.clone();
        c.status = Status::Closed { reason, on: today };
        self.store.transact(|tx| tx.put_contact(&c, Some(&old)))?;
        Ok(c)
    }

    /// Reopens a closed relationship.
    pub fn reopen(&self, id: Id) -> Result<Contact> {
        let old = self.contact(id)?;
        if !old.is_closed() {
            return Err(JournalError::Invalid(format!("{} is not closed", old.name)));
        }
        let mut c = old.clone();
        c.status = Status::Active;
        self.store.transact(|tx| tx.put_contact(&c, Some(&old)))?;
        Ok(c)
    }

    /// Adds an interest (or finds it), marking it as mine when asked. Returns
    /// the interest and whether anything changed.
    pub fn add_interest(&self, name: &str, mine: bool) -> Result<(Interest, bool)> {
        let name = required(name, "an interest")?;
        let (mut interest, created) = match self.store.interest_by_key(&fold(&name))? {
            Some(i) => (i, false),
            None => (Interest::new(self.store.generate_id()?, &name, false), true),
        };
        let changed = created || (mine && !interest.mine);
        interest.mine |= mine;
        if changed {
            self.store.transact(|tx| tx.put_interest(&interest))?;
        }
        Ok((interest, changed))
    }

    /// The interests named, existing ones found by folded key and missing
    /// ones made (not yet stored: the caller's transaction stores them).
    pub(super) fn interests_for(&self, names: &[String]) -> Result<Vec<Interest>> {
        let mut out: Vec<Interest> = Vec::new();
        for name in names {
            let key = fold(name);
            if key.is_empty() || out.iter().any(|i| i.key == key) {
                continue;
            }
            out.push(match self.store.interest_by_key(&key)? {
                Some(i) => i,
                None => Interest::new(self.store.generate_id()?, name, false),
            });
        }
        Ok(out)
    }
}

/// Stores the interests that are not in the journal yet.
pub(super) fn store_new_interests(tx: &Tx<'_>, interests: &[Interest]) -> TxResult<()> {
    for i in interests {
        if tx.interest_by_key(&i.key)?.is_none() {
            tx.put_interest(i)?;
        }
    }
    Ok(())
}

/// Adds `tags` to a contact inside a transaction (for `+tag` in captures).
pub(super) fn tag_contact(tx: &Tx<'_>, contact: Id, tags: &[String]) -> TxResult<()> {
    if tags.is_empty() {
        return Ok(());
    }
    let Some(old) = tx.contact(contact)? else {
        return Tx::missing(contact);
    };
    let mut c = old.clone();
    let mut changed = false;
    for t in tags {
        changed |= push_unique(&mut c.tags, t);
    }
    if changed {
        tx.put_contact(&c, Some(&old))?;
    }
    Ok(())
}

/// Moves a contact's last touch forward to the day of `i`, when it is
/// contact between us ([`crate::domain::balance::is_contact`]: not a note).
pub(super) fn touch_by(tx: &Tx<'_>, contact: Id, i: &crate::domain::Interaction) -> TxResult<()> {
    if crate::domain::balance::is_contact(i) {
        touch(tx, contact, i.date)?;
    }
    Ok(())
}

/// Moves a contact's last touch forward to `day`.
pub(super) fn touch(tx: &Tx<'_>, contact: Id, day: NaiveDate) -> TxResult<()> {
    let mut b = tx.balance(contact)?;
    b.touch(day);
    tx.put_balance(contact, &b)
}
