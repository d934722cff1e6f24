//! Every input the fuzzers kept, replayed through the same checks as the
//! fuzz targets, on the stable toolchain: what a long fuzzing run once
//! explored stays covered in every `cargo test`.
//!
//! The minimised corpus is one archive, `tests/fuzz/corpus.tar.gz` (a
//! folder per target), so its thousands of files do not flood the tree;
//! `tests/fuzz/seeds` keeps a few small inputs per target as files, to start
//! a fuzzing run from (see docs/reliability.md).

#[path = "fuzz/checks.rs"]
mod checks;

use std::collections::BTreeMap;
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

type Check = fn(&[u8]);

/// Inputs by target: each a name and its bytes.
type Corpus = BTreeMap<String, Vec<(String, Vec<u8>)>>;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz")
}

/// The archive's inputs, by target: read once for all the tests.
fn archive() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let file = std::fs::File::open(fuzz_dir().join("corpus.tar.gz")).expect("the corpus");
        let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(file));
        let mut by_target = Corpus::new();
        for entry in tar.entries().expect("a tar archive") {
            let mut entry = entry.expect("an entry");
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let path = entry.path().expect("a path").into_owned();
            // `vcard/…` or `./vcard/…`, as tar was run.
            let target = path
                .components()
                .find_map(|c| match c {
                    Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
                    _ => None,
                })
                .unwrap_or_default();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("an input");
            by_target
                .entry(target)
                .or_default()
                .push((path.display().to_string(), bytes));
        }
        by_target
    })
}

fn run(target: &str, name: &str, bytes: &[u8], check: Check) {
    if catch_unwind(AssertUnwindSafe(|| check(bytes))).is_err() {
        panic!("{target}: {name} fails its check");
    }
}

fn replay(target: &str, check: Check) {
    let inputs = archive().get(target).map_or(&[][..], Vec::as_slice);
    for (name, bytes) in inputs {
        run(target, name, bytes, check);
    }
    let seeds = fuzz_dir().join("seeds").join(target);
    let mut seeded = 0;
    for entry in std::fs::read_dir(&seeds).expect("the seeds").flatten() {
        let bytes = std::fs::read(entry.path()).expect("a seed");
        run(target, &entry.path().display().to_string(), &bytes, check);
        seeded += 1;
    }
    // A handful of inputs means the archive was not read whole.
    assert!(
        inputs.len() > 100,
        "{target}: {} inputs in the archive",
        inputs.len()
    );
    assert!(seeded > 0, "no seeds in {}", seeds.display());
    eprintln!(
        "{target}: {} inputs and {seeded} seeds replayed",
        inputs.len()
    );
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
