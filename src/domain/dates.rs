//! Date phrases as people type them, resolved against an explicit `today`.
//!
//! The same word means different days depending on what is being dated:
//! "friday" in `met anna coffee --on friday` is the Friday that just went by,
//! while in `follow-up anna friday ...` it is the coming one. Callers say which
//! with [`Toward`].

mod vocab;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
pub(crate) use vocab::day_number;
use vocab::{month, weekday};

mod said;
pub use said::{ago, how_long, month_label};

/// Which way an ambiguous phrase points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    /// Something that happened: `3d` is three days ago, `friday` the last one
    /// (or today, said on a Friday); never after today.
    Past,
    /// Something to do: `3d` is in three days, `friday` the next one.
    Future,
}

/// How many years ahead something to do can be set: further is a slip.
pub const AHEAD_YEARS: u32 = 10;

/// Resolves `input` to a day. Accepted forms:
///
/// - ISO dates: `2026-11-23`;
/// - `today`, `yesterday`, `tomorrow`;
/// - spans `3d`, `2w`, `1m`, `1y` (or `3 days`, `2 weeks`...), counted in the
///   direction of `toward`;
/// - `3 days ago` (always past) and `in 2 weeks` (always future), with `a`
///   or `an` for one (`in a week`, `a month ago`);
/// - `next week`, `next month`, `next year` (a span ahead) and `last week`...
///   (a span back);
/// - weekday names (`fri`, `friday`): toward the future, the first one
///   after today; `next friday` (`venerdì prossimo`) is the Friday of next
///   week, weeks starting on Monday (said on a Thursday, not tomorrow: then
///   "next" would add nothing); `last friday` the one before today;
/// - a day of a month (`dec 24`, `24 december`, `24 dec 2026`): without a
///   year, the nearest one in the direction of `toward` (today included);
/// - the same in Italian (`oggi`, `ieri`, `domani`, `venerdì`, `tra 2
///   settimane`, `3 giorni fa`, `venerdì prossimo`, `il 12 marzo`), see
///   [`vocab`].
///
/// No day before 1900 is taken: it is a slip, not a day of a relationship;
/// nor, toward the past (what happened), a day after today; nor, toward
/// the future (what is to do), a day before today read from words, or
/// one more than [`AHEAD_YEARS`] years ahead.
///
/// ```
/// use chrono::NaiveDate;
/// use givegive::domain::dates::{Toward, parse_date};
///
/// let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let day = |s| parse_date(s, monday, Toward::Past).unwrap().to_string();
/// assert_eq!(day("yesterday"), "2026-11-22");
/// assert_eq!(day("friday"), "2026-11-20");
/// assert_eq!(day("3 giorni fa"), "2026-11-20");
/// assert!(parse_date("in 2 weeks", monday, Toward::Past).is_err(), "what happened is not ahead");
/// let ahead = |s| parse_date(s, monday, Toward::Future).unwrap().to_string();
/// assert_eq!(ahead("fri"), "2026-11-27");
/// assert_eq!(ahead("tra 2 settimane"), "2026-12-07");
/// ```
pub fn parse_date(input: &str, today: NaiveDate, toward: Toward) -> Result<NaiveDate, String> {
    // A word a letter or two off a date word is named, put right (trial
    // 28c: "tomorow" read only "not a date I understand").
    let day = read_date(input, today, toward).map_err(|why| {
        match vocab::mended(input, |said| read_date(said, today, toward).is_ok()) {
            Some(said) => format!(
                "'{}' is not a date I understand: did you mean {said}?",
                input.trim()
            ),
            None => why,
        }
    })?;
    if day.year() < 1900 {
        return Err(format!("'{}' is before 1900: check the year", input.trim()));
    }
    // Something to do is never due in the past when said in words
    // (trial 26y3: "follow-up tom ieri" made a follow-up already overdue):
    // the shell and the forms read the day here, so both refuse it the
    // same way. A whole day in digits is taken as typed (notes written up
    // late, the demo's overdue follow-ups).
    let typed = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").is_ok();
    if toward == Toward::Future && day < today && !typed {
        return Err(format!(
            "'{}' is {}, before today: a follow-up is due today or later, a snooze ends after today",
            input.trim(),
            day.format("%-d %B %Y")
        ));
    }
    // Nothing to do is planned decades ahead: "2999-01-01" is a slip
    // (trial 28b took it as a follow-up).
    if toward == Toward::Future
        && today.checked_add_months(Months::new(12 * AHEAD_YEARS)) < Some(day)
    {
        return Err(format!(
            "'{}' is {}, more than {AHEAD_YEARS} years ahead: a follow-up or a snooze is set \
             within {AHEAD_YEARS} years",
            input.trim(),
            day.format("%-d %B %Y")
        ));
    }
    if toward == Toward::Past && day > today {
        return Err(format!(
            "'{}' is {}, after today: the day something happened is today or before (plan what is ahead with follow-up)",
            input.trim(),
            day.format("%-d %B %Y")
        ));
    }
    Ok(day)
}

