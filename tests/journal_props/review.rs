//! The review's rules (`docs/review.md`: "Followed up: one rule",
//! "Snoozing and setting aside", what "missed" means) against a small
//! reference model written here: random sequences of meetings (one or
//! several people, some logged late), touches of every kind, follow-ups
//! (planned by a meeting, or with their own text), snoozes of people, lines
//! and follow-ups, dismissals and refused snoozes, run through the command
//! layer day after day. After every step the review's fresh-meeting and
//! due follow-up lines are exactly the model's, a person set aside shows
//! only news, no hidden key shows, and the stats miss what the model does.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use givegive::command::{self, Command, Env, Introduction, LedgerNote, Meeting, Report, Who};
use givegive::config::Config;
use givegive::domain::review::{Queue, Reason};
use givegive::domain::{Direction, FavourKind, Id, InteractionKind, Nature, Voice};
use givegive::journal::{ContactDraft, Journal};
use proptest::prelude::*;

#[path = "review_said.rs"]
mod said;

const PEOPLE: usize = 4;
const FRESH_DAYS: i64 = 7;

#[derive(Clone, Debug)]
enum Op {
    /// A meeting or event with some people, `ago` days back (-1: logged
    /// the day before it happens), maybe planning its follow-up in `plan`
    /// days.
    Meet {
        who: Vec<usize>,
        event: bool,
        ago: i64,
        plan: Option<u64>,
    },
    /// A touch of one kind (0..9: my message, call, note, gave, got,
    /// asked, asked-by, introduction to the next person, their message),
    /// `ago` days back.
    Touch {
        who: usize,
        kind: u8,
        ago: u64,
        open: bool,
    },
    /// A follow-up with its own text, due in `due - 2` days.
    FollowUp { who: usize, due: u64 },
    /// `done` on the n-th follow-up.
    Done(usize),
    /// `done` on the n-th open ledger entry: a promise kept, a request
    /// granted either way.
    Settle(usize),
    /// `snooze WHO` for `days - 1` days (0 and below are refused).
    SnoozePerson { who: usize, days: u64 },
    /// The n-th line of today's review set aside for `days - 1` days: by
    /// its key (hidden), or a follow-up by id (snoozed).
    SnoozeLine { n: usize, days: u64, by_key: bool },
    /// A snooze that must be refused.
    SnoozeBad(u8),
    /// Tomorrow, or the day after.
    NextDay(u64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (prop::collection::vec(0..PEOPLE, 1..4), any::<bool>(), -1i64..5, prop::option::of(0u64..4))
            .prop_map(|(who, event, ago, plan)| Op::Meet { who, event, ago, plan }),
        5 => (0..PEOPLE, 0u8..9, 0u64..5, any::<bool>())
            .prop_map(|(who, kind, ago, open)| Op::Touch { who, kind, ago, open }),
        1 => (0..PEOPLE, 0u64..8).prop_map(|(who, due)| Op::FollowUp { who, due }),
        2 => any::<usize>().prop_map(Op::Done),
        1 => any::<usize>().prop_map(Op::Settle),
        2 => (0..PEOPLE, 0u64..9).prop_map(|(who, days)| Op::SnoozePerson { who, days }),
        3 => (any::<usize>(), 0u64..9, any::<bool>()).prop_map(|(n, days, by_key)| Op::SnoozeLine { n, days, by_key }),
        1 => (0u8..4).prop_map(Op::SnoozeBad),
        3 => (1u64..3).prop_map(Op::NextDay),
    ]
}

/// A follow-up as the model knows it.
#[derive(Clone, Debug)]
struct Planned {
    id: Id,
    who: usize,
    created: NaiveDate,
    due: NaiveDate,
    /// The meeting that planned it, and its day.
    meeting: Option<(Id, NaiveDate)>,
    by_hand: Option<NaiveDate>,
    snoozed: Option<NaiveDate>,
}

/// What the rules in `docs/review.md` say, kept by hand.
#[derive(Default)]
struct Model {
    /// (id, day, people)
    meetings: Vec<(Id, NaiveDate, Vec<usize>)>,
    /// Touches other than meetings: (day, person, whether it follows a
    /// meeting up now, record id: the order it was logged in).
    touches: Vec<(NaiveDate, usize, bool, Id)>,
    /// Open ledger entries: (id, whether `done` makes it help I gave).
    open: Vec<(Id, bool)>,
    follow_ups: Vec<Planned>,
    /// Person → (until, the last id known when set aside, its day).
    aside: BTreeMap<usize, (NaiveDate, Id, NaiveDate)>,
    /// Line keys hidden, until.
    hidden: BTreeMap<String, NaiveDate>,
    /// The lines snoozes said they hid.
    said: Vec<said::Claim>,
    last_id: Id,
}

