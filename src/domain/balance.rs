//! Reciprocity: what each side gave and asked, kept as running totals, and
//! the help each way that every view shows ([`Help`]).
//!
//! The store keeps one [`Balance`] per contact and one overall [`Tallies`],
//! updated in the same transaction as every ledger write, so reading a balance
//! never means scanning the ledger. [`Balance::recompute`] is the reference
//! the integrity check compares the running totals against.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::day_serde;
use super::entry::{Direction, EntryState, FollowUp, Interaction, LedgerEntry, Nature};

/// A count of entries and the sum of their weights.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub count: u32,
    pub weight: u32,
}

/// The four sides of a relationship's ledger.
///
/// Counting rules (`docs/review.md`, "Reciprocity"): a give counts once it
/// is done (an open give is a promise, counted apart). An ask is counted as
/// asked when it is made, whatever the answer, because asking spends
/// goodwill; it is *help* only once granted. A give they make in answer to
/// my request grants that request instead of counting a second time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tallies {
    pub my_gives: Tally,
    pub my_asks: Tally,
    pub their_gives: Tally,
    pub their_asks: Tally,
    /// My asks they fulfilled.
    pub my_asks_granted: Tally,
    /// Their asks I fulfilled.
    pub their_asks_granted: Tally,
    /// Gives I promised and have not delivered yet.
    pub my_open_promises: u32,
    /// Requests made to me that are still open.
    pub their_open_requests: u32,
}

/// One contact's tallies plus the last day anything happened with them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub tallies: Tallies,
    /// The last day of contact: the latest interaction between us (a
    /// meeting, call, message either way, event; never a note, which is
    /// my own words about them: [`is_contact`]), ledger entry (on its day,
    /// and on the day it was settled done: [`LedgerEntry::touches`]) or
    /// completed follow-up. The card's "last touch" and the review's "no
    /// contact for N days" both read it.
    #[serde(with = "day_serde::opt")]
    pub last_touch: Option<NaiveDate>,
}

/// Help each way and the lean between them: the figures and the words
/// every view of a balance lays out (the card, `show`, `list`, `balance`,
/// the top bar, the stats, the Markdown dossier and their JSON). A view
/// that shows the lean shows the two figures it is the difference of, so
/// the number can be checked by eye; asks are not help until granted and
/// are never shown under these words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Help {
    /// My done gives plus their requests I granted (one granted by an
    /// introduction is the introduction's favour, counted once).
    pub given: Tally,
    /// Their done gives plus my requests they granted.
    pub received: Tally,
    /// `given.weight - received.weight`.
    pub lean: i64,
    /// The lean in words ([`Tallies::lean_meaning`]).
    pub meaning: &'static str,
}

impl Help {
    /// What the first figure is called, wherever it shows.
    pub const GIVEN: &'static str = "help given";
    /// What the second figure is called, wherever it shows.
    pub const RECEIVED: &'static str = "help received";
    /// How the figures are counted, for a table's footnote.
    pub const RULE: &'static str = "help given = your done gives + their requests you granted; help received = their done gives + your requests they granted; lean = help given - help received";

    /// The lean with its sign: "+5", "0", "-2".
    pub fn signed(&self) -> String {
        if self.lean > 0 {
            format!("+{}", self.lean)
        } else {
            self.lean.to_string()
        }
    }

    /// The three figures: "help given 5 · help received 0 · lean +5".
    pub fn figures(&self) -> String {
        format!(
            "{} {} · {} {} · lean {}",
            Help::GIVEN,
            self.given.weight,
            Help::RECEIVED,
            self.received.weight,
            self.signed()
        )
    }

    /// The figures and what they mean: "help given 5 · help received 0 ·
    /// lean +5 (you gave more help than you received)".
    pub fn line(&self) -> String {
        format!("{} ({})", self.figures(), self.meaning)
    }
}

/// "you asked more (1) than you gave (0)" when `asked` outweighs `gave`
/// (the pair of [`Tallies::asked_and_gave`]): the one rule and its words.
pub fn asked_more(asked: u32, gave: u32) -> Option<String> {
    (asked > gave).then(|| format!("you asked more ({asked}) than you gave ({gave})"))
}

#[derive(Clone, Copy)]
enum Sign {
    Plus,
    Minus,
}

impl Tally {
    fn plus(self, other: Tally) -> Tally {
        Tally {
            count: self.count.saturating_add(other.count),
            weight: self.weight.saturating_add(other.weight),
        }
    }

    fn apply(&mut self, weight: u8, sign: Sign) {
        bump(&mut self.count, sign);
        self.apply_weight(weight, sign);
    }

