//! Merging two records of the same person (an import brought them in twice),
//! and undoing it from the trash.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Journal, JournalError, Result};
use crate::domain::labelled::{self, Labelled};
use crate::domain::text::{fold, push_unique, same_name};
use crate::domain::{
    Balance, Contact, FollowUp, Id, Interaction, LedgerEntry, MergeBundle, Signal, TrashEntry,
    TrashItem,
};
use crate::store::RecordKind;

/// How a list of labelled values takes one more.
type Put = fn(&mut Vec<Labelled>, &Labelled) -> bool;

/// One person's records, by id.
#[derive(Default)]
struct Records {
    interactions: BTreeMap<Id, Interaction>,
    ledger: BTreeMap<Id, LedgerEntry>,
    follow_ups: BTreeMap<Id, FollowUp>,
    signals: BTreeMap<Id, Signal>,
}

impl Records {
    fn balance_of(&self, who: Id) -> Balance {
        Balance::recompute(
            self.ledger
                .values()
                .filter(|e| e.people().any(|p| p == who)),
            self.interactions
                .values()
                .filter(|i| i.contacts.contains(&who)),
            self.follow_ups.values().filter(|f| f.contact == who),
        )
    }
}

impl Journal {
    fn records_of(&self, who: Id) -> Result<Records> {
        let mut r = Records::default();
        for (_, kind, id) in self.store.history(who)? {
            match kind {
                RecordKind::Interaction => {
                    r.interactions
                        .extend(self.store.interaction(id)?.map(|x| (id, x)));
                }
                RecordKind::Ledger => r
                    .ledger
                    .extend(self.store.ledger_entry(id)?.map(|x| (id, x))),
                RecordKind::FollowUp => {
                    r.follow_ups
                        .extend(self.store.follow_up(id)?.map(|x| (id, x)));
                }
                RecordKind::Signal => r.signals.extend(self.store.signal(id)?.map(|x| (id, x))),
            }
        }
        Ok(r)
    }

