//! Dates worth remembering about a person: a birthday (with or without the
//! year), an anniversary, or any named day, yearly or once ("Sofia's
//! recital"). The review says which are coming up, with the age where the
//! year is known; calendars get them as all-day events.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::text::{fold, tidy};

mod read;
use read::{parse_day, typed_in_digits};

/// The months in English, as cards, drafts and reminders write them.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What kind of day it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OccasionKind {
    Birthday,
    Anniversary,
    /// Any other day, named by its label.
    Other,
}

impl OccasionKind {
    /// The kind a day's name says it is: `--date "anniversary=2015-06-20"`,
    /// or an address book's date labelled "Anniversary", is the
    /// anniversary, one day however it came in (trial 27e: typed as a
    /// name, it came back from an own export as a second anniversary).
    fn named(label: &str) -> Option<OccasionKind> {
        match fold(label).as_str() {
            "birthday" | "compleanno" => Some(OccasionKind::Birthday),
            "anniversary" | "anniversario" => Some(OccasionKind::Anniversary),
            _ => None,
        }
    }
}

/// One date of a person's life. A stored layout (inside `Contact`): fields
/// are only added with a new record version.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Occasion {
    pub kind: OccasionKind,
    /// The name of an `Other` day ("Sofia's recital"); empty for the rest.
    pub label: String,
    pub month: u8,
    pub day: u8,
    /// The year it happened (a birth year), or of a one-off day. Unknown
    /// for a birthday given without one.
    pub year: Option<i32>,
    /// Comes back every year. Birthdays and anniversaries always do; a
    /// named day with a year happens once unless said otherwise.
    pub yearly: bool,
}

impl Occasion {
    /// Reads a date as people and other programs write it: `1985-03-14`,
    /// `19850314` (vCard 3), `03-14`, `--03-14` or `--0314` (no year),
    /// `14 march`, `march 14 1985`. A named day with a year happens once
    /// unless the text starts with `every` (`every 2019-04-02`).
    pub fn parse(kind: OccasionKind, label: &str, text: &str) -> Result<Occasion, String> {
        let label = tidy(label);
        let kind = match kind {
            OccasionKind::Other => OccasionKind::named(&label).unwrap_or(kind),
            kind => kind,
        };
        if kind == OccasionKind::Other && label.is_empty() {
            return Err("a date needs a name: --date \"NAME=DATE\"".into());
        }
        let lowered = text.trim().to_lowercase();
        let (every, rest) = match lowered.strip_prefix("every ") {
            Some(rest) => (true, rest.trim()),
            None => (false, lowered.as_str()),
        };
        // "il 12 marzo", "the 12th": an article before the day says nothing.
        let rest = ["il ", "l'", "the "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest)
            .trim();
        let (year, month, day) = match typed_in_digits(rest) {
            Some(read) => read.map_err(|why| format!("'{}' {why}", text.trim()))?,
            None => parse_day(rest).ok_or_else(|| {
                format!(
                    "'{}' is not a date I understand (try 1985-03-14, 14 march, 14/3 or \
                     14/3/1985)",
                    text.trim()
                )
            })?,
        };
        let valid = NaiveDate::from_ymd_opt(year.unwrap_or(2000), u32::from(month), u32::from(day));
        if valid.is_none() {
            let (m, d) = (u32::from(month), u32::from(day));
            let why = super::dates::no_such_day(year, m, d)
                .unwrap_or_else(|| "it is not a calendar date".to_string());
            return Err(format!("'{}' is not a day: {why}", text.trim()));
        }
        let yearly = kind != OccasionKind::Other || every || year.is_none();
        Ok(Occasion {
            kind,
            label: if kind == OccasionKind::Other {
                label
            } else {
                String::new()
            },
            month,
            day,
            year,
            yearly,
        })
    }

    /// What the day is called: "birthday", "anniversary" or its label.
    pub fn title(&self) -> &str {
        match self.kind {
            OccasionKind::Birthday => "birthday",
            OccasionKind::Anniversary => "anniversary",
            OccasionKind::Other => &self.label,
        }
    }

