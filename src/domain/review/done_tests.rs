//! "Done" on every kind of review line, against the rule's plain model:
//! a line is marked done exactly when it is about a follow-up, their
//! request or my promise (and then that record, named in words); a
//! pattern is recorded, piled-up signals propose closing; every other line
//! is refused in words that name the person and both ways out.

use proptest::prelude::*;

use super::super::{Item, Pending, Reason};
use super::{Doing, Way};
use crate::domain::{Id, Occasion, OccasionKind};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day")
}

fn pending(id: u64, text: &str) -> Pending {
    Pending {
        id: Id(id),
        date: day(),
        text: text.into(),
    }
}

/// One line of every kind there is: the match in `kind` fails to compile
/// when a kind is added, so a new one is never left out of this test.
fn every_kind(id: u64, text: &str) -> Vec<Reason> {
    let all = vec![
        Reason::FollowUpDue {
            follow_up: pending(id, text),
            days_late: 2,
            first_due: None,
            planned: false,
        },
        Reason::DateComing {
            occasion: Box::new(Occasion {
                kind: OccasionKind::Birthday,
                label: String::new(),
                month: 11,
                day: 26,
                year: None,
                yearly: true,
            }),
            on: day(),
            days_until: 3,
            years: None,
        },
        Reason::FreshMeeting {
            meeting: pending(id, text),
            days_ago: 1,
            late: false,
        },
        Reason::RequestOpen {
            entry: pending(id, text),
            days_open: 5,
        },
        Reason::PromiseOpen {
            entry: pending(id, text),
            days_open: 5,
        },
        Reason::SignalsPiledUp {
            signals: vec![text.into()],
        },
        Reason::PatternSeen {
            pattern: text.into(),
            which: "asks_more:5-1".into(),
        },
        Reason::ReciprocityOwed {
            their_give: pending(id, text),
        },
        Reason::PastCadence {
            days_since: Some(40),
            cadence: 30,
            from: NaiveDate::default(),
        },
        Reason::OneSided {
            my_asks: 5,
            my_gives: 0,
        },
    ];
    for r in &all {
        match r {
            Reason::FollowUpDue { .. }
            | Reason::DateComing { .. }
            | Reason::FreshMeeting { .. }
            | Reason::RequestOpen { .. }
            | Reason::PromiseOpen { .. }
            | Reason::SignalsPiledUp { .. }
            | Reason::PatternSeen { .. }
            | Reason::ReciprocityOwed { .. }
            | Reason::PastCadence { .. }
            | Reason::OneSided { .. } => {}
        }
    }
    all
}

fn key(way: Way) -> String {
    format!("<{way:?}>")
}

proptest! {
    #[test]
    fn done_does_what_the_line_can_have_done(
        first in "[A-Z][a-z]{1,8}",
        last in "[A-Z][a-z]{1,8}",
        id in 1u64..10_000,
        text in "[a-z]{1,8}( [a-z]{1,8}){0,3}",
    ) {
        let name = format!("{first} {last}");
        for reason in every_kind(id, &text) {
            let item = Item {
                key: String::new(),
                contact: Id(1),
                why: reason.after_name(&name),
                name: name.clone(),
                reason: reason.clone(),
            };
            let doing = item.doing();
            let kind = reason.kind();
            match kind {
                "follow_up_due" | "request_open" | "promise_open" => {
                    let Doing::Settle { id: settled, what } = &doing else {
                        return Err(TestCaseError::fail(format!("{kind}: {doing:?}")));
                    };
                    prop_assert_eq!(*settled, Id(id));
                    prop_assert_eq!(Some(*settled), reason.record());
                    // Named: whose, and what.
                    // A follow-up as every "done" says it: "follow-up with
                    // Anna Rossi: text"; a request or promise quoted.
                    let text_said = what.contains(&format!("'{text}'")) || what.ends_with(&format!(": {text}"));
                    prop_assert!(what.contains(&first) && text_said, "{}", what);
                }
                "pattern_seen" => prop_assert_eq!(&doing, &Doing::Signal(text.clone())),
                "signals_piled_up" => prop_assert_eq!(&doing, &Doing::Close),
                _ => {
                    let said = doing.refusal(key);
                    let Some(said) = said else {
                        return Err(TestCaseError::fail(format!("{kind} is done: {doing:?}")));
                    };
                    prop_assert!(said.starts_with("nothing to mark done: this line goes when "), "{}", said);
                    // What makes it go, and what sets it aside. A draft
                    // (`w`) of a meeting needs its details, so a line a
                    // draft ends also names a way that always works:
                    // logging a call or message.
                    let draft = said.contains("<Draft>");
                    let ways = if draft && kind != "date_coming" { 3 } else { 2 };
                    prop_assert_eq!(said.matches('<').count(), ways, "{}", said);
                    prop_assert!(!draft || kind == "date_coming" || said.contains("<Meet> logs a call or message"), "{}", said);
                    prop_assert!(
                        kind == "date_coming" || said.contains(&first),
                        "{kind}: {said}"
                    );
                }
            }
            if !matches!(doing, Doing::Nothing { .. }) {
                prop_assert_eq!(doing.refusal(key), None);
            }
        }
    }
}

#[test]
fn a_refusal_reads_whole() {
    let item = Item {
        key: "8:one_sided".into(),
        contact: Id(8),
        name: "Marco Bianchi".into(),
        reason: Reason::OneSided {
            my_asks: 5,
            my_gives: 0,
        },
        why: String::new(),
    };
    let keys = |w: Way| match w {
        Way::Give => "g",
        Way::SnoozeWeek => "S",
        _ => "?",
    };
    assert_eq!(
        item.doing().refusal(|w| keys(w).to_string()).as_deref(),
        Some(
            "nothing to mark done: this line goes when you give Marco something (g), or S snoozes it"
        )
    );
}

/// A promise written "promised feedback on the flow" is said once: "your
/// promise to Anna 'feedback on the flow'" (trial 26w2 read "'promised
/// feedback …'" after "your promise").
#[test]
fn a_promise_is_named_without_its_own_word_again() {
    let reason = every_kind(7, "promised feedback on the flow")
        .into_iter()
        .find(|r| r.kind() == "promise_open")
        .expect("a promise line");
    let item = Item {
        key: String::new(),
        contact: Id(1),
        why: reason.after_name("Anna Rossi"),
        name: "Anna Rossi".into(),
        reason,
    };
    let Doing::Settle { what, .. } = item.doing() else {
        panic!("a promise is settled");
    };
    assert_eq!(what, "your promise to Anna 'feedback on the flow'");
}
