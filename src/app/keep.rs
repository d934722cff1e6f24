//! The selected row of every list, remembered by id across a reload.
//!
//! A reload (after a save, an undo, a capture from another shell) rebuilds
//! every list; rows move when a name, a date or a state changes. The rows
//! selected before are found again by what they are, not where they were,
//! so the next key acts on the person the user was looking at. A row that
//! left its list gives way to the row now at its place (the nearest), and
//! on the screen in view the status says why.

use chrono::NaiveDate;

use super::{App, Screen, Status};
use crate::domain::Id;

/// A row remembered by id, with the place it had (for the nearest row
/// when it is gone).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Row<T> {
    id: Option<T>,
    at: usize,
}

impl<T> Row<T> {
    /// Where the remembered row is now (`position` finds it among the
    /// `len` rows, comparing in place: nothing is copied), or the row at
    /// its old place; and whether it was found.
    fn find(&self, len: usize, position: impl FnOnce(&T) -> Option<usize>) -> (usize, bool) {
        let found = self.id.as_ref().and_then(position);
        match found {
            Some(at) => (at, true),
            None => (self.at.min(len.saturating_sub(1)), self.id.is_none()),
        }
    }
}

/// An event, by what tells it apart: its name and day.
type EventKey = (String, NaiveDate);

/// Every list's selection, by id.
#[derive(Clone, Debug, Default)]
pub(super) struct Kept {
    contacts: Row<Id>,
    /// The review item's key.
    review: Row<String>,
    /// Whose that item was (id, name) and their place among the people:
    /// when the item goes, their other line is selected; when all of
    /// theirs go, the person now at their place, and the status says so.
    review_person: Option<(Id, String, usize)>,
    ledger: Option<Row<Id>>,
    interests: Option<(Row<Id>, Row<Id>)>,
    events: Option<(Row<EventKey>, Row<Id>)>,
    /// Taken once the search's texts are loaded again.
    search: Option<Row<super::lists::HitKey>>,
    /// A person to select instead, where they are listed (whom an undo
    /// was about); elsewhere the selection stays.
    pub(super) prefer: Option<Id>,
}

impl Kept {
    /// Selects `person` in the contact list instead (someone just added).
    pub(super) fn select_person(&mut self, person: Id) {
        self.contacts.id = Some(person);
    }
}

impl App {
    /// What is selected in every list now. A part not loaded keeps what was
    /// remembered of it before (it is selected again once it loads).
    pub(super) fn remember(&self) -> Kept {
        let old = self.kept.clone().unwrap_or_default();
        let contacts = Row {
            id: self.contacts.selected_id(&self.data),
            at: self.contacts.selected,
        };
        let item = self.selected_item();
        let review = Row {
            id: item.map(|i| i.key.clone()),
            at: self.review.selected,
        };
        let ledger = if self.data.has(super::Part::Ledger) {
            Some(Row {
                id: self.ledger.selected_line(&self.data).map(|l| l.entry.id),
                at: self.ledger.selected,
            })
        } else {
            old.ledger
        };
        let interests = if self.data.has(super::Part::Interests) {
            let row = self.data.interests.get(self.interests.selected);
            Some((
                Row {
                    id: row.map(|i| i.id),
                    at: self.interests.selected,
                },
                Row {
                    id: row.and_then(|i| i.people.get(self.interests.person).map(|p| p.id)),
                    at: self.interests.person,
                },
            ))
        } else {
            old.interests
        };
        let events = if self.data.has(super::Part::Events) {
            let event = self.data.events.get(self.events.selected);
            Some((
                Row {
                    id: event.map(|e| (e.name.clone(), e.date)),
                    at: self.events.selected,
                },
                Row {
                    id: event.and_then(|e| e.people.get(self.events.person).map(|p| p.id)),
                    at: self.events.person,
                },
            ))
        } else {
            old.events
        };
        Kept {
            contacts,
            review,
            review_person: item.map(|i| {
                // Their place among the people listed (not among lines: a
                // person let in from the line may rank above them).
                let mut people: Vec<Id> = Vec::new();
                for o in &self.data.review.items {
                    if o.contact == i.contact {
                        break;
                    }
                    if people.last() != Some(&o.contact) {
                        people.push(o.contact);
                    }
                }
                (i.contact, i.name.clone(), people.len())
            }),
            ledger,
            interests,
            events,
            search: Some(Row {
                id: self.search.selected_hit().map(super::lists::hit_key),
                at: self.search.selected,
            }),
            prefer: None,
        }
    }

    /// Selects again what `kept` remembers, in the lists loaded now; what
    /// is not loaded yet waits in `self.kept`.
    pub(super) fn restore(&mut self, mut kept: Kept) {
        let had = kept.contacts.id;
        self.contacts.refresh(&self.data, had);
        if had.is_some() && self.contacts.selected_id(&self.data) != had {
            let (at, _) = kept.contacts.find(self.contacts.visible.len(), |_| None);
            self.contacts.selected = at;
            if self.screen == Screen::Contacts
                && let Some(why) = had.and_then(|id| self.why_not_listed(id))
            {
                self.say_also(why);
            }
        }
        self.restore_review(&kept);
        if let Some(person) = kept.prefer.take() {
            self.prefer(person);
        }
        self.restore_parts(&mut kept);
        self.kept = Some(kept);
    }

