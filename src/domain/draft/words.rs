//! The grammar a draft needs, in English and Italian: a day said as people
//! say it ("yesterday", "on Tuesday", "il 14 novembre"), a place with its
//! article and preposition ("at the pitch night", "allo startup weekend"),
//! a list joined with "and"/"e", and the opening line for each kind of
//! moment.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Moment;
use crate::domain::channel::{CALL_WORDS, summary_has};
use crate::domain::occasion::MONTHS as EN_MONTHS;
use crate::domain::text::fold;
use crate::domain::{InteractionKind, Voice};
// The months and days as the drafts say them: the date reader reads the
// same lists.
pub(crate) use calendar::{EN_WEEKDAYS, IT_MONTHS, IT_WEEKDAYS, said_as};
pub(super) use calendar::{calendar_word, english_calendar_word, italian_calendar_word};
use calendar::{en_weekday, it_weekday};
pub(super) use italian::it_article;
use italian::{it_articles, it_euphonic, it_merge_a, names_an_occasion};
pub(in crate::domain::draft) use places::hosted_by;
use places::{in_sentence, is_name, is_place, it_meal, owned_by_someone, shared_over};

/// A shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
    Italian,
}

use Language::{English, Italian};

/// A moment up to this many days old is thanked for; an older one is
/// thought back to.
pub(super) const RECENT_DAYS: i64 = 14;
/// A first meeting up to this many days old is still "great to meet you".
const FIRST_DAYS: i64 = 30;

const EN_PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "during", "over", "after", "before", "for", "from", "via",
];
const EN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "last",
];
/// Small words a proper name may hold ("Women in Product").
const NAME_LINKS: &[&str] = &[
    "in", "of", "at", "on", "and", "the", "for", "de", "di", "del", "della", "da", "e",
];
const IT_PREPOSITIONS: &[&str] = &[
    "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "in", "nel", "nello", "nella", "nei",
    "negli", "nelle", "da", "dal", "dallo", "dalla", "dopo", "durante", "su", "sul", "sulla",
    "con", "per",
];

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn first_word(text: &str) -> String {
    fold(text.split_whitespace().next().unwrap_or(""))
}

/// Whether every word (but the small linking ones) starts with a capital
/// or a digit: a name ("Talent Garden", "RustLab Florence").
fn is_proper(text: &str) -> bool {
    let ws = words(text);
    !ws.is_empty()
        && ws.iter().enumerate().all(|(i, w)| {
            let first = w.chars().next().unwrap_or(' ');
            first.is_uppercase()
                || first.is_ascii_digit()
                || (i > 0 && NAME_LINKS.contains(&fold(w).as_str()))
        })
}

fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// What a moment was ([`crate::domain::channel`]).
fn channel(m: &Moment) -> InteractionKind {
    crate::domain::channel::of(m.kind, &m.summary)
}

impl Language {
    /// The day `date` as said on `today`: "yesterday", "on Tuesday",
    /// "on 14 November"; "ieri", "martedì", "il 14 novembre". A weekday
    /// alone is read as this week's: one in the week before is "last
    /// Wednesday" / "mercoledì scorso", never taken for the coming one.
    pub fn when(self, date: NaiveDate, today: NaiveDate) -> String {
        let days = (today - date).num_days();
        let (day, now) = (date.weekday(), today.weekday());
        let last = days > 1 && day.num_days_from_monday() >= now.num_days_from_monday();
        match (self, days) {
            (English, 2..=6) if last => format!("last {}", en_weekday(day)),
            (Italian, 2..=6) if last && day == Weekday::Sun => "domenica scorsa".into(),
            (Italian, 2..=6) if last => format!("{} scorso", it_weekday(day)),
            (English, 0) => "today".into(),
            (English, 1) => "yesterday".into(),
            (English, 2..=6) => format!("on {}", en_weekday(date.weekday())),
            (English, _) => format!("on {} {}", date.day(), EN_MONTHS[date.month0() as usize]),
            (Italian, 0) => "oggi".into(),
            (Italian, 1) => "ieri".into(),
            (Italian, 2..=6) => it_weekday(date.weekday()).into(),
            (Italian, _) => {
                let month = IT_MONTHS[date.month0() as usize];
                match date.day() {
                    1 => format!("il 1º {month}"),
                    d @ (8 | 11) => format!("l'{d} {month}"),
                    d => format!("il {d} {month}"),
                }
            }
        }
    }

