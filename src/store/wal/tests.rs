use super::*;

fn write(seq: u64, text: &str) -> Commit {
    Commit {
        seq,
        next_id: seq,
        images: vec![Image {
            tree: 1,
            key: text.as_bytes().to_vec(),
            value: Some(vec![1]),
        }],
    }
}

fn seqs(c: &Contents) -> Vec<(u64, Vec<u8>)> {
    c.writes
        .iter()
        .map(|w| (w.seq, w.images[0].key.clone()))
        .collect()
}

#[test]
fn a_number_logged_again_supersedes_what_was_logged_from_it_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    for (seq, text) in [(1, "a"), (2, "b"), (3, "c"), (2, "b2"), (3, "c2")] {
        log.append(&Entry::Write(write(seq, text))).expect("append");
    }
    log.append(&Entry::Write(write(4, "d"))).expect("append");
    // Too large to be read back: refused, nothing written.
    let huge = Commit {
        seq: 5,
        next_id: 5,
        images: vec![Image {
            tree: 1,
            key: Vec::new(),
            value: Some(vec![7; frame::MAX_ENTRY as usize + 1]),
        }],
    };
    assert!(!log.append(&Entry::Write(huge)).expect("refused"));
    log.append(&Entry::Void { seq: 4 }).expect("void");
    let read = read(dir.path()).expect("read").expect("a log");
    assert_eq!(read.base, Base::Empty);
    assert_eq!(
        seqs(&read),
        vec![(1, b"a".to_vec()), (2, b"b2".to_vec()), (3, b"c2".to_vec())]
    );
}

#[test]
fn a_torn_last_entry_is_cut_off_and_appending_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = Log::start(
        dir.path(),
        Base::File("/b".into()),
        7,
        &[write(8, "a")],
        None,
    )
    .expect("start");
    log.append(&Entry::Write(write(9, "b"))).expect("append");
    drop(log);
    let path = dir.path().join(FILE);
    let whole = fs::metadata(&path).expect("log").len();
    for cut in [1, 5, 11, 20] {
        let mut bytes = fs::read(&path).expect("read");
        bytes.truncate(whole as usize - cut);
        fs::write(&path, &bytes).expect("cut");
        let read = read(dir.path()).expect("read").expect("a log");
        assert_eq!(seqs(&read), vec![(8, b"a".to_vec())], "cut {cut}");
        assert!(read.unreadable > 0);
        let mut log = Log::open(dir.path()).expect("open").expect("a log");
        // sled kept 8: the torn 9 was never acknowledged.
        log.square(8).expect("square");
        log.append(&Entry::Write(write(9, "b"))).expect("append");
        drop(log);
        let read = super::read(dir.path()).expect("read").expect("a log");
        assert_eq!(read.unreadable, 0);
        assert_eq!(read.base_seq, 7);
        assert_eq!(seqs(&read), vec![(8, b"a".to_vec()), (9, b"b".to_vec())]);
    }
}

#[test]
fn what_a_flush_noted_and_what_came_after_it_are_told_apart_at_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    log.append(&Entry::Write(write(1, "a"))).expect("append");
    log.append(&Entry::Write(write(2, "b"))).expect("append");
    log.note_flushed(2).expect("note");
    // A second note of the same number writes nothing.
    let len = fs::metadata(dir.path().join(FILE)).expect("log").len();
    log.note_flushed(2).expect("note");
    assert_eq!(fs::metadata(dir.path().join(FILE)).expect("log").len(), len);
    // Killed after logging 3, before flushing it.
    log.append(&Entry::Write(write(3, "c"))).expect("append");
    drop(log);
    let mut log = Log::open(dir.path()).expect("open").expect("a log");
    assert_eq!((log.flushed(), log.last_seq), (Some(2), 3));
    // sled kept 2: 3 is voided, and the log ends as after a clean run.
    log.square(2).expect("square");
    drop(log);
    let log = Log::open(dir.path()).expect("open").expect("a log");
    assert_eq!((log.flushed(), log.last_seq), (Some(2), 2));
    let read = read(dir.path()).expect("read").expect("a log");
    assert_eq!(seqs(&read), vec![(1, b"a".to_vec()), (2, b"b".to_vec())]);
}

#[test]
fn damage_in_the_middle_stops_the_reading_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    for seq in 1..=3 {
        log.append(&Entry::Write(write(seq, "x"))).expect("append");
    }
    let path = dir.path().join(FILE);
    let mut bytes = fs::read(&path).expect("read");
    let len = bytes.len();
    bytes[len * 3 / 4] ^= 0x40;
    fs::write(&path, &bytes).expect("damage");
    let read = read(dir.path()).expect("read").expect("a log");
    assert!(read.writes.len() < 3);
    assert!(read.unreadable > 0);
}