    /// Merges `gone` into `keep`: every record moves over, names become
    /// aliases, lists are joined, and `gone` goes to the trash, where
    /// `restore` undoes the whole merge.
    pub fn merge(&self, keep: Id, gone: Id, today: NaiveDate) -> Result<Contact> {
        if keep == gone {
            return Err(JournalError::Invalid(
                "that is the same person twice".into(),
            ));
        }
        let kept = self.contact(keep)?;
        let old = self.contact(gone)?;
        let mine = self.records_of(keep)?;
        let theirs = self.records_of(gone)?;

        let mut merged = kept.clone();
        // A name that is one of theirs written otherwise (D'Amico and
        // D’Amico) is no alias, by the rule imports keep aliases by.
        for alias in std::iter::once(&old.name).chain(&old.aliases) {
            let known = std::iter::once(&merged.name)
                .chain(&merged.aliases)
                .any(|n| same_name(n, alias));
            if !known {
                push_unique(&mut merged.aliases, alias);
            }
        }
        // One phone however written, as an import keeps it: both labels
        // on one number, never the number twice.
        for (into, from, put) in [
            (&mut merged.emails, &old.emails, labelled::add as Put),
            (&mut merged.phones, &old.phones, labelled::add_phone),
            (&mut merged.handles, &old.handles, labelled::add),
            (&mut merged.related, &old.related, labelled::add),
        ] {
            for item in from {
                put(into, item);
            }
        }
        for (into, from) in [
            (&mut merged.urls, &old.urls),
            (&mut merged.tags, &old.tags),
            (&mut merged.needs, &old.needs),
            (&mut merged.offers, &old.offers),
            (&mut merged.external_ids, &old.external_ids),
        ] {
            for item in from {
                push_unique(into, item);
            }
        }
        for i in &old.interests {
            if !merged.interests.contains(i) {
                merged.interests.push(*i);
            }
        }
        if merged.met.text.is_empty() && merged.met.on.is_none() {
            merged.met = old.met.clone();
        }
        // A second organisation or role stays, in the notes, as an
        // import keeps a card's second ORG (trial 27f: lost in a merge).
        let mut also = Vec::new();
        for (field, other) in [(&mut merged.role, &old.role), (&mut merged.org, &old.org)] {
            if field.is_empty() {
                field.clone_from(other);
            } else if !other.is_empty() && fold(field) != fold(other) {
                also.push(other.clone());
            }
        }
        let also = match also.is_empty() {
            true => String::new(),
            false => format!("Also: {}", also.join(", ")),
        };
        if !old.notes.is_empty() || !also.is_empty() {
            merged.notes = [merged.notes.as_str(), old.notes.as_str(), also.as_str()]
                .iter()
                .filter(|n| !n.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n");
        }
        merged.cadence_days = merged.cadence_days.or(old.cadence_days);
        let sides = self.merge_links(&mut merged, &old)?;
        // The related names `gone` brings, and names two people answered
        // to until now, are linked by the journal's rule.
        let mut one = [merged];
        let around = super::related::Around {
            gone: Some(gone),
            sides,
        };
        let sides = self.link_related(&mut one, around)?;
        let [merged] = one;

        // The moved records, as they become.
        let swap = |id: Id| if id == gone { keep } else { id };
        let interactions: Vec<(Interaction, Interaction)> = theirs
            .interactions
            .values()
            .map(|i| {
                let mut new = i.clone();
                new.contacts = Vec::new();
                for c in i.contacts.iter().map(|c| swap(*c)) {
                    if !new.contacts.contains(&c) {
                        new.contacts.push(c);
                    }
                }
                (new, i.clone())
            })
            .collect();
        let ledger: Vec<(LedgerEntry, LedgerEntry)> = theirs
            .ledger
            .values()
            .map(|e| {
                let mut new = e.clone();
                new.contact = swap(e.contact);
                new.other = e.other.map(swap).filter(|o| *o != new.contact);
                (new, e.clone())
            })
            .collect();
        let follow_ups: Vec<(FollowUp, FollowUp)> = theirs
            .follow_ups
            .values()
            .map(|f| {
                (
                    FollowUp {
                        contact: keep,
                        ..f.clone()
                    },
                    f.clone(),
                )
            })
            .collect();
        let signals: Vec<(Signal, Signal)> = theirs
            .signals
            .values()
            .map(|s| {
                (
                    Signal {
                        contact: keep,
                        ..s.clone()
                    },
                    s.clone(),
                )
            })
            .collect();

        let mut after = mine;
        after
            .interactions
            .extend(interactions.iter().map(|(n, _)| (n.id, n.clone())));
        after
            .ledger
            .extend(ledger.iter().map(|(n, _)| (n.id, n.clone())));
        after
            .follow_ups
            .extend(follow_ups.iter().map(|(n, _)| (n.id, n.clone())));
        let balance = after.balance_of(keep);
        let mut totals = self.store.totals()?;
        for who in [keep, gone] {
            totals.subtract(&self.store.balance(who)?.tallies);
        }
        totals.merge(&balance.tallies);

        let entry = TrashEntry {
            id: gone,
            deleted_on: today,
            item: TrashItem::Merged(Box::new(MergeBundle {
                gone: old.clone(),
                kept: kept.clone(),
                interactions: interactions.iter().map(|(_, o)| o.clone()).collect(),
                ledger: ledger.iter().map(|(_, o)| o.clone()).collect(),
                follow_ups: follow_ups.iter().map(|(_, o)| o.clone()).collect(),
                signals: signals.iter().map(|(_, o)| o.clone()).collect(),
            })),
        };
        self.store.transact(|tx| {
            for (new, old) in &interactions {
                tx.put_interaction(new, Some(old))?;
            }
            for (new, old) in &ledger {
                tx.remove_ledger(old)?;
                tx.put_ledger(new)?;
            }
            for (new, old) in &follow_ups {
                tx.put_follow_up(new, Some(old))?;
            }
            for (new, old) in &signals {
                tx.remove_signal(old)?;
                tx.put_signal(new)?;
            }
            tx.remove_contact(&old)?;
            tx.put_contact(&merged, Some(&kept))?;
            super::relations::write_sides(tx, &sides)?;
            tx.put_balance(keep, &balance)?;
            tx.put_totals(&totals)?;
            tx.put_trash(&entry)
        })?;
        Ok(merged)
    }

    /// Undoes a merge: the person comes back with their records as they
    /// were, and the one who stayed gets their earlier details back.
    pub(super) fn unmerge(&self, trash_id: Id, m: &MergeBundle) -> Result<()> {
        let keep = m.kept.id;
        let current = self.contact(keep)?;
        let mut kept_records = self.records_of(keep)?;
        let mut gone_records = Records::default();
        // Current versions of the moved records, to replace in the indexes.
        let mut moved_interactions = Vec::new();
        // A moved record deleted since the merge stays in the trash.
        for original in &m.interactions {
            let Some(now) = self.store.interaction(original.id)? else {
                continue;
            };
            // The merge put the one who stayed in place of the one who
            // went; only that is taken back. Anyone who joined the meeting
            // since (a person restored from the trash) stays in it.
            let mut back = original.clone();
            back.contacts = now
                .contacts
                .iter()
                .copied()
                .filter(|c| *c != keep || original.contacts.contains(&keep))
                .collect();
            if let Some(at) = original.contacts.iter().position(|c| *c == m.gone.id)
                && !back.contacts.contains(&m.gone.id)
            {
                back.contacts.insert(at.min(back.contacts.len()), m.gone.id);
            }
            kept_records.interactions.remove(&original.id);
            if back.contacts.contains(&keep) {
                kept_records.interactions.insert(original.id, back.clone());
            }
            gone_records.interactions.insert(original.id, back.clone());
            moved_interactions.push((back, now));
        }
        let mut moved_ledger = Vec::new();
        for original in &m.ledger {
            let Some(now) = self.store.ledger_entry(original.id)? else {
                continue;
            };
            kept_records.ledger.remove(&original.id);
            if original.people().any(|p| p == keep) {
                kept_records.ledger.insert(original.id, original.clone());
            }
            gone_records.ledger.insert(original.id, original.clone());
            moved_ledger.push((original.clone(), now));
        }
        let mut moved_follow_ups = Vec::new();
        for original in &m.follow_ups {
            let Some(now) = self.store.follow_up(original.id)? else {
                continue;
            };
            kept_records.follow_ups.remove(&original.id);
            gone_records
                .follow_ups
                .insert(original.id, original.clone());
            moved_follow_ups.push((original.clone(), now));
        }
        let mut moved_signals = Vec::new();
        for original in &m.signals {
            if let Some(now) = self.store.signal(original.id)? {
                moved_signals.push((original.clone(), now));
            }
        }
        let kept_balance = kept_records.balance_of(keep);
        let gone_balance = gone_records.balance_of(m.gone.id);
        let mut totals = self.store.totals()?;
        totals.subtract(&self.store.balance(keep)?.tallies);
        totals.merge(&kept_balance.tallies);
        totals.merge(&gone_balance.tallies);
        let mut gone_back = m.gone.clone();
        let mut kept_back = m.kept.clone();
        let (mut kept_links, mut sides) = self.unmerge_links(&current, &m.kept, &mut gone_back)?;
        self.unlink_related(&m.kept, &[&m.kept, &m.gone], &mut kept_links, &mut sides)?;
        kept_back.links = kept_links;
        // The two are two again: their related names, given back as text,
        // are linked by the journal's rule, as after any other change.
        let mut two = [gone_back, kept_back];
        let around = super::related::Around { gone: None, sides };
        let sides = self.link_related(&mut two, around)?;
        let [gone_back, kept_back] = two;
        self.store.transact(|tx| {
            tx.put_contact(&gone_back, None)?;
            tx.put_contact(&kept_back, Some(&current))?;
            super::relations::write_sides(tx, &sides)?;
            for (original, now) in &moved_interactions {
                tx.put_interaction(original, Some(now))?;
            }
            for (original, now) in &moved_ledger {
                tx.remove_ledger(now)?;
                tx.put_ledger(original)?;
            }
            for (original, now) in &moved_follow_ups {
                tx.put_follow_up(original, Some(now))?;
            }
            for (original, now) in &moved_signals {
                tx.remove_signal(now)?;
                tx.put_signal(original)?;
            }
            tx.put_balance(keep, &kept_balance)?;
            tx.put_balance(m.gone.id, &gone_balance)?;
            tx.put_totals(&totals)?;
            tx.remove_trash(trash_id)
        })?;
        Ok(())
    }
}