    /// Why this day cannot be as typed, as of `today`: a year before 1900
    /// (a slip: the way out shown is the same day without its year), or a birthday after today (nobody is born ahead). A
    /// wedding or a recital may be ahead: only the birthday is held to it.
    pub fn impossible(&self, today: NaiveDate) -> Option<String> {
        let year = self.year?;
        let day = self.in_year(year)?;
        if year < 1900 {
            // The day as typed, without its year: 2000 has every day.
            let bare = NaiveDate::from_ymd_opt(2000, self.month.into(), self.day.into())
                .unwrap_or(day)
                .format("%-d %B")
                .to_string()
                .to_lowercase();
            return Some(format!(
                "the {} in {year} is before 1900: check the year (or leave it out: {bare})",
                self.title()
            ));
        }
        // A birthday or an anniversary counts years since a day that came:
        // one ahead would be wished for years that have not been (trial
        // 28f: "anniversary in 3 days" for 2030). A named day may be ahead.
        let (what, give) = match self.kind {
            OccasionKind::Birthday => ("a birthday", "the year they were born"),
            OccasionKind::Anniversary => ("an anniversary", "the year it began"),
            OccasionKind::Other => return None,
        };
        (day > today).then(|| {
            format!(
                "{what} on {} is after today: give {give}, or none",
                day.format("%-d %B %Y")
            )
        })
    }

    /// Whether `name` (a title as typed) is this day: for `--drop-date`.
    pub fn is_called(&self, name: &str) -> bool {
        fold(self.title()) == fold(name)
    }

    /// The day it falls on in `year`; a 29 February falls on the 28th in
    /// other years, which is when people celebrate it.
    fn in_year(&self, year: i32) -> Option<NaiveDate> {
        let (m, d) = (u32::from(self.month), u32::from(self.day));
        NaiveDate::from_ymd_opt(year, m, d).or_else(|| {
            (m == 2 && d == 29)
                .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
                .flatten()
        })
    }

    /// The next time it happens, `today` included; `None` for a one-off
    /// day that is past.
    pub fn next_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        if !self.yearly {
            return self.in_year(self.year?).filter(|d| *d >= today);
        }
        let this = self.in_year(today.year())?;
        if this >= today {
            Some(this)
        } else {
            self.in_year(today.year() + 1)
        }
    }

    /// How many years it will be on `on`: the age a birthday turns, the
    /// years an anniversary counts. `None` when the year is unknown, for a
    /// one-off day, or before it first happened.
    pub fn years_on(&self, on: NaiveDate) -> Option<i32> {
        let n = on.year() - self.year?;
        (self.yearly && n > 0).then_some(n)
    }

    /// The day as a card shows it, with when it comes next if that is
    /// within a month: "birthday 14 March 1985 (in 3 days, turns 41)".
    pub fn line(&self, today: NaiveDate) -> String {
        let mut line = format!("{} {self}", self.title());
        if let Some(next) = self.next_on(today) {
            let days = (next - today).num_days();
            if days <= 31 {
                line.push_str(&format!(" ({}", super::dates::ago(-days)));
                if let Some(n) = self.years_on(next) {
                    line.push_str(", ");
                    line.push_str(&self.counted(n));
                }
                line.push(')');
            }
        }
        line
    }

    /// What `n` years mean for this day: "turns 41", "41 years".
    pub fn counted(&self, n: i32) -> String {
        match self.kind {
            OccasionKind::Birthday => format!("turns {n}"),
            _ => super::text::count(n, "year", "years"),
        }
    }

    /// The day as ISO 8601 writes it: `1985-03-14`, or `--03-14` without
    /// the year (the form vCard 4 and `--birthday` read back).
    pub fn iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    /// The text `--birthday`, `--anniversary` and `--date` read back as
    /// this same day.
    pub fn as_typed(&self) -> String {
        let day = match self.year {
            Some(_) => self.iso(),
            // "12 march", never "03-12": digits alone could be read
            // either way round (`dates::parse_date` refuses them so).
            None => format!(
                "{} {}",
                self.day,
                MONTHS[usize::from(self.month.clamp(1, 12)) - 1].to_lowercase()
            ),
        };
        match (self.kind, self.yearly && self.year.is_some()) {
            (OccasionKind::Other, true) => format!("{}=every {day}", self.label),
            (OccasionKind::Other, false) => format!("{}={day}", self.label),
            _ => day,
        }
    }
}

