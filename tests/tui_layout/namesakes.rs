//! Issue 28: two "John Doe" from two address books were two identical
//! rows of the contacts list. A namesake's row says what tells them
//! apart: their organisation when no namesake shares it, else their id;
//! a name no one else has is drawn alone.

use super::*;
use proptest::prelude::*;

/// A journal of `people`, each a name and an organisation.
fn people(people: &[(&str, &str)]) -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open(&dir.path().join("journal")).expect("open");
    for (name, org) in people {
        let draft = ContactDraft {
            name: (*name).into(),
            org: (*org).into(),
            allow_duplicate: true,
            ..Default::default()
        };
        journal.add_person(&draft, None, today()).expect("add");
    }
    (dir, journal)
}

/// The contacts list's rows at `size`, as drawn between its borders.
fn list_rows(app: &App, size: (u16, u16)) -> Vec<String> {
    rows(&draw(app, size))
        .iter()
        .skip(2)
        .filter_map(|row| {
            let inner = row.strip_prefix('│')?;
            let end = inner.find('│')?;
            Some(inner[..end].trim_end().to_string())
        })
        .filter(|row| !row.is_empty())
        .collect()
}

#[test]
fn namesakes_in_the_contacts_list_say_what_tells_them_apart() {
    let (_dir, journal) = people(&[
        ("John Doe", "Acme"),
        ("John Doe", ""),
        ("Jane Doe", "Acme"),
        ("Sara Greco", "Seedlab"),
        ("Sara Greco", "Seedlab"),
        ("Luca Ferri", ""),
    ]);
    let (mut app, mut rt) = opened(&journal);
    send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
    let listed = list_rows(&app, (80, 24));
    assert!(
        listed.contains(&"John Doe · Acme".to_string()),
        "{listed:?}"
    );
    assert!(listed.contains(&"Jane Doe".to_string()), "{listed:?}");
    insta::assert_snapshot!("namesakes_80x24", draw(&app, (80, 24)));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Whoever is in the journal, no two rows of the list read the same,
    /// and someone with a name of their own is drawn by it alone.
    #[test]
    fn no_two_rows_of_the_contacts_list_read_the_same(
        added in proptest::collection::vec(
            (
                prop::sample::select(vec!["John Doe", "john doe", "Anna Rossi", "Zoë Müller"]),
                prop::sample::select(vec![
                    "", "Acme", "Studio Rossi",
                    "Konstantinopoulou Internationale Beratungsgesellschaft",
                ]),
            ),
            1..8,
        ),
        width in 80u16..=140,
    ) {
        let (_dir, journal) = people(&added);
        let (mut app, mut rt) = opened(&journal);
        send(&mut app, &mut rt, &[act(Action::ScreenContacts)]);
        let listed = list_rows(&app, (width, 24));
        prop_assert_eq!(listed.len(), added.len(), "{:?}", listed);
        let mut once = listed.clone();
        once.sort_unstable();
        once.dedup();
        prop_assert_eq!(once.len(), listed.len(), "{:?} at {}", listed, width);
        let fold = |name: &str| name.to_lowercase();
        for (name, _) in &added {
            let alone = added.iter().filter(|(n, _)| fold(n) == fold(name)).count() == 1;
            if alone {
                prop_assert!(listed.contains(&name.to_string()), "{} in {:?}", name, listed);
            }
        }
    }
}
