//! Journals written by released versions keep opening and reading the same.
//!
//! `tests/fixtures/store-vN` was written by the build that introduced store
//! version N, with `tests/fixtures/make-store.sh` (v1: givegive 0.1; v2
//! added review digests, v3 one history list per person, v4 per-person
//! summaries, v5 undo steps, v6 dates, addresses and relationships, v7 whose
//! words an interaction holds and follow-ups that know their meeting, v8
//! request ids, the journal's identity and a write log that names it, v9
//! emails and phones with their labels as data). `store-v8-labels` is a v8
//! journal whose labels were typed `LABEL=VALUE`, written by hand with the
//! last v8 build, since make-store.sh typed none before v9. Each test works
//! on a copy, since sled writes to a store as it opens it. Stores v1 to v5
//! are checked here (their insta snapshots sit beside this file), later eras
//! in `store_compat/`, one module each.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use tempfile::TempDir;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy");
    for entry in std::fs::read_dir(from).expect("fixture exists") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

fn fixture(version: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(version),
        &path,
    );
    (dir, path)
}

fn run(path: &Path, args: &[&str]) -> String {
    run_on(path, "2026-11-23", args)
}

fn run_on(path: &Path, today: &str, args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    let out = cmd
        .env("GIVEGIVE_DB", path)
        .env("GIVEGIVE_TODAY", today)
        // No holder: a test reads the journal's files between commands.
        .env("GIVEGIVE_LINGER", "0")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn store_v1_opens_and_reads_the_same() {
    let (_dir, path) = fixture("store-v1");
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    insta::assert_snapshot!("v1_show_anna", run(&path, &["show", "annie", "--json"]));
    insta::assert_snapshot!("v1_show_marco", run(&path, &["show", "marco"]));
    insta::assert_snapshot!("v1_list", run(&path, &["list", "--closed", "--json"]));
    insta::assert_snapshot!("v1_balance", run(&path, &["balance", "--json"]));
    insta::assert_snapshot!("v1_interests", run(&path, &["interests", "--json"]));
    insta::assert_snapshot!("v1_trash", run(&path, &["trash", "--json"]));
}

#[test]
fn store_v1_takes_new_writes() {
    let (_dir, path) = fixture("store-v1");
    run(&path, &["gave", "marco", "a new give"]);
    run(&path, &["reopen", "zoe"]);
    let restored = run(&path, &["trash"]);
    let id = restored
        .split_whitespace()
        .next()
        .expect("a trashed id")
        .to_string();
    run(&path, &["restore", &id]);
    assert!(run(&path, &["check"]).starts_with("ok"));
    let mut cmd = Command::cargo_bin("givegive").expect("binary");
    cmd.env("GIVEGIVE_DB", &path)
        .args(["show", "marco"])
        .assert()
        .success()
        .stdout(contains("a new give").and(contains("lent a book")));
}

#[test]
fn store_v2_migrates_and_takes_writes() {
    let (_dir, path) = fixture("store-v2");
    // Its review digests give way to summaries, built on the first read.
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    insta::assert_snapshot!("v2_review", run(&path, &["review", "--json"]));
    run(&path, &["gave", "marco", "the review he asked for"]);
    assert!(run(&path, &["check"]).starts_with("ok"));
    assert!(run(&path, &["review"]).contains("Marco Verdi"));
}

#[test]
fn store_v3_reads_the_same_as_the_stores_before_it() {
    let (_dir, path) = fixture("store-v3");
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    // Written by the same script as v2, so it reads exactly like it.
    insta::assert_snapshot!("v2_review", run(&path, &["review", "--json"]));
    let (_old, v2) = fixture("store-v2");
    for args in [
        &["show", "anna", "--json"][..],
        &["show", "marco"],
        &["list", "--closed", "--json"],
    ] {
        assert_eq!(run(&path, args), run(&v2, args), "{args:?}");
    }
    run(&path, &["gave", "marco", "the review he asked for"]);
    assert!(run(&path, &["check"]).starts_with("ok"));
}

#[test]
fn store_v4_reads_its_summaries() {
    let (_dir, path) = fixture("store-v4");
    // `check` rebuilds every stored summary and compares: a summary layout
    // that drifted would not decode, or would differ.
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    insta::assert_snapshot!("v2_review", run(&path, &["review", "--json"]));
    let (_old, v1) = fixture("store-v1");
    for args in [
        &["show", "anna", "--json"][..],
        &["list", "--closed", "--json"],
        &["balance", "--json"],
    ] {
        assert_eq!(run(&path, args), run(&v1, args), "{args:?}");
    }
}

#[test]
fn store_v5_undoes_what_it_recorded() {
    let (_dir, path) = fixture("store-v5");
    assert!(run(&path, &["check"]).starts_with("ok: 3 contacts"));
    insta::assert_snapshot!("v2_review", run(&path, &["review", "--json"]));
    // The fixture's last change deleted a give to Marco; undo brings it back.
    assert!(!run(&path, &["show", "marco"]).contains("lent a book"));
    assert!(run(&path, &["undo"]).starts_with("undid: rm "));
    assert!(run(&path, &["show", "marco"]).contains("lent a book"));
    assert!(run(&path, &["check"]).starts_with("ok"));
}

#[path = "store_compat/v12.rs"]
mod v12;
#[path = "store_compat/v13.rs"]
mod v13;
#[path = "store_compat/v14.rs"]
mod v14;
#[path = "store_compat/v6_v7.rs"]
mod v6_v7;
#[path = "store_compat/v8_on.rs"]
mod v8_on;
