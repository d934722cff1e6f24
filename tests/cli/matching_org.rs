//! Trial 26y3: Piero asked for "an intro to someone at Satispay" and
//! `match piero` said nobody offers "someone at Satispay" while Lea
//! Barbieri works there. A need that names someone's organisation is
//! met by them, in `match` and in the draft alike; whoever works there
//! and knows them already is not offered, and said why.

use super::Journal;

#[test]
fn someone_at_the_organisation_a_need_names_is_offered() {
    let j = Journal::new();
    j.ok(&["add", "Piero Galli", "--need", "a job in fintech"]);
    j.ok(&["add", "Lea Barbieri", "--org", "Satispay"]);
    j.ok(&["add", "Sofia Rinaldi", "--need", "a referral at Satispay"]);
    j.ok(&["add", "Giorgio Russo", "--need", "un contatto in Satispay"]);
    j.ok(&["add", "Marta Colombo", "--org", "satispay"]);
    j.ok(&["relate", "piero", "marta", "colleague"]);
    j.ok(&["asked-by", "piero", "an intro to someone at Satispay"]);
    let piero = j.ok(&["match", "piero"]);
    assert!(
        piero.contains("Lea Barbieri (#2): works at Satispay, for \"someone at Satispay\""),
        "{piero}"
    );
    assert!(
        piero.contains("Marta Colombo (#5): knows Piero already"),
        "{piero}"
    );
    assert!(!piero.contains("nobody offers"), "{piero}");
    let giorgio = j.ok(&["match", "giorgio"]);
    assert!(
        giorgio.contains("Lea Barbieri (#2): works at Satispay, for \"un contatto in Satispay\""),
        "{giorgio}"
    );
    j.ok(&["met", "sofia", "coffee", "--on", "yesterday"]);
    let draft = j.ok(&["draft", "sofia"]);
    assert!(draft.contains("Lea"), "{draft}");
}
