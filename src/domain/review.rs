//! The daily review: which relationships need something today, and why.
//!
//! A pure function of per-person facts gathered from the store, the review
//! settings and `today`. Each [`Reason`] is one idea of the product: follow
//! up, follow up while it is fresh, stay in touch, keep promises, give back,
//! give before asking again, listen to warning signs. See `docs/review.md`.

use chrono::NaiveDate;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::dates::day_serde;
use super::{Id, Occasion, Tier};

mod done;
mod due;
pub mod keys;
mod queue;
mod said;
mod settings;

pub(crate) use done::{Doing, Way};
pub use due::Due;
pub use keys::key;
pub use queue::{DueCount, build, build_keeping, choose, count_due, lines};

pub use settings::{AT_LEAST_ONE, Settings};

/// An open ledger entry or follow-up as the review shows it.
///
/// The text is shared, not copied: building the queue of a large journal
/// makes a candidate line for most people, and copying every text was most
/// of its cost. Stored and shown exactly like a string.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub id: Id,
    #[serde(with = "day_serde")]
    pub date: NaiveDate,
    pub text: Arc<str>,
}

/// What the review needs to know about one active person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub contact: Id,
    pub name: Arc<str>,
    pub tier: Tier,
    pub cadence: Option<u16>,
    /// The last day of contact ([`crate::domain::Balance::last_touch`]).
    pub last_touch: Option<NaiveDate>,
    /// The day they were added: a cadence counts from it until there is
    /// contact.
    pub added: NaiveDate,
    /// Follow-ups pending on or before today (by due or snooze date).
    pub due_follow_ups: Vec<Due>,
    /// What their history says, whatever the day.
    pub digest: Digest,
    /// Which way the relationship leans ([`crate::domain::Tallies::lean`]):
    /// the number the card and `list` show, so the review never says the
    /// opposite.
    pub lean: i64,
    /// What "you asked more than you gave" weighs
    /// ([`crate::domain::Tallies::asked_and_gave`]): my asks, and the help
    /// I gave.
    pub my_asks: u32,
    pub my_gives: u32,
    /// Weights of their asks and gives.
    pub their_asks: u32,
    pub their_gives: u32,
    /// Their birthdays and other days.
    pub dates: Arc<[Occasion]>,
}

/// What a person's history says for the review, whatever the day.
///
/// Finding these means walking the person's history, which is what made the
/// review read most of the store; each person's summary keeps theirs (see
/// [`super::summary`]). A stored layout: fields are only added with a new
/// record version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// The latest meeting or event.
    pub last_meeting: Option<Pending>,
    /// Whether that meeting was followed up, or a follow-up planned since
    /// (the one rule: [`super::followed::awaits_follow_up`]).
    pub followed_up_meeting: bool,
    pub open_promises: Vec<Pending>,
    pub open_requests: Vec<Pending>,
    /// Their latest done give to me, and my latest done give to them.
    pub their_last_give: Option<Pending>,
    #[serde(with = "day_serde::opt")]
    pub my_last_give: Option<NaiveDate>,
    /// Their latest ask, when it came after a long silence: the ask and
    /// the days of silence before it.
    pub ask_after_silence: Option<(Pending, i64)>,
    pub signals: Vec<String>,
}

/// Days of silence after which an ask reads as "only reappears to ask".
pub const SILENCE_DAYS: i64 = 90;

/// Warning patterns the ledger shows, worded as the signal they would
/// become when the user confirms them, each with its part of the review
/// key: the pattern's name and what it counts ("asks_more:5-1", the asks
/// and gives; "silence:31", the ask), so a line dismissed comes back when
/// more asks come, as a new line, and not before.
pub fn patterns(f: &Facts) -> Vec<(String, String)> {
    let mut found = Vec::new();
    if f.their_asks >= 5 && f.their_asks >= 3 * f.their_gives.max(1) {
        let text = format!(
            "asks far more than gives (asked {}, gave {})",
            f.their_asks, f.their_gives
        );
        found.push((
            format!("asks_more:{}-{}", f.their_asks, f.their_gives),
            text,
        ));
    }
    if let Some((ask, days)) = &f.digest.ask_after_silence {
        let text = format!(
            "reappeared after {} months of silence only to ask: {}",
            days / 30,
            ask.text
        );
        found.push((format!("silence:{}", ask.id), text));
    }
    found.retain(|(_, p)| !f.digest.signals.contains(p));
    found
}

