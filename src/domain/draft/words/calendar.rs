//! Months and days of the week, in English and Italian: the one list of
//! each, for saying a day and for knowing a capitalised word is nobody.

use chrono::Weekday;

use crate::domain::occasion::MONTHS as EN_MONTHS;
use crate::domain::text::fold;

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

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

/// Whether a folded word names a month or a day of the week, in English
/// or Italian: capitalised, yet nobody.
pub(in crate::domain::draft) fn calendar_word(folded: &str) -> bool {
    EN_MONTHS
        .iter()
        .chain(IT_MONTHS.iter())
        .copied()
        .chain(WEEK.iter().flat_map(|d| [en_weekday(*d), it_weekday(*d)]))
        .any(|w| fold(w) == folded)
        // "Dec 1", "3 dic", "Mon": the short forms.
        || MONTHS_SHORT.contains(&folded)
}

/// Months and days as people shorten them, English and Italian.
const MONTHS_SHORT: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen",
    "mag", "giu", "lug", "ago", "set", "ott", "dic", "mon", "tue", "wed", "thu", "fri", "sat",
    "sun", "lun", "mer", "gio", "ven", "sab", "dom",
];

pub(super) fn en_weekday(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Whether a lowercased word is an Italian month or day of the week: the
/// one list of them, for `tongue` to count as Italian.
pub(in crate::domain::draft) fn italian_calendar_word(word: &str) -> bool {
    IT_MONTHS.contains(&word) || WEEK.iter().any(|d| it_weekday(*d) == word)
}

pub(super) fn it_weekday(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "lunedì",
        Weekday::Tue => "martedì",
        Weekday::Wed => "mercoledì",
        Weekday::Thu => "giovedì",
        Weekday::Fri => "venerdì",
        Weekday::Sat => "sabato",
        Weekday::Sun => "domenica",
    }
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
