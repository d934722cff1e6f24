//! A detail that says what they asked of me is their request: when the
//! ledger already has it (asked-by, `A`), the draft's note points to it
//! instead of advising to record it again (trial 26w #4: "givegive
//! asked-by Sara "…" records it" beside her request #84), in English and
//! Italian details alike.

use super::Journal;

/// The notes of `draft sara` after a dinner whose details hold `asked`,
/// with `recorded` in the ledger as her request first (and `done`: marked
/// done), in the drafts' `lang`.
fn notes(lang: &str, asked: &str, recorded: Option<(&str, bool)>) -> String {
    let j = Journal::new();
    j.ok(&["add", "Sara Greco", "--met", "a conference", "--on", "30d"]);
    if let Some((request, done)) = recorded {
        let out = j.ok(&["asked-by", "sara", request]);
        let id = out
            .split("(#")
            .nth(1)
            .and_then(|r| r.split(',').next())
            .unwrap_or_else(|| panic!("{out}"))
            .to_string();
        if done {
            j.ok(&["done", &id]);
        }
    }
    j.ok(&[
        "met",
        "sara",
        "dinner",
        "--on",
        "1d",
        "--details",
        &format!("she is leaving Studio Verdi in January and {asked}"),
    ]);
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("config.toml"),
        format!("[drafts]\nlanguage = \"{lang}\"\n"),
    )
    .expect("config");
    let out = j.cmd(&["draft", "sara"]).output().expect("run");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_request_already_recorded_is_pointed_to_not_recorded_again() {
    for (lang, asked, request) in [
        (
            "en",
            "asked me to review her portfolio",
            "review her portfolio",
        ),
        (
            "en",
            "asked me to review her portfolio",
            "a portfolio review",
        ),
        (
            "it",
            "mi ha chiesto di presentarle un commercialista",
            "un commercialista",
        ),
    ] {
        for done in [false, true] {
            let said = notes(lang, asked, Some((request, done)));
            let state = match done {
                false => "still open",
                true => "already done",
            };
            assert!(
                said.contains(&format!("it is Sara's request \"{request}\" (#"))
                    && said.contains(&format!("), recorded and {state}")),
                "{lang} {request} {done}: {said}"
            );
            assert!(!said.contains("asked-by Sara"), "{said}");
        }
        // Not recorded: how to record it, as before.
        let said = notes(lang, asked, None);
        assert!(said.contains("givegive asked-by Sara"), "{said}");
    }
    // Another request of hers is not this one.
    let said = notes(
        "en",
        "asked me to review her portfolio",
        Some(("an intro to a CFO", false)),
    );
    assert!(said.contains("givegive asked-by Sara"), "{said}");
}