fn read_date(input: &str, today: NaiveDate, toward: Toward) -> Result<NaiveDate, String> {
    let english = vocab::as_english(&input.trim().to_lowercase());
    let words: Vec<&str> = english.iter().map(String::as_str).collect();
    let bad = || {
        format!(
            "'{input}' is not a date I understand (try 2026-11-23, today, yesterday, 3d, 2w, \
             'in 2 weeks', '3 days ago', 'next week', a weekday or 'dec 24'; or oggi, \
             venerdì, 'tra 2 settimane', '3 giorni fa')"
        )
    };
    if let [a, b, year] = words.as_slice()
        && let (Some((month, day)), Ok(year)) = (month_day(a, b), year.parse::<i32>())
    {
        return NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
            not_a_day(input, Some(year), month, day)
                .unwrap_or_else(|| format!("'{input}' is not a valid calendar date"))
        });
    }
    // "31/11", "30 feb": a day past the month's end says so, never "not a
    // date I understand" (trial 28b).
    let no_day = |(month, day): (u32, u32)| match not_a_day(input, None, month, day) {
        Some(why) => Err(why),
        None => Ok((month, day)),
    };
    let result = match words.as_slice() {
        [] => return Err("a date cannot be empty".to_string()),
        ["today" | "now"] => Some(today),
        ["yesterday"] => today.checked_sub_days(Days::new(1)),
        ["tomorrow"] => today.checked_add_days(Days::new(1)),
        ["in", "a" | "an", unit] => one(unit).and_then(|s| s.shift(today, Toward::Future)),
        ["a" | "an", unit, "ago"] => one(unit).and_then(|s| s.shift(today, Toward::Past)),
        ["in", rest @ ..] => span(&rest.concat()).and_then(|s| s.shift(today, Toward::Future)),
        [rest @ .., "ago"] => span(&rest.concat()).and_then(|s| s.shift(today, Toward::Past)),
        ["last", day] if weekday(day).is_some() => {
            weekday(day).and_then(|w| step_to(today, w, Toward::Past, Strictly::Yes))
        }
        ["next", day] if weekday(day).is_some() => weekday(day).and_then(|w| next_week(today, w)),
        ["last", unit] => one(unit).and_then(|s| s.shift(today, Toward::Past)),
        ["next", unit] => one(unit).and_then(|s| s.shift(today, Toward::Future)),
        [a, b] if let Some(read) = month_day(a, b) => {
            let (month, day) = no_day(read)?;
            nearest(today, month, day, toward)
        }
        [single] if weekday(single).is_some() => {
            weekday(single).and_then(|w| step_to(today, w, toward, Strictly::Ahead))
        }
        [single] if let Some(read) = numeric_day(single) => {
            let (month, day) = no_day(read.map_err(|both| format!("'{input}' {both}"))?)?;
            nearest(today, month, day, toward)
        }
        [single] if single.contains('-') && single.starts_with(|c: char| c.is_ascii_digit()) => {
            return NaiveDate::parse_from_str(single, "%Y-%m-%d").map_err(|_| {
                let parts: Vec<_> = single.split('-').map(str::parse::<u32>).collect();
                let said = match parts.as_slice() {
                    [Ok(y), Ok(m), Ok(d)] => i32::try_from(*y)
                        .ok()
                        .and_then(|y| not_a_day(input, Some(y), *m, *d)),
                    _ => None,
                };
                said.unwrap_or_else(|| {
                    format!("'{input}' is not a valid calendar date (use YYYY-MM-DD)")
                })
            });
        }
        other => span(&other.concat()).and_then(|s| s.shift(today, toward)),
    };
    result.ok_or_else(bad)
}

