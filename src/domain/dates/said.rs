//! How a number of days and a month are said on screen ("3 days ago", "for 7
//! years", "Nov 26"): their own unit because they write dates out, while the
//! rest of `dates` reads what the user typed.

/// A number of days from today as people say it: "today", "yesterday",
/// "3 days ago", "tomorrow", "in 2 days".
pub fn ago(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "yesterday".into(),
        -1 => "tomorrow".into(),
        n if n > 0 => format!("{} ago", how_long(n)),
        n => format!("in {}", how_long(-n)),
    }
}

/// A number of days as a person says it: days up to three months, then
/// months up to two years, then years ("no contact for 7 years", not "for
/// 2780 days"); whole units, rounded down.
pub fn how_long(days: i64) -> String {
    match days.abs() {
        n if n < 90 => crate::domain::text::count(n, "day", "days"),
        n if n < 730 => crate::domain::text::count(n / 30, "month", "months"),
        n => crate::domain::text::count(n / 365, "year", "years"),
    }
}

/// A month as a chart labels it: "2026-11" → "Nov 26", the one form every
/// screen uses (it fits under a pair of bars).
pub fn month_label(month: &str) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match month.split_once('-') {
        Some((year, m)) => match m
            .parse::<usize>()
            .ok()
            .and_then(|m| NAMES.get(m.wrapping_sub(1)))
        {
            Some(name) => format!("{name} {}", &year[year.len().saturating_sub(2)..]),
            None => month.to_string(),
        },
        None => month.to_string(),
    }
}
