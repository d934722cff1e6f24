//! Gathering the facts the daily review needs, and acting on its items.
//!
//! The rules are in [`crate::domain::review`]; the facts come from the
//! per-person summaries (see [`crate::domain::summary`]), whose review digest
//! is built here by walking a history with the running balances as a guide,
//! so a person only has their history decoded for what the balances say is
//! there (open promises, gives to compare).

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::{Journal, ListRow, Result};
use crate::domain::followed;
use crate::domain::review::keys::Aside;
use crate::domain::review::{self, Digest, Facts, Pending, Queue, Settings};
use crate::domain::summary::Summary;
use crate::domain::{Direction, EntryState, Id, InteractionKind, Nature, Tallies};
use crate::store::RecordKind;

/// How far ahead a snooze's end is looked for: a snooze is days or
/// weeks; one past a year is not counted as set aside today.
const LOOK_AHEAD_DAYS: u64 = 366;

/// How much a snooze of lines covers: one line (its key, or a follow-up
/// by id) or every line of a reason. The latest snooze decides when a
/// line comes back: a wider one (a reason's, a person's) replaces the
/// narrower ones before it, and a narrower one after it may keep a line
/// out longer but is refused when it would bring it back sooner (trial
/// 28d: a person snoozed to Saturday said so while a line of theirs stayed
/// hidden until Monday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Width {
    Line,
    Reason,
    Person,
}

/// The review's lines hidden today: by key, and people set aside, each
/// with the day it ends.
pub(super) struct Hidden {
    /// Few people have hidden lines: only theirs are looked up.
    keys: HashMap<u64, Vec<(String, NaiveDate)>>,
    aside: HashMap<u64, (Aside, NaiveDate)>,
    /// Follow-ups due by today that their own snooze (`s`, `snooze ID`)
    /// put off past it: the day each comes back. They have no line today,
    /// yet an empty review that left them out read "1 follow-up due is set
    /// aside: 1 dismissed" as if that were all (trial 26y).
    snoozed: Vec<NaiveDate>,
}

impl Hidden {
    pub(super) fn hides(&self, id: Id, reason: &review::Reason) -> bool {
        self.until(id, reason).is_some()
    }

    /// Until when `reason` of `id` is hidden (the latest of what hides
    /// it), or none when it shows.
    pub(super) fn until(&self, id: Id, reason: &review::Reason) -> Option<NaiveDate> {
        let by_key = self.keys.get(&id.0).and_then(|keys| {
            keys.iter()
                .filter(|(k, _)| review::keys::hides(k, id, reason))
                .map(|(_, until)| *until)
                .max()
        });
        let by_person = self
            .aside
            .get(&id.0)
            .filter(|(aside, _)| !aside.lets_through(reason))
            .map(|(_, until)| *until);
        by_key.max(by_person)
    }

    /// Until when, and by which, a snooze wider than one of `width` keeps
    /// a line of `id` of reason `kind` out: the person set aside (unless `news` says the
    /// line is news to that setting aside), or, for one line, a key of
    /// its whole reason. A narrower snooze never brings it back sooner
    /// (see [`Width`]).
    pub(super) fn held(
        &self,
        id: Id,
        kind: &str,
        news: impl Fn(&Aside) -> bool,
        width: Width,
    ) -> Option<(NaiveDate, Width)> {
        let kind_key = format!("{}:{kind}", id.0);
        let by_kind = match width {
            Width::Line => self.keys.get(&id.0).and_then(|keys| {
                keys.iter()
                    .filter(|(k, _)| *k == kind_key)
                    .map(|(_, until)| (*until, Width::Reason))
                    .max()
            }),
            Width::Reason | Width::Person => None,
        };
        let by_person = self
            .aside
            .get(&id.0)
            .filter(|(aside, _)| !news(aside))
            .map(|(_, until)| (*until, Width::Person));
        by_kind.max(by_person)
    }

    /// [`review::count_due`] of every line in `lines`.
    pub(super) fn count_due<'a>(
        &self,
        lines: impl Iterator<Item = (Id, &'a review::Reason)>,
    ) -> review::DueCount {
        let mut due = review::count_due(lines, |id, r| self.until(id, r));
        due.set_aside.extend(&self.snoozed);
        due
    }
}

impl Journal {
    /// Today's review queue.
    pub fn review(&self, settings: &Settings, today: NaiveDate) -> Result<Queue> {
        self.review_lined(settings, today, false)
    }

    /// Today's queue with everyone in line past the day's capacity
    /// (`review --all`): the same order, so the day's few are the same.
    pub fn review_all(&self, settings: &Settings, today: NaiveDate) -> Result<Queue> {
        self.review_lined(settings, today, true)
    }

