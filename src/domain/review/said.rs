//! The words of a review line: why a person is in today's review, said
//! on its own or after their name.

use super::Reason;
use super::due;
use crate::domain::dates::ago;
use crate::domain::occasion::day_month;
use crate::domain::text::count;

impl Reason {
    /// One line saying why, for people, naming them: a sentence on its
    /// own ("Sara Verdi asked you today: …").
    pub fn explain(&self, name: &str) -> String {
        self.words(Some(name), name)
    }

    /// [`Reason::explain`] after their name (the review's column, the
    /// TUI's row above it): it does not say the name again ("Sara Verdi
    /// asked you today" read "Sara Verdi  Sara Verdi asked you today").
    /// Where they are the object, their first name says whom, as the
    /// README does: "you met Marco 5 days ago (coffee)", not "you met
    /// them" (trial 28c).
    pub fn after_name(&self, name: &str) -> String {
        self.words(None, crate::domain::draft::first_name(name))
    }

    /// The words, with `who` as the subject when the sentence names them
    /// first, and `them` where they are the object.
    fn words(&self, who: Option<&str>, them: &str) -> String {
        match self {
            Reason::FollowUpDue {
                follow_up,
                days_late,
                first_due,
                ..
            } => due::line(follow_up, *days_late, *first_due),
            Reason::DateComing {
                occasion,
                on,
                days_until,
                years,
            } => {
                let mut line = format!(
                    "{} {} ({})",
                    occasion.title(),
                    crate::domain::dates::ago(-*days_until),
                    day_month(*on)
                );
                match (occasion.kind, years) {
                    (crate::domain::OccasionKind::Birthday, Some(n)) => {
                        line.push_str(&format!(": {}turns {n}", subject(who)));
                    }
                    (_, Some(n)) => line.push_str(&format!(": {}", count(*n, "year", "years"))),
                    _ => {}
                }
                line
            }
            Reason::FreshMeeting {
                meeting,
                days_ago,
                late,
            } => {
                // A meeting named as a call or a message was one, as the
                // drafts say it: "you talked with Luca … (telefonata)".
                let met = match crate::domain::channel::of(
                    crate::domain::InteractionKind::Met,
                    &meeting.text,
                ) {
                    crate::domain::InteractionKind::Call => "talked with",
                    crate::domain::InteractionKind::Message => "heard from",
                    _ => "met",
                };
                let then = if *late {
                    " and have not followed up"
                } else {
                    "; follow up while it is fresh"
                };
                format!(
                    "you {met} {them} {} ({}){then}",
                    ago(*days_ago),
                    meeting.text
                )
            }
            Reason::RequestOpen { entry, days_open } => {
                format!(
                    "{}asked you {}: {}",
                    subject(who),
                    ago(*days_open),
                    entry.text
                )
            }
            Reason::PromiseOpen { entry, days_open } => {
                format!(
                    "you promised {}: {}",
                    ago(*days_open),
                    crate::domain::followed::after_label(
                        crate::domain::followed::Label::Promise,
                        &entry.text
                    )
                )
            }
            Reason::SignalsPiledUp { signals } => format!(
                "{} ({}); consider closing the relationship",
                count(signals.len(), "warning signal", "warning signals"),
                signals.join("; ")
            ),
            Reason::PatternSeen { pattern, .. } => {
                format!(
                    "{}{pattern}: a warning sign? d records it, x dismisses",
                    subject(who)
                )
            }
            Reason::ReciprocityOwed { their_give } => format!(
                "{}gave you \"{}\" on {} and you have not given back since",
                subject(who),
                their_give.text,
                their_give.date
            ),
            Reason::PastCadence {
                days_since: Some(d),
                cadence,
                ..
            } => {
                format!(
                    "no contact for {} (every {} wanted)",
                    crate::domain::dates::how_long(*d),
                    count(*cadence, "day", "days")
                )
            }
            Reason::PastCadence {
                days_since: None,
                cadence,
                ..
            } => {
                format!(
                    "never in touch yet (every {} wanted)",
                    count(*cadence, "day", "days")
                )
            }
            Reason::OneSided { my_asks, my_gives } => format!(
                "{}: give something first",
                crate::domain::balance::asked_more(*my_asks, *my_gives).unwrap_or_default()
            ),
        }
    }
}

/// "Sara Verdi " before a verb when the sentence names them, nothing when
/// it follows their name.
fn subject(who: Option<&str>) -> String {
    who.map(|w| format!("{w} ")).unwrap_or_default()
}
