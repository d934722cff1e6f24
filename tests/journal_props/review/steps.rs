//! The steps of the review's model test: each operation run through the
//! command layer, and the same change made to the model.

use chrono::{Days, NaiveDate};
use givegive::command::{
    self, Command, Env, EventCapture, EventPerson, Introduction, LedgerNote, Meeting, Report, Who,
};
use givegive::domain::review::{Queue, Reason};
use givegive::domain::{Direction, FavourKind, Id, InteractionKind, Nature, Voice};
use proptest::prelude::*;

use givegive::domain::review::keys::FOR_GOOD;

use super::{Op, PEOPLE, Planned, World, said};

fn written(report: &Report) -> Vec<Id> {
    match report {
        Report::Done(d) => d.written.clone(),
        _ => Vec::new(),
    }
}

impl World {
    pub(super) fn run(&self, command: Command) -> Result<Report, command::CommandError> {
        let env = Env::unattended(self.today, &self.config, String::new());
        command::run(&self.journal, &env, command)
    }

    pub(super) fn review(&self) -> Result<Queue, TestCaseError> {
        match self.run(Command::Review { all: false }) {
            Ok(Report::Review(q)) => Ok(q),
            other => Err(TestCaseError::fail(format!("review: {other:?}"))),
        }
    }

    fn day(&self, ago: u64) -> NaiveDate {
        self.today - Days::new(ago)
    }

    /// `ago` days back; below 0, days ahead.
    fn date(&self, ago: i64) -> NaiveDate {
        self.today - chrono::Duration::days(ago)
    }

    fn who(&self, n: usize) -> Who {
        Who::Id(self.people[n])
    }

