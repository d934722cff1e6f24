//! Several cards of one person (issue 27): labels that one card lacks or
//! two cards disagree on, cards of one person in one import, and a real
//! card edited in its address book while its user deleted in givegive.

use proptest::prelude::*;

use super::J;

const EMAIL: &str = "ada@x.example";
const PHONE: &str = "+39 333 0000009";

/// A card of Ada with the email and the phone labelled as given (none:
/// no TYPE), identified by `uid`.
fn card(uid: usize, email: Option<&str>, phone: Option<&str>) -> String {
    let typed = |t: Option<&str>| t.map(|t| format!(";TYPE={t}")).unwrap_or_default();
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-{uid}\r\nFN:Ada Neri\r\nEMAIL{}:{EMAIL}\r\nTEL{}:{PHONE}\r\nEND:VCARD\r\n",
        typed(email),
        typed(phone)
    )
}

/// Imports `text` as vCard into `db`; what the import says.
fn import(j: &J, db: &str, text: &str) -> String {
    let out = j
        .cmd(db, &["import", "--format", "vcard", "-"])
        .write_stdin(text.to_string())
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

/// Ada's labels of `field` in `db`.
fn labels(j: &J, db: &str, field: &str) -> Vec<String> {
    let ada = &j.card(db, "ada")["contact"];
    ada[field]
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| x["label"].as_str().unwrap_or_default().to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// Ada's cards, imported one file at a time or all in one file, in
    /// any order: a value held with no label takes the first label a card
    /// gives it, whatever came before; a card labelling it otherwise is a
    /// difference, kept as the journal has it and listed.
    #[test]
    fn a_label_is_gained_from_any_card_and_a_disagreeing_one_is_listed(
        cards in prop::collection::vec(
            (
                prop::sample::select(vec![None, Some("work"), Some("home")]),
                prop::sample::select(vec![None, Some("cell"), Some("home")]),
            ),
            1..=3,
        ),
        one_file in any::<bool>(),
    ) {
        let j = J::new();
        let texts: Vec<String> = cards.iter().enumerate().map(|(i, (e, p))| card(i, *e, *p)).collect();
        let said = if one_file {
            import(&j, "a", &texts.concat())
        } else {
            let each: Vec<String> = texts.iter().map(|t| import(&j, "a", t)).collect();
            // Report 27d #5: a later card adds no phone or email, at most
            // a label ("1 label"), never counted as a phone ("1 phone").
            for said in &each[1..] {
                let counts = said.lines().next().unwrap_or_default();
                prop_assert!(!counts.contains("phone") && !counts.contains("email"), "{}", said);
            }
            each.join("\n")
        };
        // The model: the first label given, and whether a later one differs.
        for (field, label_of) in [
            ("emails", (|c: &(Option<&str>, Option<&str>)| c.0) as fn(&_) -> _),
            ("phones", |c: &(Option<&str>, Option<&str>)| c.1),
        ] {
            let given: Vec<&str> = cards.iter().filter_map(label_of).collect();
            let want = given.first().map(|l| l.to_string()).unwrap_or_default();
            prop_assert_eq!(labels(&j, "a", field), vec![want.clone()], "{}", said);
            let differs = given.iter().any(|l| *l != want);
            let word = format!("{} label:", &field[..field.len() - 1]);
            prop_assert_eq!(said.contains(&word), differs, "{}", said);
        }
    }
}

/// Three cards of one person in one import into an empty journal are one
/// person added, their differences between cards, not "the journal's".
#[test]
fn cards_of_one_person_in_one_import_are_one_person_added() {
    let j = J::new();
    let said = import(
        &j,
        "a",
        &[
            card(1, None, Some("cell")),
            card(2, Some("work"), Some("home")),
            card(3, None, None),
        ]
        .concat(),
    );
    assert!(
        said.starts_with("added 1 person (3 cards merged into 1), updated 0, 0 unchanged"),
        "{said}"
    );
    assert!(
        said.contains("kept the earlier card's values where cards of one person differ: Ada Neri (phone label: earlier card 'cell: +39 333 0000009', later card 'home: +39 333 0000009')"),
        "{said}"
    );
    assert!(!said.contains("journal"), "{said}");
}

/// Evolution's real card of John Doe (read in place): his user deleted his
/// home address in givegive, then his address book changed his manager
/// from Big Blue to Big Red. The address stays deleted, as a deleted
/// phone does, and Big Red replaces Big Blue, as a changed phone does.
#[test]
fn a_deleted_address_stays_deleted_and_a_changed_relation_is_replaced() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real-world/vcard/ezvcard_John_Doe_EVOLUTION.vcf");
    let text = std::fs::read_to_string(&path).expect("the real card");
    let j = J::new();
    import(&j, "a", &text);
    j.out("a", &["edit", "john", "--drop-address", "home"]);
    assert!(text.contains("X-EVOLUTION-MANAGER:Big Blue"));
    let said = import(
        &j,
        "a",
        &text.replace(
            "X-EVOLUTION-MANAGER:Big Blue",
            "X-EVOLUTION-MANAGER:Big Red",
        ),
    );
    assert!(
        said.contains("updated 1 (1 related name; took out 1 related name)"),
        "{said}"
    );
    let john = &j.card("a", "john")["contact"];
    assert_eq!(john["addresses"], serde_json::json!([]), "{said}");
    let related: Vec<&str> = john["related"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["value"].as_str())
        .collect();
    assert_eq!(related, ["Maria", "Little Red", "Big Red"], "{said}");
}

