//! Drafts read right to the person they are for, through the real binary:
//! no introduction to someone they already know, nothing sent in one
//! language said again in another, no need dropped without a word.

use super::Journal;

#[test]
fn a_draft_offers_no_introduction_to_a_colleague_and_says_why() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Bruno Galli",
        "--org",
        "Paymo",
        "--role",
        "CEO",
        "--need",
        "a CFO",
    ]);
    j.ok(&["add", "Carla Neri", "--org", " paymo", "--role", "CFO"]);
    let out = j.cmd(&["draft", "bruno galli"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!stdout.contains("Carla"), "{stdout}");
    assert!(
        stderr.contains(
            "not offered Carla Neri for \"a CFO\": Bruno knows them already (both at paymo)"
        ),
        "{stderr}"
    );
    let matches = j.ok(&["match", "bruno"]);
    let (offered, known) = matches
        .split_once("Not offered:")
        .unwrap_or_else(|| panic!("{matches}"));
    assert!(!offered.contains("Carla"), "{matches}");
    assert!(
        known.contains("Carla Neri (#2): knows Bruno already (both at paymo)"),
        "{matches}"
    );
    // Someone from elsewhere is offered.
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    let draft = j.ok(&["draft", "bruno galli"]);
    assert!(
        draft.contains("Dora Finzi might be the right person"),
        "{draft}"
    );
}

#[test]
fn a_draft_in_italian_does_not_repeat_what_went_in_english() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Bruno Galli",
        "--need",
        "a CFO",
        "--interest",
        "sailing",
    ]);
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    j.ok(&["interest", "add", "sailing", "--mine"]);
    let english = j.ok(&["draft", "bruno galli"]);
    assert!(english.contains("both into sailing"), "{english}");
    // Sent as the shell logs a message of mine.
    j.ok(&[
        "met",
        "bruno",
        "draft sent",
        "--kind",
        "message",
        "--from",
        "me",
        "--details",
        &english,
    ]);
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    let out = j.cmd(&["draft", "bruno galli"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr.contains("nothing to say to Bruno Galli that you have not written already"),
        "{stderr}"
    );
    // Someone new, in Italian: a need typed in English is left out and
    // said why (never cut to "CFO"); one typed in Italian is said whole.
    let out = j
        .cmd(&["add", "Eva Rossi", "--need", "a CFO"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let out = j.cmd(&["draft", "eva rossi"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "left out their need \"a CFO\": it is written in English, and this draft is in Italian"
        ),
        "{stderr}"
    );
    j.ok(&["add", "Ugo Sala", "--need", "un CFO"]);
    let italian = j.ok(&["draft", "ugo sala"]);
    assert!(
        italian.contains(
            "Mi hai detto che cerchi un CFO: Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento."
        ),
        "{italian}"
    );
}
