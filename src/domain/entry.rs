//! The dated records of a relationship: interactions, ledger entries,
//! follow-ups and warning signals.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::day_serde;
use super::id::Id;
use super::text::fold;

/// Implements `as_str`, `Display`, `FromStr` and a list of all values for a
/// plain enum, so the CLI, JSON and error messages share one spelling.
macro_rules! named_enum {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let key = super::text::fold(s);
                $ty::ALL.iter().copied().find(|v| v.as_str() == key).ok_or_else(|| {
                    let names: Vec<&str> = $ty::ALL.iter().map(|v| v.as_str()).collect();
                    format!("'{s}' is not {} ({})", $what, names.join(", "))
                })
            }
        }
    };
}

/// Something that happened with one or more people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: Id,
    #[serde(with = "day_serde")]
    pub date: NaiveDate,
    pub contacts: Vec<Id>,
    pub kind: InteractionKind,
    pub summary: String,
    /// The specifics they mentioned: what makes a follow-up personal.
    pub details: String,
    pub tags: Vec<String>,
    /// Whose words it holds. Added in record layout 2 (`store::legacy`) and
    /// export version 2: older records are read as [`Voice::of_old`] says.
    #[serde(default)]
    pub from: Voice,
}

/// Whose words an interaction holds. A draft may quote what they said to
/// them, never what I said or sent: a message of mine is a touch, not
/// material for "what we talked about".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// Said between us (a meeting, a call, an event, a conversation): its
    /// details are what was said, each item by whoever its prefix names
    /// ("anna: …", "me: …"), else by the moment as a whole.
    #[default]
    Both,
    /// They wrote to me: what it says is theirs.
    Them,
    /// I wrote or told them: nothing in it is theirs.
    Me,
}

named_enum!(Voice, "who it comes from", { Both => "both", Them => "them", Me => "me" });

/// The text of the follow-up an introduction plans with the first person,
/// around the second one's name: a draft asks after it instead of reading
/// it as something promised.
pub const INTRO_CHECK: (&str, &str) = ("check how the introduction to ", " went");

/// The summary the TUI's "mark sent" gave the message it logged, before
/// interactions said whose words they hold.
pub const SENT_SUMMARY: &str = "sent a follow-up message";

impl Voice {
    /// Whose words a record written before [`Voice`] existed holds: the
    /// message "mark sent" logged is mine, anything else was said between
    /// us (the meaning details always had).
    pub fn of_old(kind: InteractionKind, summary: &str) -> Voice {
        if kind == InteractionKind::Message && summary == SENT_SUMMARY {
            Voice::Me
        } else {
            Voice::Both
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    Met,
    Call,
    Message,
    Event,
    Note,
}

named_enum!(InteractionKind, "an interaction kind", {
    Met => "met", Call => "call", Message => "message", Event => "event", Note => "note",
});

/// One thing given or asked, by me or by them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub id: Id,
    #[serde(with = "day_serde")]
    pub date: NaiveDate,
    pub contact: Id,
    /// For an introduction, the second person it joined: the entry shows on
    /// both and counts as a give to each.
    pub other: Option<Id>,
    pub direction: Direction,
    pub nature: Nature,
    pub kind: FavourKind,
    pub text: String,
    /// 1 (a small thing) to 5 (a big one).
    pub weight: u8,
    pub state: EntryState,
    pub tags: Vec<String>,
    /// The day it was marked done or declined, when that was recorded
    /// (ledger layout 2): "settled" and not "done on", since a declined
    /// request is settled too. `None` for an open entry, one done as it was
    /// recorded, and one settled before layout 2 (read as settled on its
    /// own date, as it always was).
    #[serde(default, with = "day_serde::opt")]
    pub settled: Option<NaiveDate>,
    /// For their request granted by an introduction (`intro --closes`):
    /// that introduction, which already counts as help given to them. One
    /// favour is counted once (ledger layout 2).
    #[serde(default)]
    pub granted_by: Option<Grant>,
}

/// The introduction that granted a request, and the weight it counts for
/// the requester already: the request adds only what it weighs beyond, so
/// the favour weighs the larger of the two, as `gave --answers` makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub intro: Id,
    pub weight: u8,
}

/// Their request's words once a give of mine answered it: the request's
/// own, then what I gave when it says more ("feedback on her pitch deck —
/// answered with: a call about the deck"). Glued by ": " they read as one
/// sentence of theirs (trial 26y3).
pub fn answered_with(request: &str, give: &str) -> String {
    if fold(request).contains(&fold(give)) {
        return request.to_string();
    }
    format!("{request}{ANSWERED}{give}")
}

/// What [`answered_with`] puts between the request and the give.
const ANSWERED: &str = " — answered with: ";

impl LedgerEntry {
    pub const MAX_WEIGHT: u8 = 5;