#[test]
fn a_lost_tail_that_held_acknowledged_writes_stops_the_log_until_it_starts_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    for seq in 1..=3 {
        log.append(&Entry::Write(write(seq, "x"))).expect("append");
        log.note_flushed(seq).expect("note");
    }
    drop(log);
    let path = dir.path().join(FILE);
    let mut bytes = fs::read(&path).expect("read");
    // The last note and the end of write 3, which sled kept.
    bytes.truncate(bytes.len() - 30);
    fs::write(&path, &bytes).expect("cut");
    let mut log = Log::open(dir.path()).expect("open").expect("a log");
    log.square(3).expect("square");
    assert_eq!(log.lost(), Some(1));
    assert!(log.append(&Entry::Write(write(4, "y"))).is_err());
    log.note_flushed(4).expect("nothing to note");
    drop(log);
    assert_eq!(fs::read(&path).expect("read"), bytes, "left as it was");
    // A backup holding all 3 starts the log again.
    let log = Log::start(dir.path(), Base::Empty, 3, &[], None).expect("start");
    assert_eq!(log.lost(), None);
    log.append(&Entry::Write(write(4, "y"))).expect("append");
}

#[test]
fn a_start_names_its_journal_and_a_hashed_base_while_old_begins_still_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = Base::Hashed {
        file: "/backups/givegive-2026-11-01-00112233-7.json.gz".into(),
        sha256: [9; 32],
    };
    Log::start(dir.path(), base.clone(), 7, &[write(8, "a")], Some([5; 16])).expect("start");
    let read = read(dir.path()).expect("read").expect("a log");
    assert_eq!((read.base, read.journal), (base, Some([5; 16])));
    Log::start(dir.path(), Base::File("/b".into()), 7, &[], None).expect("start");
    let read = super::read(dir.path()).expect("read").expect("a log");
    assert_eq!((read.base, read.journal), (Base::File("/b".into()), None));
}

/// A v7 build reads a log from its last entry and cuts one it cannot read
/// (a `Start`, or a hashed base) as torn, before it refuses the journal as
/// newer: a log nothing was written to since it started must end in a
/// flush note, which every build reads, so the refusal leaves it whole.
#[test]
fn a_log_just_started_ends_in_an_entry_older_builds_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = Base::Hashed {
        file: "/backups/givegive-2026-11-01-00112233-7.json.gz".into(),
        sha256: [9; 32],
    };
    Log::start(dir.path(), base.clone(), 7, &[], Some([5; 16])).expect("start");
    let mut file = File::open(dir.path().join(FILE)).expect("log");
    let last = frame::last_entry(&mut file).expect("read");
    assert_eq!(last, Some(Some(Entry::Flushed { seq: 7 })));
    // Said once more, it changes nothing this build reads.
    let read = read(dir.path()).expect("read").expect("a log");
    assert_eq!((read.writes(), &read.base, read.base_seq), (0, &base, 7));
    assert_eq!((read.flushed, read.unreadable), (Some(7), 0));
    let log = Log::open(dir.path()).expect("open").expect("a log");
    assert_eq!((log.last_seq, log.flushed), (7, Some(7)));
}

/// Another program cut the log under the process that appends to it: the
/// next entry would follow the cut, where a rebuild cannot read across it.
#[test]
fn a_log_changed_under_its_process_takes_nothing_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    log.append(&Entry::Write(write(1, "a"))).expect("append");
    log.note_flushed(1).expect("note");
    assert!(!log.altered().expect("stat"));
    let path = dir.path().join(FILE);
    let len = fs::metadata(&path).expect("log").len();
    OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(len - 30))
        .expect("cut");
    assert!(log.altered().expect("stat"));
    let refused = log
        .append(&Entry::Write(write(2, "b")))
        .expect_err("refused");
    assert!(is_altered(&refused), "{refused}");
    log.note_flushed(2).expect("nothing noted");
    assert_eq!(fs::metadata(&path).expect("log").len(), len - 30);
}

/// Whole entries after unreadable bytes: damage in the middle of the log.
/// An open reads it all instead of trusting its last entry, finds that
/// the log lost what sled kept, and the flush notes after the damage say
/// how many of those changes had been reported saved.
#[test]
fn damage_in_the_middle_with_whole_entries_after_is_a_loss_not_a_clean_end() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut log = Log::start(dir.path(), Base::Empty, 0, &[], None).expect("start");
    let path = dir.path().join(FILE);
    let mut ends = Vec::new();
    for seq in 1..=3 {
        log.append(&Entry::Write(write(seq, "x"))).expect("append");
        log.note_flushed(seq).expect("note");
        ends.push(fs::metadata(&path).expect("log").len() as usize);
    }
    drop(log);
    let mut bytes = fs::read(&path).expect("read");
    // Inside write 2; write 3 and its note follow whole.
    bytes[ends[0] + 10] ^= 0x40;
    fs::write(&path, &bytes).expect("damage");
    let read = read(dir.path()).expect("read").expect("a log");
    assert_eq!((read.writes(), read.middle), (1, true));
    assert_eq!(read.saved_unreadable(), Some(2));
    let mut log = Log::open(dir.path()).expect("open").expect("a log");
    log.square(3).expect("square");
    assert_eq!(log.lost(), Some(2));
    drop(log);
    assert_eq!(fs::read(&path).expect("read"), bytes, "left as it was");
}