/// Why `month`/`day` (in `year`, when one is said) is no day of the
/// calendar, as a person checks it: "November has 30 days", "February has
/// 28 days in 2026", "February has 29 days only in a leap year". `None`
/// when it is a day (a 29 February with no year is: some year has it).
pub(crate) fn no_such_day(year: Option<i32>, month: u32, day: u32) -> Option<String> {
    let name = super::occasion::MONTHS.get(month.checked_sub(1)? as usize)?;
    let last = |y: i32| {
        (28..=31)
            .rev()
            .find(|&d| NaiveDate::from_ymd_opt(y, month, d).is_some())
    };
    // 2000 is a leap year: with no year said, February's longest.
    let len = last(year.unwrap_or(2000))?;
    if (1..=len).contains(&day) {
        return None;
    }
    Some(match (month, year) {
        (2, Some(y)) => format!("{name} has {len} days in {y}"),
        (2, None) => format!("{name} has 28 days, 29 in a leap year"),
        _ => format!("{name} has {len} days"),
    })
}

/// [`no_such_day`] said of what was typed: "'31/11' is not a day: November has 30 days".
fn not_a_day(input: &str, year: Option<i32>, month: u32, day: u32) -> Option<String> {
    no_such_day(year, month, day).map(|why| format!("'{}' is not a day: {why}", input.trim()))
}

/// A stretch of time as a number of days, for a cadence: `30`, `2w`,
/// `3 months`, `2 settimane` (a month is 30 days, a year 365: a cadence is
/// a rhythm, not a calendar day).
pub fn days(input: &str) -> Result<u16, String> {
    let english = vocab::as_english(&input.trim().to_lowercase());
    let text = english.concat();
    let days = match text.parse::<u32>() {
        Ok(n) => Some(n),
        Err(_) => span(&text).and_then(|s| {
            let per = match s.unit {
                Unit::Day => 1,
                Unit::Week => 7,
                Unit::Month => 30,
                Unit::Year => 365,
            };
            s.count.checked_mul(per)
        }),
    };
    let bad = || {
        format!(
            "'{}' is not a number of days (try 30, 2w, 3m or 1y)",
            input.trim()
        )
    };
    u16::try_from(days.ok_or_else(bad)?).map_err(|_| bad())
}

/// A count of calendar units, as in `3d` or `2 weeks`.
struct Span {
    count: u32,
    unit: Unit,
}

pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// One of a unit named by a word: `week` in `next week`, `in a week`.
fn one(unit: &str) -> Option<Span> {
    if !unit.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    span(&format!("1{unit}"))
}

fn span(text: &str) -> Option<Span> {
    let digits_end = text.find(|c: char| !c.is_ascii_digit())?;
    if digits_end == 0 {
        return None;
    }
    let count: u32 = text[..digits_end].parse().ok()?;
    let unit = vocab::unit(&text[digits_end..])?;
    Some(Span { count, unit })
}

impl Span {
    fn shift(&self, from: NaiveDate, toward: Toward) -> Option<NaiveDate> {
        let (days, months) = match self.unit {
            Unit::Day => (u64::from(self.count), 0),
            Unit::Week => (u64::from(self.count) * 7, 0),
            Unit::Month => (0, self.count),
            Unit::Year => (0, self.count.checked_mul(12)?),
        };
        match toward {
            Toward::Past => from
                .checked_sub_days(Days::new(days))?
                .checked_sub_months(Months::new(months)),
            Toward::Future => from
                .checked_add_days(Days::new(days))?
                .checked_add_months(Months::new(months)),
        }
    }
}

