//! Undo groups: the steps of one change written in several transactions
//! come back and go again together, and steps stored before groups were
//! read as changes of their own.

use chrono::NaiveDate;

use super::{Change, Step, StepV1};
use crate::domain::{Contact, Id};
use crate::store::{Store, codec};

fn add(store: &Store, id: u64) {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let c = Contact::new(Id(id), format!("Person {id}"), day);
    store
        .transact(|tx| tx.put_contact(&c, None))
        .expect("written");
}

fn people(store: &Store) -> usize {
    store.contact_count()
}

#[test]
fn a_group_is_undone_and_redone_in_one_step() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(&dir.path().join("journal")).expect("open");
    store.set_label("add 1");
    add(&store, 1);
    store.group_label("import");
    add(&store, 2);
    add(&store, 3);
    store.group_label("import of 3 people");
    add(&store, 4);
    store.set_label("add 5");
    add(&store, 5);

    let label = |r: Option<super::Replayed>| r.expect("a step").label;
    assert_eq!(label(store.undo().expect("undo")), "add 5");
    assert_eq!(label(store.undo().expect("undo")), "import of 3 people");
    assert_eq!(people(&store), 1);
    assert_eq!(label(store.redo().expect("redo")), "import of 3 people");
    assert_eq!(people(&store), 4);
    assert_eq!(label(store.undo().expect("undo")), "import of 3 people");
    assert_eq!(label(store.undo().expect("undo")), "add 1");
    assert_eq!(people(&store), 0);
}

#[test]
fn a_step_stored_before_groups_is_its_own_change() {
    let old = StepV1 {
        label: "add Anna".into(),
        changes: vec![Change {
            tree: 0,
            key: vec![1],
            old: None,
            new: Some(vec![2]),
        }],
    };
    let mut bytes = 1u16.to_be_bytes().to_vec();
    bytes
        .extend(bincode::serde::encode_to_vec(&old, bincode::config::standard()).expect("encoded"));
    let step: Step = codec::decode(&bytes).expect("read");
    assert_eq!((step.label.as_str(), step.group), ("add Anna", 0));
    assert_eq!(step.changes, old.changes);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 6,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Changes of one step and groups of many (some of more steps than
    /// are kept), then undo until nothing is left: each undo takes back
    /// one whole change, newest first, never part of one; the changes
    /// undone are exactly those wholly within the last `KEEP` steps, and
    /// the newest change whatever its size. Before, the oldest step was
    /// forgotten alone, and an import of more batches than `KEEP` was
    /// undone only as far as they went.
    #[test]
    fn a_change_is_undone_whole_or_not_at_all(
        changes in proptest::collection::vec(
            (
                proptest::bool::ANY,
                proptest::prop_oneof![3 => 1usize..4, 1 => 150usize..230],
            ),
            1..8,
        )
    ) {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("journal")).expect("open");
        let mut id = 0;
        // People before each change, and its first step's number.
        let mut before = Vec::new();
        for (n, (grouped, size)) in changes.iter().enumerate() {
            let size = if *grouped { *size } else { 1 };
            before.push((people(&store), id + 1));
            store.set_label(&format!("change {n}"));
            if *grouped {
                store.group_label(&format!("change {n}"));
            }
            for _ in 0..size {
                id += 1;
                add(&store, id);
            }
        }
        let steps = id;
        let kept = before
            .iter()
            .enumerate()
            .filter(|(n, (_, first))| first + super::KEEP > steps || n + 1 == before.len())
            .count();
        for (count, _) in before.iter().rev().take(kept) {
            proptest::prop_assert!(store.undo().expect("undo").is_some());
            proptest::prop_assert_eq!(people(&store), *count);
        }
        proptest::prop_assert!(store.undo().expect("undo").is_none());
    }
}
