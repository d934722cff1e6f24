//! Large synthetic journals for measuring: `givegive demo --generate N`.
//!
//! Seeded and reproducible: N people with names from many languages, about
//! ten interactions and ten ledger entries each on a long-tailed
//! distribution (a few people have over a thousand), interests drawn from a
//! vocabulary with a skewed popularity, follow-ups, signals and some closed
//! relationships. On top of them, `synthetic::social` adds meetings of
//! several people whose details speak of others, messages I sent and
//! introductions, with the truth of whom each detail is about. The journal
//! is built in memory as an export and written by the restore path (in
//! batches), which also rebuilds every index and balance.

use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::export::{EXPORT_VERSION, Export};
use crate::domain::text::fold;
use crate::domain::{
    Contact, Direction, EntryState, FavourKind, FollowUp, FollowUpState, Id, Interaction,
    InteractionKind, Interest, LedgerEntry, Nature, Signal, Status, Tier,
};

const FIRST: &[&str] = &[
    "Anna",
    "Marco",
    "Giulia",
    "Luca",
    "Sara",
    "Zoë",
    "José",
    "Chiara",
    "Paolo",
    "Elena",
    "Kai",
    "Ana",
    "Ivan",
    "Yuki",
    "Omar",
    "Lea",
    "Noah",
    "Emma",
    "Aisha",
    "Hugo",
    "Sofia",
    "Matteo",
    "François",
    "Björn",
    "Łucja",
    "Đorđe",
    "Ngozi",
    "Mei",
    "Hiroshi",
    "Ingrid",
    "Søren",
    "Chloé",
    "Mateus",
    "Priya",
    "Arjun",
    "Fatima",
    "Dmitri",
    "Olga",
    "Kwame",
    "Lucía",
];
const LAST: &[&str] = &[
    "Rossi",
    "Bianchi",
    "Verdi",
    "Conti",
    "Greco",
    "Ferri",
    "Müller",
    "García",
    "Novak",
    "Tanaka",
    "Haddad",
    "Costa",
    "Ricci",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Nowak",
    "Kowalski",
    "Dubois",
    "Lefèvre",
    "Andersson",
    "Nielsen",
    "O'Brien",
    "Okafor",
    "Wang",
    "Suzuki",
    "Petrov",
    "Ivanova",
    "Mensah",
    "Sharma",
    "Patel",
    "Silva",
    "Hernández",
    "Çelik",
    "Papadopoulos",
    "Kovač",
];
const INTERESTS: &[&str] = &[
    "Climbing",
    "Jazz",
    "Open source",
    "Cooking",
    "Cycling",
    "Photography",
    "Running",
    "Chess",
    "Sailing",
    "Wine",
    "Poetry",
    "Football",
    "Yoga",
    "Gardening",
    "Board games",
    "Film",
    "Opera",
    "Surfing",
    "Skiing",
    "Baking",
    "Coffee",
    "Birdwatching",
    "Astronomy",
    "History",
    "Design",
    "Architecture",
    "Rust",
    "Startups",
    "Fintech",
    "Climate",
    "Education",
    "Podcasts",
    "Tennis",
    "Swimming",
    "Hiking",
    "Painting",
    "Theatre",
    "Vinyl",
    "Ceramics",
    "Languages",
];
const ORGS: &[&str] = &[
    "Acme",
    "Fintastic",
    "Studio Nove",
    "Bergwerk",
    "Seedlab",
    "Satispay",
    "Nebula",
    "N26",
    "Zalando",
    "Pirelli",
    "Airbus",
    "Mozilla",
    "Remoto",
    "Politecnico",
    "Freelance",
];
const WORDS: &[&str] = &[
    "pricing",
    "deck",
    "intro",
    "coffee",
    "lunch",
    "review",
    "hiring",
    "funding",
    "design",
    "roadmap",
    "conference",
    "article",
    "feedback",
    "contract",
    "mentoring",
    "podcast",
    "launch",
];

/// How many records one person gets: mostly around `mean`, a long tail,
/// and one in a thousand over a thousand.
fn how_many(rng: &mut ChaCha8Rng, mean: f64) -> usize {
    if rng.random_ratio(1, 1000) {
        return rng.random_range(1000..1500);
    }
    let u: f64 = rng.random_range(0.0001..1.0);
    // An exponential draw, rounded down: P(k) falls off geometrically.
    (-u.ln() * mean) as usize
}

