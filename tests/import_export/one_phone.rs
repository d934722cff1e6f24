//! Report 27d #2: the one holder of a phone with the row's full name is the
//! row's person, even where each has their own email.

use predicates::prelude::*;
use predicates::str::contains;

use super::J;

#[test]
fn the_full_name_and_the_only_phone_merge_despite_another_email() {
    let j = J::new();
    let card = j.path("mac.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ferrà;Niccolò;;;\r\nFN:Niccolò Ferrà\r\n\
         TEL;type=CELL:+393351234999\r\nEMAIL;type=HOME:niccolo.ferra@example.it\r\n\
         BDAY:1979-12-09\r\nEND:VCARD\r\n",
    )
    .expect("written");
    let rows = |name: &str, body: &str| {
        let path = j.path(name);
        std::fs::write(
            &path,
            format!("First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Birthday\n{body}\n"),
        )
        .expect("written");
        path.display().to_string()
    };
    let work = rows(
        "google.csv",
        "Niccolò,Ferrà,n.ferra@studio-ferra.it,+39 335 123 4999,1979-12-09",
    );
    for db in ["a", "b", "c"] {
        j.out(
            db,
            &["import", "--format", "vcard", card.to_str().expect("utf-8")],
        );
    }
    j.cmd("a", &["import", "--format", "google", &work])
        .assert()
        .success()
        .stdout(contains("added 0 people, updated 1 (1 email)"));
    let emails = j.card("a", "ferra")["contact"]["emails"].to_string();
    assert!(
        emails.contains("niccolo.ferra@example.it") && emails.contains("n.ferra@studio-ferra.it"),
        "{emails}"
    );
    // Another birthday: two people.
    let other = rows(
        "born.csv",
        "Niccolò,Ferrà,n.ferra@studio-ferra.it,+39 335 123 4999,1981-04-02",
    );
    j.cmd("b", &["import", "--format", "google", &other])
        .assert()
        .success()
        .stdout(contains("added 1 person").and(contains("possible duplicates to check")));
    // The name alone, with another email and no phone: nobody.
    let alone = rows("alone.csv", "Niccolò,Ferrà,n.ferra@studio-ferra.it,,");
    j.cmd("c", &["import", "--format", "google", &alone])
        .assert()
        .success()
        .stdout(contains("added 1 person"));
}
