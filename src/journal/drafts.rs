//! The journal's side of follow-up drafts: gathering the facts a draft may
//! use about one person, each with the record it comes from, for
//! [`crate::domain::draft`].
//!
//! What I wrote them is never material: a message of mine (`Voice::Me`,
//! what "mark sent" logs) is the line after which only newer things are
//! said again. Before it, their moments and what the ledger says were
//! already followed up; promises still open are said whatever their age.

use chrono::NaiveDate;

use super::HistoryItem;

mod history;
mod introduced;
mod occasion;
mod offer;
mod requests;
mod thanks;
use super::{Journal, JournalError, Result};
use crate::domain::draft;
use crate::domain::{
    Direction, EntryState, FollowUpState, INTRO_CHECK, Id, Interaction, InteractionKind,
    LedgerEntry, Nature, Voice,
};
use requests::requests;

/// How long what they gave me is thanked for, and an introduction I made
/// is mentioned, when I have not written to them since.
const RECENT_DAYS: i64 = 30;

/// How long a line I wrote them is not said again.
const SAID_DAYS: i64 = 90;

impl Journal {
    /// A follow-up draft for `contact`: about the given meeting, or their
    /// latest moment since my last message to them (a meeting, event, call
    /// or message of theirs), the one the review follows up; what older
    /// moments since hold is noted, not said. Their birthday or anniversary is greeted
    /// within `dates_ahead` days.
    pub fn draft(
        &self,
        contact: Id,
        meeting: Option<Id>,
        today: NaiveDate,
        template: &draft::Template,
        dates_ahead: i64,
    ) -> Result<draft::Draft> {
        self.draft_on(
            contact,
            meeting,
            today,
            template,
            dates_ahead,
            draft::Surface::Shell,
        )
    }

    /// [`Journal::draft`] read on `surface`: its notes name that
    /// surface's way to act (the TUI's keys, the shell's flags).
    pub fn draft_on(
        &self,
        contact: Id,
        meeting: Option<Id>,
        today: NaiveDate,
        template: &draft::Template,
        dates_ahead: i64,
        surface: draft::Surface,
    ) -> Result<draft::Draft> {
        let context = self.draft_context(
            contact,
            meeting,
            today,
            (template.language, surface),
            dates_ahead,
        )?;
        draft::draft(&context, template).map_err(JournalError::Invalid)
    }