    /// Selects again, in the parts loaded now, the rows remembered of
    /// them; a part not loaded yet keeps its row in `kept`.
    pub(super) fn restore_parts(&mut self, kept: &mut Kept) {
        if self.data.has(super::Part::Ledger)
            && let Some(row) = kept.ledger.take()
        {
            self.ledger.refresh(&self.data);
            let (ledger, visible) = (&self.data.ledger, &self.ledger.visible);
            let (at, found) = row.find(visible.len(), |id| {
                visible.iter().position(|i| ledger[*i].entry.id == *id)
            });
            self.ledger.selected = at;
            if !found && self.screen == Screen::Ledger {
                self.say_also("the entry you had selected left this list (the filters hide it; W N T K change them)".into());
            }
        }
        if self.data.has(super::Part::Interests)
            && let Some((row, person)) = kept.interests.take()
        {
            let rows = &self.data.interests;
            let (at, found) = row.find(rows.len(), |id| rows.iter().position(|i| i.id == *id));
            self.interests.selected = at;
            let people = self.data.interests.get(at).map_or(&[][..], |i| &i.people);
            self.interests.person = if found {
                person
                    .find(people.len(), |id| people.iter().position(|p| p.id == *id))
                    .0
            } else {
                0
            };
        }
        if self.data.has(super::Part::Events)
            && let Some((row, person)) = kept.events.take()
        {
            let rows = &self.data.events;
            let (at, found) = row.find(rows.len(), |(name, date)| {
                rows.iter().position(|e| e.name == *name && e.date == *date)
            });
            self.events.selected = at;
            let people = self.data.events.get(at).map_or(&[][..], |e| &e.people);
            self.events.person = if found {
                person
                    .find(people.len(), |id| people.iter().position(|p| p.id == *id))
                    .0
            } else {
                0
            };
        }
    }

    /// The review item selected before; once it is gone (done, set
    /// aside), the same person's other line, which stays while its reason
    /// does (people are ordered by their most urgent line, so it may have
    /// moved far down); with none left, the first line of the person now
    /// at their place: a pass
    /// goes down the queue. On the review, the status says which.
    fn restore_review(&mut self, kept: &Kept) {
        let items = &self.data.review.items;
        let (mut at, found) = kept
            .review
            .find(items.len(), |key| items.iter().position(|i| i.key == *key));
        let mut why = None;
        // A message sent for a line that stays (their request, my promise:
        // a message does not grant or keep them): say that `d` marks it
        // done, or the line seems to ignore what was just done.
        let sent = std::mem::take(&mut self.review.sent);
        if found
            && let Some(item) = items.get(at).filter(|i| Some(i.contact) == sent)
            && let crate::domain::review::Doing::Settle { what, .. } = item.doing()
        {
            why = Some(format!("{what} stays open: d marks it done"));
        }
        if let (false, Some((person, name, first))) = (found, &kept.review_person) {
            match items.iter().position(|i| i.contact == *person) {
                Some(theirs) => {
                    at = theirs;
                    // Their number in the list, as it is drawn.
                    let mut people: Vec<Id> = items[..=theirs].iter().map(|i| i.contact).collect();
                    people.dedup();
                    why = Some(format!(
                        "{name} stays in the review, now {}: {}",
                        ordinal(people.len()),
                        items[theirs].why
                    ));
                }
                None => {
                    // The person now at their place, on their first line
                    // (not a line further down because they had several).
                    let mut people: Vec<Id> = items.iter().map(|i| i.contact).collect();
                    people.dedup();
                    let fills = people.get((*first).min(people.len().saturating_sub(1)));
                    at = fills
                        .and_then(|f| items.iter().position(|i| i.contact == *f))
                        .unwrap_or(0);
                    why = Some(format!("{name} has no line left in today's review"));
                }
            }
        }
        self.review.selected = at;
        // An action whose counted command is still to run (`y` marks
        // promises done first): its status says where the person went.
        if self.review.counting.is_none() {
            self.review.went = None;
        } else if why.is_some() && self.screen == Screen::Review {
            self.review.went.clone_from(&why);
        }
        if let (Some(why), Screen::Review) = (why, self.screen) {
            self.say_also(why);
        }
    }

    /// Selects `person` in the contact list and the review where they are
    /// listed (on the review, their first reason).
    fn prefer(&mut self, person: Id) {
        for screen in [Screen::Contacts, Screen::Review] {
            screen.unit().carry(self, person);
        }
    }

    /// Selects again the search result selected before the texts were
    /// loaded again.
    pub(super) fn restore_search(&mut self) {
        let Some(row) = self.kept.as_mut().and_then(|k| k.search.take()) else {
            return;
        };
        let search = &self.search;
        let (at, _) = row.find(search.results.len(), |key| search.position(key));
        self.search.selected = at;
    }

    /// Why a person is not in the contact list, in words for the status.
    fn why_not_listed(&self, id: Id) -> Option<String> {
        let person = self.data.people.iter().find(|p| p.row.id == id)?;
        let name = &person.row.name;
        Some(if person.row.closed && !self.contacts.show_closed {
            format!("{name} is closed now, so hidden (c shows closed relationships)")
        } else {
            format!("{name} no longer fits the filter (esc clears it)")
        })
    }

    /// Adds `why` to the status line, after what the command said.
    fn say_also(&mut self, why: String) {
        if self.status.text.is_empty() {
            self.status = Status {
                text: why,
                warning: false,
            };
        } else {
            self.status.text = format!("{} · {why}", self.status.text);
        }
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "22nd".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
