//! Sample people for `givegive --demo`: a small, believable network that
//! shows every part of the journal (shared interests, an introduction, an
//! open promise, a one-sided relationship, warning signals, follow-ups).
//! Built with the same operations a user runs, relative to `today`.

use chrono::{Days, NaiveDate};

use super::{ContactDraft, InteractionDraft, Journal, LedgerDraft, Result};
use crate::domain::{Direction, EntryState, FavourKind, Id, InteractionKind, Nature, Tier};

fn ago(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

/// Fills an empty journal with the demo network.
pub fn seed(j: &Journal, today: NaiveDate) -> Result<()> {
    for mine in ["Climbing", "Jazz", "Open source", "Cooking"] {
        j.add_interest(mine, true)?;
    }
    let person = |name: &str,
                  met: &str,
                  days: u64,
                  org: &str,
                  role: &str,
                  tier: Tier,
                  interests: &[&str],
                  needs: &[&str],
                  offers: &[&str]|
     -> Result<Id> {
        let draft = ContactDraft {
            name: name.into(),
            met_text: met.into(),
            met_on: Some(ago(today, days)),
            org: org.into(),
            role: role.into(),
            tier,
            interests: strings(interests),
            needs: strings(needs),
            offers: strings(offers),
            ..ContactDraft::default()
        };
        Ok(j.add_contact(&draft, ago(today, days))?.id)
    };
    let anna = person(
        "Anna Rossi",
        "breakfast talk on pricing at the coworking",
        9,
        "Fintastic",
        "Head of product",
        Tier::Close,
        &["Climbing", "Jazz"],
        &["a designer for the new app"],
        &["pricing advice", "fintech contacts"],
    )?;
    let marco = person(
        "Marco Bianchi",
        "Rust meetup in Milan, spoke about embedded",
        40,
        "Freelance",
        "Embedded engineer",
        Tier::Active,
        &["Open source", "Cycling"],
        &["clients for firmware work"],
        &["Rust mentoring"],
    )?;
    let giulia = person(
        "Giulia Conti",
        "introduced by Anna at a product dinner",
        25,
        "Studio Nove",
        "Designer",
        Tier::Active,
        &["Cooking", "Photography"],
        &["fintech clients"],
        &["UX reviews"],
    )?;
    let zoe = person(
        "Zoë Müller",
        "conference panel in Berlin",
        120,
        "Bergwerk",
        "Recruiter",
        Tier::None,
        &["Jazz"],
        &[],
        &["hiring market insights"],
    )?;
    let luca = person(
        "Luca Ferri",
        "former colleague at Acme",
        400,
        "Acme",
        "CTO",
        Tier::Inner,
        &["Climbing", "Open source"],
        &["a senior Rust engineer"],
        &["board introductions"],
    )?;
    let sara = person(
        "Sara Greco",
        "startup weekend mentor",
        60,
        "Seedlab",
        "Investor",
        Tier::Active,
        &["Cooking"],
        &["early-stage fintech deals"],
        &["fundraising feedback"],
    )?;
    j.edit_contact(
        giulia,
        &super::ContactEdit {
            via: Some(anna),
            ..Default::default()
        },
    )?;

    let give = |who: Id,
                dir: Direction,
                nature: Nature,
                kind: FavourKind,
                text: &str,
                weight: u8,
                state: EntryState,
                days: u64| {
        j.record(&LedgerDraft {
            contact: who,
            direction: dir,
            nature,
            kind,
            text: text.into(),
            weight,
            state,
            date: ago(today, days),
        })
    };
    use Direction::{MeToThem as Me, ThemToMe as Them};
    use Nature::{Ask, Give};
    give(
        anna,
        Me,
        Give,
        FavourKind::Resource,
        "sent the pricing teardown article",
        2,
        EntryState::Done,
        8,
    )?;
    give(
        anna,
        Them,
        Give,
        FavourKind::Advice,
        "reviewed my consulting rates",
        3,
        EntryState::Done,
        5,
    )?;
    give(
        anna,
        Me,
        Give,
        FavourKind::Time,
        "promised feedback on the onboarding flow",
        2,
        EntryState::Open,
        3,
    )?;
    give(
        marco,
        Me,
        Ask,
        FavourKind::Referral,
        "asked for a firmware contact at ST",
        2,
        EntryState::Done,
        30,
    )?;
    give(
        marco,
        Me,
        Ask,
        FavourKind::Advice,
        "asked for a code review of my parser",
        3,
        EntryState::Done,
        12,
    )?;
    give(
        marco,
        Them,
        Give,
        FavourKind::Time,
        "spent an hour reviewing my parser",
        3,
        EntryState::Done,
        11,
    )?;
    give(
        luca,
        Me,
        Give,
        FavourKind::Referral,
        "referred two Rust candidates",
        4,
        EntryState::Done,
        90,
    )?;
    give(
        luca,
        Them,
        Give,
        FavourKind::Introduction,
        "introduced me to his board",
        5,
        EntryState::Done,
        200,
    )?;
    give(
        sara,
        Them,
        Ask,
        FavourKind::Advice,
        "asked for feedback on a fintech deck",
        2,
        EntryState::Open,
        6,
    )?;
    give(
        zoe,
        Them,
        Give,
        FavourKind::Resource,
        "shared the salary survey",
        1,
        EntryState::Done,
        100,
    )?;
    j.introduce(
        anna,
        giulia,
        "introduced Giulia for the app redesign",
        3,
        ago(today, 20),
    )?;

    let meet = |who: Vec<Id>,
                kind: InteractionKind,
                summary: &str,
                details: &str,
                days: u64,
                follow: Option<u64>| {
        j.log_interaction(
            &InteractionDraft {
                contacts: who,
                kind,
                summary: summary.into(),
                details: details.into(),
                date: ago(today, days),
                follow_up: follow.and_then(|d| today.checked_add_days(Days::new(d))),
            },
            ago(today, days),
        )
    };
    meet(
        vec![anna],
        InteractionKind::Met,
        "breakfast on pricing",
        "wants to move to usage-based pricing; her daughter started climbing",
        9,
        Some(0),
    )?;
    meet(
        vec![marco],
        InteractionKind::Call,
        "call about the parser",
        "suggested nom over hand-written; looking for firmware clients in Turin",
        11,
        None,
    )?;
    meet(
        vec![anna, giulia],
        InteractionKind::Event,
        "product dinner",
        "Giulia is booked until March; Anna needs the redesign by spring",
        25,
        None,
    )?;
    meet(
        vec![luca],
        InteractionKind::Message,
        "new year wishes",
        "",
        330,
        None,
    )?;
    meet(
        vec![sara],
        InteractionKind::Met,
        "coffee after the demo day",
        "Sara invests only pre-seed; likes founders who cook",
        6,
        None,
    )?;
    j.add_follow_up(
        marco,
        ago(today, 2),
        "send Marco the two firmware leads",
        ago(today, 10),
    )?;
    j.add_signal(zoe, "cancelled our call twice", ago(today, 90))?;
    j.add_signal(zoe, "only writes when she needs candidates", ago(today, 60))?;
    Ok(())
}
