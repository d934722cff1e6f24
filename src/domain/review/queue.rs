//! Choosing the day's review: each person's lines (every reason their
//! facts give, found by [`lines`]), then the people who fit the day's
//! capacity, most urgent first ([`choose`]). A process that keeps the
//! journal open keeps each person's lines until they or the day change, so
//! a review of 100,000 people chooses among lines already found.

use chrono::NaiveDate;

use super::{Facts, Item, Queue, Reason, Settings, key, patterns};
use crate::domain::Id;

/// How many days a meeting not followed up keeps its late line ("you met
/// Luca 9 days ago … and have not followed up"): as long as a draft still
/// thanks for the moment (the drafts' recent window), a follow-up is
/// timely; after that the line would only grow ("13 days ago", "40 days
/// ago") and nag, so it goes, and the person's cadence, if any, brings
/// them back.
pub(crate) const LATE_DAYS: i64 = 14;

/// Builds the review from each person's facts. `hidden` says whether an
/// item's key is dismissed or snoozed until after today.
pub fn build(
    facts: &[Facts],
    settings: &Settings,
    today: NaiveDate,
    hidden: impl Fn(Id, &Reason) -> bool,
) -> Queue {
    build_keeping(facts, settings, today, hidden, |_| false, false)
}

/// [`build`], keeping the people `kept` says in the day's few while they
/// have a line (see [`choose`]), and with the people in line past them
/// when `in_line` asks (`review --all`).
pub fn build_keeping(
    facts: &[Facts],
    settings: &Settings,
    today: NaiveDate,
    hidden: impl Fn(Id, &Reason) -> bool,
    kept: impl Fn(Id) -> bool,
    in_line: bool,
) -> Queue {
    // Everyone's lines in one buffer, not a list each: 100,000 people.
    let mut found = Vec::with_capacity(facts.len());
    let spans: Vec<std::ops::Range<usize>> = facts
        .iter()
        .map(|f| {
            let start = found.len();
            find_lines(f, settings, today, &mut found);
            start..found.len()
        })
        .collect();
    choose(
        facts
            .iter()
            .zip(spans)
            .map(|(f, span)| (f.contact, &*f.name, &found[span])),
        settings,
        hidden,
        kept,
        in_line,
    )
}

/// Every reason `f` gives the review on `today`, in the order they are
/// found (which breaks ties between equally urgent lines).
pub fn lines(f: &Facts, settings: &Settings, today: NaiveDate) -> Vec<Reason> {
    let mut found = Vec::new();
    find_lines(f, settings, today, &mut found);
    found
}

/// [`lines`], added to `found`.
fn find_lines(f: &Facts, settings: &Settings, today: NaiveDate, found: &mut Vec<Reason>) {
    let days = |d: NaiveDate| (today - d).num_days();
    let mut push = |reason: Reason| found.push(reason);
    for due in &f.due_follow_ups {
        push(Reason::FollowUpDue {
            follow_up: due.pending.clone(),
            days_late: days(due.pending.date).max(0),
            first_due: due.first_due,
            planned: due.planned,
        });
    }
    for occasion in f.dates.iter() {
        if let Some(on) = occasion.next_on(today)
            && (0..=settings.dates_ahead).contains(&(on - today).num_days())
        {
            push(Reason::DateComing {
                occasion: Box::new(occasion.clone()),
                on,
                days_until: (on - today).num_days(),
                years: occasion.years_on(on),
            });
        }
    }
    // A meeting not followed up keeps its line after the fresh window,
    // worded as late, while a follow-up is still timely ([`LATE_DAYS`]),
    // or until the cadence's own line takes over before that.
    let cadence_past = f.cadence.is_some_and(|cadence| {
        f.due_follow_ups.is_empty() && days(f.last_touch.unwrap_or(f.added)) > i64::from(cadence)
    });
    if let Some(m) = &f.digest.last_meeting
        && !f.digest.followed_up_meeting
        && days(m.date) >= 0
        && (days(m.date) <= settings.fresh_days || (days(m.date) <= LATE_DAYS && !cadence_past))
    {
        push(Reason::FreshMeeting {
            meeting: m.clone(),
            days_ago: days(m.date),
            late: days(m.date) > settings.fresh_days,
        });
    }
    for e in &f.digest.open_requests {
        push(Reason::RequestOpen {
            entry: e.clone(),
            days_open: days(e.date).max(0),
        });
    }
    for e in &f.digest.open_promises {
        push(Reason::PromiseOpen {
            entry: e.clone(),
            days_open: days(e.date).max(0),
        });
    }
    if f.digest.signals.len() >= settings.signal_threshold.max(1) {
        push(Reason::SignalsPiledUp {
            signals: f.digest.signals.clone(),
        });
    }
    for (which, pattern) in patterns(f) {
        push(Reason::PatternSeen { pattern, which });
    }
    // Their turn was last, and the balance does not say I helped more:
    // "give back" would contradict a card that says "+2, you helped more".
    if let Some(give) = &f.digest.their_last_give
        && f.digest.my_last_give.is_none_or(|mine| mine < give.date)
        && f.lean <= 0
    {
        push(Reason::ReciprocityOwed {
            their_give: give.clone(),
        });
    }
    // A cadence counts from the last contact, or from the day they were
    // added when there was none: someone added three days ago is not
    // overdue for a 90-day cadence.
    if let Some(cadence) = f.cadence
        && cadence_past
    {
        push(Reason::PastCadence {
            days_since: f.last_touch.map(days),
            cadence,
            from: f.last_touch.unwrap_or(f.added),
        });
    }
    if crate::domain::balance::asked_more(f.my_asks, f.my_gives).is_some() {
        push(Reason::OneSided {
            my_asks: f.my_asks,
            my_gives: f.my_gives,
        });
    }
}

