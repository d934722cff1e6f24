use super::*;
use crate::keymap::{Action, Key, Layer};
use ratatui::style::{Color, Modifier, Style};

impl Config {
    /// [`Config::apply`] as one result: its mistakes, one a line.
    fn try_apply(&mut self, text: &str, origin: &str, tui: bool) -> Result<(), String> {
        let mistakes = self.apply(text, origin, tui);
        match mistakes.is_empty() {
            true => Ok(()),
            false => Err(lines(&mistakes)),
        }
    }
}

#[test]
fn defaults_parse_and_bind_every_screen() {
    let c = Config::defaults();
    let q: Key = "q".parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.keymap.resolve(Layer::Contacts, q), Some(Action::Quit));
    assert_eq!(c.theme.accent, Some(Color::Cyan));
}

#[test]
fn user_files_override_and_unbind() {
    let mut c = Config::defaults();
    let result = c.try_apply(
        "[keys.global]\n\"x\" = \"quit\"\n\"q\" = \"none\"\n[theme]\naccent = \"#ff0000\"\n",
        "test",
        true,
    );
    assert_eq!(result, Ok(()));
    let key = |s: &str| s.parse::<Key>().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c.keymap.resolve(Layer::Global, key("x")),
        Some(Action::Quit)
    );
    assert_eq!(c.keymap.resolve(Layer::Global, key("q")), None);
    assert_eq!(c.theme.accent, Some(Color::Rgb(255, 0, 0)));
}

#[test]
fn review_settings_come_from_the_file() {
    let mut c = Config::defaults();
    assert_eq!(c.review, Settings::default());
    let text = "[review]\ncapacity = 5\n[review.cadence]\ninner = 7\nactive = 0\n";
    assert_eq!(c.try_apply(text, "cfg", true), Ok(()));
    assert_eq!(c.review.capacity, 5);
    assert_eq!(c.review.cadence_inner, Some(7));
    assert_eq!(c.review.cadence_active, None);
    assert_eq!(c.review.cadence_close, Some(30));
    assert!(c.try_apply("[review]\nsize = 5\n", "cfg", true).is_err());
}

