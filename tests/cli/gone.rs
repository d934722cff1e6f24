//! Trial 28c #19: an id that names nobody any more says where the person
//! went and how to bring them back, instead of "#5 is not a contact".

use super::Journal;

#[test]
fn a_merged_or_deleted_id_says_where_the_person_went() {
    let j = Journal::new();
    j.ok(&["add", "Nicolò D’Amico"]);
    j.ok(&["add", "Nicolo DAmico"]);
    j.ok(&["add", "Bruno Neri"]);
    j.ok(&["merge", "1", "2"]);
    let said = j.refused(&["merge", "1", "2"]);
    assert!(
        said.contains(
            "#2 was merged into Nicolò D’Amico (#1): `givegive restore 2` undoes the merge"
        ),
        "{said}"
    );
    j.ok(&["rm", "Bruno Neri"]);
    let said = j.refused(&["show", "#3"]);
    assert!(
        said.contains("#3 (Bruno Neri) is in the trash: `givegive restore 3` brings them back"),
        "{said}"
    );
    // What the message says to do works.
    j.ok(&["restore", "2"]);
    assert!(j.ok(&["show", "2"]).contains("Nicolo DAmico"));
}
