//! A draft follows up the moment the review follows up: on random
//! journals of meetings and events (alone or with someone else, with
//! details of hers or none, planning a follow-up or not), calls and
//! messages of hers and messages of mine, logged day after day and some
//! late, `draft anna` always speaks of her moments since my last message
//! on the day of the latest, one moment (its records in the order logged,
//! a plain model here), every review line of hers about a meeting is
//! about that day, and what she told me on an older day is never said
//! under the newer one's name.

use chrono::{Days, NaiveDate};
use givegive::command::{self, Command, Env, LedgerNote, Meeting, Report, Who};
use givegive::config::Config;
use givegive::domain::draft::Template;
use givegive::domain::review::Reason;
use givegive::domain::{Direction, FavourKind, Id, InteractionKind, Nature, Voice};
use givegive::journal::{ContactDraft, HistoryItem, Journal};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    /// A meeting (an event, or with Bruno too), `ago` days back, with
    /// her news or none, planning a follow-up or not.
    Meet {
        event: bool,
        with_bruno: bool,
        news: bool,
        ago: u64,
        plan: bool,
    },
    /// A call (0) or a message of hers (1) or of mine (2), `ago` days back.
    Touch {
        kind: u8,
        news: bool,
        ago: u64,
    },
    NextDay,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<bool>(), any::<bool>(), any::<bool>(), 0u64..3, any::<bool>())
            .prop_map(|(event, with_bruno, news, ago, plan)| Op::Meet { event, with_bruno, news, ago, plan }),
        2 => (0u8..3, any::<bool>(), 0u64..3).prop_map(|(kind, news, ago)| Op::Touch { kind, news, ago }),
        2 => Just(Op::NextDay),
    ]
}

const NEWS: [&str; 3] = [
    "anna: she is moving to Turin in March",
    "anna: her daughter started climbing",
    "anna: she is training for a marathon",
];