impl Model {
    /// Whether anything I did toward `who` follows up the meeting `not`
    /// on `met`: reaching out (a call, a message of mine), help I gave (a
    /// give done, a promise kept, their request granted, an
    /// introduction), another meeting, a follow-up done by hand; on a
    /// later day, or that day when logged after the meeting (a larger id;
    /// a follow-up done by hand is known to be later only when it was
    /// planned after it). Their gives, asks either way, their messages,
    /// notes: never.
    fn followed(&self, who: usize, met: NaiveDate, not: Id) -> bool {
        let after = |d: NaiveDate, id: Id| d > met || (d == met && id > not);
        self.touches
            .iter()
            .any(|(d, p, counts, id)| *p == who && *counts && after(*d, *id))
            || self
                .meetings
                .iter()
                .any(|(id, d, ps)| *id != not && ps.contains(&who) && after(*d, *id))
            || self
                .follow_ups
                .iter()
                .any(|f| f.who == who && f.by_hand.is_some_and(|d| after(d, f.id)))
    }

    fn done(&self, f: &Planned) -> bool {
        f.by_hand.is_some()
            || f.meeting
                .is_some_and(|(m, day)| self.followed(f.who, day, m))
    }

    /// The day a pending follow-up waits for.
    fn pending(&self, f: &Planned) -> Option<NaiveDate> {
        (!self.done(f)).then_some(f.snoozed.unwrap_or(f.due))
    }

    fn aside_hides(&self, who: usize, id: Id, date: Option<NaiveDate>, today: NaiveDate) -> bool {
        self.aside.get(&who).is_some_and(|(until, last, on)| {
            *until > today && !(id > *last && date.is_none_or(|d| d >= *on))
        })
    }

    fn key_hidden(&self, key: &str, today: NaiveDate) -> bool {
        // A line's own key, or its person's and reason's (every line of
        // that reason).
        self.hidden
            .iter()
            .any(|(k, until)| *until > today && (k == key || key.starts_with(&format!("{k}:"))))
    }

    /// The fresh-meeting and due follow-up lines the review must show, as
    /// (person, kind, record).
    fn expected(&self, people: &[Id], today: NaiveDate) -> Vec<(usize, &'static str, Id)> {
        let mut out = Vec::new();
        for (who, pid) in people.iter().enumerate() {
            let latest = self
                .meetings
                .iter()
                .filter(|(_, _, ps)| ps.contains(&who))
                .max_by_key(|(id, day, _)| (*day, *id));
            if let Some((id, met, _)) = latest {
                let age = (today - *met).num_days();
                // Its own follow-up is its one line; another planned
                // after it (by day, then by id) brings them back too.
                let planned_since = self.follow_ups.iter().any(|f| {
                    f.who == who
                        && (f.meeting.is_some_and(|(m, _)| m == *id)
                            || (f.created, f.id) > (*met, *id))
                });
                let key = format!("{}:fresh_meeting:{}", pid.0, id.0);
                if (0..=FRESH_DAYS).contains(&age)
                    && !self.followed(who, *met, *id)
                    && !planned_since
                    && !self.key_hidden(&key, today)
                    && !self.aside_hides(who, *id, Some(*met), today)
                {
                    out.push((who, "fresh_meeting", *id));
                }
            }
            for f in self.follow_ups.iter().filter(|f| f.who == who) {
                let key = format!("{}:follow_up_due:{}", pid.0, f.id.0);
                if self.pending(f).is_some_and(|d| d <= today)
                    && !self.key_hidden(&key, today)
                    && !self.aside_hides(who, f.id, None, today)
                {
                    out.push((who, "follow_up_due", f.id));
                }
            }
        }
        out.sort();
        out
    }

    fn missed(&self, today: NaiveDate) -> usize {
        self.follow_ups
            .iter()
            .filter(|f| self.pending(f).is_some_and(|d| d < today))
            .count()
    }

    fn saw(&mut self, ids: &[Id]) {
        self.last_id = ids.iter().copied().fold(self.last_id, Id::max);
    }
}

struct World {
    journal: Journal,
    config: Config,
    today: NaiveDate,
    people: Vec<Id>,
    model: Model,
}

fn written(report: &Report) -> Vec<Id> {
    match report {
        Report::Done(d) => d.written.clone(),
        _ => Vec::new(),
    }
}

impl World {
    fn run(&self, command: Command) -> Result<Report, command::CommandError> {
        let env = Env::unattended(self.today, &self.config, String::new());
        command::run(&self.journal, &env, command)
    }

