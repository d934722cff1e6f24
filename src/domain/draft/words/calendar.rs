//! Months and days of the week, in English and Italian: the one list of
//! each, for saying a day and for knowing a capitalised word is nobody.

use chrono::Weekday;

use crate::domain::occasion::MONTHS as EN_MONTHS;
use crate::domain::text::fold;

/// The days of the week in English, Monday first as
/// [`Weekday::num_days_from_monday`] counts: the one list of them.
pub(crate) const EN_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The days of the week in Italian, Monday first: the one list of them.
pub(crate) const IT_WEEKDAYS: [&str; 7] = [
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
];

/// The months in Italian, January first: the one list of them (English's
/// is [`EN_MONTHS`]).
pub(crate) const IT_MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// Whether `folded` (lower case, accents folded) says the month or day
/// `name`: the whole name, or its first three letters as people shorten
/// it ("dec", "dic", "mon", "ven"). The one shortening rule, for drafts
/// and for the date reader alike.
pub(crate) fn said_as(name: &str, folded: &str) -> bool {
    let name = fold(name);
    name == folded || (folded.chars().count() == 3 && name.starts_with(folded))
}

/// Whether a folded word names a month or a day of the week, in English
/// or Italian, whole or shortened ("Dec 1", "3 dic", "Mon"): capitalised,
/// yet nobody.
pub(in crate::domain::draft) fn calendar_word(folded: &str) -> bool {
    EN_MONTHS
        .iter()
        .chain(&IT_MONTHS)
        .chain(&EN_WEEKDAYS)
        .chain(&IT_WEEKDAYS)
        .any(|name| said_as(name, folded))
        || folded == "sept"
}

pub(super) fn en_weekday(d: Weekday) -> &'static str {
    EN_WEEKDAYS[d.num_days_from_monday() as usize]
}

/// Whether a lowercased word is an Italian month or day of the week, for
/// `tongue` to count as Italian.
pub(in crate::domain::draft) fn italian_calendar_word(word: &str) -> bool {
    IT_MONTHS.contains(&word) || IT_WEEKDAYS.contains(&word)
}

/// Whether a lowercased word is an English month or day of the week, for
/// `tongue` to count as English.
pub(in crate::domain::draft) fn english_calendar_word(word: &str) -> bool {
    EN_MONTHS
        .iter()
        .chain(&EN_WEEKDAYS)
        .any(|name| name.to_lowercase() == word)
}

pub(super) fn it_weekday(d: Weekday) -> &'static str {
    IT_WEEKDAYS[d.num_days_from_monday() as usize]
}

impl super::Language {
    /// A day as a confirmation says it, weekday first, so a day read from
    /// words can be checked without doing the sums ("snoozed until Friday
    /// 11 December", "venerdì 11 dicembre"); with its year when that is
    /// not this year's ("dec 24" toward the past is 24 December 2025).
    pub fn weekday_date(self, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let year = match date.year() == today.year() {
            true => String::new(),
            false => format!(" {}", date.year()),
        };
        let (day, month) = match self {
            super::Language::English => (
                en_weekday(date.weekday()),
                EN_MONTHS[date.month0() as usize],
            ),
            super::Language::Italian => (
                it_weekday(date.weekday()),
                IT_MONTHS[date.month0() as usize],
            ),
        };
        format!("{day} {} {month}{year}", date.day())
    }

    /// A day to come as a confirmation says it (a follow-up due, a snooze's
    /// end): today and tomorrow by their word, then, after a comma, the day
    /// as [`Self::weekday_date`] says it, "due today, Monday 7 December",
    /// "domani, martedì 8 dicembre"; any other day as `weekday_date` alone
    /// (trial 28c: "follow-up due Monday 7 December" on that Monday). A
    /// comma, not brackets: the line goes on with the record's id in
    /// brackets, and "(Tuesday 24 November) (#133)" read as two asides.
    pub fn day_to_come(self, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
        let word = match (self, (date - today).num_days()) {
            (super::Language::English, 0) => "today",
            (super::Language::English, 1) => "tomorrow",
            (super::Language::Italian, 0) => "oggi",
            (super::Language::Italian, 1) => "domani",
            _ => return self.weekday_date(date, today),
        };
        format!("{word}, {}", self.weekday_date(date, today))
    }
}
