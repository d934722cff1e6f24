//! `docs/keys.md` is generated from the default keymap; this test keeps the
//! two in step. Run with GIVEGIVE_UPDATE_DOCS=1 to rewrite the file.

use givegive::config::Config;

#[test]
fn docs_keys_md_lists_every_default_binding() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
    let generated = Config::defaults().keymap.to_markdown();
    if std::env::var_os("GIVEGIVE_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/keys.md");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/keys.md is out of date: run GIVEGIVE_UPDATE_DOCS=1 cargo test --test suite keys_doc"
    );
}