/// The day's review from everyone's lines, given as (person, name, lines)
/// in id order. `hidden` says whether an item's key is dismissed or snoozed
/// until after today.
///
/// `kept` names the people a pass through the review is showing already:
/// they stay among the day's few while they have a line, ahead of those
/// who wait. Without it, setting aside a person's most urgent line ranks
/// them by the next one, and someone waiting can take their place: their
/// other, still true, line would vanish from the screen.
///
/// `in_line` words the people past the day's capacity too, in the same
/// order ([`super::Queue::in_line`]): nobody could see who waited (trial
/// 26y3). Only when asked: a large journal has thousands in line.
pub fn choose<'a>(
    people: impl Iterator<Item = (Id, &'a str, &'a [Reason])>,
    settings: &Settings,
    hidden: impl Fn(Id, &Reason) -> bool,
    kept: impl Fn(Id) -> bool,
    in_line: bool,
) -> Queue {
    // A large journal has tens of thousands of candidate lines: they stay
    // borrowed (reason, whose, order of finding) until the queue is cut to
    // the day's capacity; keys, names and wording are made for those only.
    let mut whose: Vec<(Id, &str)> = Vec::new();
    let mut items: Vec<(&Reason, usize)> = Vec::new();
    for (contact, name, lines) in people {
        let n = whose.len();
        let before = items.len();
        items.extend(lines.iter().filter(|r| !hidden(contact, r)).map(|r| (r, n)));
        if items.len() > before {
            whose.push((contact, name));
        }
    }
    // Most urgent first, then the heaviest, then by name; ties keep the
    // order they were found in. Positions are ordered, not the lines, so
    // choosing the day's few moves no more than numbers.
    let order = |a: &usize, b: &usize| {
        let ((ra, fa), (rb, fb)) = (&items[*a], &items[*b]);
        ra.rank()
            .cmp(&rb.rank())
            .then(rb.weight().cmp(&ra.weight()))
            .then_with(|| whose[*fa].1.cmp(whose[*fb].1))
            .then(a.cmp(b))
    };
    // A person is in the review once, with all their reasons: people are
    // ranked by their most urgent reason and the capacity counts people.
    // One person's reasons were found one after another.
    let mut people: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, (_, n)) in items.iter().enumerate() {
        match people.last_mut() {
            Some((best, range)) if items[range.start].1 == *n => {
                range.end = i + 1;
                if order(&i, best).is_lt() {
                    *best = i;
                }
            }
            _ => people.push((i, i..i + 1)),
        }
    }
    type Person = (usize, std::ops::Range<usize>);
    let by_best = |a: &Person, b: &Person| order(&a.0, &b.0);
    let is_kept = |p: &Person| kept(whose[items[p.0].1].0);
    let kept_first = |a: &Person, b: &Person| is_kept(b).cmp(&is_kept(a)).then(by_best(a, b));
    let waiting = people.len().saturating_sub(settings.capacity);
    if waiting > 0 && settings.capacity > 0 {
        people.select_nth_unstable_by(settings.capacity - 1, kept_first);
    }
    let mut rest = people.split_off(settings.capacity.min(people.len()));
    if !in_line {
        rest.clear();
    }
    people.sort_by(by_best);
    rest.sort_by(by_best);
    let worded = |people: Vec<Person>| -> Vec<Item> {
        let mut chosen = Vec::new();
        for (_, range) in people {
            let mut theirs: Vec<usize> = range.collect();
            theirs.sort_by(order);
            chosen.extend(theirs);
        }
        chosen
            .into_iter()
            .map(|i| {
                let (reason, n) = items[i];
                let (contact, name) = whose[n];
                Item {
                    key: key(contact, reason),
                    contact,
                    name: name.to_string(),
                    why: reason.after_name(name),
                    reason: reason.clone(),
                }
            })
            .collect()
    };
    Queue {
        items: worded(people),
        waiting,
        in_line: worded(rest),
        due: DueCount::default(),
    }
}