/// Trial 28d #10: the comment on `fresh_days` said the review says nothing
/// after it, while the line stays, worded as late, up to 14 days (the
/// review's `LATE_DAYS`).
#[test]
fn the_fresh_days_comment_says_what_the_review_does_after_it() {
    let comment: String = DEFAULTS
        .lines()
        .skip_while(|l| !l.contains("still \"fresh\""))
        .take_while(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(comment.contains("worded as late"), "{comment}");
    assert!(comment.contains("at most 14 days"), "{comment}");
    assert!(!comment.contains("nothing after"), "{comment}");
}

/// Trial 28d #11: `accent = "cyann"` listed every colour but not the one
/// meant.
#[test]
fn a_misspelt_colour_gets_did_you_mean() {
    let mut c = Config::defaults();
    for (typed, meant) in [
        ("cyann", "cyan"),
        ("Light_Gren", "light_green"),
        ("gray", ""),
    ] {
        let said = c
            .try_apply(&format!("[theme]\naccent = \"{typed}\"\n"), "cfg", true)
            .err()
            .unwrap_or_default();
        match meant.is_empty() {
            true => assert_eq!(said, "", "{typed}"),
            false => assert!(said.contains(&format!("did you mean {meant}?")), "{said}"),
        }
    }
    let said = c.try_apply("[theme]\naccent = \"purple\"\n", "cfg", true);
    let said = said.err().unwrap_or_default();
    assert!(
        !said.contains("did you mean") && said.contains("cyan"),
        "{said}"
    );
}

#[test]
fn settings_that_would_silence_the_review_are_refused_by_name() {
    let mut c = Config::defaults();
    assert_eq!(
        c.try_apply("[review]\ncapacity = 0\n", "cfg.toml", true),
        Err(
            "config cfg.toml line 2: [review] capacity: 0 would show nobody (use 1 or more)".into()
        )
    );
    for (text, key) in [
        ("signal_threshold = 0", "signal_threshold"),
        ("fresh_days = -1", "fresh_days"),
        ("dates_ahead = -3", "dates_ahead"),
        ("follow_up_days = -1", "follow_up_days"),
    ] {
        let mut c = Config::defaults();
        let err = c.try_apply(&format!("[review]\n{text}\n"), "cfg.toml", true);
        assert!(
            err.as_ref()
                .is_err_and(|e| e.contains(&format!("line 2: [review] {key}: "))),
            "{text}: {err:?}"
        );
    }
    let mut c = Config::defaults();
    assert_eq!(
        c.try_apply("[review]\nfresh_days = 0\ncapacity = 1\n", "cfg", true),
        Ok(())
    );
}

#[test]
fn the_mouse_is_on_unless_the_file_turns_it_off() {
    let mut c = Config::defaults();
    assert!(c.mouse);
    assert_eq!(c.try_apply("[tui]\nmouse = false\n", "cfg", true), Ok(()));
    assert!(!c.mouse);
    assert!(c.try_apply("[tui]\nmouse = \"no\"\n", "cfg", true).is_err());
}

#[test]
fn backup_settings_come_from_the_file() {
    let mut c = Config::defaults();
    assert_eq!(c.backup.keep, 7);
    assert_eq!(c.backup.dir, None);
    let text = "[backup]\nkeep = 0\ndir = \"/srv/sync/givegive\"\n";
    assert_eq!(c.try_apply(text, "cfg", true), Ok(()));
    assert_eq!(c.backup.keep, 0);
    assert_eq!(c.backup.dir, Some(PathBuf::from("/srv/sync/givegive")));
    assert_eq!(
        c.try_apply("[backup]\ndir = \"~/sync\"\n", "cfg", true),
        Ok(())
    );
    assert!(
        c.backup
            .dir
            .as_ref()
            .is_some_and(|d| d.ends_with("sync") && d.is_absolute())
    );
    assert!(c.try_apply("[backup]\ndays = 5\n", "cfg", true).is_err());
}

#[test]
fn draft_language_and_templates() {
    let mut c = Config::defaults();
    assert!(c.drafts.template().text.starts_with("Hi {first_name}"));
    assert_eq!(
        c.try_apply("[drafts]\nlanguage = \"it\"\n", "cfg", true),
        Ok(())
    );
    assert!(c.drafts.template().text.starts_with("Ciao"));
    let own = "[drafts.templates]\nit = \"Ehi {first_name}\"\n";
    assert_eq!(c.try_apply(own, "cfg", true), Ok(()));
    assert_eq!(c.drafts.template().text, "Ehi {first_name}");
    assert!(
        c.try_apply("[drafts]\nlanguage = \"fr\"\n", "cfg", true)
            .is_err_and(|e| e.contains("fr"))
    );
}

#[test]
fn no_color_turns_every_colour_off() {
    let c = Config::load(None, true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.theme, Theme::plain());
    assert_eq!(c.theme.give(), Style::default());
    assert_eq!(
        c.theme.selected(),
        Style::default().add_modifier(Modifier::REVERSED)
    );
}

#[test]
fn a_user_file_on_disk_is_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys.contacts]\n\"x\" = \"gave\"\n").unwrap_or_else(|e| panic!("{e}"));
    let c = Config::load(Some(&path), false).unwrap_or_else(|e| panic!("{e}"));
    let x: Key = "x".parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.keymap.resolve(Layer::Contacts, x), Some(Action::Gave));
    std::fs::write(&path, "[keys.contacts]\n\"x\" = 3\n").unwrap_or_else(|e| panic!("{e}"));
    assert!(Config::load(Some(&path), false).is_err_and(|e| e.contains("config.toml")));
}

#[test]
fn mistakes_name_the_file_and_the_key() {
    let mut c = Config::defaults();
    let err = c.try_apply("[keys.global]\n\"q\" = \"explode\"\n", "cfg.toml", true);
    let said = "config cfg.toml line 2: [keys.global] q: \"explode\" is not an action ([keys.global] takes ";
    assert!(
        err.as_ref().is_err_and(|e| e.starts_with(said)
            && e.contains("givegive config lists them all")
            && !e.contains("docs/")),
        "{err:?}"
    );
    assert!(
        c.try_apply("[keys.nowhere]\n", "cfg.toml", true)
            .is_err_and(|e| e.contains("not a layer"))
    );
    assert!(
        c.try_apply("[theme]\naccent = \"plaid\"\n", "cfg.toml", true)
            .is_err_and(|e| e.contains("not a colour"))
    );
    assert!(c.try_apply("[colours]\n", "cfg.toml", true).is_err());
}

