//! Drafts read right to the person they are for, through the real binary:
//! no introduction to someone they already know.

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
            "not offered Carla Neri for \"a CFO\": Bruno and Carla Neri are both at paymo, so they know each other already"
        ),
        "{stderr}"
    );
    let matches = j.ok(&["match", "bruno"]);
    assert!(!matches.contains("Carla"), "{matches}");
    // Someone from elsewhere is offered.
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    let draft = j.ok(&["draft", "bruno galli"]);
    assert!(
        draft.contains("Dora Finzi might be the right person"),
        "{draft}"
    );
}