/// Why a person is in today's review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    FollowUpDue {
        follow_up: Pending,
        days_late: i64,
        /// The day it was first due, when a snooze moved it later.
        #[serde(with = "day_serde::opt", skip_serializing_if = "Option::is_none")]
        first_due: Option<NaiveDate>,
        /// A meeting planned it by default: its words are only the
        /// meeting's name, and nobody waits on it ([`Reason::rank`]).
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        planned: bool,
    },
    /// A birthday or another of their days is coming (within
    /// `dates_ahead` days).
    DateComing {
        /// Boxed: every reason is as big as the biggest, and 100,000
        /// people's lines are kept in memory.
        occasion: Box<Occasion>,
        #[serde(with = "day_serde")]
        on: NaiveDate,
        days_until: i64,
        /// The age it turns or the years it counts, where the year is known.
        years: Option<i32>,
    },
    FreshMeeting {
        meeting: Pending,
        days_ago: i64,
        /// Past the fresh window and still not followed up: the line stays,
        /// worded as late, while a follow-up is still timely
        /// (`queue::LATE_DAYS`); then the cadence, if any, takes over.
        late: bool,
    },
    RequestOpen {
        entry: Pending,
        days_open: i64,
    },
    PromiseOpen {
        entry: Pending,
        days_open: i64,
    },
    SignalsPiledUp {
        signals: Vec<String>,
    },
    /// A pattern in the ledger worth recording as a warning signal.
    PatternSeen {
        pattern: String,
        /// Which pattern and what it counts (`asks_more:5-1`,
        /// `silence:31`): part of its key.
        #[serde(skip)]
        which: String,
    },
    ReciprocityOwed {
        their_give: Pending,
    },
    PastCadence {
        /// Days since the last contact; none when there never was any.
        days_since: Option<i64>,
        cadence: u16,
        /// The day the cadence counts from (the last contact, or the day
        /// they were added): part of its key, so a line dismissed stays
        /// dismissed until there is contact and the cadence passes again.
        #[serde(skip)]
        from: NaiveDate,
    },
    OneSided {
        my_asks: u32,
        my_gives: u32,
    },
}