    /// Weight alone, no favour of its own: what a request granted by an
    /// introduction weighs beyond it.
    fn apply_weight(&mut self, weight: u8, sign: Sign) {
        self.weight = match sign {
            Sign::Plus => self.weight.saturating_add(u32::from(weight)),
            Sign::Minus => self.weight.saturating_sub(u32::from(weight)),
        };
    }
}

fn bump(n: &mut u32, sign: Sign) {
    *n = match sign {
        Sign::Plus => n.saturating_add(1),
        Sign::Minus => n.saturating_sub(1),
    };
}

impl Tallies {
    /// Counts `entry` in.
    pub fn add(&mut self, entry: &LedgerEntry) {
        self.apply(entry, Sign::Plus);
    }

    /// Takes `entry` back out, as when it is deleted or changes state.
    pub fn remove(&mut self, entry: &LedgerEntry) {
        self.apply(entry, Sign::Minus);
    }

    fn apply(&mut self, entry: &LedgerEntry, sign: Sign) {
        let w = entry.weight;
        match (entry.nature, entry.direction, entry.state) {
            (Nature::Give, Direction::MeToThem, EntryState::Done) => self.my_gives.apply(w, sign),
            (Nature::Give, Direction::ThemToMe, EntryState::Done) => {
                self.their_gives.apply(w, sign);
            }
            (Nature::Give, Direction::MeToThem, EntryState::Open) => {
                bump(&mut self.my_open_promises, sign);
            }
            (Nature::Give, _, _) => {}
            (Nature::Ask, Direction::MeToThem, state) => {
                self.my_asks.apply(w, sign);
                if state == EntryState::Done {
                    self.my_asks_granted.apply(w, sign);
                }
            }
            (Nature::Ask, Direction::ThemToMe, state) => {
                self.their_asks.apply(w, sign);
                match (state, entry.granted_by) {
                    (EntryState::Open, _) => bump(&mut self.their_open_requests, sign),
                    (EntryState::Done, None) => self.their_asks_granted.apply(w, sign),
                    // The introduction that granted it counts the favour
                    // (as a give): the request adds only the weight it
                    // has beyond, and no second favour.
                    (EntryState::Done, Some(g)) => self
                        .their_asks_granted
                        .apply_weight(w.saturating_sub(g.weight), sign),
                    (EntryState::Declined, _) => {}
                }
            }
        }
    }

    /// Help each way and the lean between them, in weight: the figures
    /// every view of a balance shows (`docs/review.md`, "Reciprocity").
    pub fn help(&self) -> Help {
        let given = self.my_gives.plus(self.their_asks_granted);
        let received = self.their_gives.plus(self.my_asks_granted);
        let lean = i64::from(given.weight) - i64::from(received.weight);
        Help {
            given,
            received,
            lean,
            meaning: Tallies::lean_meaning(lean),
        }
    }

    /// Which way the relationship leans, in weight: positive when I have
    /// helped more (my gives plus their requests I fulfilled) than I was
    /// helped (their gives plus my requests they fulfilled), negative the
    /// other way, zero when even.
    pub fn lean(&self) -> i64 {
        self.help().lean
    }

    /// What was asked each way, in weight, in the words every view uses:
    /// "you asked 0 · they asked 5". Asks are requests, not help, so views
    /// show them apart from [`Help`], never under its words.
    pub fn asks(&self) -> String {
        format!(
            "you asked {} · they asked {}",
            self.my_asks.weight, self.their_asks.weight
        )
    }