fn sentence(rng: &mut ChaCha8Rng, words: usize) -> String {
    (0..words)
        .map(|_| WORDS[rng.random_range(0..WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

mod social;

pub use social::About;

/// Builds the journal for `people` people, as an export.
pub fn generate(people: usize, seed: u64, today: NaiveDate) -> Export {
    generate_with_truth(people, seed, today).0
}

/// The journal of [`generate`], and whom each marked detail of its social
/// layer is about (`k17` → [`About`]).
pub fn generate_with_truth(
    people: usize,
    seed: u64,
    today: NaiveDate,
) -> (Export, Vec<(String, About)>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut next = 0u64;
    let mut id = || {
        next += 1;
        Id(next)
    };
    let interests: Vec<Interest> = INTERESTS
        .iter()
        .enumerate()
        .map(|(n, name)| Interest::new(id(), name, n % 7 == 0))
        .collect();
    let day = |rng: &mut ChaCha8Rng| {
        today
            .checked_sub_days(Days::new(rng.random_range(0..1100)))
            .unwrap_or(today)
    };
    let mut export = Export {
        format: "givegive".into(),
        version: EXPORT_VERSION,
        interests: interests.clone(),
        contacts: Vec::with_capacity(people),
        interactions: Vec::new(),
        ledger: Vec::new(),
        follow_ups: Vec::new(),
        signals: Vec::new(),
        trash: Vec::new(),
        review_state: Vec::new(),
    };
    for n in 0..people {
        let name = format!(
            "{} {}{}",
            FIRST[rng.random_range(0..FIRST.len())],
            LAST[rng.random_range(0..LAST.len())],
            if n >= FIRST.len() * LAST.len() {
                format!(" {n}")
            } else {
                String::new()
            }
        );
        let mut c = Contact::new(id(), name, day(&mut rng));
        c.met.text = format!(
            "{} at {}",
            sentence(&mut rng, 2),
            ORGS[rng.random_range(0..ORGS.len())]
        );
        c.met.on = Some(c.created);
        c.org = ORGS[rng.random_range(0..ORGS.len())].to_string();
        c.tier = [
            Tier::Inner,
            Tier::Close,
            Tier::Active,
            Tier::None,
            Tier::None,
        ][rng.random_range(0..5)];
        c.emails = vec![crate::domain::Labelled::new(
            "",
            &format!("{}{n}@example.org", fold(&c.name).replace([' ', '\''], ".")),
        )];
        for _ in 0..rng.random_range(0..4) {
            // Popular interests first: the square skews the draw.
            let pick = (rng.random_range(0.0f64..1.0).powi(2) * interests.len() as f64) as usize;
            let i = interests[pick.min(interests.len() - 1)].id;
            if !c.interests.contains(&i) {
                c.interests.push(i);
            }
        }
        if rng.random_ratio(1, 3) {
            c.needs = vec![sentence(&mut rng, 2)];
            c.offers = vec![sentence(&mut rng, 2)];
        }
        if rng.random_ratio(1, 50) {
            c.status = Status::Closed {
                reason: "drifted apart".into(),
                on: day(&mut rng),
            };
        }
        let who = c.id;
        export.contacts.push(c);
        for _ in 0..how_many(&mut rng, 9.0) {
            let kinds = [
                InteractionKind::Met,
                InteractionKind::Call,
                InteractionKind::Message,
                InteractionKind::Event,
                InteractionKind::Note,
            ];
            export.interactions.push(Interaction {
                id: id(),
                date: day(&mut rng),
                contacts: vec![who],
                kind: kinds[rng.random_range(0..kinds.len())],
                summary: sentence(&mut rng, 3),
                details: if rng.random_ratio(1, 2) {
                    sentence(&mut rng, 8)
                } else {
                    String::new()
                },
                tags: Vec::new(),
                from: crate::domain::Voice::Both,
            });
        }
        for _ in 0..how_many(&mut rng, 9.0) {
            let kinds = FavourKind::ALL;
            let state = [
                EntryState::Done,
                EntryState::Done,
                EntryState::Done,
                EntryState::Open,
                EntryState::Declined,
            ][rng.random_range(0..5)];
            export.ledger.push(LedgerEntry {
                id: id(),
                date: day(&mut rng),
                contact: who,
                other: None,
                direction: if rng.random_bool(0.5) {
                    Direction::MeToThem
                } else {
                    Direction::ThemToMe
                },
                nature: if rng.random_ratio(2, 3) {
                    Nature::Give
                } else {
                    Nature::Ask
                },
                kind: kinds[rng.random_range(0..kinds.len())],
                text: sentence(&mut rng, 4),
                weight: rng.random_range(1..=5),
                state,
                tags: Vec::new(),
                settled: None,
                granted_by: None,
            });
        }
        if rng.random_ratio(3, 10) {
            let due = today
                .checked_add_days(Days::new(rng.random_range(0..60)))
                .unwrap_or(today);
            let due = due.checked_sub_days(Days::new(30)).unwrap_or(due);
            export.follow_ups.push(FollowUp {
                id: id(),
                contact: who,
                due,
                text: format!("follow up on {}", sentence(&mut rng, 2)),
                state: FollowUpState::Open,
                created: day(&mut rng),
                meeting: None,
                done_by: None,
            });
        }
        if rng.random_ratio(3, 100) {
            for _ in 0..rng.random_range(1..5) {
                export.signals.push(Signal {
                    id: id(),
                    contact: who,
                    date: day(&mut rng),
                    text: sentence(&mut rng, 3),
                });
            }
        }
    }
    // Its own stream: the people above stay the same journal they were.
    let mut social = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_50c1);
    let truth = social::add(&mut export, &mut social, &mut id, today);
    (export, truth)
}