    /// The month of an older moment: "in March" ("in March 2025" beyond a
    /// year); "di marzo" ("di marzo 2025").
    fn month_of(self, date: NaiveDate, today: NaiveDate) -> String {
        let year = if (today - date).num_days() > 330 {
            format!(" {}", date.year())
        } else {
            String::new()
        };
        match self {
            English => format!("in {}{year}", EN_MONTHS[date.month0() as usize]),
            Italian => format!("di {}{year}", IT_MONTHS[date.month0() as usize]),
        }
    }

    /// A summary as a noun phrase with its article: "the pricing
    /// breakfast", "Anna's product dinner", "la cena".
    pub fn the(self, summary: &str) -> String {
        let s = &in_sentence(summary);
        let w = first_word(s);
        match self {
            English => {
                if EN_DETERMINERS.contains(&w.as_str())
                    || possessive(&w)
                    || (is_proper(s) && !names_an_occasion(s))
                    || EN_PREPOSITIONS.contains(&w.as_str())
                {
                    s.to_string()
                } else {
                    format!("the {s}")
                }
            }
            Italian => {
                if (is_proper(s) && !names_an_occasion(s))
                    || it_merge_a(s).is_some()
                    || IT_PREPOSITIONS.contains(&w.as_str())
                {
                    s.to_string()
                } else {
                    format!("{}{s}", it_articles(s).0)
                }
            }
        }
    }

    /// A summary as where you were: "at the pitch night", "at Talent
    /// Garden", "al meetup", "a Talent Garden".
    fn at(self, summary: &str) -> String {
        let s = &in_sentence(summary);
        let w = first_word(s);
        match self {
            English if EN_PREPOSITIONS.contains(&w.as_str()) => s.to_string(),
            // A meal or a drink is what we shared, not where we were:
            // "over coffee", "over dinner at Paolo's", never "at the coffee".
            English if shared_over(s) => format!("over {}", s.trim_start_matches("a ")),
            English => format!("at {}", self.the(s)),
            // A meal is where one eats, without its article ("a pranzo", "a
            // cena da Paolo"); a coffee is what we shared ("davanti a un
            // caffè"). A named one keeps it ("alla cena di Natale").
            Italian if let Some(said) = it_meal(s) => said,
            Italian => self.at_the(s),
        }
    }

    /// A summary as where you were, always with its article in Italian
    /// ("al pranzo in ufficio"): before "di agosto" it is a noun phrase.
    fn at_the(self, summary: &str) -> String {
        let s = &in_sentence(summary);
        let w = first_word(s);
        match self {
            English => self.at(s),
            Italian if IT_PREPOSITIONS.contains(&w.as_str()) => s.to_string(),
            Italian if is_proper(s) && !names_an_occasion(s) => {
                format!("{} {s}", it_euphonic("a", s))
            }
            Italian => it_merge_a(s).unwrap_or_else(|| format!("{}{s}", it_articles(s).1)),
        }
    }