    fn review(&self) -> Result<Queue, TestCaseError> {
        match self.run(Command::Review) {
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
    fn apply(&mut self, op: &Op) -> Result<(), TestCaseError> {
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
                    }))
                    .map_err(|e| fail("met", &e))?;
                let ids = written(&report);
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
                self.model.meetings.push((meeting, date, people));
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
                let report = self.run(command).map_err(|e| fail("touch", &e))?;
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
                    result.map_err(|e| fail("done", &e))?;
                    self.model.follow_ups[i].by_hand = Some(today);
                }
            }
            Op::Settle(n) => {
                if self.model.open.is_empty() {
                    return Ok(());
                }
                let (id, helps) = self.model.open.remove(n % self.model.open.len());
                self.run(Command::Done { id })
                    .map_err(|e| fail("done on an entry", &e))?;
                for t in self.model.touches.iter_mut().filter(|t| t.3 == id) {
                    t.2 = helps;
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
                let claims = &mut self.model.said;
                claims.retain(|c| !(c.who == *who && c.by_person));
                claims.extend(keys.into_iter().map(|key| said::Claim {
                    who: *who,
                    key,
                    until,
                    by_person: true,
                }));
                for i in 0..self.model.follow_ups.len() {
                    let f = &self.model.follow_ups[i];
                    if f.who == *who && self.model.pending(f).is_some_and(|d| d < until) {
                        self.model.follow_ups[i].snoozed = Some(until);
                    }
                }
                let last = self.model.last_id;
                self.model.aside.insert(*who, (until, last, today));
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
                let report = result.map_err(|e| fail("snooze line", &e))?;
                let who = self
                    .people
                    .iter()
                    .position(|p| *p == item.contact)
                    .unwrap_or_default();
                let keys = if target.contains(':') {
                    said::key_said(&report, &queue, &target, until)?
                } else {
                    vec![item.key.clone()]
                };
                let claims = &mut self.model.said;
                claims.retain(|c| c.by_person || !keys.contains(&c.key));
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
                    }
                    _ => {
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

    /// The review and the stats against the model.
    fn check(&self, ops: &[Op]) -> Result<(), TestCaseError> {
        let today = self.today;
        let queue = self.review()?;
        let person = |id: Id| {
            self.people
                .iter()
                .position(|p| *p == id)
                .unwrap_or(usize::MAX)
        };
        let mut shown: Vec<(usize, &'static str, Id)> = queue
            .items
            .iter()
            .filter_map(|i| match &i.reason {
                Reason::FreshMeeting { meeting, .. } => {
                    Some((person(i.contact), "fresh_meeting", meeting.id))
                }
                Reason::FollowUpDue { follow_up, .. } => {
                    Some((person(i.contact), "follow_up_due", follow_up.id))
                }
                _ => None,
            })
            .collect();
        shown.sort();
        prop_assert_eq!(
            &shown,
            &self.model.expected(&self.people, today),
            "on {} after {:?}",
            today,
            ops
        );
        said::kept(&self.model.said, &queue, today)?;
        for item in &queue.items {
            prop_assert!(
                !self.model.key_hidden(&item.key, today),
                "{} shows though hidden, after {:?}",
                item.key,
                ops
            );
            let about = match &item.reason {
                Reason::FollowUpDue { follow_up, .. } => Some((follow_up.id, None)),
                Reason::FreshMeeting { meeting: p, .. }
                | Reason::RequestOpen { entry: p, .. }
                | Reason::PromiseOpen { entry: p, .. }
                | Reason::ReciprocityOwed { their_give: p } => Some((p.id, Some(p.date))),
                _ => None,
            };
            let who = person(item.contact);
            let set_aside = match about {
                Some((id, date)) => self.model.aside_hides(who, id, date, today),
                None => self.model.aside_hides(who, Id(0), None, today),
            };
            prop_assert!(
                !set_aside,
                "{} shows while set aside, after {:?}",
                item.why,
                ops
            );
        }
        match self.run(Command::Stats) {
            Ok(Report::Stats(s)) => prop_assert_eq!(
                s.follow_through.missed,
                self.model.missed(today),
                "missed on {} after {:?}",
                today,
                ops
            ),
            other => return Err(TestCaseError::fail(format!("stats: {other:?}"))),
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn the_review_follows_its_written_rules(ops in prop::collection::vec(op(), 1..30)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let today = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap_or_default();
        let mut people = Vec::new();
        for name in ["Dana Reyes", "Marco Bianchi", "Eve Stone", "Tom Ng"] {
            let draft = ContactDraft { name: name.into(), ..ContactDraft::default() };
            let added = journal.add_contact(&draft, today).map_err(|e| TestCaseError::fail(e.to_string()))?;
            people.push(added.id);
        }
        let mut config = Config::defaults();
        config.review.capacity = 1000;
        let mut world = World { journal, config, today, people, model: Model::default() };
        world.model.saw(&world.people.clone());
        for (n, op) in ops.iter().enumerate() {
            world.apply(op)?;
            world.check(&ops[..=n])?;
        }
    }
}