fn first_id(report: &Report) -> Option<Id> {
    match report {
        Report::Done(d) => d.written.first().copied(),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_draft_follows_up_what_the_review_follows_up(ops in prop::collection::vec(op(), 1..14)) {
        let fail = |e: &dyn std::fmt::Debug| TestCaseError::fail(format!("{e:?}"));
        let dir = tempfile::tempdir().map_err(|e| fail(&e))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(&e))?;
        let mut today = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap_or_default();
        let mut people = Vec::new();
        for name in ["Anna Rossi", "Bruno Neri"] {
            let draft = ContactDraft { name: name.into(), ..ContactDraft::default() };
            people.push(journal.add_contact(&draft, today).map_err(|e| fail(&e))?.id);
        }
        let (anna, bruno) = (people[0], people[1]);
        let mut config = Config::defaults();
        config.review.capacity = 1000;
        let run = |today: NaiveDate, c: Command| {
            command::run(&journal, &Env::unattended(today, &config, String::new()), c)
        };
        // Something to send her: every draft has a line to say.
        run(today, Command::Record(LedgerNote {
            who: Who::Id(anna),
            direction: Direction::MeToThem,
            nature: Nature::Give,
            kind: FavourKind::Resource,
            text: "send her the pricing deck".into(),
            weight: 2,
            open: true,
            answers: None,
            on: Some(today - Days::new(5)),
        })).map_err(|e| fail(&e))?;
        // Her moments (day, id, with her news) and my messages (day, id).
        let mut hers: Vec<(NaiveDate, Id, bool)> = Vec::new();
        let mut mine: Vec<(NaiveDate, Id)> = Vec::new();
        // Her messages: whether one follows up a meeting is the review's
        // open question (the review does not say so yet), not checked.
        let mut written: Vec<Id> = Vec::new();
        for (n, op) in ops.iter().enumerate() {
            let meeting = |kind, summary: &str, news: bool, from, on, follow_up, people: Vec<Id>| Meeting {
                people: people.into_iter().map(Who::Id).collect(),
            no_follow_up: false,
                kind,
                summary: summary.into(),
                details: if news { NEWS[n % 3].into() } else { String::new() },
                from,
                on: Some(on),
                follow_up,
            };
            match op {
                Op::Meet { event, with_bruno, news, ago, plan } => {
                    let on = today - Days::new(*ago);
                    let mut who = vec![anna];
                    if *with_bruno {
                        who.push(bruno);
                    }
                    let kind = if *event { InteractionKind::Event } else { InteractionKind::Met };
                    let report = run(today, Command::Met(meeting(
                        kind, &format!("meetup {n}"), *news, Voice::Both, on,
                        plan.then(|| today + Days::new(1)), who,
                    ))).map_err(|e| fail(&e))?;
                    hers.push((on, first_id(&report).unwrap_or(Id(0)), *news));
                }
                Op::Touch { kind, news, ago } => {
                    let on = today - Days::new(*ago);
                    let (k, from) = match kind {
                        0 => (InteractionKind::Call, Voice::Both),
                        1 => (InteractionKind::Message, Voice::Them),
                        _ => (InteractionKind::Message, Voice::Me),
                    };
                    let report = run(today, Command::Met(meeting(
                        k, "in touch", *news && from == Voice::Both, from, on, None, vec![anna],
                    ))).map_err(|e| fail(&e))?;
                    let id = first_id(&report).unwrap_or(Id(0));
                    if from == Voice::Them {
                        written.push(id);
                    }
                    if from == Voice::Me {
                        mine.push((on, id));
                    } else {
                        hers.push((on, id, *news && from == Voice::Both));
                    }
                }
                Op::NextDay => today = today + Days::new(1),
            }
            // The model: her moments since my last message on the day of
            // the latest, one moment, named as the first of that day.
            let last_mine = mine.iter().max().copied();
            let since: Vec<(NaiveDate, Id)> = hers
                .iter()
                .filter(|(d, id, _)| last_mine.is_none_or(|m| (*d, *id) > m))
                .map(|(d, id, _)| (*d, *id))
                .collect();
            let day = since.iter().max().map(|(d, _)| *d);
            let mut about: Vec<Id> = since
                .iter()
                .filter(|(d, _)| Some(*d) == day)
                .map(|(_, id)| *id)
                .collect();
            about.sort();
            let template = Template::for_language("en", None).ok_or_else(|| fail(&"en"))?;
            let draft = journal.draft(anna, None, today, &template, 7).map_err(|e| fail(&e))?;
            prop_assert_eq!(&draft.lines[1].from, &about, "{:?}\n{}", &ops[..=n], draft.text);
            // Her news is said only from that moment.
            for line in draft.lines.iter().filter(|l| l.text.contains("told me")) {
                prop_assert_eq!(&line.from, &about, "{}", draft.text);
            }
            // Every review line of hers about a meeting is about it too.
            let history = journal.card(anna).map_err(|e| fail(&e))?.history;
            let planned_by = |f: Id| history.iter().find_map(|h| match h {
                HistoryItem::FollowUp(x) if x.id == f => x.meeting,
                _ => None,
            });
            let queue = match run(today, Command::Review { all: false }).map_err(|e| fail(&e))? {
                Report::Review(q) => q,
                other => return Err(fail(&other)),
            };
            for item in queue.items.iter().filter(|i| i.contact == anna) {
                let meeting = match &item.reason {
                    Reason::FreshMeeting { meeting, .. } => Some(meeting.id),
                    Reason::FollowUpDue { follow_up, .. } => planned_by(follow_up.id),
                    _ => None,
                };
                if let Some(m) = meeting.filter(|_| !about.iter().any(|a| written.contains(a))) {
                    prop_assert!(about.contains(&m), "{}: {:?}\n{}", item.why, &ops[..=n], draft.text);
                }
            }
        }
    }
}
