//! The social layer of a generated journal: meetings of several people,
//! details that speak of other people (someone in the journal, or a name
//! nobody has), what was said after such a detail, messages I sent, and
//! introductions between people whose needs and offers meet.
//!
//! Every item it writes carries a marker word (`k17`), and the generator
//! says whom each marker's item is about ([`About`]): what a test of drafts
//! holds them to, without reading the items the way drafts do.

use chrono::{Days, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::super::export::Export;
use crate::domain::{
    Direction, EntryState, FavourKind, Id, Interaction, InteractionKind, LedgerEntry, Nature, Voice,
};

/// Whom an item of a generated journal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    /// One participant: their own news.
    Person(Id),
    /// The meeting as a whole ("the new route on the north wall").
    Everyone,
    /// Someone who was not there.
    SomeoneElse,
    /// What I wrote them.
    Me,
}

/// What someone says of themselves; `{k}` is the marker.
const OWN: &[&str] = &[
    "training for the {k} marathon",
    "moving to Lisbon for {k}",
    "looking for a designer for {k}",
    "her daughter started climbing at {k}",
    "cerca casa per {k}",
    "loves the {k} bouldering gym",
    "building a drone called {k}",
    "his team ships {k} in spring",
];

/// What was said of the meeting as a whole.
const GENERAL: &[&str] = &[
    "the new route on the north wall near {k}",
    "the talk about {k} pricing",
    "il menu del ristorante {k}",
];

/// What someone tells about another person, `{other}` named.
const ABOUT_OTHERS: &[&str] = &[
    "{Other}'s wife is pregnant, {k}",
    "{Other} mentioned her startup raised a seed {k}",
    "{Other} is leaving the company after {k}",
    "la moglie di {Other} è incinta {k}",
    "told {other} about the {k} layoffs",
    "{Other} thinks the {k} merger will fail",
    "secondo {Other} il round {k} è saltato",
    "met {Other} at the bar after {k}",
];

/// Said right after one of those, of the same other person.
const THEN: &[&str] = &[
    "she wants to leave her job before {k}",
    "he is interviewing at {k}",
    "vuole lasciare il lavoro entro {k}",
    "got an offer from the {k} bank",
];

/// What I wrote them.
const MINE: &[&str] = &[
    "Hi {first}, it was great to see you at {k}",
    "I attached the {k} deck we discussed",
    "ti mando il link della call {k}",
];

/// A new marker for an item about `about`.
fn marker(about: About, truth: &mut Vec<(String, About)>) -> String {
    let k = format!("k{}", truth.len() + 1);
    truth.push((k.clone(), about));
    k
}

/// Names nobody in a generated journal has.
const STRANGERS: &[&str] = &["Federico", "Ottavia", "Bastien", "Ingeborg", "Wilhelmina"];