    /// The line after the greeting: how this message follows up. With
    /// `thanking` the draft thanks them for something on its own line, so
    /// the opening does not thank too ("thanks for the call … Thank you
    /// for …" says it twice).
    pub fn opening(self, moment: Option<&Moment>, today: NaiveDate, thanking: bool) -> String {
        let Some(m) = moment else {
            return match self {
                English => "I have been thinking of you lately.".into(),
                Italian => "ti ho pensato in questi giorni.".into(),
            };
        };
        let days = (today - m.date).num_days();
        let when = self.when(m.date, today);
        let place = (is_place(&m.summary) && self.names(&m.summary)).then(|| m.summary.trim());
        let call_name = (self.names(&m.summary) && !owned_by_someone(&fold(&m.summary)))
            .then(|| m.summary.trim());
        // After a noun a day is "of" it in Italian: "la telefonata di
        // oggi", "la chiamata del 21 novembre".
        let of_when = self.of_day(&when);
        let has_call = summary_has(&m.summary, CALL_WORDS);
        let kind = channel(m);
        // A moment only thanked for was followed up since (their dinner,
        // then my introduction the next day): no first meeting to greet,
        // as what was told there is not said either (trial 26z).
        let first = m.first && !m.thanked_only;
        let sentence = match (self, kind) {
            // Met for the first time on a call: nobody is "met at the
            // call" ("telefonata" logged as a meeting); the call's lines
            // say it. A first message has no place: "great to connect".
            // Their own occasion, hosted by them: thanked for, and a first
            // meeting there said after it.
            // Thanked on its own line for what they gave ("hosting dinner
            // for us"), the opening does not thank twice.
            _ if !thanking && let Some(thanks) = self.thanks_for_hosted(m, today) => {
                let met = first && kind != InteractionKind::Call;
                match (self, met) {
                    (_, false) => thanks,
                    (English, true) => format!("{thanks}: it was great to meet you"),
                    (Italian, true) => format!("{thanks}: è stato un piacere conoscerti"),
                }
            }
            _ if first && days <= FIRST_DAYS && kind != InteractionKind::Call => {
                match (self, place) {
                    (English, Some(p)) => format!("it was great to meet you {} {when}", self.at(p)),
                    (English, None) if kind == InteractionKind::Message => {
                        format!("it was great to connect {when}")
                    }
                    (English, None) => format!("it was great to meet you {when}"),
                    (Italian, Some(p)) => {
                        format!("è stato un piacere conoscerti {} {when}", self.at(p))
                    }
                    (Italian, None) => format!("è stato un piacere conoscerti {when}"),
                }
            }
            (_, InteractionKind::Call) if days <= RECENT_DAYS && thanking => match self {
                English => format!("it was good to talk {when}"),
                Italian => format!("è stato bello sentirti {when}"),
            },
            (_, InteractionKind::Message) if days <= RECENT_DAYS && thanking => match self {
                English => format!("it was good to hear from you {when}"),
                Italian => format!("mi ha fatto piacere sentirti {when}"),
            },
            (_, InteractionKind::Call) if days <= RECENT_DAYS => match (self, call_name) {
                (English, Some(p)) if has_call => format!("thanks for {} {when}", self.the(p)),
                (English, _) => format!("thanks for the call {when}"),
                (Italian, Some(p)) if has_call => format!("grazie per {} {of_when}", self.the(p)),
                (Italian, _) => format!("grazie per la chiamata {of_when}"),
            },
            // A message says no more than that: they wrote, or we wrote.
            (_, InteractionKind::Message) if days <= RECENT_DAYS => match (self, m.from) {
                (English, Voice::Them) => format!("thanks for your message {when}"),
                (English, _) => format!("it was good to hear from you {when}"),
                (Italian, Voice::Them) => format!("grazie per il tuo messaggio {of_when}"),
                (Italian, _) => format!("mi ha fatto piacere sentirti {when}"),
            },
            // A meeting is named the same way in every draft about it,
            // whoever it is for and whatever else the draft says: "at the
            // Rust Milano meetup" for every attendee. With others there
            // (an event), they were a guest like you, and thanked for
            // something else below, seeing them is enough: no thanks for
            // the evening, which may not have been theirs.
            _ if days <= RECENT_DAYS
                && (thanking || m.with_others || kind == InteractionKind::Event) =>
            {
                match (self, place) {
                    (English, Some(p)) => format!("it was great to see you {} {when}", self.at(p)),
                    (English, None) => format!("it was great to see you {when}"),
                    (Italian, Some(p)) => format!("è stato bello vederti {} {when}", self.at(p)),
                    (Italian, None) => format!("è stato bello vederti {when}"),
                }
            }
            _ if days <= RECENT_DAYS => match (self, place) {
                // "Anna's product dinner" was Anna's: the recipient was
                // there, and is not thanked for it.
                // A meal or a coffee together was shared, not given: seen
                // over it, never thanked for as if they paid; a named
                // occasion ("Aperitivo Fintech Club") was nobody's to thank.
                (English, Some(p))
                    if possessive(&first_word(p)) || shared_over(p) || is_name(p) =>
                {
                    format!("it was great to see you {} {when}", self.at(p))
                }
                (English, Some(p)) => format!("thanks for {} {when}", self.the(p)),
                (English, None) => format!("it was great to see you {when}"),
                (Italian, Some(p)) if it_meal(p).is_some() || is_name(p) => {
                    format!("è stato bello vederti {} {when}", self.at(p))
                }
                (Italian, Some(p)) => format!("grazie per {} {of_when}", self.the(p)),
                (Italian, None) => format!("è stato bello vederti {when}"),
            },
            _ => {
                let month = self.month_of(m.date, today);
                // Not "thinking back": the details' line keeps thinking
                // already, and a draft says a phrase once.
                match (self, kind, place) {
                    (English, InteractionKind::Call, _) => {
                        format!("it has been a while since our call {month}")
                    }
                    (English, InteractionKind::Message, _) | (English, _, None) => {
                        format!("it has been a while since our last exchange {month}")
                    }
                    (English, _, Some(p)) => {
                        format!("it has been a while since {} {month}", self.the(p))
                    }
                    (Italian, InteractionKind::Call, _) => {
                        format!("è passato un po' dalla nostra chiamata {month}")
                    }
                    (Italian, InteractionKind::Message, _) | (Italian, _, None) => {
                        format!("è passato un po' dalla nostra ultima chiacchierata {month}")
                    }
                    (Italian, _, Some(p)) => {
                        format!(
                            "è passato un po' da quando ci siamo visti {} {month}",
                            self.at_the(p)
                        )
                    }
                }
            }
        };
        format!("{sentence}.")
    }