/// The related names of Ada's card in `db`, by value.
fn related(j: &J, db: &str) -> Vec<String> {
    let ada = &j.card(db, "ada")["contact"];
    ada["related"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["value"].as_str().map(str::to_string))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Report 27c #3: a related name held only as text ("manager Big
    /// Blue") is taken out with `edit --drop-related`, by its name or its
    /// label and name, and stays out when the same card comes again, as a
    /// dropped phone does; the others stay. Before, nothing removed one.
    #[test]
    fn a_related_name_held_as_text_is_taken_out_and_stays_out(
        drop in prop::collection::vec(any::<bool>(), 3),
    ) {
        let names = [("manager", "Big Blue"), ("friend", "Gino Bianchi"), ("colleague", "Lia Neri")];
        let lines: String = names
            .iter()
            .map(|(l, n)| format!("RELATED;TYPE={l};VALUE=text:{n}\r\n"))
            .collect();
        let text = format!(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:ada-r\r\nFN:Ada Neri\r\n{lines}END:VCARD\r\n"
        );
        let j = J::new();
        import(&j, "a", &text);
        let mut want = Vec::new();
        for (i, ((label, name), gone)) in names.iter().zip(&drop).enumerate() {
            if *gone {
                let typed = if i % 2 == 0 { name.to_string() } else { format!("{label}={name}") };
                j.out("a", &["edit", "ada", "--drop-related", &typed]);
            } else {
                want.push(name.to_string());
            }
        }
        prop_assert_eq!(related(&j, "a"), want.clone());
        let said = import(&j, "a", &text);
        prop_assert_eq!(related(&j, "a"), want, "{}", said);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Report 27c #4: vCard 4.0 names a related person by a URI. A
    /// `urn:uuid:` that is another card's UID, before or after in the
    /// file, is that person; a `mailto:` is the person with that email,
    /// else the address alone; a `urn:uuid:` of nobody is no name, so
    /// Ada's card never shows a URI. Before, all three were shown raw.
    #[test]
    fn a_related_person_given_as_a_uri_is_named(bea_first in any::<bool>(), gino_known in any::<bool>()) {
        let j = J::new();
        if gino_known {
            j.out("a", &["add", "Gino Bianchi", "--email", "gino@x.example"]);
        }
        let ada = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:ada-1\r\nFN:Ada Neri\r\n\
            RELATED;TYPE=child:urn:uuid:bea-2\r\n\
            RELATED;TYPE=friend;VALUE=uri:mailto:gino@x.example\r\n\
            RELATED;TYPE=kin:urn:uuid:nobody-3\r\nEND:VCARD\r\n";
        let bea = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:bea-2\r\nFN:Bea Neri\r\nEND:VCARD\r\n";
        let file = if bea_first { format!("{bea}{ada}") } else { format!("{ada}{bea}") };
        let said = import(&j, "a", &file);
        let shown = j.out("a", &["show", "ada"]);
        prop_assert!(shown.contains("Bea Neri"), "{}\n{}", said, shown);
        let gino = if gino_known { "Gino Bianchi" } else { "gino@x.example" };
        prop_assert!(shown.contains(gino), "{}\n{}", said, shown);
        prop_assert!(!shown.contains("urn:") && !shown.contains("mailto:"), "{}", shown);
    }
}

/// Report 27d #1: Giorgio Bianchi's card shares only Sara's mobile (written
/// without the country code). In one file, or imported after her, he is a
/// second person, listed with the reason; before, he merged into Sara.
#[test]
fn a_shared_phone_with_another_given_name_is_another_person() {
    let sara = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bianchi;Sara;;;\r\nFN:Sara Bianchi\r\n\
                ORG:Paymo\r\nTEL;TYPE=CELL:+39 333 1111111\r\nEND:VCARD\r\n";
    let giorgio = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bianchi;Giorgio\r\nFN:Giorgio Bianchi\r\n\
                   BDAY:1986-12-06\r\nTEL;TYPE=CELL:333 1111111\r\nEND:VCARD\r\n";
    let j = J::new();
    let said = import(&j, "one", &format!("{sara}{giorgio}"));
    let why = "Giorgio Bianchi #2 (shares the phone +39 333 1111111 with Sara Bianchi #1: \
               givegive merge 1 2)";
    assert!(
        said.contains("added 2 people") && said.contains(why),
        "{said}"
    );
    assert!(!said.contains("merged"), "{said}");
    import(&j, "two", sara);
    let said = import(&j, "two", giorgio);
    assert!(
        said.contains("added 1 person") && said.contains(why),
        "{said}"
    );
    let born = &j.card("two", "giorgio")["contact"]["dates"][0];
    assert!(born.to_string().contains("1986"), "{born}");
}

/// Report 27d #9: one number with two labels (Outlook's cell and
/// callback) is one row on the card, with both labels; each label stays
/// on the number in the vCard export, one TEL each, as the README says.
#[test]
fn a_number_with_two_labels_is_one_row_and_keeps_both() {
    let j = J::new();
    import(
        &j,
        "a",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Neri\r\nTEL;TYPE=CELL:(111) 555-4444\r\n\
         TEL;TYPE=HOME:(111) 555-4444\r\nEND:VCARD\r\n",
    );
    let card = j.out("a", &["show", "ada"]);
    assert!(
        card.contains("phone      cell, home: (111) 555-4444\n"),
        "{card}"
    );
    let out = j.out("a", &["export", "--format", "vcard", "-o", "-"]);
    let tels: Vec<&str> = out.lines().filter(|l| l.contains("555-4444")).collect();
    assert_eq!(tels.len(), 2, "{out}");
}

/// Two numbers of one person labelled otherwise by the next file: both
/// differences are listed, in one import or one card at a time (trial 27e:
/// the second number's hid the first's).
#[test]
fn every_number_labelled_otherwise_is_listed() {
    let first = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Neri\r\nTEL;TYPE=cell:+39 333 0000001\r\nTEL;TYPE=home:+39 333 0000002\r\nEND:VCARD\r\n";
    let second = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Neri\r\nTEL;TYPE=work:+39 333 0000001\r\nTEL;TYPE=fax:+39 333 0000002\r\nEND:VCARD\r\n";
    for together in [true, false] {
        let j = J::new();
        let said = if together {
            import(&j, "a", &format!("{first}{second}"))
        } else {
            import(&j, "a", first);
            import(&j, "a", second)
        };
        for number in ["0000001", "0000002"] {
            assert!(
                said.lines()
                    .any(|l| l.contains("phone label") && l.contains(number)),
                "{number} (together: {together}): {said}"
            );
        }
    }
}

/// Whom a card claims by name does not depend on the cards before it: a
/// namesake this import added does not stand in the way of the one
/// person already here by that name (trial 27e).
#[test]
fn a_namesake_added_earlier_in_the_import_does_not_hide_the_person_here() {
    let satispay = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Rossi\r\nORG:Satispay\r\nEMAIL:luca@satispay.example\r\nEND:VCARD\r\n";
    let paymo = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Rossi\r\nORG:Paymo\r\nEND:VCARD\r\n";
    for (order, text) in [
        ("satispay first", format!("{satispay}{paymo}")),
        ("paymo first", format!("{paymo}{satispay}")),
    ] {
        let j = J::new();
        j.out("a", &["add", "Luca Rossi", "--org", "Paymo"]);
        let said = import(&j, "a", &text);
        let listed = j.out("a", &["list"]);
        assert_eq!(
            listed.matches("Luca Rossi").count(),
            2,
            "{order}: {said}\n{listed}"
        );
    }
}
