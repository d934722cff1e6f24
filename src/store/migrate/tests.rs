use super::super::{SCHEMA_KEY, SCHEMA_VERSION, Store, T, wal};
use crate::domain::{Id, Interest};

fn interests(store: &Store) -> Vec<Interest> {
    store
        .interests()
        .collect::<Result<_, _>>()
        .expect("interests")
}

/// A journal as a v7 build left it: stamped 7, with no identity, and a
/// write log whose start (`Begin`) names no journal.
fn as_v7(path: &std::path::Path) {
    {
        let db = sled::open(path).expect("raw open");
        let meta = db.open_tree("meta").expect("meta");
        meta.insert(SCHEMA_KEY, &7u32.to_be_bytes()).expect("stamp");
        meta.remove(b"identity").expect("identity");
        db.flush().expect("flush");
    }
    let log = wal::read(path).expect("read").expect("a log");
    wal::Log::start(path, log.base, log.base_seq, &log.writes, None).expect("v7 log");
}

/// v7 → v8 changed no layout: the write log a v7 build kept goes on
/// rebuilding the journal after the migration, instead of waiting for the
/// next backup (what the migrations that rewrote layouts must do).
#[test]
fn a_v7_journal_keeps_a_write_log_that_rebuilds_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal");
    {
        let store = Store::open(&path).expect("new journal");
        for (id, name) in [(1, "Climbing"), (2, "Jazz")] {
            let interest = Interest::new(Id(id), name, true);
            store
                .transact(|tx| tx.put_interest(&interest))
                .expect("write");
        }
        store.flush().expect("flush");
    }
    as_v7(&path);
    let before = wal::read(&path).expect("read").expect("a log");
    assert_eq!((before.journal, before.writes()), (None, 2));

    let store = once_let_go(|| Store::open(&path));
    let stamp = store.tree(T::Meta).get(SCHEMA_KEY).expect("meta");
    assert_eq!(stamp.as_deref(), Some(&SCHEMA_VERSION.to_be_bytes()[..]));
    let copy = dir
        .path()
        .join(format!("journal-backups/before-v{SCHEMA_VERSION}-from-v7"));
    assert!(copy.join("conf").is_file(), "no copy at {}", copy.display());
    let log = wal::read(&path).expect("read").expect("a log");
    assert_eq!(log.base, wal::Base::Empty);
    assert_eq!(log.writes(), 2);

    let rebuilt = Store::open(&dir.path().join("rebuilt")).expect("new journal");
    assert_eq!(rebuilt.replay_log(&log).expect("replay"), 2);
    assert_eq!(interests(&rebuilt), interests(&store));
    assert_eq!(interests(&rebuilt).len(), 2);
}

/// v9 → v10: a note is no longer contact. A balance whose last touch a
/// note had set (the v9 rule) is recomputed on open, `check` agrees, and
/// the write log and the undo steps, which hold the old figure, start
/// again rather than bring it back.
#[test]
fn a_v9_journal_recomputes_the_last_touch_a_note_had_set() {
    use crate::domain::{Balance, Contact, Interaction, InteractionKind, Voice};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
    {
        let store = Store::open(&path).expect("new journal");
        let anna = Contact::new(Id(1), "Anna".into(), day);
        let note = Interaction {
            id: Id(2),
            date: day,
            contacts: vec![Id(1)],
            kind: InteractionKind::Note,
            summary: "prefers mornings".into(),
            details: String::new(),
            tags: Vec::new(),
            from: Voice::Me,
        };
        store
            .transact(|tx| {
                tx.put_contact(&anna, None)?;
                tx.put_interaction(&note, None)?;
                let old_rule = Balance {
                    last_touch: Some(day),
                    ..Balance::default()
                };
                tx.put_balance(Id(1), &old_rule)?;
                tx.reserve_ids_through(Id(2))
            })
            .expect("write");
        store.flush().expect("flush");
    }
    {
        let db = sled::open(&path).expect("raw open");
        let meta = db.open_tree("meta").expect("meta");
        meta.insert(SCHEMA_KEY, &9u32.to_be_bytes()).expect("stamp");
        db.flush().expect("flush");
    }
    let store = once_let_go(|| Store::open(&path));
    assert_eq!(store.balance(Id(1)).expect("balance").last_touch, None);
    assert_eq!(store.check().expect("check"), Vec::new());
    assert_eq!(store.undo().expect("undo"), None, "no step of the old rule");
    let log = wal::read(&path).expect("read").expect("a log");
    assert_eq!((log.writes(), &log.base), (0, &wal::Base::Unknown));
}

/// A v10 journal kept summaries where a meeting that did an earlier
/// meeting's follow-up still waited for one of its own: v11 builds them
/// again, so the review and `check` agree with the rule at once.
#[test]
fn a_v10_journal_builds_its_summaries_again_for_the_meeting_that_was_the_follow_up() {
    use crate::domain::{InteractionKind, Voice};
    use crate::journal::{ContactDraft, InteractionDraft, Journal};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
    let laura = {
        let journal = Journal::open(&path).expect("new journal");
        let draft = ContactDraft {
            name: "Laura Costa".into(),
            ..ContactDraft::default()
        };
        let laura = journal.add_contact(&draft, day).expect("add").id;
        let met = |summary: &str, follow_up| InteractionDraft {
            contacts: vec![laura],
            kind: InteractionKind::Met,
            summary: summary.into(),
            details: String::new(),
            from: Voice::Both,
            date: day,
            follow_up,
            unwanted: false,
        };
        let workshop = met("workshop", Some(day + chrono::Days::new(3)));
        journal.log_interaction(&workshop, day).expect("workshop");
        let call = journal.log_interaction(&met("telefonata", None), day);
        assert_eq!(call.expect("call").followed_up.len(), 1);
        // The summary as v10 built it: the call still waited.
        let mut old = journal.summary(laura).expect("read").expect("summary");
        assert!(old.digest.followed_up_meeting, "the call was the follow-up");
        old.digest.followed_up_meeting = false;
        journal.store().put_summaries(&[old], &[]).expect("put");
        journal.flush().expect("flush");
        laura
    };
    {
        let db = sled::open(&path).expect("raw open");
        let meta = db.open_tree("meta").expect("meta");
        meta.insert(SCHEMA_KEY, &10u32.to_be_bytes())
            .expect("stamp");
        db.flush().expect("flush");
    }
    let journal = once_let_go(|| {
        Journal::open(&path).map_err(|e| match e {
            crate::journal::JournalError::Store(s) => s,
            other => panic!("{other}"),
        })
    });
    let mut waits = Vec::new();
    journal
        .for_each_summary(|s| waits.push((s.id, s.digest.followed_up_meeting)))
        .expect("summaries");
    assert_eq!(waits, [(laura, true)]);
    assert_eq!(journal.check().expect("check"), Vec::new());
}

/// What `open` opens, once a raw sled handle dropped just before has let go
/// of the directory: sled's flusher thread holds its lock a moment after
/// the handle is dropped (seen once, in a full run under load), so
/// "locked" is tried again for up to 3 s.
fn once_let_go<J>(open: impl Fn() -> Result<J, super::super::StoreError>) -> J {
    for _ in 0..60 {
        match open() {
            Err(super::super::StoreError::Locked(_)) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return other.expect("migrates"),
        }
    }
    open().expect("migrates")
}
