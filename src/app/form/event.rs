//! The event form: one event, its day, then a row per person met there
//! (a name, what they told you, what they need), more rows on a key. It
//! makes the same [`Command::Event`] as `givegive event`, so one write and
//! one undo step take everyone.

use chrono::NaiveDate;

use super::values::Values;
use super::{Field, Form, Makes, Problem, Slot};
use crate::command::{Command, EventCapture, EventPerson, Who};
use crate::domain::dates::{Toward, parse_date};
use crate::domain::text::fold;

/// The labels of a person's row: the name first, the rest indented under it.
const NAME: &str = "who (new or known; tab completes it, goes on)";
const DETAILS: &str = "  what they told you";
const NEEDS: &str = "  what they need (a, b)";
/// Last, below every row: read as `event --follow-up` reads its day, or
/// "no" for `--no-follow-up`; left empty, as `add --met` plans one,
/// `days` (the config's `review.follow_up_days`) after the event, which
/// the label says: trial 26q read "3d" in it and got the next day.
fn follow_up_label(days: i64) -> String {
    let empty = match days.max(0) {
        0 => "the same day".to_string(),
        n => format!("{} after", crate::domain::text::count(n, "day", "days")),
    };
    format!("follow up in (3d; empty: {empty}; no: none)")
}

impl Form {
    /// An event with one empty person row to start; an empty follow-up
    /// means `follow_up_days` after it.
    pub(crate) fn event(follow_up_days: i64) -> Form {
        let mut form = Form::of(
            "log an event with several people".into(),
            Makes::Event,
            vec![
                Field::new("event", Slot::Text),
                Field::new("when (today)", Slot::On),
            ],
        );
        form.add_person();
        form.fields.push(Field::new(
            follow_up_label(follow_up_days),
            Slot::FollowUpIn,
        ));
        form.focus = 0;
        form
    }

    /// Whether the form takes rows of people.
    pub(crate) fn adds_people(&self) -> bool {
        self.makes == Makes::Event
    }

    /// Another person's row, focused on its name; other forms stay as
    /// they are.
    pub(crate) fn add_person(&mut self) {
        if !self.adds_people() {
            return;
        }
        // Rows go above the follow-up field, which stays last.
        let at = match self.fields.last() {
            Some(f) if f.slot == Slot::FollowUpIn => self.fields.len() - 1,
            _ => self.fields.len(),
        };
        self.focus = at;
        self.fields.splice(
            at..at,
            [
                Field::new(NAME, Slot::Attendee),
                Field::new(DETAILS, Slot::Details),
                Field::new(NEEDS, Slot::Needs),
            ],
        );
    }

    /// Whether the focused field holds a person's name.
    pub(crate) fn on_name(&self) -> bool {
        self.fields
            .get(self.focus)
            .is_some_and(|f| f.slot == Slot::Attendee)
    }

    /// The event command: rows left empty are skipped, a row that says
    /// something without a name is refused on its name.
    pub(super) fn event_command(
        &self,
        v: &Values<'_>,
        today: NaiveDate,
    ) -> Result<Command, Problem> {
        let on = v
            .get(Slot::On)
            .map(|t| parse_date(t, today, Toward::Past))
            .transpose()
            .map_err(|e| v.problem(Slot::On, &e))?;
        let mut people = Vec::new();
        let mut first_name = None;
        for (at, field) in self.fields.iter().enumerate() {
            if field.slot != Slot::Attendee {
                continue;
            }
            first_name.get_or_insert(at);
            let value = |i: usize| {
                self.fields
                    .get(at + i)
                    .map_or("", |f| f.input.value().trim())
            };
            let (name, details, needs) = (value(0), value(1), value(2));
            if name.is_empty() {
                if details.is_empty() && needs.is_empty() {
                    continue;
                }
                return Err(Problem::At(
                    at,
                    "whose words are these? a name is needed".into(),
                ));
            }
            people.push(EventPerson {
                who: Who::Typed(name.to_string()),
                details: details.to_string(),
                needs: super::values::items(needs),
            });
        }
        if people.is_empty() {
            return Err(Problem::At(
                first_name.unwrap_or(0),
                "who was there? an event needs at least one person".into(),
            ));
        }
        let no_follow_up = v
            .get(Slot::FollowUpIn)
            .is_some_and(|t| matches!(fold(t).as_str(), "no" | "none" | "n"));
        let follow_up = v
            .get(Slot::FollowUpIn)
            .filter(|_| !no_follow_up)
            .map(|t| parse_date(t, today, Toward::Future))
            .transpose()
            .map_err(|e| v.problem(Slot::FollowUpIn, &e))?;
        Ok(Command::Event(Box::new(EventCapture {
            name: v.get(Slot::Text).unwrap_or_default().to_string(),
            on,
            people,
            follow_up,
            no_follow_up,
        })))
    }
}
