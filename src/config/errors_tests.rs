use super::*;

fn error_of(text: &str) -> String {
    match toml::from_str::<toml::Table>(text) {
        Err(e) => said("config.toml", text, &e).said,
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

#[test]
fn a_key_written_twice_names_it_and_both_lines() {
    let said = error_of("[review]\ncapacity = 3\n# again\ncapacity = 4\n");
    assert_eq!(
        said,
        "config config.toml line 4: [review] capacity: written twice, on lines 2 and 4 (keep one)"
    );
}

#[test]
fn a_word_without_quotes_is_told_what_the_setting_takes() {
    let said = error_of("[tui]\nmouse = yes\n");
    assert_eq!(
        said,
        "config config.toml line 2: [tui] mouse: yes is not true or false (e.g. mouse = true)"
    );
}
