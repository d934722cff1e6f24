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

    let store = Store::open(&path).expect("migrates");
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