/// Adds the social layer to `export` (its people already made), drawing on
/// `rng`, with record ids from `id`, and says whom every marker is about.
pub(super) fn add(
    export: &mut Export,
    rng: &mut ChaCha8Rng,
    id: &mut dyn FnMut() -> Id,
    today: NaiveDate,
) -> Vec<(String, About)> {
    let mut truth = Vec::new();
    let people: Vec<(Id, String)> = export
        .contacts
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    if people.len() < 4 {
        return truth;
    }
    let first = |name: &str| name.split_whitespace().next().unwrap_or("").to_string();
    let pick = |rng: &mut ChaCha8Rng| people[rng.random_range(0..people.len())].clone();
    let day = |rng: &mut ChaCha8Rng| {
        today
            .checked_sub_days(Days::new(rng.random_range(0..40)))
            .unwrap_or(today)
    };
    for _ in 0..people.len() / 3 {
        // One to four people; a name said in the details is never one of
        // theirs (a name a participant shares reads as that participant).
        let mut who = vec![pick(rng)];
        for _ in 0..rng.random_range(0..4) {
            let p = pick(rng);
            if who
                .iter()
                .all(|(i, n)| *i != p.0 && first(n) != first(&p.1))
            {
                who.push(p);
            }
        }
        let alone = who.len() == 1;
        let mut items = Vec::new();
        for (pid, name) in &who {
            if rng.random_ratio(2, 3) {
                let own = OWN[rng.random_range(0..OWN.len())]
                    .replace("{k}", &marker(About::Person(*pid), &mut truth));
                items.push(if alone {
                    own
                } else {
                    format!("{}: {own}", first(name).to_lowercase())
                });
            }
        }
        if !alone && rng.random_ratio(1, 2) {
            items.push(
                GENERAL[rng.random_range(0..GENERAL.len())]
                    .replace("{k}", &marker(About::Everyone, &mut truth)),
            );
        }
        if rng.random_ratio(1, 2) {
            let said = ABOUT_OTHERS[rng.random_range(0..ABOUT_OTHERS.len())];
            // A name in lower case is known only when someone has it.
            let other = if rng.random_bool(0.5) && !said.contains("{other}") {
                STRANGERS[rng.random_range(0..STRANGERS.len())].to_string()
            } else {
                first(&pick(rng).1)
            };
            if who.iter().all(|(_, n)| first(n) != other) {
                items.push(
                    said.replace("{Other}", &other)
                        .replace("{other}", &other.to_lowercase())
                        .replace("{k}", &marker(About::SomeoneElse, &mut truth)),
                );
                if rng.random_ratio(1, 2) {
                    items.push(
                        THEN[rng.random_range(0..THEN.len())]
                            .replace("{k}", &marker(About::SomeoneElse, &mut truth)),
                    );
                }
            }
        }
        export.interactions.push(Interaction {
            id: id(),
            date: day(rng),
            contacts: who.iter().map(|(i, _)| *i).collect(),
            kind: if rng.random_bool(0.5) {
                InteractionKind::Met
            } else {
                InteractionKind::Event
            },
            summary: "meetup at Talent Garden".into(),
            details: items.join(if rng.random_bool(0.5) { "; " } else { "\n" }),
            tags: Vec::new(),
            from: Voice::Both,
        });
    }
    // Messages I sent, some the latest thing with them.
    for _ in 0..people.len() / 5 {
        let (pid, name) = pick(rng);
        let text = MINE[rng.random_range(0..MINE.len())]
            .replace("{first}", &first(&name))
            .replace("{k}", &marker(About::Me, &mut truth));
        export.interactions.push(Interaction {
            id: id(),
            date: day(rng),
            contacts: vec![pid],
            kind: InteractionKind::Message,
            summary: crate::domain::SENT_SUMMARY.into(),
            details: text,
            tags: Vec::new(),
            from: Voice::Me,
        });
    }
    // Introductions between a need and an offer that answers it, so that
    // only the record of the introduction keeps a draft from offering it
    // again.
    for _ in 0..people.len() / 10 {
        let (a, b) = (pick(rng).0, pick(rng).0);
        if a == b {
            continue;
        }
        let need = format!("a mentor for {}", marker(About::Person(a), &mut truth));
        let Some(pa) = export.contacts.iter().position(|c| c.id == a) else {
            continue;
        };
        let Some(pb) = export.contacts.iter().position(|c| c.id == b) else {
            continue;
        };
        export.contacts[pa].needs.insert(0, need.clone());
        export.contacts[pb]
            .offers
            .push(need.replace("a mentor for", "mentoring for"));
        if rng.random_ratio(2, 3) {
            export.ledger.push(LedgerEntry {
                id: id(),
                date: day(rng),
                contact: a,
                other: Some(b),
                direction: Direction::MeToThem,
                nature: Nature::Give,
                kind: FavourKind::Introduction,
                text: "both in the same field".into(),
                weight: 2,
                state: EntryState::Done,
                tags: Vec::new(),
                settled: None,
                granted_by: None,
            });
        }
    }
    truth
}
