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

use chrono::NaiveDate;
use givegive::config::Config;
use givegive::domain::Id;
use givegive::journal::{ContactDraft, Journal};
use proptest::prelude::*;

#[path = "review_said.rs"]
mod said;

#[path = "review/check.rs"]
mod check;
#[path = "review/steps.rs"]
mod steps;

const PEOPLE: usize = 4;
/// How long a meeting is fresh (`docs/review.md`): "follow up while it
/// is fresh" is true for a few days, not a week.
const FRESH_DAYS: i64 = 3;
/// How long a meeting not followed up keeps its late line
/// (`docs/review.md`): while a follow-up is still timely, as long as a
/// draft still thanks for the moment; then it goes.
const LATE_DAYS: i64 = 14;

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
    /// An event with some people, `ago` days back, that needs no
    /// follow-up (`event --no-follow-up`, the event form's "no").
    Unfollowed { who: Vec<usize>, ago: u64 },
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
    /// The n-th line of today's review dismissed (the TUI's `x`): its own
    /// key hidden for good. It never comes back; something new with the
    /// person is a new line, with a key of its own, and shows.
    Dismiss(usize),
    /// A snooze that must be refused.
    SnoozeBad(u8),
    /// Tomorrow, the day after, or a week or two on (a late line ends).
    NextDay(u64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (prop::collection::vec(0..PEOPLE, 1..4), any::<bool>(), -1i64..5, prop::option::of(0u64..4))
            .prop_map(|(who, event, ago, plan)| Op::Meet { who, event, ago, plan }),
        2 => (prop::collection::vec(0..PEOPLE, 1..3), 0u64..5)
            .prop_map(|(who, ago)| Op::Unfollowed { who, ago }),
        5 => (0..PEOPLE, 0u8..9, 0u64..5, any::<bool>())
            .prop_map(|(who, kind, ago, open)| Op::Touch { who, kind, ago, open }),
        1 => (0..PEOPLE, 0u64..8).prop_map(|(who, due)| Op::FollowUp { who, due }),
        2 => any::<usize>().prop_map(Op::Done),
        1 => any::<usize>().prop_map(Op::Settle),
        2 => (0..PEOPLE, 0u64..9).prop_map(|(who, days)| Op::SnoozePerson { who, days }),
        3 => (any::<usize>(), 0u64..9, any::<bool>()).prop_map(|(n, days, by_key)| Op::SnoozeLine { n, days, by_key }),
        1 => (0u8..4).prop_map(Op::SnoozeBad),
        2 => any::<usize>().prop_map(Op::Dismiss),
        3 => (1u64..3).prop_map(Op::NextDay),
        1 => (7u64..15).prop_map(Op::NextDay),
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
    /// (person, day) of each "a meetup" logged with `met`: logged again
    /// with that one person that day, it is the same meeting.
    meetups: Vec<(usize, NaiveDate)>,
    /// The meetings said to need no follow-up.
    unwanted: Vec<Id>,
    /// (person, meeting): the meeting did a follow-up an earlier meeting
    /// planned for them, so it was the follow-up and waits for none.
    did: Vec<(usize, Id)>,
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

    /// Whether a meeting with `who` on `met`, logged now as `id`, does a
    /// follow-up an earlier meeting planned: one still pending, of a
    /// meeting it follows up.
    fn does_a_follow_up(&self, who: usize, met: NaiveDate, id: Id) -> bool {
        self.follow_ups.iter().any(|f| {
            f.who == who && !self.done(f) && f.meeting.is_some_and(|(m, day)| (met, id) > (day, m))
        })
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
                // A meeting said to need no follow-up makes no line.
                // Past the fresh window it stays, worded as late, while
                // a follow-up is timely; then it goes (no person here has
                // a cadence to take over).
                if (0..=LATE_DAYS.max(FRESH_DAYS)).contains(&age)
                    && !self.unwanted.contains(id)
                    && !self.did.contains(&(who, *id))
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

    /// The day the line of the follow-up `key` names (`P:follow_up_due:ID`)
    /// comes back, by the model: the latest of its own snooze, the keys
    /// that hide it and its person's setting aside. None once done, or
    /// for another kind of line.
    fn follow_up_back(&self, key: &str, who: usize, today: NaiveDate) -> Option<NaiveDate> {
        let id = key.strip_prefix(&format!("{}:follow_up_due:", key.split(':').next()?))?;
        let f = self.follow_ups.iter().find(|f| f.id.0.to_string() == id)?;
        let by_keys = self
            .hidden
            .iter()
            .filter(|(k, until)| {
                **until > today && (*k == key || key.starts_with(&format!("{k}:")))
            })
            .map(|(_, until)| *until);
        let aside = self
            .aside
            .get(&who)
            .filter(|_| self.aside_hides(who, f.id, None, today))
            .map(|a| a.0);
        self.pending(f)
            .into_iter()
            .chain(by_keys)
            .chain(aside)
            .max()
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
