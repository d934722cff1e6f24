//! What a card leaves out is named on its "+ more" row, once each: an
//! imported card hid its aka and seven chat handles with no "+ more" row,
//! and said "dates, dates" for two dates. Its days come soonest first, so
//! a card cut short keeps tomorrow's birthday before a name day.

use super::*;
use givegive::domain::{Labelled, Occasion, OccasionKind};

/// Each part a card may hold: its label at the start of its first row,
/// and how the "+ more" row names it when it is left out.
const PARTS: [(&str, &str); 6] = [
    ("aka", "aka"),
    ("chat", "chat handle"),
    ("date", "date"),
    ("tags", "tags"),
    ("needs", "needs"),
    ("offers", "offers"),
];

/// Days of the year, none of them today or tomorrow.
fn day(n: usize) -> String {
    format!("--{:02}-{:02}", 1 + (n * 5) % 12, 1 + (n * 7) % 27)
}

/// A person with `counts` of each of [`PARTS`], a birthday tomorrow
/// first among their days, and enough else to crowd the card.
fn crowded(counts: &[usize]) -> ContactDraft {
    let many = |n: usize, what: &str| -> Vec<String> {
        (0..n).map(|i| format!("{what} number {i}")).collect()
    };
    let mut dates: Vec<Occasion> = (0..counts[2])
        .map(|i| Occasion::parse(OccasionKind::Other, &format!("day {i}"), &day(i)).expect("day"))
        .collect();
    if let Some(first) = dates.last_mut() {
        *first = Occasion::parse(OccasionKind::Birthday, "", "--11-24").expect("day");
    }
    ContactDraft {
        name: "Prefix FirstName MiddleName LastName Suffix".into(),
        aliases: many(counts[0], "nick"),
        handles: (0..counts[1])
            .map(|i| Labelled::new("Skype", &format!("skype:me{i}")))
            .collect(),
        dates,
        tags: many(counts[3], "tag"),
        needs: many(counts[4], "need"),
        offers: many(counts[5], "offer"),
        emails: (0..3)
            .map(|i| Labelled::new("work", &format!("me{i}@example.com")))
            .collect(),
        phones: (0..4)
            .map(|i| Labelled::new("cell", &format!("555-000-{i:04}")))
            .collect(),
        notes: "Line one of the notes\nline two\nline three".into(),
        org: "Organization1".into(),
        role: "Title1".into(),
        ..Default::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn every_part_is_on_the_card_or_named_once_on_its_more_row(
        counts in proptest::collection::vec(0usize..8, 6),
        width in 80u16..=120,
        height in 24u16..=30,
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = Journal::open(&dir.path().join("journal")).expect("open");
        let draft = crowded(&counts);
        journal.add_person(&draft, None, today()).expect("add");
        let (mut app, mut rt) = opened(&journal);
        send(&mut app, &mut rt, &[Msg::Act(Action::ScreenContacts)]);
        let drawn = draw(&app, (width, height));
        let screen = drawn.join("\n");
        // Right of the last pane border on each row: the card.
        let card: Vec<String> = drawn
            .iter()
            .map(|r| r.trim_end_matches('│').rsplit('│').next().unwrap_or_default().to_string())
            .collect();
        let more: String = card
            .iter()
            .skip_while(|r| !r.starts_with("+ more"))
            .take_while(|r| r.starts_with("+ more") || r.starts_with("  "))
            .map(|r| r.trim_start_matches("+ more"))
            .collect::<Vec<_>>()
            .join(" ");
        let named: Vec<&str> = more.split(',').map(str::trim).filter(|n| !n.is_empty()).collect();
        let mut once = named.clone();
        once.sort_unstable();
        once.dedup();
        prop_assert_eq!(once.len(), named.len(), "{:?}\n{}", named, screen);
        for ((label, name), n) in PARTS.iter().zip(&counts) {
            let shown = card.iter().any(|r| r.starts_with(label));
            let said = named.iter().any(|m| m.contains(name));
            prop_assert_eq!(*n > 0, shown || said, "{} ({} of them)\n{}", label, n, screen);
        }
        // The soonest day leads: the birthday, tomorrow.
        if let Some(first) = card.iter().find(|r| r.starts_with("date")) {
            prop_assert!(first.contains("birthday"), "{first:?} first\n{screen}");
        }
    }
}
