//! The readers `Occasion::parse` tries on the day a person typed, in digits
//! (`25/12`) or in words ("12 march", "il primo dicembre"): their own unit
//! because reading a typed day is a job apart from keeping and saying an
//! occasion.

/// (year, month, day) from the accepted forms, or `None`.
/// A year if known, a month and a day.
pub(crate) type Day = (Option<i32>, u8, u8);

/// A day and a month in digits as people type them (`03-14`, `25/12`,
/// `25/12/1985`), read as every other typed date is (`dates::numeric_day`):
/// the one way it can be, and `12-09` refused with both readings named
/// (trial 28b: a birthday typed `12-09` by an Italian, meaning 12
/// September, was wished on 9 December). `None` for any other form.
pub(crate) fn typed_in_digits(text: &str) -> Option<Result<Day, String>> {
    let (pair, year) = match text.rsplit_once('/') {
        Some((pair, y)) if pair.contains('/') => (pair, Some(y)),
        _ => (text, None),
    };
    let read = crate::domain::dates::numeric_day(pair)?;
    let year = match year {
        None => None,
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => y.parse().ok(),
        Some(_) => return None,
    };
    Some(read.and_then(|(m, d)| {
        let m = u8::try_from(m).map_err(|e| e.to_string())?;
        let d = u8::try_from(d).map_err(|e| e.to_string())?;
        Ok((year, m, d))
    }))
}

pub(crate) fn parse_day(text: &str) -> Option<Day> {
    let num = |s: &str| s.parse::<u32>().ok();
    let md = |m: u32, d: u32| -> Option<(u8, u8)> {
        ((1..=12).contains(&m) && (1..=31).contains(&d))
            .then(|| Some((u8::try_from(m).ok()?, u8::try_from(d).ok()?)))
            .flatten()
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // vCard 4 writes a date-time (`19850314T000000Z`) for some phones.
    // Only after digits: "12 ottobre", "3 august" and "the 12th" hold a 't'.
    let text = match text.split_once('t') {
        Some((d, _)) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b'-') => d,
        _ => text,
    };
    if let Some(rest) = text.strip_prefix("--") {
        let (m, d) = match rest.split_once('-') {
            Some((m, d)) => (num(m)?, num(d)?),
            None if rest.len() == 4 && digits(rest) => (num(&rest[..2])?, num(&rest[2..])?),
            None => return None,
        };
        let (m, d) = md(m, d)?;
        return Some((None, m, d));
    }
    let parts: Vec<&str> = text.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && digits(y) => {
            let (m, d) = md(num(m)?, num(d)?)?;
            return Some((Some(i32::try_from(num(y)?).ok()?), m, d));
        }
        [m, d] if digits(m) && digits(d) => {
            let (m, d) = md(num(m)?, num(d)?)?;
            return Some((None, m, d));
        }
        [all] if all.len() == 8 && digits(all) => {
            let (m, d) = md(num(&all[4..6])?, num(&all[6..])?)?;
            return Some((Some(i32::try_from(num(&all[..4])?).ok()?), m, d));
        }
        _ => {}
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| crate::domain::dates::day_number(w).unwrap_or(w))
        .collect();
    let (a, b, year) = match words.as_slice() {
        [a, b] => (*a, *b, None),
        [a, b, y] if y.len() == 4 && digits(y) => (*a, *b, Some(i32::try_from(num(y)?).ok()?)),
        _ => return None,
    };
    let (m, d) = crate::domain::dates::month_day(a, b)?;
    let (m, d) = md(m, d)?;
    Some((year, m, d))
}
