//! Every mistake of a file said at once, in its order, each in words that
//! point at the fix (trial 28c #13).

use super::*;
use crate::keymap::{Layer, key_names};

fn mistakes(text: &str, tui: bool) -> Vec<Mistake> {
    Config::defaults().apply(text, "cfg.toml", tui)
}

/// A file of settings each written wrong on its own line, shuffled: every
/// one is said, once, in the file's order, whatever kind of mistake it is
/// (not TOML, an unknown name, a wrong value, a bad key or action).
#[test]
fn every_mistake_is_said_at_once_in_the_files_order() {
    let wrong = [
        ("[theme]", "accent = \"purpel\""),
        ("[keys.form]", "\"ctrl-s\" = \"sumbit\""),
        ("[drafts]", "language = it"),
        ("[review]", "capacity = \"ten\""),
        ("[backup]", "kep = 3"),
        ("[keys.contacts]", "ctlr-x = \"gave\""),
        ("[tui]", "mouse = \"no\""),
    ];
    for turn in 0..wrong.len() {
        let mut order = wrong.to_vec();
        order.rotate_left(turn);
        let text: String = order.iter().map(|(t, s)| format!("{t}\n{s}\n")).collect();
        let said = mistakes(&text, true);
        let lines: Vec<Option<usize>> = said.iter().map(|m| m.line).collect();
        let expected: Vec<Option<usize>> = (0..wrong.len()).map(|i| Some(2 * i + 2)).collect();
        assert_eq!(lines, expected, "{said:#?}");
    }
}

#[test]
fn a_misspelt_modifier_or_key_name_gets_the_key_meant() {
    for name in key_names().filter(|n| !n.contains('-')) {
        let mut swapped: Vec<char> = name.chars().collect();
        swapped.swap(0, 1);
        let swapped: String = swapped.into_iter().collect();
        for (typed, meant) in [
            (format!("ctlr-{name}"), format!("ctrl-{name}")),
            (swapped.clone(), name.to_string()),
        ] {
            let text = format!("[keys.form]\n\"{typed}\" = \"submit\"\n");
            let said = mistakes(&text, true);
            assert!(
                said.len() == 1 && said[0].said.ends_with(&format!("(did you mean {meant}?)")),
                "{typed}: {said:#?}"
            );
        }
    }
}

/// An unknown action in a table names only actions that act there (the
/// closest few), and where the rest are listed.
#[test]
fn an_unknown_action_names_the_closest_of_its_tables_actions() {
    let defaults = toml::from_str::<toml::Table>(DEFAULTS).unwrap_or_default();
    for layer in [Layer::Form, Layer::Prompt, Layer::Confirm, Layer::Picker] {
        let own: Vec<&str> = defaults["keys"][layer.name()]
            .as_table()
            .map(|t| t.values().filter_map(toml::Value::as_str).collect())
            .unwrap_or_default();
        let text = format!("[keys.{}]\n\"x\" = \"sumbit\"\n", layer.name());
        let said = mistakes(&text, true);
        let [m] = said.as_slice() else {
            panic!("{said:#?}")
        };
        let listed = m
            .said
            .split(&format!("[keys.{}] takes ", layer.name()))
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .unwrap_or_default();
        let names: Vec<&str> = listed.split(", ").filter(|n| *n != "…").collect();
        assert!(
            (1..=4).contains(&names.len()) && names.iter().all(|n| own.contains(n)),
            "{}",
            m.said
        );
        assert!(
            m.said.contains("givegive config lists them all"),
            "{}",
            m.said
        );
    }
}

#[test]
fn a_setting_under_keys_itself_says_keys_holds_tables() {
    let said = mistakes("[keys]\ng = \"gaev\"\n", true);
    assert_eq!(
        said.iter().map(|m| m.said.as_str()).collect::<Vec<_>>(),
        [
            "config cfg.toml line 2: [keys] g: [keys] holds tables such as [keys.contacts], [keys.form], not keys: write g on a line below one of them; did you mean gave?"
        ]
    );
}

#[test]
fn a_value_without_quotes_is_shown_as_it_should_be_written() {
    let said = mistakes("[drafts]\nlanguage = it\n", false);
    assert_eq!(
        said.iter().map(|m| m.said.as_str()).collect::<Vec<_>>(),
        ["config cfg.toml line 2: [drafts] language: write the value in quotes: language = \"it\""]
    );
}

/// A mistake is placed in its table, so a command reading only others
/// runs: the review with `[drafts]` misspelt, or not TOML on one line.
#[test]
fn a_mistake_outside_what_a_command_reads_only_warns() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("config.toml");
    for drafts in ["langauge = \"it\"", "language = it", "language = \"it"] {
        let text = format!("[review]\ncapacity = 4\n[drafts]\n{drafts}\n");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let review = Config::for_command(&["review"], Some(&path));
        assert!(
            review
                .as_ref()
                .is_ok_and(|(c, warned)| c.review.capacity == 4 && warned.is_some()),
            "{drafts}: {review:?}"
        );
        assert!(Config::for_command(&["drafts"], Some(&path)).is_err());
    }
}
