//! Many people added or updated in one write: an import's batch.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::contacts::{ContactDraft, store_new_interests, unique};
use super::{Journal, Result};
use crate::domain::patch::merge::{Merged, Said};
use crate::domain::text::{as_seen, push_unique, tidy};
use crate::domain::{Contact, Id, Interest};
use crate::domain::{labelled, occasion};

/// A person ready to be added, or updated: their id is taken, nothing is
/// written yet.
pub struct Prepared {
    contact: Contact,
    interests: Vec<Interest>,
    /// The person as the journal has them, when this updates them.
    old: Option<Contact>,
}

impl Prepared {
    pub fn contact(&self) -> &Contact {
        &self.contact
    }

    /// Keeps what the card the person came from said at this import (see
    /// [`crate::domain::patch::merge::base`]); whether that changed them.
    pub fn remember(&mut self, said: Said) -> bool {
        said.remember(&mut self.contact)
    }

    /// Whether this adds someone rather than updating them.
    pub fn is_new(&self) -> bool {
        self.old.is_none()
    }
}

impl Journal {
    /// A new person from `draft` (duplicates by name allowed: an import
    /// decides who is already here), for [`Journal::add_prepared`].
    pub fn prepare_contact(&self, draft: &ContactDraft, today: NaiveDate) -> Result<Prepared> {
        let name = super::a_name(&draft.name)?;
        let (contact, interests) = self.new_contact(name, draft, today)?;
        Ok(Prepared {
            contact,
            interests,
            old: None,
        })
    }

    /// `old`, with what a file's copy of them adds (see
    /// [`crate::domain::patch::merge`]), for [`Journal::add_prepared`].
    pub fn prepare_update(&self, old: Contact, merged: &Merged) -> Result<Prepared> {
        let mut p = Prepared {
            contact: old.clone(),
            interests: Vec::new(),
            old: Some(old),
        };
        self.merge_into(&mut p, merged)?;
        Ok(p)
    }

    /// Adds what `merged` adds to a person not yet written.
    pub fn merge_into(&self, p: &mut Prepared, merged: &Merged) -> Result<()> {
        let added = self.patch(&mut p.contact, &merged.add, &merged.drop)?;
        p.interests.extend(added);
        merged.apply_rest(&mut p.contact);
        Ok(())
    }

    /// Adds (or updates) the people in one transaction: an import's batch
    /// lands whole or not at all, is one undo step, and costs one sync of
    /// the write log instead of one per person. With `relate`, related
    /// names become links by the journal's rule (see `link_related`): the
    /// import asks for it when one of the people has a related name, or a
    /// name someone's related name waits for. Returns their ids.
    pub fn add_prepared(&self, mut people: Vec<Prepared>, relate: bool) -> Result<Vec<Id>> {
        // Two people naming the same new interest share the first's id.
        let mut first: HashMap<String, Id> = HashMap::new();
        for p in &mut people {
            for i in &mut p.interests {
                let id = *first.entry(i.key.clone()).or_insert(i.id);
                for mine in &mut p.contact.interests {
                    if *mine == i.id {
                        *mine = id;
                    }
                }
                i.id = id;
            }
        }
        let mut contacts: Vec<Contact> = people.iter().map(|p| p.contact.clone()).collect();
        let others = if relate {
            self.link_related(&mut contacts, Default::default())?
        } else {
            Vec::new()
        };
        for (p, c) in people.iter_mut().zip(contacts) {
            p.contact = c;
        }
        self.store.transact(|tx| {
            for p in &people {
                store_new_interests(tx, &p.interests)?;
                tx.put_contact(&p.contact, p.old.as_ref())?;
            }
            for (old, new) in &others {
                tx.put_contact(new, Some(old))?;
            }
            Ok(())
        })?;
        Ok(people.iter().map(|p| p.contact.id).collect())
    }

    /// A new contact as the draft describes it, with a fresh id, and the
    /// interests it names (new ones not yet stored): what adding one person
    /// and adding an import's batch share.
    pub(super) fn new_contact(
        &self,
        name: String,
        draft: &ContactDraft,
        today: NaiveDate,
    ) -> Result<(Contact, Vec<Interest>)> {
        let interests = self.interests_for(&draft.interests)?;
        let mut c = Contact::new(self.store.generate_id()?, name, today);
        let aliases: Vec<String> = (draft.aliases.iter())
            .map(|a| as_seen(a))
            .filter(|a| !a.is_empty())
            .collect();
        c.aliases = unique(&aliases);
        c.met.text = tidy(&draft.met_text);
        c.met.on = draft.met_on;
        c.met.via = draft.via;
        c.org = as_seen(&draft.org);
        c.role = as_seen(&draft.role);
        for e in &draft.emails {
            labelled::add(&mut c.emails, e);
        }
        for p in &draft.phones {
            labelled::add_phone(&mut c.phones, p);
        }
        for h in &draft.handles {
            labelled::add(&mut c.handles, h);
        }
        c.related.clone_from(&draft.related);
        c.urls = unique(&draft.urls);
        c.tags = unique(&draft.tags);
        for tag in crate::domain::text::plus_tags(&draft.met_text) {
            push_unique(&mut c.tags, &tag);
        }
        c.interests = interests.iter().map(|i| i.id).collect();
        c.needs = unique(&draft.needs);
        c.offers = unique(&draft.offers);
        c.notes = draft.notes.trim().to_string();
        c.cadence_days = draft.cadence_days;
        c.tier = draft.tier;
        c.external_ids = unique(&draft.external_ids);
        for d in &draft.dates {
            occasion::set(&mut c.dates, d.clone());
        }
        for a in &draft.addresses {
            if !a.is_empty() && !c.addresses.contains(a) {
                c.addresses.push(a.clone());
            }
        }
        c.name_parts.clone_from(&draft.name_parts);
        Ok((c, interests))
    }
}