    fn review_lined(&self, settings: &Settings, today: NaiveDate, in_line: bool) -> Result<Queue> {
        if let Some(queue) = self.warm_review(settings, today, in_line)? {
            return Ok(queue);
        }
        let facts = self.review_facts(settings, today)?;
        self.review_queue(&facts, settings, today, &BTreeSet::new(), in_line)
    }

    /// Today's queue from facts already gathered (and kept up to date with
    /// [`Journal::review_facts_of`]), with the people `kept` kept in it
    /// while they have a line (see [`review::choose`]), and those in line
    /// past them when `in_line` asks.
    pub fn review_queue(
        &self,
        facts: &[Facts],
        settings: &Settings,
        today: NaiveDate,
        kept: &BTreeSet<Id>,
        in_line: bool,
    ) -> Result<Queue> {
        let hidden = self.hidden_lines(today)?;
        let mut queue = review::build_keeping(
            facts,
            settings,
            today,
            |id, reason| hidden.hides(id, reason),
            |id| kept.contains(&id),
            in_line,
        );
        // Only people with a follow-up due have a follow-up line.
        let lines: Vec<(Id, review::Reason)> = facts
            .iter()
            .filter(|f| !f.due_follow_ups.is_empty())
            .flat_map(|f| {
                review::lines(f, settings, today)
                    .into_iter()
                    .map(|r| (f.contact, r))
            })
            .filter(|(_, r)| matches!(r, review::Reason::FollowUpDue { .. }))
            .collect();
        queue.due = hidden.count_due(lines.iter().map(|(id, r)| (*id, r)));
        Ok(queue)
    }

    /// The review's lines dismissed or snoozed until after `today`.
    pub(super) fn hidden_lines(&self, today: NaiveDate) -> Result<Hidden> {
        let mut hidden = Hidden {
            keys: HashMap::new(),
            aside: HashMap::new(),
            snoozed: self.snoozed_past(today)?,
        };
        for (key, until) in self.store.review_state()? {
            if until <= today {
                continue;
            }
            if let Some((contact, aside)) = review::keys::read_person_key(&key) {
                hidden.aside.insert(contact.0, (aside, until));
            } else if let Some(contact) = key.split(':').next().and_then(Id::parse_strict) {
                hidden.keys.entry(contact.0).or_default().push((key, until));
            }
        }
        Ok(hidden)
    }

    /// The days the follow-ups due by `today` that a snooze put off past
    /// it come back, of people still in touch.
    fn snoozed_past(&self, today: NaiveDate) -> Result<Vec<NaiveDate>> {
        let mut days = Vec::new();
        let ahead = today + chrono::Days::new(LOOK_AHEAD_DAYS);
        for (day, id, contact) in self.store.follow_ups_due(ahead)? {
            if day <= today {
                continue;
            }
            let first_due = self.store.follow_up(id)?.map(|f| f.due);
            let open = |c: crate::domain::Contact| !c.is_closed();
            if first_due.is_some_and(|d| d <= today)
                && self.store.contact(contact)?.is_some_and(open)
            {
                days.push(day);
            }
        }
        Ok(days)
    }

    /// The facts of every active person, by contact id.
    pub fn review_facts(&self, settings: &Settings, today: NaiveDate) -> Result<Vec<Facts>> {
        let mut due = self.due_by_person(today, |_| true)?;
        let mut facts = Vec::new();
        self.for_each_summary(|s| {
            if !s.closed {
                facts.push(Self::facts(s, &mut due, settings));
            }
        })?;
        Ok(facts)
    }