    /// Runs one operation on the journal and the model; a refusal is
    /// checked against what the model expects.
    pub(super) fn apply(&mut self, op: &Op) -> Result<(), TestCaseError> {
        let today = self.today;
        let fail = |what: &str, e: &dyn std::fmt::Debug| {
            TestCaseError::fail(format!("{what} on {today}: {e:?}"))
        };
        match op {
            Op::Meet {
                who,
                event,
                ago,
                plan,
            } => {
                let mut people: Vec<usize> = Vec::new();
                for p in who {
                    if !people.contains(p) {
                        people.push(*p);
                    }
                }
                let date = self.date(*ago);
                let due = plan.map(|d| today + Days::new(d));
                // One person's meetup logged again that day is the same
                // meeting: nothing is written (docs/review.md).
                let again = people.len() == 1
                    && due.is_none()
                    && self.model.meetups.contains(&(people[0], date));
                let report = self
                    .run(Command::Met(Meeting {
                        people: people.iter().map(|p| self.who(*p)).collect(),
                        kind: if *event {
                            InteractionKind::Event
                        } else {
                            InteractionKind::Met
                        },
                        summary: "a meetup".into(),
                        details: String::new(),
                        from: Voice::Both,
                        on: Some(date),
                        follow_up: due,
                        no_follow_up: false,
                    }))
                    .map_err(|e| fail("met", &e))?;
                let ids = written(&report);
                if again {
                    prop_assert!(ids.is_empty(), "the same meeting again wrote {:?}", ids);
                    return Ok(());
                }
                self.model.meetups.extend(people.iter().map(|p| (*p, date)));
                let meeting = ids[0];
                // Planned for whoever was not followed up since.
                let planned: Vec<usize> = match due {
                    Some(_) => people
                        .iter()
                        .copied()
                        .filter(|p| !self.model.followed(*p, date, meeting))
                        .collect(),
                    None => Vec::new(),
                };
                prop_assert_eq!(
                    ids.len(),
                    1 + planned.len(),
                    "follow-ups planned by {:?}",
                    op
                );
                for (p, id) in planned.iter().zip(&ids[1..]) {
                    self.model.follow_ups.push(Planned {
                        id: *id,
                        who: *p,
                        created: today,
                        due: due.unwrap_or(today),
                        meeting: Some((meeting, date)),
                        by_hand: None,
                        snoozed: None,
                    });
                }
                for p in &people {
                    if self.model.does_a_follow_up(*p, date, meeting) {
                        self.model.did.push((*p, meeting));
                    }
                }
                self.model.meetings.push((meeting, date, people));
                self.model.saw(&ids);
            }
            Op::Unfollowed { who, ago } => {
                let mut people: Vec<usize> = who.clone();
                people.sort_unstable();
                people.dedup();
                let date = self.day(*ago);
                let report = self
                    .run(Command::Event(Box::new(EventCapture {
                        // Its own name: it joins no earlier record.
                        name: format!("drinks {}", self.model.last_id.0),
                        on: Some(date),
                        people: people
                            .iter()
                            .map(|p| EventPerson {
                                who: self.who(*p),
                                details: String::new(),
                                needs: Vec::new(),
                            })
                            .collect(),
                        follow_up: None,
                        no_follow_up: true,
                    })))
                    .map_err(|e| fail("event", &e))?;
                // Each person's record after their id.
                let ids = written(&report);
                prop_assert_eq!(ids.len(), 2 * people.len(), "{:?}", op);
                for (p, pair) in people.iter().zip(ids.chunks(2)) {
                    self.model.meetings.push((pair[1], date, vec![*p]));
                    self.model.unwanted.push(pair[1]);
                }
                self.model.saw(&ids);
            }
            Op::Touch {
                who,
                kind,
                ago,
                open,
            } => {
                let date = self.day(*ago);
                let note = |direction, nature| {
                    Command::Record(LedgerNote {
                        who: self.who(*who),
                        direction,
                        nature,
                        kind: FavourKind::Other,
                        text: "something".into(),
                        weight: 2,
                        open: *open,
                        answers: None,
                        on: Some(date),
                    })
                };
                let met = |kind, voice| {
                    Command::Met(Meeting {
                        people: vec![self.who(*who)],
                        kind,
                        summary: "in touch".into(),
                        details: String::new(),
                        from: voice,
                        on: Some(date),
                        follow_up: None,
                        no_follow_up: false,
                    })
                };
                let other = (who + 1) % PEOPLE;
                let command = match kind {
                    0 => met(InteractionKind::Message, Voice::Me),
                    1 => met(InteractionKind::Call, Voice::Both),
                    2 => met(InteractionKind::Note, Voice::Both),
                    8 => met(InteractionKind::Message, Voice::Them),
                    3 => note(Direction::MeToThem, Nature::Give),
                    4 => note(Direction::ThemToMe, Nature::Give),
                    5 => note(Direction::MeToThem, Nature::Ask),
                    6 => note(Direction::ThemToMe, Nature::Ask),
                    _ => Command::Intro(Introduction {
                        a: self.who(*who),
                        b: self.who(other),
                        text: "you should talk".into(),
                        weight: 2,
                        on: Some(date),
                        closes: None,
                        follow_up: open.then_some(today + Days::new(3)),
                    }),
                };
                // The last touch is the last contact: a note, my own
                // words about them, never moves it; anything between us
                // brings it to its day at least.
                let touched = |w: &World| {
                    w.journal
                        .summary(w.people[*who])
                        .ok()
                        .flatten()
                        .and_then(|s| s.balance.last_touch)
                };
                let before = touched(self);
                let report = self.run(command).map_err(|e| fail("touch", &e))?;
                if *kind == 2 {
                    prop_assert_eq!(touched(self), before, "a note moved the last touch");
                } else {
                    prop_assert!(
                        touched(self) >= Some(date),
                        "contact on {} left {:?}",
                        date,
                        touched(self)
                    );
                }
                let ids = written(&report);
                match kind {
                    2 | 8 => {}
                    7 => {
                        let id = ids.first().copied().unwrap_or_default();
                        self.model.touches.push((date, *who, true, id));
                        self.model.touches.push((date, other, true, id));
                        if let Some(id) = ids.get(1) {
                            self.model.follow_ups.push(Planned {
                                id: *id,
                                who: *who,
                                created: today,
                                due: today + Days::new(3),
                                meeting: None,
                                by_hand: None,
                                snoozed: None,
                            });
                        }
                    }
                    _ => {
                        let id = ids.first().copied().unwrap_or_default();
                        // Reaching out, a give done, their request granted:
                        // at once; a promise once kept, a request once
                        // granted.
                        let counts = matches!(kind, 0 | 1) || (matches!(kind, 3 | 6) && !open);
                        self.model.touches.push((date, *who, counts, id));
                        if *open && (3..=6).contains(kind) {
                            self.model.open.push((id, matches!(kind, 3 | 6)));
                        }
                    }
                }
                self.model.saw(&ids);
            }
            Op::FollowUp { who, due } => {
                let due = (today + Days::new(*due)) - Days::new(2);
                let report = self
                    .run(Command::FollowUp {
                        who: self.who(*who),
                        due,
                        text: "ask how it went".into(),
                    })
                    .map_err(|e| fail("follow-up", &e))?;
                let ids = written(&report);
                self.model.follow_ups.push(Planned {
                    id: ids[0],
                    who: *who,
                    created: today,
                    due,
                    meeting: None,
                    by_hand: None,
                    snoozed: None,
                });
                self.model.saw(&ids);
            }
            Op::Done(n) => {
                if self.model.follow_ups.is_empty() {
                    return Ok(());
                }
                let i = n % self.model.follow_ups.len();
                let f = self.model.follow_ups[i].clone();
                let result = self.run(Command::Done { id: f.id });
                if self.model.done(&f) {
                    prop_assert!(result.is_err(), "done twice: {:?}", f);
                } else {
                    let report = result.map_err(|e| fail("done", &e))?;
                    self.owed_said(&report, self.people[f.who], true)?;
                    self.model.follow_ups[i].by_hand = Some(today);
                }
            }
            Op::Settle(n) => {
                if self.model.open.is_empty() {
                    return Ok(());
                }
                let (id, helps) = self.model.open.remove(n % self.model.open.len());
                let report = self
                    .run(Command::Done { id })
                    .map_err(|e| fail("done on an entry", &e))?;
                if let Some(t) = self.model.touches.iter().find(|t| t.3 == id) {
                    self.owed_said(&report, self.people[t.1], false)?;
                }
                // Help is dated the day it was given: a promise kept or a
                // request granted today follows up what came before today.
                for t in self.model.touches.iter_mut().filter(|t| t.3 == id) {
                    t.2 = helps;
                    if helps {
                        t.0 = today;
                    }
                }
            }
            Op::SnoozePerson { who, days } => {
                let until = (today + Days::new(*days)) - Days::new(1);
                let before = self.review()?;
                let result = self.run(Command::Snooze {
                    target: self.people[*who].0.to_string(),
                    until,
                });
                if until <= today {
                    prop_assert!(result.is_err(), "snoozed until {}", until);
                    return Ok(());
                }
                let report = result.map_err(|e| fail("snooze person", &e))?;
                let keys = said::person_said(&report, &before, self.people[*who])?;
                // The latest snooze says when their lines come back: it
                // replaces every earlier one of theirs but a dismissal.
                let claims = &mut self.model.said;
                claims.retain(|c| !(c.who == *who && c.until < FOR_GOOD));
                claims.extend(keys.into_iter().map(|key| said::Claim {
                    who: *who,
                    key,
                    until,
                    by_person: true,
                }));
                let prefix = format!("{}:", self.people[*who].0);
                self.model
                    .hidden
                    .retain(|k, day| !k.starts_with(&prefix) || *day >= FOR_GOOD);
                let mut back = Vec::new();
                for i in 0..self.model.follow_ups.len() {
                    let f = &self.model.follow_ups[i];
                    if f.who != *who || self.model.done(f) {
                        continue;
                    }
                    let (due, id) = (f.due, f.id);
                    match self.model.pending(f) {
                        Some(d) if d < until => {
                            self.model.follow_ups[i].snoozed = Some(until);
                            back.push(id);
                        }
                        Some(d) if f.snoozed.is_some() && d > until => {
                            self.model.follow_ups[i].snoozed = (due < until).then_some(until);
                            if due < until {
                                back.push(id);
                            }
                        }
                        _ => {}
                    }
                }
                // Each follow-up it moved comes back on its day, as said.
                let pid = self.people[*who].0;
                let dismissed = |id: Id| {
                    let key = format!("{pid}:follow_up_due:{}", id.0);
                    self.model.key_hidden(
                        &key,
                        givegive::domain::review::keys::FOR_GOOD - Days::new(1),
                    )
                };
                back.retain(|id| !dismissed(*id));
                self.model
                    .said
                    .extend(back.into_iter().map(|id| said::Claim {
                        who: *who,
                        key: format!("{pid}:follow_up_due:{}", id.0),
                        until,
                        by_person: true,
                    }));
                let last = self.model.last_id;
                self.model.aside.insert(*who, (until, last, today));
            }
            Op::Dismiss(n) => {
                let queue = self.review()?;
                if queue.items.is_empty() {
                    return Ok(());
                }
                let item = &queue.items[n % queue.items.len()];
                self.run(Command::Snooze {
                    target: item.key.clone(),
                    until: givegive::domain::review::keys::FOR_GOOD,
                })
                .map_err(|e| fail("dismiss", &e))?;
                self.model
                    .hidden
                    .insert(item.key.clone(), givegive::domain::review::keys::FOR_GOOD);
                let key = item.key.clone();
                self.model.said.retain(|c| c.key != key);
            }
            Op::SnoozeLine { n, days, by_key } => {
                let queue = self.review()?;
                if queue.items.is_empty() {
                    return Ok(());
                }
                let item = &queue.items[n % queue.items.len()];
                let until = (today + Days::new(*days)) - Days::new(1);
                let follow_up = match &item.reason {
                    Reason::FollowUpDue { follow_up, .. } => Some(follow_up.id),
                    _ => None,
                };
                // Every other time by key, the key of every line of that
                // person and reason.
                let whole = (n / queue.items.len()) % 2 == 1;
                let target = match follow_up {
                    Some(id) if !by_key => id.0.to_string(),
                    _ if whole => item
                        .key
                        .splitn(3, ':')
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(":"),
                    _ => item.key.clone(),
                };
                let result = self.run(Command::Snooze {
                    target: target.clone(),
                    until,
                });
                if until <= today {
                    prop_assert!(result.is_err(), "snoozed until {}", until);
                    return Ok(());
                }
                let who = self
                    .people
                    .iter()
                    .position(|p| *p == item.contact)
                    .unwrap_or_default();
                // A reason's key that would not bring back a line of
                // theirs the person's snooze holds longer is refused, and
                // says so; one line shown is never held.
                if let Err(e) = &result
                    && whole
                    && self.model.aside.get(&who).is_some_and(|a| a.0 > until)
                {
                    prop_assert!(
                        e.to_string().contains("is out of the review until"),
                        "{:?}",
                        e
                    );
                    return Ok(());
                }
                let report = result.map_err(|e| fail("snooze line", &e))?;
                let keys = if target.contains(':') {
                    said::key_said(&report, &queue, &target, (until, today))?
                } else {
                    vec![item.key.clone()]
                };
                let claims = &mut self.model.said;
                let narrower = format!("{target}:");
                claims.retain(|c| {
                    (c.by_person || !keys.contains(&c.key))
                        && !(whole && c.key.starts_with(&narrower))
                });
                claims.extend(keys.into_iter().map(|key| said::Claim {
                    who,
                    key,
                    until,
                    by_person: false,
                }));
                match follow_up {
                    // By id, the follow-up itself moves; by key, its line
                    // is hidden and it stays due.
                    Some(id) if !by_key => {
                        for f in self.model.follow_ups.iter_mut().filter(|f| f.id == id) {
                            f.snoozed = Some(until);
                        }
                        // Its line's own dated key ends with it.
                        self.model
                            .hidden
                            .retain(|k, day| *k != item.key || *day >= FOR_GOOD);
                    }
                    _ => {
                        // A reason's key replaces its lines' dated keys.
                        if whole {
                            let narrower = format!("{target}:");
                            self.model
                                .hidden
                                .retain(|k, day| !k.starts_with(&narrower) || *day >= FOR_GOOD);
                        }
                        self.model.hidden.insert(target, until);
                    }
                }
            }
            Op::SnoozeBad(n) => {
                let first = self.people[0].0;
                let (target, until) = match n {
                    0 => (format!("{first}:fresh_meting"), today + Days::new(1)),
                    1 => ("9999:fresh_meeting".to_string(), today + Days::new(1)),
                    2 => ("9999".to_string(), today + Days::new(1)),
                    _ => (first.to_string(), today - Days::new(1)),
                };
                let result = self.run(Command::Snooze { target, until });
                prop_assert!(result.is_err(), "bad snooze {} taken", n);
            }
            Op::NextDay(n) => self.today = today + Days::new(*n),
        }
        Ok(())
    }
}
