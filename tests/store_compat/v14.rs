//! Store v14: ledger entries keep the day they were settled and the
//! introduction that granted a request (ledger layout 2), so one favour is
//! counted once; a v13 journal migrates with every entry read as before.

use super::{fixture, run, run_on};

/// Help given to `who`, as `show --json` has it: (favours, weight).
fn given(path: &std::path::Path, who: &str) -> (u64, u64) {
    let card: serde_json::Value =
        serde_json::from_str(&run(path, &["show", who, "--json"])).expect("json");
    let given = &card["help"]["given"];
    (
        given["count"].as_u64().expect("count"),
        given["weight"].as_u64().expect("weight"),
    )
}

/// The v14 fixture's Carla asked to meet a designer (weight 2) and was
/// introduced to Pia (weight 1) with `--closes`: one favour, weighing the
/// larger of the two; Pia's request was granted on a later day and says so.
#[test]
fn store_v14_counts_an_introduction_that_granted_a_request_once() {
    let (_dir, path) = fixture("store-v14");
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
    assert_eq!(given(&path, "carla"), (1, 2));
    let carla = run(&path, &["show", "carla"]);
    assert!(
        carla.contains("asked-by    done 2026-11-23: meet a designer"),
        "{carla}"
    );
    // Pia: the introduction and her request granted, two favours.
    assert_eq!(given(&path, "pia"), (2, 2));
    let pia = run(&path, &["show", "pia"]);
    assert!(pia.contains("done 2026-11-23: a flat in Berlin"), "{pia}");
    // Undone (Pia's request done, asked, then the introduction), the
    // introduction takes the granted request with it; made again, it
    // counts once again.
    for _ in 0..3 {
        run_on(&path, "2026-11-24", &["undo"]);
    }
    assert_eq!(given(&path, "carla"), (0, 0));
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
    for _ in 0..3 {
        run_on(&path, "2026-11-24", &["redo"]);
    }
    assert_eq!(given(&path, "carla"), (1, 2));
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
}

/// A v13 journal opens (layout 1 entries read as settled on their own day,
/// granted by nothing): its balances are what they were, and it checks.
#[test]
fn store_v13_migrates_with_every_entry_read_as_before() {
    let (dir, path) = fixture("store-v13");
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
    assert!(
        dir.path()
            .join("journal-backups/before-v14-from-v13")
            .exists()
    );
    let anna = run(&path, &["show", "anna"]);
    assert!(!anna.contains("done 20"), "no settled day: {anna}");
    // An undo step written in layout 1 still puts its entries back.
    run(&path, &["undo"]);
    assert!(run(&path, &["check"]).starts_with("ok: 7 contacts"));
}
