//! Every integration test, in one binary: one link instead of eighteen,
//! and the two test threads kept busy across all of them. Each module is
//! the file of the same name beside this one; the helpers they share are
//! declared once here.

mod common;
#[path = "common/holders.rs"]
mod holders;
#[path = "common/kills.rs"]
mod kills;
#[path = "common/tmux.rs"]
mod tmux;

mod app_update;
mod backups;
mod cli;
mod crash;
mod damage;
mod disk_full;
mod e2e_tmux;
mod fuzz_corpus;
mod holder;
mod import_export;
mod journal_props;
mod keys_doc;
mod people;
mod power_cut;
mod shell;
mod store_compat;
mod tui_app;
mod tui_card;
mod tui_layout;

/// With `autotests = false` a file put in tests/ and not named above would
/// never run, silently: every one must be a module here.
#[test]
fn every_test_file_is_a_module_of_the_suite() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let suite = std::fs::read_to_string(here.join("suite.rs")).expect("tests/suite.rs");
    let left_out: Vec<String> = std::fs::read_dir(&here)
        .expect("tests/")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let module = name.strip_suffix(".rs")?.to_string();
            (module != "suite" && !suite.contains(&format!("\nmod {module};\n"))).then_some(name)
        })
        .collect();
    assert!(
        left_out.is_empty(),
        "tests/{left_out:?} would never run: add `mod NAME;` to tests/suite.rs"
    );
}
