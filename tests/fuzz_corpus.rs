//! Every input the fuzzers kept (`tests/fuzz/corpus`), replayed through the
//! same checks as the fuzz targets, on the stable toolchain: what a long
//! fuzzing run once explored stays covered in every `cargo test`.

#[path = "fuzz/checks.rs"]
mod checks;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target);
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus").flatten() {
        let bytes = std::fs::read(entry.path()).expect("an input");
        if catch_unwind(AssertUnwindSafe(|| check(&bytes))).is_err() {
            panic!("{target}: {} fails its check", entry.path().display());
        }
        inputs += 1;
    }
    assert!(inputs > 0, "no corpus in {}", dir.display());
    eprintln!("{target}: {inputs} inputs replayed");
}

#[test]
fn vcard_corpus() {
    replay("vcard", checks::vcard);
}

#[test]
fn linkedin_corpus() {
    replay("linkedin", checks::linkedin);
}

#[test]
fn google_corpus() {
    replay("google", checks::google);
}

#[test]
fn json_export_corpus() {
    replay("json_export", checks::json_export);
}

#[test]
fn command_line_corpus() {
    replay("command_line", checks::command_line);
}