/// Words that belong to Rust and serde, never to a message a user reads.
const RUST_WORDS: [&str; 12] = [
    "usize", "u16", "u64", "i64", "struct", "Raw", "sequence", "a map", "expected", "`", "field",
    "docs/",
];

/// `[a.b]\nkey = value` for the setting at `path`, or `key = value` at the top.
fn written(path: &[String], value: &str) -> String {
    match path.split_last() {
        Some((last, [])) => format!("{last} = {value}\n"),
        Some((last, table)) => format!("# mine\n[{}]\n{last} = {value}\n", table.join(".")),
        None => String::new(),
    }
}

/// The rule, for every setting the defaults hold (so a new one is covered):
/// a value of the wrong kind is refused in one line naming the file, the
/// line and the setting, in words with no Rust type name.
#[test]
fn every_setting_given_the_wrong_kind_of_value_is_refused_by_name_in_words() {
    let settings = place::defaults();
    assert!(settings.len() > 20, "{settings:?}");
    for (path, default) in settings {
        // A number or a truth gets a word; text, a list or a table a number.
        let wrong = match default.as_deref() {
            Some(d) if d.starts_with('"') => "3",
            Some(d) if d.starts_with('[') => "3",
            Some(_) => "\"ten\"",
            None => "3",
        };
        let text = written(&path, wrong);
        let mut c = Config::defaults();
        let said = c
            .try_apply(&text, "cfg.toml", true)
            .err()
            .unwrap_or_default();
        let line = text.lines().count();
        let key = place::key_name(&path, false);
        let start = format!("config cfg.toml line {line}: {key}: ");
        assert!(said.starts_with(&start), "{text}: {said}");
        assert_eq!(said.lines().count(), 1, "{said}");
        for word in RUST_WORDS {
            assert!(!said.contains(word), "{text}: {said} says {word}");
        }
    }
}

/// A setting's name with two letters swapped is refused with the real name.
#[test]
fn every_misspelt_setting_gets_did_you_mean() {
    let settings = place::defaults();
    for (path, default) in &settings {
        let Some((last, table)) = path.split_last() else {
            continue;
        };
        if last.len() < 4 {
            continue;
        }
        let mut typo: Vec<char> = last.chars().collect();
        typo.swap(1, 2);
        let typo: String = typo.into_iter().collect();
        if typo == *last {
            continue;
        }
        let mut at = table.to_vec();
        at.push(typo);
        let is_table = default.is_none();
        let text = match is_table {
            true => format!("[{}]\n", at.join(".")),
            false => written(&at, "\"1\""),
        };
        let said = Config::defaults()
            .try_apply(&text, "cfg.toml", true)
            .err()
            .unwrap_or_default();
        let meant = match is_table {
            true => place::key_name(path, true),
            false => last.clone(),
        };
        assert!(
            said.contains(&format!("did you mean {meant}?")),
            "{text}: {said}"
        );
        for word in RUST_WORDS {
            assert!(!said.contains(word), "{text}: {said} says {word}");
        }
    }
}

/// What only the TUI reads cannot stop a command, whatever is wrong with
/// it (a value of the wrong kind included), and a mistake after it keeps
/// its own line number.
#[test]
fn the_tuis_tables_never_stop_a_command() {
    for tui_part in [
        "[keys.form]\n\"ctrl-s\" = 3\n",
        "[keys]\nform = 3\n",
        "[theme]\naccent = 3\n",
        "[ keys . 'form' ]\n\"ctrl-s\" = [1]\n",
    ] {
        let mut c = Config::defaults();
        assert!(
            c.try_apply(tui_part, "cfg.toml", true).is_err(),
            "{tui_part}"
        );
        let mut c = Config::defaults();
        assert_eq!(
            c.try_apply(tui_part, "cfg.toml", false),
            Ok(()),
            "{tui_part}"
        );
        let text = format!("{tui_part}[review]\ncapacity = \"x\"\n");
        let line = text.lines().count();
        let err = c
            .try_apply(&text, "cfg.toml", false)
            .expect_err("a wrong capacity is refused");
        assert!(
            err.contains(&format!("line {line}: [review] capacity")),
            "{err}"
        );
    }
}