impl super::Queue {
    /// How many people today's review shows (each once, however many
    /// lines they have): the one count the review's header and the TUI's
    /// status line both say, so they cannot disagree (trial 26r read
    /// "review: 3 people today" over "0 follow-ups due").
    pub fn people(&self) -> usize {
        let mut seen = std::collections::BTreeSet::new();
        self.items.iter().filter(|i| seen.insert(i.contact)).count()
    }
}

/// The follow-up lines due today that were set aside, each with the day
/// it comes back ([`super::keys::FOR_GOOD`] for a line dismissed): what an
/// emptied review says of them. How many people the review shows is
/// [`super::Queue::people`]; the status line says that count, not a count
/// of follow-ups (trial 26r read "0 follow-ups due" over a review of 3).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DueCount {
    /// The day each follow-up line set aside comes back.
    pub set_aside: Vec<NaiveDate>,
}

/// Counts the follow-up lines among `lines` (each person's, by id) set
/// aside, `until` saying until when a line is hidden (none: shown).
pub fn count_due<'a>(
    lines: impl Iterator<Item = (Id, &'a Reason)>,
    until: impl Fn(Id, &Reason) -> Option<NaiveDate>,
) -> DueCount {
    DueCount {
        set_aside: lines
            .filter(|(_, r)| matches!(r, Reason::FollowUpDue { .. }))
            .filter_map(|(id, r)| until(id, r))
            .collect(),
    }
}

impl DueCount {
    /// What an empty review says of the follow-ups it set aside, true to
    /// how: "2 follow-ups due are set aside: 1 snoozed until 2026-11-30, 1
    /// dismissed (it comes back only with something new)".
    pub fn set_aside_words(&self) -> Option<String> {
        use crate::domain::text::count;
        if self.set_aside.is_empty() {
            return None;
        }
        let gone = |d: &&NaiveDate| **d >= super::keys::FOR_GOOD;
        let dismissed = self.set_aside.iter().filter(gone).count();
        let snoozed: Vec<&NaiveDate> = self.set_aside.iter().filter(|d| !gone(d)).collect();
        let mut parts = Vec::new();
        if let Some(first) = snoozed.iter().min() {
            let last = snoozed.iter().max().unwrap_or(first);
            parts.push(match snoozed.len() {
                1 => format!("1 snoozed until {first}"),
                n if first == last => format!("{n} snoozed until {first}"),
                n => format!("{n} snoozed, the first back on {first}"),
            });
        }
        if dismissed > 0 {
            parts.push(format!(
                "{dismissed} dismissed ({} back only with something new)",
                if dismissed == 1 {
                    "it comes"
                } else {
                    "they come"
                }
            ));
        }
        Some(format!(
            "{} set aside: {}.",
            count(
                self.set_aside.len(),
                "follow-up due is",
                "follow-ups due are"
            ),
            parts.join(", ")
        ))
    }
}
