use super::*;

fn error_of(text: &str) -> String {
    match toml::from_str::<toml::Table>(text) {
        Err(e) => said("config.toml", text, &e),
        Ok(_) => String::new(),
    }
}

#[test]
fn an_unclosed_string_names_its_line_and_key() {
    let said = error_of("[drafts]\nlanguage = \"it\n");
    assert!(
        said.starts_with("config config.toml line 2: [drafts] language: "),
        "{said}"
    );
    assert!(said.contains("no closing \""), "{said}");
}