    /// Everyone's list row (closed people too, by id: the caller sorts them
    /// as it shows them) and the review facts of the active ones, in one
    /// pass over the summaries: what the TUI opens with.
    pub fn people_and_review_facts(
        &self,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<(Vec<ListRow>, Vec<Facts>)> {
        let mut due = self.due_by_person(today, |_| true)?;
        let mut rows = Vec::new();
        let mut facts = Vec::new();
        self.for_each_summary(|s| {
            rows.push(ListRow::from_summary(s));
            if !s.closed {
                facts.push(Self::facts(s, &mut due, settings));
            }
        })?;
        Ok((rows, facts))
    }

    /// The facts of the active people among `ids`, by contact id.
    pub fn review_facts_of(
        &self,
        ids: &BTreeSet<Id>,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<Vec<Facts>> {
        let mut due = self.due_by_person(today, |id| ids.contains(&id))?;
        let mut facts = Vec::new();
        for id in ids {
            if let Some(s) = self.summary(*id)?
                && !s.closed
            {
                facts.push(Self::facts(&s, &mut due, settings));
            }
        }
        Ok(facts)
    }

    /// Follow-ups due on or before `today`, by person, for the `wanted`.
    pub(super) fn due_by_person(
        &self,
        today: NaiveDate,
        wanted: impl Fn(Id) -> bool,
    ) -> Result<HashMap<Id, Vec<review::Due>>> {
        let mut due: HashMap<Id, Vec<review::Due>> = HashMap::new();
        for (day, id, contact) in self.store.follow_ups_due(today)? {
            if wanted(contact)
                && let Some(f) = self.store.follow_up(id)?
            {
                due.entry(f.contact).or_default().push(review::Due {
                    first_due: (f.due < day).then_some(f.due),
                    planned: followed::is_planned(&f),
                    pending: Pending {
                        id,
                        date: day,
                        text: f.text.into(),
                    },
                });
            }
        }
        Ok(due)
    }

    pub(super) fn facts(
        s: &Summary,
        due: &mut HashMap<Id, Vec<review::Due>>,
        settings: &Settings,
    ) -> Facts {
        let t = &s.balance.tallies;
        Facts {
            contact: s.id,
            cadence: settings.cadence(s.cadence_days, s.tier),
            tier: s.tier,
            last_touch: s.balance.last_touch,
            added: s.added,
            due_follow_ups: due.remove(&s.id).unwrap_or_default(),
            lean: t.lean(),
            my_asks: t.asked_and_gave().0,
            my_gives: t.asked_and_gave().1,
            their_asks: t.their_asks.weight,
            their_gives: t.their_gives.weight,
            name: s.name.clone(),
            digest: s.digest.clone(),
            dates: s.dates.clone(),
        }
    }

    /// Walks a person's history, newest first, for their review digest. The
    /// balance counts what the walk looks for, so decoding stops once
    /// everything is found: a person with a thousand entries usually needs
    /// only the newest few.
    pub(super) fn build_digest(&self, contact: Id, t: &Tallies) -> Result<Digest> {
        let mut d = Digest::default();
        let history = self.store.history(contact)?;
        // Their latest ask, if it is the newest thing with them and came
        // after a long silence.
        let touches: Vec<&(NaiveDate, RecordKind, Id)> = history
            .iter()
            .rev()
            .filter(|(_, k, _)| *k != RecordKind::Signal)
            .collect();
        if let [(day, RecordKind::Ledger, id), (before, ..), ..] = touches.as_slice()
            && (*day - *before).num_days() >= review::SILENCE_DAYS
            && let Some(e) = self.store.ledger_entry(*id)?
            && e.direction == Direction::ThemToMe
            && e.nature == Nature::Ask
        {
            let silence = (*day - *before).num_days();
            let ask = Pending {
                id: e.id,
                date: e.date,
                text: e.text.into(),
            };
            d.ask_after_silence = Some((ask, silence));
        }
        let needs_ledger =
            t.my_open_promises > 0 || t.their_open_requests > 0 || t.their_gives.count > 0;
        let (mut promises_left, mut requests_left) = (t.my_open_promises, t.their_open_requests);
        // Newest first, so the first meeting found is the latest.
        for (_, kind, id) in history.iter().rev() {
            match kind {
                RecordKind::Interaction if d.last_meeting.is_none() => {
                    if let Some(i) = self.store.interaction(*id)?
                        && matches!(i.kind, InteractionKind::Met | InteractionKind::Event)
                    {
                        d.last_meeting = Some(Pending {
                            id: i.id,
                            date: i.date,
                            text: i.summary.into(),
                        });
                    }
                }
                RecordKind::Signal => {
                    if let Some(s) = self.store.signal(*id)? {
                        d.signals.push(s.text);
                    }
                }
                RecordKind::Ledger
                    if needs_ledger
                        && (promises_left > 0
                            || requests_left > 0
                            || (t.their_gives.count > 0 && d.their_last_give.is_none())
                            || (t.my_gives.count > 0 && d.my_last_give.is_none())) =>
                {
                    let Some(e) = self.store.ledger_entry(*id)? else {
                        continue;
                    };
                    let pending = || Pending {
                        id: e.id,
                        date: e.date,
                        text: e.text.as_str().into(),
                    };
                    match (e.direction, e.nature, e.state) {
                        (Direction::MeToThem, Nature::Give, EntryState::Open) => {
                            promises_left = promises_left.saturating_sub(1);
                            d.open_promises.push(pending());
                        }
                        (Direction::ThemToMe, Nature::Ask, EntryState::Open) => {
                            requests_left = requests_left.saturating_sub(1);
                            d.open_requests.push(pending());
                        }
                        (Direction::ThemToMe, Nature::Give, EntryState::Done)
                            if d.their_last_give.is_none() =>
                        {
                            d.their_last_give = Some(pending());
                        }
                        (Direction::MeToThem, Nature::Give, EntryState::Done)
                            if d.my_last_give.is_none() =>
                        {
                            d.my_last_give = Some(e.date);
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if let Some(m) = &d.last_meeting {
            let others = self.marks_since(&history, m.date)?;
            let others = others.into_iter().filter(|(_, _, id)| *id != m.id);
            d.followed_up_meeting = !followed::awaits_follow_up((m.date, m.id), others);
        }
        Ok(d)
    }
}