/// A day and a month in digits with no year (`03-14`, `14/3`): read the
/// one way it can be, month-day or day-month, since English and Italian
/// users write them in opposite orders. When both readings are days
/// (`12-09`) it is refused with both named, never guessed. `None` when it
/// is not two numbers.
pub(crate) fn numeric_day(word: &str) -> Option<Result<(u32, u32), String>> {
    let (a, b) = word.split_once(['-', '/'])?;
    let num = |w: &str| {
        (!w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (num(a)?, num(b)?);
    let month = |m: u32| (1..=12).contains(&m);
    let day = |d: u32| (1..=31).contains(&d);
    let name = |m: u32, d: u32| {
        let months = super::occasion::MONTHS;
        format!("{d} {}", months[(m - 1) as usize])
    };
    Some(match (month(a) && day(b), month(b) && day(a)) {
        (true, true) if a != b => Err(format!(
            "could be {} or {}: write the month's name ('{}') or the whole date (YYYY-MM-DD)",
            name(a, b),
            name(b, a),
            name(a, b).to_lowercase(),
        )),
        (true, _) => Ok((a, b)),
        (false, true) => Ok((b, a)),
        (false, false) => Err("is not a day of any month".to_string()),
    })
}

/// A month and a day written either way round: `dec 24`, `24 december`.
pub(crate) fn month_day(a: &str, b: &str) -> Option<(u32, u32)> {
    let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    match (month(a), month(b)) {
        (Some(m), None) => Some((m, day(b)?)),
        (None, Some(m)) => Some((m, day(a)?)),
        _ => None,
    }
}

/// `month`/`day` in this year, or the year before (for the past) or after
/// (for the future) when this year's is on the wrong side of today.
fn nearest(today: NaiveDate, month: u32, day: u32, toward: Toward) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(today.year(), month, day);
    let step = match toward {
        Toward::Past => -1,
        Toward::Future => 1,
    };
    match this {
        Some(d)
            if (toward == Toward::Past && d <= today)
                || (toward == Toward::Future && d >= today) =>
        {
            Some(d)
        }
        // Another year's, or the next leap year's 29 February.
        _ => (1..=8).find_map(|n| NaiveDate::from_ymd_opt(today.year() + step * n, month, day)),
    }
}

/// Whether a weekday can be today.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strictly {
    /// "last friday": never today.
    Yes,
    /// "friday": for something that happened, said on a Friday, today (the
    /// user logs the call they just had); for something to do, a week
    /// ahead, because "today" is the word for today.
    Ahead,
}

/// The nearest `target` weekday before (or after) `today`, as `strictly` says.
fn step_to(
    today: NaiveDate,
    target: Weekday,
    toward: Toward,
    strictly: Strictly,
) -> Option<NaiveDate> {
    let now = today.weekday().num_days_from_monday();
    let goal = target.num_days_from_monday();
    match toward {
        Toward::Past => {
            let back = (now + 7 - goal) % 7;
            let back = if back == 0 && strictly == Strictly::Yes {
                7
            } else {
                back
            };
            today.checked_sub_days(Days::new(u64::from(back)))
        }
        Toward::Future => {
            let ahead = (goal + 7 - now) % 7;
            today.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
        }
    }
}

/// `target` in the week after today's (weeks start on Monday): "next
/// friday" said on a Thursday is eight days on, not tomorrow.
fn next_week(today: NaiveDate, target: Weekday) -> Option<NaiveDate> {
    let monday =
        today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))?;
    monday.checked_add_days(Days::new(7 + u64::from(target.num_days_from_monday())))
}

/// Serde representation of stored days: a compact day number for bincode, an
/// ISO string for human-readable formats such as JSON.
pub mod day_serde {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(&day.format("%Y-%m-%d"))
        } else {
            s.serialize_i32(day.num_days_from_ce())
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if d.is_human_readable() {
            let text = String::deserialize(d)?;
            NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(D::Error::custom)
        } else {
            let n = i32::deserialize(d)?;
            NaiveDate::from_num_days_from_ce_opt(n)
                .ok_or_else(|| D::Error::custom(format!("day number {n} is out of range")))
        }
    }

    /// The same for an optional day.
    pub mod opt {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        #[derive(Serialize, Deserialize)]
        struct Wrap(#[serde(with = "super")] NaiveDate);

        pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            day.map(Wrap).serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
        }
    }
}

#[cfg(test)]
mod tests;