/// "14 March 1985", "14 March" without a year. Whether it comes back is
/// said only where it could go either way (report 27d #8: "every year" on
/// some days and not on the birthday read as if the birthday did not
/// repeat): a birthday, an anniversary and a day without a year always
/// come back and say nothing; a named day with a year says ", every
/// year" or ", once".
impl fmt::Display for Occasion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        write!(f, "{} {month}", self.day)?;
        if let Some(y) = self.year {
            write!(f, " {y}")?;
            if self.kind == OccasionKind::Other {
                f.write_str(if self.yearly {
                    ", every year"
                } else {
                    ", once"
                })?;
            }
        }
        Ok(())
    }
}

/// Adds `new` to a person's days, replacing the one with its name: a
/// person has one birthday, and "recital" given again moves the recital.
pub fn set(dates: &mut Vec<Occasion>, new: Occasion) {
    match dates
        .iter_mut()
        .find(|d| d.kind == new.kind && d.is_called(new.title()))
    {
        Some(old) => *old = new,
        None => dates.push(new),
    }
}

/// Removes the days called `name`; whether there was one.
pub fn drop(dates: &mut Vec<Occasion>, name: &str) -> bool {
    let before = dates.len();
    dates.retain(|d| !d.is_called(name));
    dates.len() != before
}

