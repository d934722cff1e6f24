//! What a message says besides what was talked about: an offer to
//! introduce someone, wishes for their day, thanks, what I send as
//! promised, the introductions I made. English and Italian.

use chrono::{Datelike, NaiveDate};

use super::Language::{self, English, Italian};
use super::{en_weekday, it_weekday};
use crate::domain::draft::Greeting;

impl Language {
    /// How the message offers an introduction to someone who can help
    /// with their need, said just before (on the need's line, or last in
    /// the details): the need is not named twice.
    pub fn help(self, helper: &str) -> String {
        match self {
            English => {
                format!(
                    "{helper} might be the right person, and I would be happy to introduce you."
                )
            }
            Italian => format!("{helper} potrebbe fare al caso tuo e, se vuoi, vi presento."),
        }
    }

    /// A day still to come as said on `today`: "tomorrow", "on Thursday",
    /// "on 14 December"; "domani", "giovedì", "il 14 dicembre".
    fn coming(self, date: NaiveDate, today: NaiveDate) -> String {
        match (self, (date - today).num_days()) {
            (English, 0) => "today".into(),
            (English, 1) => "tomorrow".into(),
            (English, 2..=6) => format!("on {}", en_weekday(date.weekday())),
            (Italian, 0) => "oggi".into(),
            (Italian, 1) => "domani".into(),
            (Italian, 2..=6) => it_weekday(date.weekday()).into(),
            // A day of the month reads the same whether past or to come.
            _ => self.when(date, date - chrono::Days::new(7)),
        }
    }

    /// The opening to someone seen lately, with no moment to greet: no
    /// silence to break, so no "thinking of you lately".
    pub fn well(self) -> String {
        match self {
            English => "I hope you are well.".into(),
            Italian => "spero che tu stia bene.".into(),
        }
    }

    /// Wishes for their day: "Happy birthday!" on the day, "Wishing you a wonderful
    /// birthday on Thursday." before it: not "I hope…", which the line of
    /// my introductions opens with (two lines would open the same way).
    pub fn greeting(self, kind: Greeting, on: NaiveDate, today: NaiveDate) -> String {
        use Greeting::{Anniversary, Birthday};
        let when = self.coming(on, today);
        match (self, kind, on <= today) {
            (English, Birthday, true) => "Happy birthday!".into(),
            (English, Anniversary, true) => "Happy anniversary!".into(),
            (English, Birthday, false) => format!("Wishing you a wonderful birthday {when}."),
            (English, Anniversary, false) => {
                format!("Wishing you a wonderful anniversary {when}.")
            }
            (Italian, Birthday, true) => "Buon compleanno!".into(),
            (Italian, Anniversary, true) => "Buon anniversario!".into(),
            (Italian, Birthday, false) => format!("Ti auguro un buon compleanno {when}."),
            (Italian, Anniversary, false) => format!("Ti auguro un buon anniversario {when}."),
        }
    }

    /// Thanks for what they gave ([`super::thanked_for`] words it).
    pub fn thanks(self, what: &str) -> String {
        match self {
            English => format!("Thank you for {what}."),
            Italian => format!("Grazie per {what}."),
        }
    }

    /// What I promised, sent with this message.
    pub fn as_promised(self, things: &[String]) -> String {
        if things.is_empty() {
            return String::new();
        }
        match self {
            English => format!("As promised, I am sending you {}.", self.list(things)),
            Italian => format!("Come promesso, ti mando {}.", self.list(things)),
        }
    }

    /// The introductions I made for them, hoped useful.
    pub fn introduced(self, people: &[String]) -> String {
        match (self, people.len()) {
            (_, 0) => String::new(),
            (English, 1) => format!("I hope the introduction to {} is useful.", people[0]),
            (English, _) => format!(
                "I hope the introductions to {} are useful.",
                self.list(people)
            ),
            (Italian, _) => format!("Spero che ti sia utile conoscere {}.", self.list(people)),
        }
    }
}