    /// Its own words, without what answered it ([`answered_with`]): what
    /// a request said when it was asked, granted or not.
    pub fn asked(&self) -> &str {
        self.text
            .split_once(ANSWERED)
            .map_or(self.text.as_str(), |(asked, _)| asked)
    }

    /// The day the help it records happened: the day it was settled done
    /// when that is known, else its own date. A request asked on the 2nd
    /// and granted on the 3rd was help on the 3rd.
    pub fn acted_on(&self) -> NaiveDate {
        match (self.state, self.settled) {
            (EntryState::Done, Some(day)) => day,
            _ => self.date,
        }
    }

    /// The days it was contact between us, which move the last touch: its
    /// date and, once settled done on a later day, that day too.
    pub fn touches(&self) -> impl Iterator<Item = NaiveDate> {
        std::iter::once(self.date).chain(Some(self.acted_on()).filter(|d| *d != self.date))
    }

    /// The verb for the entry, matching the command that records it.
    pub fn verb(&self) -> &'static str {
        if self.other.is_some() {
            return "introduced";
        }
        match (self.direction, self.nature) {
            (Direction::MeToThem, Nature::Give) => "gave",
            (Direction::ThemToMe, Nature::Give) => "got",
            (Direction::MeToThem, Nature::Ask) => "asked",
            (Direction::ThemToMe, Nature::Ask) => "asked-by",
        }
    }

    /// What the kind and the weight add to the entry's text, in words and
    /// only where they say something: "other" says nothing, nor does the
    /// usual weight 1, and "introduced" names its kind already. Trial four
    /// read "gave other w1: ..." as noise before the text, so the text
    /// comes first and this after it (" · advice · weight 3").
    pub fn aside(&self) -> String {
        let kind =
            (self.kind != FavourKind::Other && self.other.is_none()).then(|| self.kind.to_string());
        let weight = (self.weight != 1).then(|| format!("weight {}", self.weight));
        kind.into_iter()
            .chain(weight)
            .map(|w| format!(" · {w}"))
            .collect()
    }

    /// The people this entry counts for: the contact, and for an
    /// introduction the other person too.
    pub fn people(&self) -> impl Iterator<Item = Id> + '_ {
        std::iter::once(self.contact).chain(self.other)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// I gave or asked.
    MeToThem,
    /// They gave or asked.
    ThemToMe,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    Give,
    Ask,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FavourKind {
    Introduction,
    Advice,
    Resource,
    Referral,
    Time,
    Favour,
    Other,
}

named_enum!(FavourKind, "a kind of favour", {
    Introduction => "introduction", Advice => "advice", Resource => "resource",
    Referral => "referral", Time => "time", Favour => "favour", Other => "other",
});

/// Whether a promise or request has been fulfilled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryState {
    Open,
    Done,
    Declined,
}

named_enum!(EntryState, "an entry state", {
    Open => "open", Done => "done", Declined => "declined",
});

/// Something to do for a person by a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub id: Id,
    pub contact: Id,
    #[serde(with = "day_serde")]
    pub due: NaiveDate,
    pub text: String,
    pub state: FollowUpState,
    #[serde(with = "day_serde")]
    pub created: NaiveDate,
    /// The meeting (or other interaction) that planned it (`met
    /// --follow-up`, `add --met`): the first touch that follows that
    /// meeting up does it (see [`super::followed`]). `None` for a
    /// follow-up with its own text, which stays open until done.
    #[serde(default)]
    pub meeting: Option<Id>,
    /// The touch that did it, when one did: such a follow-up is not a touch
    /// of its own (the touch is).
    #[serde(default)]
    pub done_by: Option<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpState {
    Open,
    Done {
        #[serde(with = "day_serde")]
        on: NaiveDate,
    },
    Snoozed {
        #[serde(with = "day_serde")]
        until: NaiveDate,
    },
}

impl FollowUp {
    /// The day it next needs attention, or `None` once done.
    pub fn pending_on(&self) -> Option<NaiveDate> {
        match self.state {
            FollowUpState::Open => Some(self.due),
            FollowUpState::Snoozed { until } => Some(until),
            FollowUpState::Done { .. } => None,
        }
    }

    /// The day it was completed: a completed follow-up is a touch.
    pub fn done_on(&self) -> Option<NaiveDate> {
        match self.state {
            FollowUpState::Done { on } => Some(on),
            _ => None,
        }
    }

    /// Missed: not done, and the day it waits for (its due date, or the
    /// end of its snooze) is past. One snoozed to a later day is not missed.
    pub fn missed(&self, today: NaiveDate) -> bool {
        self.pending_on().is_some_and(|day| day < today)
    }
}

/// A warning sign about a relationship.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    pub id: Id,
    pub contact: Id,
    #[serde(with = "day_serde")]
    pub date: NaiveDate,
    pub text: String,
}
