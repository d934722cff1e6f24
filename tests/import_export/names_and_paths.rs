//! Report 27t, through the real binary: one phone however written after a
//! merge, an address book's other spelling of a name kept as an alias, a
//! dossier with what `show` shows, an export argument that is a file, and
//! a dry run that starts no journal.

use predicates::prelude::*;
use predicates::str::contains;

use super::J;

fn import(j: &J, format: &str, text: &str, dry: bool) -> String {
    let mut args = vec!["import", "--format", format, "-"];
    if dry {
        args.push("--dry-run");
    }
    let out = j.cmd("a", &args).write_stdin(text).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

fn card(lines: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\n{lines}END:VCARD\r\n")
}

/// #4: the number Google writes `+393409998877` and the phone wrote
/// `+39 340 9998877` is one number after `merge`, with both labels, as an
/// import keeps it; before, the card showed and exported it twice.
#[test]
fn a_merge_keeps_one_phone_however_written_with_both_labels() {
    let j = J::new();
    j.out(
        "a",
        &["add", "Giulia D’Amico", "--phone", "cell=+39 340 9998877"],
    );
    j.out(
        "a",
        &[
            "add",
            "Giulia D'Amico",
            "--duplicate",
            "--phone",
            "work=+393409998877",
        ],
    );
    j.out("a", &["merge", "1", "2"]);
    let shown = j.out("a", &["show", "1"]);
    assert!(
        shown.contains("phone      cell, work: +39 340 9998877"),
        "{shown}"
    );
    // Only the apostrophe differs: no alias of the same name.
    assert!(!shown.contains("aka"), "{shown}");
    let phones = &j.card("a", "1")["contact"]["phones"];
    assert_eq!(
        phones,
        &serde_json::json!([
            {"label": "cell", "value": "+39 340 9998877"},
            {"label": "work", "value": "+39 340 9998877"}
        ])
    );
}

const DMITRY_CARD: &str =
    "FN:Дмитрий Соколов\r\nN:Соколов;Дмитрий;;;\r\nEMAIL:dmitry@sokolov.example\r\n";
const DMITRY_ROW: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
    Dmitry,Sokolov,https://www.linkedin.com/in/dsokolov,dmitry@sokolov.example,Acme,CTO,12 Mar 2023\n";

/// #7: matched by email, the name the other file spells otherwise is kept
/// as an alias, whichever file came first, and said ("+ alias …").
#[test]
fn another_spelling_of_a_name_is_kept_as_an_alias_in_either_order() {
    let j = J::new();
    import(&j, "vcard", &card(DMITRY_CARD), false);
    let said = import(&j, "linkedin", DMITRY_ROW, true);
    assert!(said.contains("+ alias Dmitry Sokolov"), "{said}");
    assert!(!said.contains("name differs"), "{said}");
    import(&j, "linkedin", DMITRY_ROW, false);
    j.cmd("a", &["show", "dmitry"])
        .assert()
        .success()
        .stdout(contains("Дмитрий Соколов").and(contains("aka        Dmitry Sokolov")));

    let other = J::new();
    import(&other, "linkedin", DMITRY_ROW, false);
    import(&other, "vcard", &card(DMITRY_CARD), false);
    other
        .cmd("a", &["search", "Дмитрий"])
        .assert()
        .success()
        .stdout(contains("Dmitry Sokolov"));
    // Importing either file again adds nothing more.
    let again = import(&other, "vcard", &card(DMITRY_CARD), false);
    assert!(again.contains("updated 0, 1 unchanged"), "{again}");
}

/// #7: a renamed card (same UID) renames the person and keeps the old name
/// as an alias; a name that only folds otherwise is no alias.
#[test]
fn a_renamed_card_keeps_the_old_name_as_an_alias() {
    let j = J::new();
    let sara = |name: &str| {
        card(&format!(
            "UID:sara-1\r\nFN:{name}\r\nTEL:+39 333 1111111\r\n"
        ))
    };
    import(&j, "vcard", &sara("Sara Bianchi"), false);
    let said = import(&j, "vcard", &sara("Sara Bianchi-Verdi"), false);
    assert!(said.contains("updated 1"), "{said}");
    let c = j.card("a", "1");
    assert_eq!(c["contact"]["name"], "Sara Bianchi-Verdi");
    assert_eq!(c["contact"]["aliases"], serde_json::json!(["Sara Bianchi"]));
    import(&j, "vcard", &sara("sara BIANCHI–VERDI"), false);
    assert_eq!(
        j.card("a", "1")["contact"]["aliases"],
        serde_json::json!(["Sara Bianchi"])
    );
    // Renamed back by the card: the name is never also an alias (trial
    // 28c #7: it was, and exports wrote it as a nickname).
    import(&j, "vcard", &sara("Sara Bianchi"), false);
    let c = j.card("a", "1");
    assert_eq!(c["contact"]["name"], "Sara Bianchi");
    assert_eq!(
        c["contact"]["aliases"],
        serde_json::json!(["Sara Bianchi-Verdi"])
    );
}

/// #9: the dossier carries web addresses, chat handles, related people
/// (linked and named), aliases, tags and notes, escaped as the rest.
#[test]
fn the_dossier_carries_what_show_shows() {
    let j = J::new();
    import(
        &j,
        "vcard",
        &card(
            "FN:Luisa Ferraro\r\nNICKNAME:Lu\r\nCATEGORIES:Banca\r\n\
             URL:https://www.linkedin.com/in/luisaferraro\r\n\
             IMPP;X-SERVICE-TYPE=Telegram:luisaf\r\n\
             item1.X-ABRELATEDNAMES:Paolo Ferraro\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n\
             NOTE:Likes *opera*\\nSon <b>Marco</b>\r\n",
        ),
        false,
    );
    j.out("a", &["add", "Anna Rossi"]);
    j.out("a", &["relate", "luisa", "anna", "friend"]);
    let md = j.out("a", &["export", "--format", "markdown", "luisa"]);
    for line in [
        "Also known as: Lu\n",
        "Tags: Banca\n",
        "- chat (Telegram): luisaf\n",
        "- web: https://www.linkedin.com/in/luisaferraro\n",
        "## Related\n\n",
        "- friend Anna Rossi\n",
        "- spouse Paolo Ferraro\n",
        "## Notes\n\nLikes \\*opera\\*\n\nSon \\<b\\>Marco\\</b\\>\n",
    ] {
        assert!(md.contains(line), "{line:?} in\n{md}");
    }
}

/// #11: an argument that reads as a file and names nobody is told `-o`.
#[test]
fn a_file_name_given_for_a_person_is_told_to_use_o() {
    let j = J::new();
    j.out("a", &["add", "Anna Rossi"]);
    for (format, file) in [
        ("vcard", "people.vcf"),
        ("markdown", "out.md"),
        ("vcard", "cards/all"),
    ] {
        j.cmd("a", &["export", "--format", format, file])
            .assert()
            .failure()
            .stderr(
                contains(format!(
                    "nobody in the journal matches '{file}': to write a file, use -o {file}"
                ))
                .and(contains("add them with").not()),
            );
    }
    // A person is still named as before, and a name that is no file is
    // offered to be added.
    j.cmd("a", &["export", "--format", "markdown", "anna"])
        .assert()
        .success();
    j.cmd("a", &["export", "--format", "vcard", "bruno"])
        .assert()
        .failure()
        .stderr(contains("add them with"));
}

/// #15: a dry run where no journal is reads an empty one and leaves none.
#[test]
fn a_dry_run_starts_no_journal() {
    let j = J::new();
    let said = j
        .cmd("a", &["import", "--format", "vcard", "--dry-run", "-"])
        .write_stdin(card("FN:Anna Rossi\r\nEMAIL:anna@x.example\r\n"))
        .assert()
        .success()
        .stdout(contains("would add 1 person"))
        .stderr(
            contains("yet: this is what an import into a new one would do")
                .and(contains("started a new journal").not()),
        );
    drop(said);
    assert!(!j.db("a").exists(), "the dry run made a journal");
    // The real import still starts one.
    import(&j, "vcard", &card("FN:Anna Rossi\r\n"), false);
    assert!(j.db("a").exists());
}