    fn draft_context(
        &self,
        contact: Id,
        meeting: Option<Id>,
        today: NaiveDate,
        (lang, surface): (draft::Language, draft::Surface),
        dates_ahead: i64,
    ) -> Result<draft::Context> {
        let card = shown(self.card(contact)?);
        let c = &card.contact;
        let mut notes = Vec::new();
        // Newest first.
        let interactions: Vec<&Interaction> = card
            .history
            .iter()
            .filter_map(|h| match h {
                HistoryItem::Interaction(i) => Some(i),
                _ => None,
            })
            .collect();
        let mine = interactions
            .iter()
            .filter(|i| i.from == Voice::Me)
            .map(|i| (i.date, i.id))
            .max();
        // By day, then by when it was written.
        let since_mine = |date: NaiveDate, id: Id| mine.is_none_or(|m| (date, id) > m);
        let acted = history::acted(&card.history, today);
        // A note is about them, not a moment with them; what I wrote is not
        // a moment to thank them for.
        let (moments, followed_up): (Vec<&Interaction>, Vec<&Interaction>) = interactions
            .iter()
            .copied()
            .filter(|i| i.kind != InteractionKind::Note && i.from != Voice::Me)
            .filter(|i| since_mine(i.date, i.id))
            .partition(|i| acted.as_ref().is_none_or(|(day, _)| i.date >= *day));
        let people = |i: &Interaction| -> Result<(Vec<String>, Vec<String>)> {
            let others = i
                .contacts
                .iter()
                .filter(|p| **p != contact)
                .map(|p| self.name_of(*p))
                .collect::<Result<Vec<_>>>()?;
            let mut known = Vec::new();
            for word in draft::name_words(&i.details) {
                if self.store.someone_else_named(&word, contact)? {
                    known.push(word);
                }
            }
            Ok((others, known))
        };
        let sorted = |i: &Interaction| -> Result<(Vec<String>, Vec<draft::LeftOut>)> {
            // My words are not theirs; their message is their own words,
            // answered, never quoted back as what we talked about.
            if i.from != Voice::Both {
                return Ok(Default::default());
            }
            let (others, known) = people(i)?;
            let who = draft::People {
                recipient: &c.name,
                others: &others,
                known: &known,
                org: &c.org,
                theirs: i.kind == InteractionKind::Event && i.contacts == [contact],
            };
            Ok(draft::for_recipient(&i.details, who, lang))
        };
        let chosen: Option<Interaction> = match meeting {
            Some(id) => match self.store.interaction(id)? {
                Some(i) if i.contacts.contains(&contact) && i.from == Voice::Me => {
                    return Err(JournalError::Invalid(format!(
                        "{id} is a message of yours to {}: a draft follows up what was said with them, not what you wrote",
                        c.name
                    )));
                }
                Some(mut i) if i.contacts.contains(&contact) => {
                    shown_interaction(&mut i);
                    Some(i)
                }
                _ => {
                    return Err(JournalError::Invalid(format!(
                        "{id} is not a meeting with {}",
                        c.name
                    )));
                }
            },
            // The latest day's moments, the ones the review follows up,
            // are one moment named as the one whose follow-up is still
            // open (the review's line names it: "follow-up due: Fintech
            // drinks"), else the first of them (where we met): a draft
            // after a newer day speaks of it, never of an older one because
            // it holds more details.
            None => {
                let planned = history::planned(&card.history);
                moments
                    .iter()
                    .filter(|i| moments.first().is_some_and(|l| l.date == i.date))
                    .min_by_key(|i| (!planned.contains(&i.id), i.id))
                    .copied()
                    .or_else(|| history::hosted(&followed_up, &c.name, today))
                    .cloned()
            }
        };
        // A dinner at theirs followed up since is thanked for, not told.
        let owed = chosen.as_ref().is_some_and(|i| followed_up.contains(&i));
        // A dinner at theirs since my last message stays owed its thanks
        // whatever came after it (help of mine, a newer moment): the latest
        // one is thanked for before the moment's line, unless it is the
        // moment itself, whose opening thanks for it (trial 28b).
        let earlier: Vec<&Interaction> = moments.iter().chain(&followed_up).copied().collect();
        let hosted = history::hosted(&earlier, &c.name, today)
            .filter(|h| chosen.as_ref().is_none_or(|c| c.id != h.id))
            .map(|h| draft::Moment {
                id: h.id,
                kind: h.kind,
                summary: h.summary.clone(),
                date: h.date,
                first: false,
                with_others: h.contacts.len() > 1,
                from: h.from,
                also: Vec::new(),
                hosted: false,
                thanked_only: true,
            });
        // The rest of that day: their details are said too.
        let same_day: Vec<&Interaction> = match &chosen {
            Some(c) => moments
                .iter()
                .copied()
                .filter(|i| i.date == c.date && i.id != c.id)
                .rev()
                .collect(),
            _ => Vec::new(),
        };
        if chosen.is_none()
            && let Some(m) = mine
        {
            // Called what it was (trial 28b: a call of mine was "your message").
            let what = interactions
                .iter()
                .find(|i| i.id == m.1)
                .map_or("message", |i| match i.kind {
                    InteractionKind::Call => "call",
                    InteractionKind::Met | InteractionKind::Event => "meeting",
                    _ => "message",
                });
            let to = if what == "message" { "to" } else { "with" };
            notes.push(format!(
                "no meeting or message of theirs since your {what} of {1} {to} {0}: what you talked about before is not said again",
                c.name, m.0
            ));
        }
        let (mut details, mut left_out) = match &chosen {
            Some(i) if !owed => sorted(i)?,
            _ => Default::default(),
        };
        for i in &same_day {
            let (more, out) = sorted(i)?;
            for d in more {
                if !details.contains(&d) {
                    details.push(d);
                }
            }
            left_out.extend(out);
        }
        // What they told me at an older moment is not said under a newer
        // one's name: we have been in touch since, and the sender decides.
        if let (None, Some(latest)) = (meeting, &chosen) {
            for i in moments.iter().filter(|i| i.date != latest.date) {
                if !sorted(i)?.0.is_empty() {
                    notes.push(format!(
                        "left out what {} told you at \"{}\" on {} ({}): a draft follows up the latest, \"{}\" of {} ({}), as the review does; {}",
                        draft::first_name(&c.name),
                        i.summary,
                        i.date,
                        i.id,
                        latest.summary,
                        latest.date,
                        latest.id,
                        surface.older(&c.name, i.id)
                    ));
                }
            }
        }
        // What a moment followed up since holds is said to be left out,
        // never dropped without a word.
        if let (None, Some((day, what))) = (meeting, &acted) {
            for i in &followed_up {
                if !sorted(i)?.0.is_empty() {
                    notes.push(format!(
                        "left out what {} told you at \"{}\" on {} ({}): you followed it up on {day} ({what}), so it is not said again; {}",
                        draft::first_name(&c.name),
                        i.summary,
                        i.date,
                        i.id,
                        surface.older(&c.name, i.id)
                    ));
                }
            }
        }
        for i in chosen
            .iter()
            .chain(same_day.iter().copied())
            .filter(|i| i.from == Voice::Them && !i.details.is_empty())
        {
            notes.push(format!(
                "what {} wrote ({}) is their own words: the draft answers it without quoting it",
                c.name, i.id
            ));
        }
        let before = history::before(&card.history);
        let moment = chosen.map(|i| {
            let first = draft::first_meeting((i.date, i.id, i.kind), before, c.met.on);
            draft::Moment {
                id: i.id,
                kind: i.kind,
                first,
                with_others: i.contacts.len() > 1,
                from: i.from,
                also: same_day.iter().map(|x| x.id).collect(),
                hosted: false,
                thanked_only: owed,
                summary: i.summary,
                date: i.date,
            }
        });
        let occasion = occasion::near(&c.dates, contact, today, mine, dates_ahead, &mut notes);
        let ledger = history::ledger(&card.history);
        let recent = |e: &LedgerEntry| {
            since_mine(e.date, e.id) && (today - e.date).num_days() <= RECENT_DAYS
        };
        // Thanked already, perhaps, by a message of mine the same day.
        let after_mine_day = |e: &LedgerEntry| mine.is_none_or(|(day, _)| e.date > day);
        let thanks = ledger
            .iter()
            .find(|e| {
                e.other.is_none()
                    && e.state == EntryState::Done
                    && matches!(
                        (e.direction, e.nature),
                        (Direction::ThemToMe, Nature::Give) | (Direction::MeToThem, Nature::Ask)
                    )
            })
            .filter(|e| recent(e) && after_mine_day(e))
            .map(|e| thanks::thanks(e, (&c.name, lang), (moment.as_ref(), today), &mut notes));
        let hidden = self.hidden_requests(contact, (&ledger, surface), today)?;
        requests(
            &ledger,
            (&c.name, &hidden),
            surface,
            &mut notes,
            &mut left_out,
        );
        let open_promises = ledger.iter().filter(|e| {
            e.other.is_none()
                && (e.direction, e.nature, e.state)
                    == (Direction::MeToThem, Nature::Give, EntryState::Open)
        });
        // Introductions whose check is still to do are asked after, however
        // old; a follow-up a meeting planned says nothing to send.
        let mut checking = Vec::new();
        let open_follow_ups = card.history.iter().filter_map(|h| match h {
            HistoryItem::FollowUp(f) if !matches!(f.state, FollowUpState::Done { .. }) => {
                if let Some(name) = f
                    .text
                    .strip_prefix(INTRO_CHECK.0)
                    .and_then(|t| t.strip_suffix(INTRO_CHECK.1))
                {
                    if f.pending_on().is_some_and(|d| d <= today) {
                        checking.push(name.to_string());
                    }
                    None
                } else if f.meeting.is_some()
                    || f.text.starts_with(crate::domain::followed::PLANNED)
                {
                    None
                } else {
                    Some((f.id, f.text.as_str()))
                }
            }
            _ => None,
        });
        let open_follow_ups: Vec<(Id, &str)> = open_follow_ups.collect();
        let follow_ups = open_follow_ups.iter().map(|f| f.0).collect();
        let promises: Vec<(Id, &str)> = open_promises
            .map(|e| (e.id, e.text.as_str()))
            .chain(open_follow_ups)
            .collect();
        let (promised, unsaid) = draft::promises(&promises, &c.name, lang);
        notes.extend(unsaid);
        let intros = introduced::Intros {
            contact,
            name: &c.name,
            ledger: &ledger,
            interactions: &interactions,
            checking: &checking,
        };
        let introduced = self.introduced(intros, recent, &mut notes)?;
        let whose = offer::Whose {
            contact,
            needs: &c.needs,
            ledger: &ledger,
            promised: &promised,
            lang,
        };
        let offer::Offer {
            need,
            helper,
            more_needs,
            answered,
            not_offered,
        } = self.offer(whose, &mut notes)?;
        requests::offered(
            &mut notes,
            &ledger,
            (&c.name, surface, &hidden),
            (&need, &helper),
        );
        Ok(draft::Context {
            contact,
            name: c.name.clone(),
            today,
            moment,
            hosted,
            details,
            left_out,
            occasion,
            thanks,
            promised,
            follow_ups,
            introduced,
            said_before: interactions
                .iter()
                .filter(|i| i.from == Voice::Me && (today - i.date).num_days() <= SAID_DAYS)
                .map(|i| (i.date, i.details.clone()))
                .collect(),
            shared_interest: card
                .interests
                .iter()
                .find(|i| i.shared)
                .map(|i| i.name.clone()),
            need,
            helper,
            more_needs,
            answered,
            not_offered,
            notes,
            // Anything between you: a meeting, call, message or event (a
            // note is about them), a give or an ask, or a follow-up I set
            // by hand ("send Davide the two profiles": we were in touch).
            history: interactions.iter().any(|i| i.kind != InteractionKind::Note)
                || !ledger.is_empty()
                || history::set_by_hand(&card.history),
            last_seen: history::last_seen(&interactions),
            surface,
        })
    }
}

/// A text as it shows ([`crate::domain::text::visible`]): a draft is sent,
/// so it quotes what the sender sees of a stored text, never the escape
/// sequences or invisible characters pasted with it ("you said \x1b[31mhi"
/// reads "you said �[31mhi" on the other side). What is stored stays exact.
fn seen(text: &mut String) {
    let (shows, hidden) = crate::domain::text::visible(text);
    if hidden > 0 {
        *text = shows;
    }
}

/// A moment as it shows: its name and details.
fn shown_interaction(i: &mut Interaction) {
    seen(&mut i.summary);
    seen(&mut i.details);
}

/// The card as it shows: every text a draft may quote (meeting names,
/// details, needs, interests, what was given, asked or promised).
fn shown(mut card: super::views::Card) -> super::views::Card {
    card.contact.needs.iter_mut().for_each(seen);
    card.interests.iter_mut().for_each(|i| seen(&mut i.name));
    for item in &mut card.history {
        match item {
            HistoryItem::Interaction(i) => shown_interaction(i),
            HistoryItem::Ledger(e) => seen(&mut e.text),
            HistoryItem::FollowUp(f) => seen(&mut f.text),
            HistoryItem::Signal(_) => {}
        }
    }
    card
}