impl Reason {
    /// A stable name for the kind of reason (review state and JSON use it).
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::FollowUpDue { .. } => "follow_up_due",
            Reason::DateComing { .. } => "date_coming",
            Reason::FreshMeeting { .. } => "fresh_meeting",
            Reason::RequestOpen { .. } => "request_open",
            Reason::PromiseOpen { .. } => "promise_open",
            Reason::SignalsPiledUp { .. } => "signals_piled_up",
            Reason::PatternSeen { .. } => "pattern_seen",
            Reason::ReciprocityOwed { .. } => "reciprocity_owed",
            Reason::PastCadence { .. } => "past_cadence",
            Reason::OneSided { .. } => "one_sided",
        }
    }

    /// Most urgent first: a lower rank sorts earlier. Someone waiting on
    /// me (a follow-up in my own words, their request, my promise) comes
    /// before a meeting to follow up, planned by default or fresh: those
    /// say only the meeting's name, and a day of them once kept a request
    /// 34 days old out of the day's ten (trial 26y3). A day of theirs
    /// passes, so it stays near the top.
    fn rank(&self) -> u8 {
        match self {
            Reason::FollowUpDue { planned: false, .. } => 0,
            Reason::DateComing { .. } => 1,
            Reason::RequestOpen { .. } => 2,
            Reason::PromiseOpen { .. } => 3,
            Reason::FollowUpDue { planned: true, .. } => 4,
            Reason::FreshMeeting { late: false, .. } => 5,
            Reason::SignalsPiledUp { .. } => 6,
            Reason::PatternSeen { .. } => 7,
            Reason::ReciprocityOwed { .. } => 8,
            // Late, it waits behind what is still current, with the
            // cadence it stands in for.
            Reason::FreshMeeting { late: true, .. } | Reason::PastCadence { .. } => 9,
            Reason::OneSided { .. } => 10,
        }
    }

    /// Within a rank, how pressing: more days late or neglected first.
    fn weight(&self) -> i64 {
        match self {
            Reason::FollowUpDue { days_late, .. } => *days_late,
            // The fresher the meeting, the more it is worth following up now.
            Reason::FreshMeeting { days_ago, .. } => -*days_ago,
            // The sooner the day, the sooner a message must go.
            Reason::DateComing { days_until, .. } => -*days_until,
            Reason::RequestOpen { days_open, .. } | Reason::PromiseOpen { days_open, .. } => {
                *days_open
            }
            Reason::SignalsPiledUp { signals } => i64::try_from(signals.len()).unwrap_or(i64::MAX),
            Reason::ReciprocityOwed { .. } | Reason::PatternSeen { .. } => 0,
            Reason::PastCadence {
                days_since,
                cadence,
                ..
            } => days_since.map_or(i64::MAX, |d| d - i64::from(*cadence)),
            Reason::OneSided { my_asks, my_gives } => i64::from(*my_asks) - i64::from(*my_gives),
        }
    }

    /// The record the reason is about, when there is one: follow-ups and
    /// open entries can be done or snoozed themselves.
    pub fn record(&self) -> Option<Id> {
        match self {
            Reason::FollowUpDue { follow_up, .. } => Some(follow_up.id),
            Reason::RequestOpen { entry, .. } | Reason::PromiseOpen { entry, .. } => Some(entry.id),
            Reason::FreshMeeting { meeting, .. } => Some(meeting.id),
            _ => None,
        }
    }

    /// What tells this line from the person's other lines of its kind, for
    /// the kinds a person can have several of (or whose line is about one
    /// record, so that a new one is a new line): part of its key.
    fn detail(&self) -> Option<String> {
        match self {
            Reason::FollowUpDue { follow_up: p, .. }
            | Reason::FreshMeeting { meeting: p, .. }
            | Reason::RequestOpen { entry: p, .. }
            | Reason::PromiseOpen { entry: p, .. }
            | Reason::ReciprocityOwed { their_give: p } => Some(p.id.0.to_string()),
            Reason::DateComing { on, .. } | Reason::PastCadence { from: on, .. } => {
                Some(on.to_string())
            }
            Reason::PatternSeen { which, .. } => Some(which.clone()),
            // What is new is more of them: a line dismissed comes back
            // when another signal or ask is recorded.
            Reason::SignalsPiledUp { signals } => Some(signals.len().to_string()),
            Reason::OneSided { my_asks, my_gives } => Some(format!("{my_asks}-{my_gives}")),
        }
    }

    /// Whether the line is about something written after a person was set
    /// aside (`since`, the first id not yet given then) and dated no
    /// earlier than that day: a follow-up planned since, a meeting, their
    /// request, your promise, their give. That brings them back early.
    pub fn is_news(&self, since: Id, on: NaiveDate) -> bool {
        match self {
            Reason::FollowUpDue { follow_up, .. } => follow_up.id >= since,
            Reason::FreshMeeting { meeting: p, .. }
            | Reason::RequestOpen { entry: p, .. }
            | Reason::PromiseOpen { entry: p, .. }
            | Reason::ReciprocityOwed { their_give: p } => p.id >= since && p.date >= on,
            _ => false,
        }
    }
}

/// One line of the review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Where review state about this item is kept: `snooze KEY DATE` hides it.
    pub key: String,
    pub contact: Id,
    pub name: String,
    #[serde(flatten)]
    pub reason: Reason,
    pub why: String,
}

/// Today's review: the people that fit the day's capacity, most urgent
/// first, each with all their reasons one after another, and how many more
/// people wait.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Queue {
    pub items: Vec<Item>,
    pub waiting: usize,
    /// The people past the day's capacity, each with their lines, in the
    /// order they wait in: filled only when asked (`review --all`, the
    /// TUI's list of who is in line), empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_line: Vec<Item>,
    /// The follow-ups due set aside, as [`count_due`] counts them.
    #[serde(skip)]
    pub due: DueCount,
}

#[cfg(test)]
mod tests;
