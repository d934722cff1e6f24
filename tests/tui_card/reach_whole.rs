//! Issue 27: at 80x24 the review's card cut a number mid-way ("cell:
//! 905-6… +6 more") and wrapped one at its spaces ("+1 (555)" over
//! "123-4567"), each piece a wrong number. A number is on the card whole,
//! on one row, or not at all: its label shortened or on the row before
//! it, and what does not fit counted ("+6 more").

use super::*;
use givegive::domain::Labelled;

/// A person whose follow-up is due today, so the review opens on their
/// card, reached by `phones` and by an email, a web page and addresses.
fn reached(phones: &[(String, String)]) -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("open");
    let draft = ContactDraft {
        name: "John Richter".into(),
        org: "IBM".into(),
        met_text: "the ledger workshop".into(),
        met_on: today().checked_sub_days(chrono::Days::new(3)),
        emails: vec![
            Labelled::new("work", "john.doe@ibm.com"),
            Labelled::new("home", "johnny.richter.family@example.com"),
        ],
        phones: phones
            .iter()
            .map(|(label, number)| Labelled::new(label, number))
            .collect(),
        urls: vec!["http://www.ibm.com".into()],
        addresses: vec![
            Address::parse("home=15 Crescent moon drive;Albaney;New York;12345;USA")
                .expect("address"),
            Address::parse("work=Street4, Building 6;New York;New York;12345;USA")
                .expect("address"),
        ],
        notes: "Met at the ledger workshop.\nPrefers calls in the morning.\n\
                Two kids.\nLikes chess."
            .into(),
        ..Default::default()
    };
    let meeting = FirstMeeting {
        on: today().checked_sub_days(chrono::Days::new(3)).expect("day"),
        details: "wants a second opinion on the ledger".into(),
        follow_up: Some(today()),
        unwanted: false,
    };
    journal
        .add_person(&draft, Some(&meeting), today())
        .expect("add");
    (dir, journal)
}

/// Every number drawn, read from its `+` to where its digits end: a
/// number cut or wrapped leaves a piece that is none of theirs. What a
/// card folded away ("+6 more", "(+3 rows)") is no number.
fn numbers_drawn(rows: &[String]) -> Vec<String> {
    rows.iter()
        .flat_map(|row| {
            row.match_indices('+').filter_map(|(at, _)| {
                let rest = &row[at + 1..];
                let run: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || " ()-".contains(*c))
                    .collect();
                let after = rest[run.len()..].trim_start();
                let folded = after.starts_with("more") || after.starts_with("row");
                let number = format!("+{}", run.trim_end());
                (!folded && number.len() > 1).then_some(number)
            })
        })
        .collect()
}

/// The imported card of the trial: seven numbers, a label of two words.
#[test]
fn the_review_card_shows_no_number_in_part_at_80x24() {
    let phones: Vec<(String, String)> = [
        ("cell", "+39 333 666 1234"),
        ("work", "+1 (555) 123-4567"),
        ("home fax", "+39 02 888 1234"),
        ("work fax", "+39 02 999 1234"),
        ("pager", "+39 347 111 1234"),
        ("assistant", "+39 347 222 1234"),
    ]
    .iter()
    .map(|(l, n)| (l.to_string(), n.to_string()))
    .collect();
    let (_dir, journal) = reached(&phones);
    let (app, _rt) = opened(&journal);
    assert_eq!(app.screen(), Screen::Review);
    let rows = draw(&app, (80, 24));
    let screen = rows.join("\n");
    let whole: Vec<&str> = phones.iter().map(|(_, n)| n.as_str()).collect();
    for number in numbers_drawn(&rows) {
        assert!(
            whole.contains(&number.as_str()),
            "{number:?} in part\n{screen}"
        );
    }
    assert!(card_words(&rows).contains("+39 333 666 1234"), "{screen}");
    insta::assert_snapshot!("review_80x24", screen);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// At any size, on the review and on the contacts screen, every
    /// number drawn is one of theirs whole.
    #[test]
    fn every_number_drawn_is_one_of_theirs_whole(
        phones in proptest::collection::vec(
            (
                prop::sample::select(vec![
                    "", "cell", "home", "work", "home fax", "work fax", "pager",
                    "assistant", "mobile", "other",
                ]),
                "\\+39( [0-9]{2,4}){2,5}",
            ),
            1..8,
        ),
        width in 40u16..=160,
        height in 16u16..=40,
    ) {
        let phones: Vec<(String, String)> = phones
            .into_iter()
            .map(|(l, n)| (l.to_string(), n))
            .collect();
        let (_dir, journal) = reached(&phones);
        let (mut app, mut rt) = opened(&journal);
        let whole: Vec<&str> = phones.iter().map(|(_, n)| n.as_str()).collect();
        for screen in [Action::ScreenReview, Action::ScreenContacts] {
            send(&mut app, &mut rt, &[Msg::Act(screen)]);
            let rows = draw(&app, (width, height));
            let drawn = numbers_drawn(&rows);
            for number in &drawn {
                prop_assert!(
                    whole.contains(&number.as_str()),
                    "{screen:?} at {width}x{height}: {number:?} in part\n{}",
                    rows.join("\n")
                );
            }
            if width >= 80 && height >= 24 {
                prop_assert!(!drawn.is_empty(), "no number\n{}", rows.join("\n"));
            }
        }
    }
}