/// A day as "14 March" says it, for a day that is coming.
pub fn day_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), MONTHS[date.month0() as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn birthday(text: &str) -> Occasion {
        Occasion::parse(OccasionKind::Birthday, "", text).unwrap_or_else(|e| panic!("{e}"))
    }

    proptest::proptest! {
        /// Report 27d #8: a day says whether it comes back exactly where
        /// it could go either way (a named day with a year), and then
        /// always; a day that always does says nothing.
        #[test]
        fn a_day_says_it_repeats_only_where_it_could_not(
            kind in proptest::sample::select(vec![
                OccasionKind::Birthday, OccasionKind::Anniversary, OccasionKind::Other,
            ]),
            year in proptest::option::of(1950..2030i32),
            every in proptest::bool::ANY,
        ) {
            let text = match (year, every) {
                (Some(y), true) => format!("every {y}-08-03"),
                (Some(y), false) => format!("{y}-08-03"),
                (None, _) => "08-23".to_string(),
            };
            let o = Occasion::parse(kind, "recital", &text).map_err(proptest::test_runner::TestCaseError::fail)?;
            let shown = o.to_string();
            let either = kind == OccasionKind::Other && year.is_some();
            proptest::prop_assert_eq!(shown.contains(", every year"), either && o.yearly, "{}", shown);
            proptest::prop_assert_eq!(shown.contains(", once"), either && !o.yearly, "{}", shown);
        }
    }

    proptest::proptest! {
        /// Trial 28e: a birthday in 1899 on 5 May was told "or leave it
        /// out: 14 march". The way out said is the day typed, and it reads
        /// back as that day with no year.
        #[test]
        fn a_year_before_1900_is_told_the_same_day_without_it(
            year in 1000..1900i32,
            on in 0..366u32,
        ) {
            let typed = day("2000-01-01") + chrono::Days::new(on.into());
            let text = format!("{year}-{}", typed.format("%m-%d"));
            // 29 February in a year that has none is refused before.
            let Ok(b) = Occasion::parse(OccasionKind::Birthday, "", &text) else {
                return Ok(());
            };
            let why = b.impossible(day("2026-11-23")).unwrap_or_default();
            let (_, out) = why.rsplit_once("leave it out: ").unwrap_or_default();
            let back = birthday(out.trim_end_matches(')'));
            proptest::prop_assert_eq!((back.year, back.month, back.day), (None, b.month, b.day), "{}", why);
        }
    }

    #[test]
    fn every_written_form_reads_the_same_day() {
        for text in ["1985-03-14", "19850314", "14 march 1985", "March 14 1985"] {
            let b = birthday(text);
            assert_eq!((b.year, b.month, b.day), (Some(1985), 3, 14), "{text}");
        }
        for text in ["03-14", "--03-14", "--0314", "14 mar"] {
            let b = birthday(text);
            assert_eq!((b.year, b.month, b.day), (None, 3, 14), "{text}");
        }
        assert_eq!(birthday("1985-03-14T000000Z").year, Some(1985));
        // A month with a 't' is not a vCard time (trial 28b), an ordinal a day.
        let said = ["12 ottobre", "the 3rd august", "il primo settembre"].map(birthday);
        assert_eq!(said.map(|b| (b.month, b.day)), [(10, 12), (8, 3), (9, 1)]);
        for bad in ["", "1985-13-01", "02-30", "someday", "1985-02-29"] {
            assert!(
                Occasion::parse(OccasionKind::Birthday, "", bad).is_err(),
                "{bad}"
            );
        }
        assert!(Occasion::parse(OccasionKind::Other, " ", "03-14").is_err());
    }

    #[test]
    fn the_next_one_is_this_year_or_next_and_29_february_is_kept() {
        let b = birthday("1985-03-14");
        assert_eq!(b.next_on(day("2026-03-14")), Some(day("2026-03-14")));
        assert_eq!(b.next_on(day("2026-03-15")), Some(day("2027-03-14")));
        assert_eq!(b.years_on(day("2026-03-14")), Some(41));
        let leap = birthday("2000-02-29");
        assert_eq!(leap.next_on(day("2026-01-01")), Some(day("2026-02-28")));
        assert_eq!(leap.next_on(day("2028-01-01")), Some(day("2028-02-29")));
        let once = Occasion::parse(OccasionKind::Other, "recital", "2027-03-12")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!once.yearly);
        assert_eq!(once.next_on(day("2027-03-01")), Some(day("2027-03-12")));
        assert_eq!(once.next_on(day("2027-03-13")), None);
        assert_eq!(once.years_on(day("2027-03-12")), None);
        let every = Occasion::parse(OccasionKind::Other, "name day", "every 2019-06-24")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(every.yearly);
    }

    #[test]
    fn what_is_shown_reads_back_as_the_same_day() {
        for (kind, label, text) in [
            (OccasionKind::Birthday, "", "1985-03-14"),
            (OccasionKind::Birthday, "", "03-14"),
            (OccasionKind::Anniversary, "", "2010-06-20"),
            (OccasionKind::Other, "recital", "2027-03-12"),
            (OccasionKind::Other, "name day", "every 2019-06-24"),
            (OccasionKind::Other, "name day", "06-24"),
        ] {
            let o = Occasion::parse(kind, label, text).unwrap_or_else(|e| panic!("{e}"));
            let typed = o.as_typed();
            let (label, date) = typed.split_once('=').unwrap_or(("", &typed));
            let again = Occasion::parse(kind, label, date).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(again, o, "{typed}");
        }
        assert_eq!(birthday("1985-03-14").to_string(), "14 March 1985");
        assert_eq!(
            birthday("1985-03-14").line(day("2026-03-11")),
            "birthday 14 March 1985 (in 3 days, turns 41)"
        );
        assert_eq!(
            birthday("03-14").line(day("2026-03-13")),
            "birthday 14 March (tomorrow)"
        );
        assert_eq!(
            birthday("1985-03-14").line(day("2026-01-01")),
            "birthday 14 March 1985"
        );
        assert_eq!(birthday("03-14").iso(), "--03-14");
    }
}
