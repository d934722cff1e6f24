//! What an import's summary says, through the real binary: an identifier
//! alone is no update, every kind is counted by one rule, and who gained
//! a phone or email is named.

use predicates::prelude::*;
use predicates::str::contains;

use super::J;

fn said(j: &J, args: &[&str], stdin: &str) -> String {
    let out = j.cmd("a", args).write_stdin(stdin).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

/// Trial 28c #14, report 27t #13: givegive's own export imported back
/// into the same journal changes nothing a user sees. The UIDs it gives
/// the cards are still kept, so the next round trip matches by them.
#[test]
fn importing_my_own_export_back_is_unchanged_and_keeps_the_uids() {
    let j = J::new();
    for name in ["Anna Rossi", "Bruno Neri"] {
        j.cmd("a", &["add", name]).assert().success();
    }
    let file = j.path("mine.vcf").display().to_string();
    j.cmd("a", &["export", "--format", "vcard", "-o", &file])
        .assert()
        .success();
    for dry in [true, false] {
        let mut args = vec!["import", "--format", "vcard", &file];
        if dry {
            args.push("--dry-run");
        }
        j.cmd("a", &args)
            .assert()
            .success()
            .stdout(contains("0 people").and(contains("0, 2 unchanged")))
            .stdout(contains("identifier").not());
    }
    let card = j.card("a", "anna");
    assert_ne!(
        card["contact"]["external_ids"],
        serde_json::json!([]),
        "{card}"
    );
}

fn card(name: &str, email: &str, extra: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n{extra}END:VCARD\r\n")
}

/// Report 27t #12/#13: a number an import brings back says whose, a few
/// people by name and then how many more; a kind a person has one of is
/// counted as a phone is, where several people gained it.
#[test]
fn the_summary_names_who_gained_a_phone_and_counts_every_kind() {
    let j = J::new();
    let people = [
        "Anna Rossi",
        "Bruno Neri",
        "Carla Bassi",
        "Dario Fo",
        "Elsa Mori",
    ];
    let mut file = String::new();
    for (n, name) in people.iter().enumerate() {
        let email = format!("p{n}@example.org");
        j.cmd("a", &["add", name, "--email", &email])
            .assert()
            .success();
        let role = if n < 2 { "TITLE:Engineer\r\n" } else { "" };
        file.push_str(&card(
            name,
            &email,
            &format!("TEL:+39 333 123 456{n}\r\n{role}"),
        ));
    }
    let out = said(&j, &["import", "--format", "vcard", "-"], &file);
    assert!(
        out.contains("updated 5 (5 phones, 2 roles)")
            && out.contains(
                "Anna Rossi gained phone +39 333 123 4560; Bruno Neri gained phone \
                 +39 333 123 4561; Carla Bassi gained phone +39 333 123 4562; and 2 more"
            ),
        "{out}"
    );
}
