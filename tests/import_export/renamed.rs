//! Report 27d #1: a rename keeps the name's parts, so the exports still
//! file the person under their family name.

use super::J;

fn card(j: &J, file: &str, n: &str, full: &str) -> String {
    let path = j.path(file);
    std::fs::write(
        &path,
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:dmitry-1\r\nN:{n}\r\nFN:{full}\r\n\
             TEL;TYPE=CELL:+7 916 123-45-67\r\nEND:VCARD\r\n"
        ),
    )
    .expect("card written");
    path.display().to_string()
}

fn parts(j: &J) -> serde_json::Value {
    j.card("a", "соколов")["contact"]["name_parts"].clone()
}

#[test]
fn a_rename_by_a_card_takes_its_parts_and_one_by_the_user_keeps_the_family() {
    let j = J::new();
    let first = card(&j, "phone.vcf", "Соколов;Дмитрий;;;", "Дмитрий Соколов");
    j.out("a", &["import", "--format", "vcard", &first]);
    let edited = card(
        &j,
        "phone2.vcf",
        "Соколов;Дмитрий;Сергеевич;;",
        "Дмитрий Сергеевич Соколов",
    );
    let said = j.out("a", &["import", "--format", "vcard", &edited]);
    assert!(said.contains("updated 1 (1 alias, name)"), "{said}");
    let p = parts(&j);
    assert_eq!(
        (&p["family"], &p["given"], &p["additional"]),
        (&"Соколов".into(), &"Дмитрий".into(), &"Сергеевич".into()),
        "{p}"
    );
    let vcf = j.out("a", &["export", "--format", "vcard", "соколов"]);
    assert!(
        vcf.contains("\r\nN:Соколов;Дмитрий;Сергеевич;;\r\n"),
        "{vcf}"
    );
    let google = j.out("a", &["export", "--format", "google"]);
    assert!(google.contains("Дмитрий,Сергеевич,Соколов"), "{google}");

    // The user shortens the name: still Соколов, the middle name gone.
    j.out("a", &["edit", "соколов", "--name", "Дима Соколов"]);
    let p = parts(&j);
    assert_eq!(
        (&p["family"], &p["given"], &p["additional"]),
        (&"Соколов".into(), &"Дима".into(), &"".into()),
        "{p}"
    );
    // A name that no longer ends with the family name keeps no parts: the
    // exports split the name itself.
    j.out("a", &["edit", "соколов", "--name", "Dmitry Sokolov"]);
    assert!(parts(&j).is_null(), "{}", parts(&j));
    let vcf = j.out("a", &["export", "--format", "vcard", "sokolov"]);
    assert!(vcf.contains("\r\nN:Sokolov;Dmitry;;;\r\n"), "{vcf}");
}
