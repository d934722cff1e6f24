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
    // Someone new, in Italian: one colon, no English article.
    j.ok(&["add", "Eva Rossi", "--need", "a CFO"]);
    let italian = j.ok(&["draft", "eva rossi"]);
    assert!(
        italian.contains(
            "Mi hai detto che cerchi \"CFO\": Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento."
        ),
        "{italian}"
    );
}

#[test]
fn a_need_given_at_an_event_is_offered_or_noted() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi", "--need", "a designer"]);
    j.ok(&["add", "Giulia Conti", "--offer", "design reviews"]);
    j.ok(&[
        "event",
        "cena soci",
        "--with",
        "marco",
        "--details",
        "marco: moving to Turin",
        "--need",
        "marco: un commercialista",
    ]);
    let out = j.cmd(&["draft", "marco"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("looking for a designer; Giulia Conti"),
        "{stdout}"
    );
    assert!(
        stderr.contains("left out their need \"un commercialista\": nobody you could still introduce to Marco offers it"),
        "{stderr}"
    );
    // Someone who can meet it: still one introduction at a time, said.
    j.ok(&["add", "Sara Verdi", "--role", "commercialista"]);
    let out = j.cmd(&["draft", "marco"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("left out their need \"un commercialista\": Sara Verdi could help, but a draft offers one introduction at a time"),
        "{stderr}"
    );
}

/// Trial one: "Kai might be the right person" for "a Rust developer"
/// because Kai is into rust. An interest is not a skill: `match` and the
/// draft offer only whom their role, organisation, offers or notes fit,
/// and say who was left out for an interest alone.
#[test]
fn an_interest_alone_is_not_a_skill_and_is_never_offered() {
    let j = Journal::new();
    j.ok(&["add", "Matteo Russo", "--need", "a Rust developer"]);
    j.ok(&["add", "Kai Lund", "--interest", "rust", "--tag", "rust"]);
    j.ok(&["met", "matteo", "coffee", "--details", "moving to Turin"]);
    let matches = j.ok(&["match", "matteo"]);
    let (offered, not) = matches
        .split_once("Not offered:")
        .unwrap_or_else(|| panic!("{matches}"));
    assert!(!offered.contains("Kai"), "{matches}");
    assert!(not.contains("Kai Lund (#2): into rust"), "{matches}");
    assert!(not.contains("an interest is not a skill"), "{matches}");
    let out = j.cmd(&["draft", "matteo"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!stdout.contains("Kai"), "{stdout}");
    assert!(
        stderr.contains("not offered Kai Lund for \"a Rust developer\""),
        "{stderr}"
    );
    // Someone whose role fits is offered.
    j.ok(&["add", "Dora Finzi", "--role", "Rust developer"]);
    let draft = j.ok(&["draft", "matteo"]);
    assert!(
        draft.contains("Dora Finzi might be the right person"),
        "{draft}"
    );
}