    /// Whether a moment's summary may name it in a draft in this language:
    /// a place or occasion that is a name ("Meetup Rust Milano", "Fintech
    /// Club aperitivo", in any language: [`is_name`]) or clearly in the draft's language ("la cena"). Anything
    /// else ("portfolio review call" in Italian) is said by the record's
    /// kind: "la chiamata", "vederti".
    fn names(self, summary: &str) -> bool {
        !summary.trim().is_empty() && (is_name(summary) || super::tongue::name_in(summary, self))
    }

    /// A day said after a noun: "yesterday"; "di ieri", "del 21 novembre".
    pub(super) fn of_day(self, when: &str) -> String {
        match self {
            English => when.to_string(),
            Italian => {
                if let Some(rest) = when.strip_prefix("il ") {
                    format!("del {rest}")
                } else if let Some(rest) = when.strip_prefix("l'") {
                    format!("dell'{rest}")
                } else {
                    format!("di {when}")
                }
            }
        }
    }

    /// The `{where}` of a template: the moment's summary when it may name
    /// it, else what kind of record it is ("the call", "l'incontro").
    pub fn moment_name(self, moment: &Moment) -> String {
        if is_place(&moment.summary) && self.names(&moment.summary) {
            return self.the(&moment.summary);
        }
        let kind = match moment.kind {
            InteractionKind::Call => ("the call", "la chiamata"),
            InteractionKind::Message => ("your message", "il tuo messaggio"),
            InteractionKind::Event => ("the event", "l'evento"),
            _ => ("our meeting", "il nostro incontro"),
        };
        match self {
            English => kind.0.into(),
            Italian => kind.1.into(),
        }
    }

    /// Items joined as a sentence says them: "a", "a and b", "a, b and c".
    pub fn list(self, items: &[String]) -> String {
        let and = match self {
            English => "and",
            Italian => it_euphonic("e", items.last().map_or("", String::as_str)),
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            // "…, ma non sei sicura": a clause that joins itself needs no "and".
            [init @ .., last]
                if super::second::lead(&words(last), super::lexicon::CONNECTIVES) > 0 =>
            {
                format!("{}, {last}", init.join(", "))
            }
            [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
        }
    }

    /// An interest as the sentence names it: "climbing"; "l'arrampicata".
    /// One not clearly in the draft's language is said as a name, quoted:
    /// "la passione per «cooking»", "into “arrampicata”".
    pub fn interest(self, name: &str) -> String {
        // A capital only at the start is the way lists are written, not a
        // name ("Climbing"); "RustLab" or "AI" keep theirs.
        let mut chars = name.trim().chars();
        let lowered = match chars.next() {
            Some(c) if chars.clone().all(|c| !c.is_uppercase()) => {
                c.to_lowercase().chain(chars).collect()
            }
            _ => name.trim().to_string(),
        };
        if !super::tongue::name_in(name, self) {
            return self.quote(&lowered);
        }
        match self {
            English => lowered,
            Italian => format!("{}{lowered}", it_articles(&lowered).0),
        }
    }
}

mod calendar;
mod italian;
mod places;
mod wishes;

#[cfg(test)]
mod tests;