    /// What a lean says, in words every view uses: an ask is a request,
    /// not help, so the words speak of help given and received only.
    pub fn lean_meaning(lean: i64) -> &'static str {
        match Leans::of(lean) {
            Leans::Even => "help even",
            Leans::YouGaveMore => "you gave more help than you received",
            Leans::YouReceivedMore => "you received more help than you gave",
        }
    }

    /// What "you asked more than you gave" weighs: every ask of mine
    /// (asking spends goodwill, whatever the answer) against the help I
    /// gave ([`Help::given`]). The review's reason and the card's balance
    /// line both read this pair, so they never disagree.
    pub fn asked_and_gave(&self) -> (u32, u32) {
        (self.my_asks.weight, self.help().given.weight)
    }

    /// The words beside the lean when I asked more than I gave.
    pub fn asked_more(&self) -> Option<String> {
        let (asked, gave) = self.asked_and_gave();
        asked_more(asked, gave)
    }

    /// The balance in words, as the card, `show` and the TUI say it:
    /// `lean` (the view's words for the help lean, "help even" when even)
    /// and then, apart, what asks say: "help even · but you asked more (1)
    /// than you gave (0)". A bare "even; you asked more" had read as a
    /// contradiction (a user trial): the lean is help alone, and an ask is
    /// no help. "but" only where the asks go against the lean (even, or I
    /// gave more help); after "you received more help" they go the same
    /// way, so "and".
    pub fn verdict(&self, lean: String) -> String {
        match self.asked_more() {
            Some(asked) if self.lean() < 0 => format!("{lean} · and {asked}"),
            Some(asked) => format!("{lean} · but {asked}"),
            None => lean,
        }
    }

    /// Whether I have ever given this person anything: help given as the
    /// balance counts it ([`Help::given`]: a done give, an introduction,
    /// their request I granted), or a promise. One rule with the card: a
    /// granted request, "+1" on it, is no "never given" (trial 26q).
    pub fn ever_gave(&self) -> bool {
        self.help().given.count > 0 || self.my_open_promises > 0
    }

    /// Whether an entry of this nature and direction would ask of someone I
    /// never gave to: give before you ask. The shell warns; the TUI offers
    /// to record a give first.
    pub fn asks_before_giving(&self, nature: Nature, direction: Direction) -> bool {
        nature == Nature::Ask && direction == Direction::MeToThem && !self.ever_gave()
    }

    /// Takes another set of tallies out: the inverse of [`Tallies::merge`].
    pub fn subtract(&mut self, other: &Tallies) {
        self.combine(other, u32::saturating_sub);
    }

    /// Adds another set of tallies: for the overall totals.
    pub fn merge(&mut self, other: &Tallies) {
        self.combine(other, u32::saturating_add);
    }

    fn combine(&mut self, other: &Tallies, op: fn(u32, u32) -> u32) {
        for (a, b) in [
            (&mut self.my_gives, other.my_gives),
            (&mut self.my_asks, other.my_asks),
            (&mut self.their_gives, other.their_gives),
            (&mut self.their_asks, other.their_asks),
            (&mut self.my_asks_granted, other.my_asks_granted),
            (&mut self.their_asks_granted, other.their_asks_granted),
        ] {
            a.count = op(a.count, b.count);
            a.weight = op(a.weight, b.weight);
        }
        self.my_open_promises = op(self.my_open_promises, other.my_open_promises);
        self.their_open_requests = op(self.their_open_requests, other.their_open_requests);
    }
}

/// Whether an interaction is contact between us, which moves the last
/// touch: everything but a note. A note is what I wrote about them, not
/// something that happened between us, so writing one never makes "last
/// touch today" nor ends "no contact for N days".
pub fn is_contact(i: &Interaction) -> bool {
    i.kind != super::InteractionKind::Note
}

impl Balance {
    /// Moves the last touch forward to `day` if it is later.
    pub fn touch(&mut self, day: NaiveDate) {
        self.last_touch = Some(self.last_touch.map_or(day, |t| t.max(day)));
    }

    /// The balance computed from scratch from one contact's records.
    pub fn recompute<'a>(
        ledger: impl IntoIterator<Item = &'a LedgerEntry>,
        interactions: impl IntoIterator<Item = &'a Interaction>,
        follow_ups: impl IntoIterator<Item = &'a FollowUp>,
    ) -> Balance {
        let mut b = Balance::default();
        for e in ledger {
            b.tallies.add(e);
            e.touches().for_each(|day| b.touch(day));
        }
        for i in interactions.into_iter().filter(|i| is_contact(i)) {
            b.touch(i.date);
        }
        for f in follow_ups {
            if let Some(day) = f.done_on() {
                b.touch(day);
            }
        }
        b
    }

    /// Days since the last touch, if there was one.
    pub fn days_since_touch(&self, today: NaiveDate) -> Option<i64> {
        self.last_touch.map(|t| (today - t).num_days())
    }
}

#[cfg(test)]
mod tests;

/// Which way a relationship's help leans: the one rule the card's words
/// ([`Tallies::lean_meaning`]) and the stats' counts read, so `stats`
/// never says "you received more: 0" beside a card saying you did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leans {
    Even,
    YouGaveMore,
    YouReceivedMore,
}

impl Leans {
    /// The way a lean (help given minus help received, in weight) goes.
    pub fn of(lean: i64) -> Leans {
        match lean {
            0 => Leans::Even,
            n if n > 0 => Leans::YouGaveMore,
            _ => Leans::YouReceivedMore,
        }
    }
}
