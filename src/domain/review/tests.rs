use super::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

const TODAY: &str = "2026-11-23";

fn pending(id: u64, date: &str, text: &str) -> Pending {
    Pending {
        id: Id(id),
        date: day(date),
        text: text.into(),
    }
}

/// A follow-up due on `date`, never snoozed.
fn due(id: u64, date: &str, text: &str) -> crate::domain::review::Due {
    crate::domain::review::Due {
        pending: pending(id, date, text),
        first_due: None,
        planned: false,
    }
}

fn person(id: u64, name: &str) -> Facts {
    Facts {
        contact: Id(id),
        name: name.into(),
        last_touch: Some(day(TODAY)),
        ..Facts::default()
    }
}

fn reasons(facts: &[Facts]) -> Vec<&'static str> {
    build(facts, &Settings::default(), day(TODAY), |_, _| false)
        .items
        .iter()
        .map(|i| i.reason.kind())
        .collect()
}

#[test]
fn each_reason_enters_the_queue() {
    let mut f = person(1, "Anna");
    f.due_follow_ups
        .push(due(10, "2026-11-20", "send the deck"));
    assert_eq!(reasons(&[f.clone()]), ["follow_up_due"]);
    // Snoozed from the 2nd to today: due today, and said first due then.
    f.due_follow_ups = vec![crate::domain::review::Due {
        pending: pending(10, TODAY, "follow up on: Fintech drinks"),
        first_due: Some(day("2026-11-02")),
        planned: true,
    }];
    let q = build(&[f], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(
        q.items[0].why,
        "follow-up due today (first due 2 November): Fintech drinks"
    );

    let mut f = person(1, "Anna");
    f.digest.last_meeting = Some(pending(11, "2026-11-20", "breakfast"));
    assert_eq!(reasons(&[f.clone()]), ["fresh_meeting"]);
    f.digest.followed_up_meeting = true;
    assert!(reasons(&[f.clone()]).is_empty(), "followed up already");
    f.digest.followed_up_meeting = false;
    f.digest.last_meeting = Some(pending(11, "2026-11-19", "breakfast"));
    // 4 days on, no longer fresh: said late, until the cadence takes over.
    assert_eq!(reasons(&[f.clone()]), ["fresh_meeting"]);
    let q = build(&[f.clone()], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(
        q.items[0].reason.explain("Anna"),
        "you met Anna 4 days ago (breakfast) and have not followed up"
    );
    // A meeting named as a call was one, as drafts say it.
    let mut call = f.clone();
    call.digest.last_meeting = Some(pending(11, "2026-11-19", "telefonata"));
    let q = build(&[call], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(
        q.items[0].reason.explain("Luca"),
        "you talked with Luca 4 days ago (telefonata) and have not followed up"
    );
    f.cadence = Some(3);
    f.last_touch = Some(day("2026-11-19"));
    assert_eq!(reasons(&[f]), ["past_cadence"], "the cadence's line, alone");
    // Late while a follow-up is timely (two weeks), then it goes.
    let mut f = person(1, "Anna");
    f.digest.last_meeting = Some(pending(11, "2026-11-09", "breakfast"));
    assert_eq!(reasons(&[f.clone()]), ["fresh_meeting"], "14 days on");
    f.digest.last_meeting = Some(pending(11, "2026-11-08", "breakfast"));
    assert!(
        reasons(&[f]).is_empty(),
        "15 days on, no line grows forever"
    );

    let mut f = person(1, "Anna");
    f.digest
        .open_requests
        .push(pending(12, "2026-11-10", "a review"));
    f.digest
        .open_promises
        .push(pending(13, "2026-11-11", "an intro"));
    assert_eq!(reasons(&[f]), ["request_open", "promise_open"]);

    let mut f = person(1, "Anna");
    f.digest.signals = vec!["late".into(), "rude".into()];
    assert!(reasons(&[f.clone()]).is_empty(), "below the threshold");
    f.digest.signals.push("ghosted".into());
    assert_eq!(reasons(&[f]), ["signals_piled_up"]);

    let mut f = person(1, "Anna");
    f.digest.their_last_give = Some(pending(14, "2026-11-01", "advice"));
    f.digest.my_last_give = Some(day("2026-10-01"));
    assert_eq!(reasons(&[f.clone()]), ["reciprocity_owed"]);
    // Their turn was last, but I helped more overall: the review does not
    // contradict the card.
    f.lean = 2;
    assert!(reasons(&[f.clone()]).is_empty(), "I helped more");
    f.lean = -1;
    assert_eq!(reasons(&[f.clone()]), ["reciprocity_owed"]);
    f.digest.my_last_give = Some(day("2026-11-02"));
    assert!(reasons(&[f]).is_empty(), "given back since");

    let mut f = person(1, "Anna");
    f.tier = Tier::Close;
    f.cadence = Settings::default().cadence(None, Tier::Close);
    f.last_touch = Some(day("2026-10-01"));
    assert_eq!(reasons(&[f.clone()]), ["past_cadence"]);
    f.last_touch = Some(day("2026-11-01"));
    assert!(reasons(&[f]).is_empty(), "within 30 days");

    let mut f = person(1, "Anna");
    f.my_asks = 5;
    f.my_gives = 2;
    assert_eq!(reasons(&[f]), ["one_sided"]);

    let mut f = person(1, "Anna");
    f.their_asks = 6;
    f.their_gives = 2;
    assert_eq!(reasons(&[f.clone()]), ["pattern_seen"]);
    f.digest
        .signals
        .push("asks far more than gives (asked 6, gave 2)".into());
    assert!(reasons(&[f]).is_empty(), "already recorded");

    let mut f = person(1, "Anna");
    f.digest.ask_after_silence = Some((pending(15, "2026-11-20", "a job referral"), 200));
    let q = build(&[f], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(
        q.items[0].why,
        "reappeared after 6 months of silence only to ask: a job referral: a warning sign? d records it, x dismisses"
    );
}

#[test]
fn most_urgent_first_and_capacity_caps() {
    let mut late = person(1, "Late");
    late.due_follow_ups.push(due(1, "2026-11-01", "very late"));
    let mut later = person(2, "Later");
    later
        .due_follow_ups
        .push(due(2, "2026-10-01", "later still"));
    let mut fresh = person(3, "Fresh");
    fresh.digest.last_meeting = Some(pending(3, "2026-11-22", "coffee"));
    let mut owed = person(4, "Owed");
    owed.digest.their_last_give = Some(pending(4, "2026-11-01", "advice"));
    let all = [owed, fresh, late, later];
    let q = build(&all, &Settings::default(), day(TODAY), |_, _| false);
    let names: Vec<&str> = q.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Later", "Late", "Fresh", "Owed"]);
    let small = Settings {
        capacity: 2,
        ..Settings::default()
    };
    let q = build(&all, &small, day(TODAY), |_, _| false);
    assert_eq!(q.items.len(), 2);
    assert_eq!(q.waiting, 2);
}

#[test]
fn hidden_items_stay_out_and_reasons_explain_themselves() {
    let mut f = person(7, "Anna");
    f.digest
        .open_promises
        .push(pending(1, "2026-11-21", "feedback on the flow"));
    let q = build(&[f.clone()], &Settings::default(), day(TODAY), |id, r| {
        keys::hides("7:promise_open", id, r)
    });
    assert!(q.items.is_empty());
    let q = build(&[f], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(
        q.items[0].why,
        "you promised 2 days ago: feedback on the flow"
    );
    assert_eq!(q.items[0].key, "7:promise_open:1");
}

#[test]
fn setting_one_line_aside_hides_no_other() {
    let mut f = person(7, "Marco");
    f.digest
        .open_requests
        .push(pending(31, "2026-11-20", "a review of his talk"));
    f.digest
        .open_requests
        .push(pending(32, "2026-11-22", "an intro to Sara"));
    let q = build(&[f], &Settings::default(), day(TODAY), |id, r| {
        keys::hides("7:request_open:31", id, r)
    });
    let keys: Vec<&str> = q.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["7:request_open:32"]);
}

#[test]
fn a_person_shown_stays_while_they_have_a_line() {
    // Marco's follow-up was done: his one line left is the least urgent,
    // and Anna waits with a more urgent one. A pass that showed Marco
    // keeps him; a fresh review picks Anna.
    let mut marco = person(1, "Marco");
    marco.my_asks = 5;
    let mut anna = person(2, "Anna");
    anna.digest
        .open_requests
        .push(pending(9, "2026-11-20", "a favour"));
    let one = Settings {
        capacity: 1,
        ..Settings::default()
    };
    let all = [marco, anna];
    let fresh = build(&all, &one, day(TODAY), |_, _| false);
    assert_eq!(fresh.items[0].name, "Anna");
    let kept = build_keeping(
        &all,
        &one,
        day(TODAY),
        |_, _| false,
        |id| id == Id(1),
        false,
    );
    assert_eq!(kept.items[0].name, "Marco");
    assert_eq!(kept.waiting, 1);
}

proptest::proptest! {
    /// Cutting the queue to capacity keeps exactly the first people of the
    /// whole queue, each with all their lines, in the same order; and a
    /// person's lines are never apart.
    #[test]
    fn the_day_is_the_head_of_the_whole_queue(
        people in proptest::collection::vec(
            (0usize..4, 0u32..8, 0u32..8, 0u32..8, 0u32..8, 0usize..3, proptest::option::of(0u32..40)),
            0..40,
        ),
        capacity in 0usize..12,
    ) {
        let names = ["Anna", "Bruno", "Anna", "Carla"];
        let facts: Vec<Facts> = people
            .iter()
            .enumerate()
            .map(|(n, (name, my_asks, my_gives, their_asks, their_gives, requests, touched))| {
                let mut f = person(n as u64, names[*name]);
                f.my_asks = *my_asks;
                f.my_gives = *my_gives;
                f.their_asks = *their_asks * 2;
                f.their_gives = *their_gives;
                f.cadence = Some(30);
                f.last_touch = touched.and_then(|d| day(TODAY).checked_sub_days(chrono::Days::new(u64::from(d) * 3)));
                for r in 0..*requests {
                    f.digest.open_requests.push(pending(1000 + r as u64, "2026-11-10", "a favour"));
                }
                f
            })
            .collect();
        let all = Settings { capacity: usize::MAX, ..Settings::default() };
        let whole = build(&facts, &all, day(TODAY), |_, _| false);
        let day_of = Settings { capacity, ..Settings::default() };
        let cut = build(&facts, &day_of, day(TODAY), |_, _| false);
        let mut people: Vec<Id> = Vec::new();
        for item in &whole.items {
            if people.last() != Some(&item.contact) {
                proptest::prop_assert!(!people.contains(&item.contact), "{} apart", item.name);
                people.push(item.contact);
            }
        }
        let kept: Vec<Id> = people.iter().take(capacity).copied().collect();
        let head: Vec<Item> = whole.items.iter().filter(|i| kept.contains(&i.contact)).cloned().collect();
        proptest::prop_assert_eq!(&cut.items, &head);
        proptest::prop_assert_eq!(cut.waiting, people.len().saturating_sub(capacity));
        proptest::prop_assert!(cut.in_line.is_empty(), "worded only when asked");
        // `review --all`: the same day, then everyone else in the same order.
        let lined = build_keeping(&facts, &day_of, day(TODAY), |_, _| false, |_| false, true);
        let rest: Vec<Item> = whole.items.iter().filter(|i| !kept.contains(&i.contact)).cloned().collect();
        proptest::prop_assert_eq!(&lined.items, &head);
        proptest::prop_assert_eq!(&lined.in_line, &rest);
    }
}

#[test]
fn a_birthday_comes_within_dates_ahead_with_the_age_it_turns() {
    use crate::domain::{Occasion, OccasionKind};
    let on = |text: &str| {
        Occasion::parse(OccasionKind::Birthday, "", text).unwrap_or_else(|e| panic!("{e}"))
    };
    let mut f = person(1, "Anna");
    // Today is 23 November: the 26th is in 3 days.
    f.dates = vec![on("1985-11-26")].into();
    let queue = build(&[f.clone()], &Settings::default(), day(TODAY), |_, _| false);
    assert_eq!(queue.items.len(), 1);
    assert_eq!(
        queue.items[0].why,
        "birthday in 3 days (26 November): turns 41"
    );
    f.dates = vec![on("11-23")].into();
    assert_eq!(
        build(&[f.clone()], &Settings::default(), day(TODAY), |_, _| false).items[0].why,
        "birthday today (23 November)"
    );
    // Past this year's, and beyond the window: nothing to say.
    f.dates = vec![on("1985-11-22"), on("1985-12-01")].into();
    assert!(reasons(&[f.clone()]).is_empty());
    let wide = Settings {
        dates_ahead: 8,
        ..Settings::default()
    };
    assert_eq!(
        build(&[f], &wide, day(TODAY), |_, _| false).items[0].why,
        "birthday in 8 days (1 December): turns 41"
    );
    // It comes before a stay-in-touch reminder: it is a day that passes.
    let mut g = person(2, "Bo");
    g.last_touch = None;
    g.cadence = Some(30);
    g.dates = vec![on("11-30")].into();
    assert_eq!(reasons(&[g]), ["date_coming", "past_cadence"]);
}

proptest::proptest! {
    /// "No contact for N days" and "never in touch yet" against a plain
    /// reading of the rule: a cadence counts from the last contact, or
    /// from the day the person was added when there was none, and the line
    /// shows only once more days than the cadence have passed since
    /// (never while a follow-up is due: that line says it). Someone added
    /// three days ago is not overdue for 90 days.
    #[test]
    fn a_cadence_counts_from_the_last_contact_or_the_day_they_were_added(
        cadence in proptest::option::of(1u16..120),
        added_ago in 0u64..400,
        touched_ago in proptest::option::of(0u64..400),
        follow_up in proptest::bool::ANY,
    ) {
        let today = day(TODAY);
        let ago = |n: u64| today.checked_sub_days(chrono::Days::new(n)).unwrap_or(today);
        let mut f = person(1, "Anna");
        f.cadence = cadence;
        f.added = ago(added_ago);
        f.last_touch = touched_ago.map(ago);
        if follow_up {
            f.due_follow_ups.push(due(10, TODAY, "send the deck"));
        }
        let since = touched_ago.unwrap_or(added_ago);
        let expected = cadence.filter(|c| !follow_up && since > u64::from(*c)).map(|c| {
            match touched_ago {
                // Days up to three months, then months, then years.
                Some(d) => {
                    let (n, unit) = match d {
                        0..90 => (d, "day"),
                        90..730 => (d / 30, "month"),
                        _ => (d / 365, "year"),
                    };
                    format!("no contact for {n} {unit}{} (every {c} day{} wanted)",
                        if n == 1 { "" } else { "s" }, if c == 1 { "" } else { "s" })
                }
                None => format!("never in touch yet (every {c} day{} wanted)",
                    if c == 1 { "" } else { "s" }),
            }
        });
        let queue = build(&[f], &Settings::default(), today, |_, _| false);
        let shown: Vec<&str> = queue
            .items
            .iter()
            .filter(|i| i.reason.kind() == "past_cadence")
            .map(|i| i.why.as_str())
            .collect();
        proptest::prop_assert_eq!(shown, expected.iter().map(String::as_str).collect::<Vec<_>>());
    }
}

proptest::proptest! {
    /// A pattern line dismissed stays gone while nothing changes, and
    /// comes back as a new line once more asks (or another silence) come:
    /// its key says what the pattern counts, and the line shows exactly
    /// when its own key is not hidden.
    #[test]
    fn a_pattern_dismissed_comes_back_only_with_more_asks(
        asks in 5u32..30, gives in 0u32..2, more in 0u32..4,
    ) {
        let facts = |asks| {
            let mut f = person(1, "Anna");
            (f.their_asks, f.their_gives) = (asks, gives);
            f
        };
        let keys = |f: &Facts, hidden: &str| -> Vec<String> {
            build(std::slice::from_ref(f), &Settings::default(), day(TODAY), |c, r| keys::hides(hidden, c, r))
                .items
                .iter()
                .filter(|i| i.reason.kind() == "pattern_seen")
                .map(|i| i.key.clone())
                .collect()
        };
        let before = keys(&facts(asks), "");
        proptest::prop_assert_eq!(before.len(), 1);
        let dismissed = before[0].clone();
        proptest::prop_assert!(keys(&facts(asks), &dismissed).is_empty());
        let after = keys(&facts(asks + more), &dismissed);
        proptest::prop_assert_eq!(after.len(), usize::from(more > 0), "{:?}", after);
    }
}

mod order;
