//! Imports that merge into the people already here, one undo step per
//! import, and `-` as standard input and output, through the real binary.

use predicates::prelude::*;
use predicates::str::contains;
use proptest::strategy::Strategy as _;

use super::J;

/// What a command prints; its holder lingers after it, as a user's does,
/// and a command reading standard input has it let go of the journal.
fn out(j: &J, db: &str, args: &[&str]) -> String {
    let out = j.cmd(db, args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

fn person(j: &J, who: &str) -> serde_json::Value {
    serde_json::from_str(&out(j, "a", &["show", who, "--json"])).expect("json")
}

fn card(extra: &str) -> String {
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nEMAIL:jane@example.org\r\n\
         ORG:Nestwise\r\nTEL:+1 555 0100\r\nADR:;;Via Roma 1;Milano;;20121;Italy\r\n\
         BDAY:1985-03-14\r\n{extra}END:VCARD\r\n"
    )
}

fn import_card(j: &J, db: &str, text: &str, dry: bool) -> String {
    let mut args = vec!["import", "--format", "vcard", "-"];
    if dry {
        args.push("--dry-run");
    }
    let out = j.cmd(db, &args).write_stdin(text).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

#[test]
fn a_card_that_matches_someone_adds_what_the_journal_lacks_and_keeps_what_differs() {
    let j = J::new();
    out(
        &j,
        "a",
        &[
            "add",
            "Jane Doe",
            "--email",
            "jane@example.org",
            "--org",
            "Acme",
        ],
    );
    let said = import_card(&j, "a", &card(""), true);
    assert!(
        said.contains("would add 0 people, update 1 (1 phone, 1 address, 1 date), 0 unchanged")
            && said.contains(
                "Jane Doe: + phone +1 555 0100, + address Via Roma 1, 20121 Milano, Italy, \
                 + date birthday 14 March 1985; org differs: journal 'Acme', file 'Nestwise' (kept the journal's)"
            ),
        "{said}"
    );
    assert_eq!(
        person(&j, "jane")["contact"]["phones"],
        serde_json::json!([])
    );

    let said = import_card(&j, "a", &card(""), false);
    assert!(
        said.contains("added 0 people, updated 1 (1 phone, 1 address, 1 date), 0 unchanged")
            && said.contains(
                "kept the journal's values where the file differs: \
                 Jane Doe (org: journal 'Acme', file 'Nestwise')"
            ),
        "{said}"
    );
    let jane = person(&j, "jane");
    assert_eq!(jane["contact"]["org"], "Acme");
    assert_eq!(jane["contact"]["phones"][0]["value"], "+1 555 0100");

    // The same card again changes nothing; an edited one updates her.
    let said = import_card(&j, "a", &card(""), false);
    assert!(
        said.contains("added 0 people, updated 0, 1 unchanged"),
        "{said}"
    );
    let said = import_card(
        &j,
        "a",
        &card("TEL:+1 555 0199\r\nEMAIL:jd@example.org\r\n"),
        false,
    );
    assert!(
        said.contains("updated 1 (1 phone, 1 email), 0 unchanged"),
        "{said}"
    );
}

#[test]
fn a_name_alone_does_not_claim_someone_at_another_company() {
    let j = J::new();
    out(
        &j,
        "a",
        &[
            "add",
            "Priya Shah",
            "--org",
            "LedgerLoop",
            "--role",
            "founder",
        ],
    );
    let csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
               Priya,Shah,https://www.linkedin.com/in/priya-shah,,Nestwise,Head of Engineering,12 Mar 2023\n";
    j.cmd("a", &["import", "--format", "linkedin", "-"])
        .write_stdin(csv)
        .assert()
        .success()
        .stdout(
            contains("added 1 person, updated 0, 0 unchanged").and(contains(
                "possible duplicates to check (givegive show ID; if one person, merge as shown): \
                 Priya Shah #2 (like Priya Shah #1: givegive merge 1 2)",
            )),
        );
    // Her name is both of theirs now: the line says what tells them
    // apart, and the merge the import gave makes them one (issue 28).
    j.cmd("a", &["show", "Priya Shah"])
        .assert()
        .failure()
        .stderr(contains(
            "'Priya Shah' could be Priya Shah (#1, LedgerLoop), Priya Shah (#2, Nestwise)",
        ));
    j.cmd("a", &["merge", "1", "2"])
        .assert()
        .success()
        .stdout(contains("merged Priya Shah into Priya Shah"));
    j.cmd("a", &["show", "Priya Shah"]).assert().success();
    // Nothing disagreeing: a name match still merges (her URL is added).
    out(&j, "b", &["add", "Priya Shah"]);
    j.cmd("b", &["import", "--format", "linkedin", "-"])
        .write_stdin(csv)
        .assert()
        .success()
        .stdout(contains(
            "added 0 people, updated 1 (1 URL, org, role, how we met)",
        ));
}

/// A name with nothing else agreeing claims nobody: a card with only a
/// name and an email nobody has is not the person typed at a bakery, and
/// a name two people answer to is neither of them. Both are new people,
/// listed as possible duplicates (the trial of issue 27).
#[test]
fn a_name_alone_claims_nobody_when_nothing_else_ties_them() {
    let j = J::new();
    out(&j, "a", &["add", "Chris Beatle", "--org", "Beatle Bakery"]);
    out(&j, "a", &["add", "Arnold Smith", "--org", "Acme Plumbing"]);
    out(
        &j,
        "a",
        &["add", "Arnold Smith", "--org", "Big Bank", "--duplicate"],
    );
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chris Beatle\r\nEMAIL:chrisy55d@yahoo.com\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Arnold Smith\r\nEMAIL:asmithk@gmail.com\r\nEND:VCARD\r\n";
    let said = import_card(&j, "a", cards, false);
    assert!(
        said.contains("added 2 people, updated 0, 0 unchanged")
            && said.contains("Chris Beatle #4 (like Chris Beatle #1: givegive merge 1 4)")
            && said.contains("Arnold Smith #5 (like Arnold Smith #2: givegive merge 2 5)"),
        "{said}"
    );
    let all: serde_json::Value =
        serde_json::from_str(&out(&j, "a", &["export", "--format", "json"])).expect("json");
    let people = all["contacts"].as_array().cloned().unwrap_or_default();
    let bakery = people.iter().find(|c| c["org"] == "Beatle Bakery");
    assert_eq!(
        bakery.map(|c| c["emails"].clone()),
        Some(serde_json::json!([]))
    );
    assert_eq!(people.len(), 5);
}

/// Trial 27b: two Luca Rossi (a son with a phone, a stranger with only a
/// URL), exported to Google's CSV and imported into an empty journal,
/// became one. A row never claims by name alone someone an earlier row of
/// the same import added: a file listing two people means two people.
#[test]
fn two_namesakes_in_one_file_stay_two_people() {
    let j = J::new();
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Rossi\r\nTEL:+39 347 000 1111\r\nBDAY:2010-05-01\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Rossi\r\nURL:https://www.linkedin.com/in/luca-rossi-99\r\nEND:VCARD\r\n";
    let said = import_card(&j, "a", cards, false);
    assert!(said.contains("added 2 people, updated 0"), "{said}");
    let google = out(&j, "a", &["export", "--format", "google"]);
    let mut back = j.cmd("b", &["import", "--format", "google", "-"]);
    back.write_stdin(google)
        .assert()
        .success()
        .stdout(contains("added 2 people, updated 0"));
}

/// The journal as its JSON export has it, through standard output.
fn export(j: &J, db: &str) -> String {
    out(j, db, &["export", "--format", "json", "-"])
}

fn one_undo_takes_back_an_import(n: usize, merging: bool) {
    let j = J::new();
    out(
        &j,
        "a",
        &[
            "add",
            "Jane Doe",
            "--email",
            "jane@example.org",
            "--tag",
            "kept",
        ],
    );
    let mut text = String::from("First Name,Last Name,E-mail 1 - Value,Phone 1 - Value\n");
    if merging {
        text.push_str("Jane,Doe,jane@example.org,+1 555 0100\n");
    }
    for i in 0..n {
        text.push_str(&format!("Person{i},Surname,p{i}@example.org,\n"));
    }
    let file = j.dir.path().join("contacts.csv");
    std::fs::write(&file, text).expect("written");
    let file = file.to_str().expect("utf-8");
    let before = export(&j, "a");
    out(&j, "a", &["import", "--format", "google", file]);
    let imported = export(&j, "a");
    assert_ne!(before, imported);
    let people = if n == 1 { "person" } else { "people" };
    let label = match merging {
        false => format!("import of {n} {people} from {file}"),
        true => format!(
            "import of {} people from {file} ({n} added, 1 updated)",
            n + 1
        ),
    };
    let said = out(&j, "a", &["undo"]);
    assert_eq!(said, format!("undid: {label}\n"));
    assert!(export(&j, "a") == before, "one undo restores the journal");
    let said = out(&j, "a", &["redo"]);
    assert_eq!(said, format!("redid: {label}\n"));
    assert!(export(&j, "a") == imported, "one redo brings it all back");
}

#[test]
fn one_undo_takes_back_an_import_of_one() {
    one_undo_takes_back_an_import(1, false);
}

#[test]
fn one_undo_takes_back_an_import_of_five_hundred() {
    one_undo_takes_back_an_import(500, false);
}

#[test]
fn one_undo_takes_back_an_import_that_merged() {
    one_undo_takes_back_an_import(3, true);
}

#[test]
fn dash_is_standard_input_and_output_for_every_format_and_restore() {
    let j = J::new();
    out(
        &j,
        "a",
        &[
            "add",
            "Jane Doe",
            "--email",
            "jane@example.org",
            "--birthday",
            "1985-03-14",
        ],
    );
    let cwd = j.dir.path().join("here");
    std::fs::create_dir(&cwd).expect("dir");
    let run = |args: &[&str]| {
        let out = j.cmd("a", args).current_dir(&cwd).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
    };
    let json = run(&["export", "--format", "json", "-"]);
    assert!(json.starts_with('{') && json.contains("Jane Doe"), "{json}");
    assert!(run(&["export", "--format", "csv", "-"]).contains("Jane Doe"));
    assert!(run(&["export", "--format", "ics", "-"]).contains("BEGIN:VCALENDAR"));
    assert!(run(&["export", "--format", "vcard", "-o", "-"]).contains("FN:Jane Doe"));
    // As README says: `-` is standard output here too, not a person.
    assert!(run(&["export", "--format", "vcard", "-"]).contains("FN:Jane Doe"));
    assert!(run(&["export", "--format", "markdown", "jane", "-o", "-"]).contains("Jane Doe"));
    assert!(run(&["export", "--format", "markdown", "jane", "-"]).contains("# Jane Doe"));
    // A vdir is a folder: `-` cannot be one, and is never made one.
    j.cmd("a", &["export", "--format", "vcard", "--vdir", "-"])
        .current_dir(&cwd)
        .assert()
        .failure()
        .stderr(contains("--vdir needs a folder"));
    assert!(!cwd.join("-").exists(), "no file or folder named -");

    for (db, args) in [
        ("b", vec!["import", "--format", "json", "-"]),
        ("c", vec!["restore", "-"]),
    ] {
        j.cmd(db, &args)
            .write_stdin(json.clone())
            .assert()
            .success()
            .stdout(contains("restored 1 person").and(contains("from standard input")));
        assert_eq!(export(&j, db), json, "{args:?}");
    }
    let vcard = run(&["export", "--format", "vcard", "-o", "-"]);
    for (format, text) in [
        ("vcard", vcard),
        ("google", "First Name,Last Name\nJane,Doe\n".to_string()),
        (
            "linkedin",
            "First Name,Last Name,URL\nJane,Doe,\n".to_string(),
        ),
    ] {
        j.cmd("d", &["import", "--format", format, "-"])
            .write_stdin(text)
            .assert()
            .success()
            .stdout(contains("in 1 file"));
    }
    j.cmd("d", &["list"])
        .assert()
        .success()
        .stdout(contains("Jane Doe"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 12,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// `--dry-run` lists each person it would add, by name, in the file's
    /// order: exactly the people the import then adds (the model is the
    /// import itself), beside the people it would update.
    #[test]
    fn a_dry_run_lists_the_people_the_import_adds(
        rows in proptest::collection::vec(
            (
                proptest::sample::select(&["Anna Rossi", "Jane Doe", "Priya Shah", "Lucia Neri"][..]),
                proptest::sample::select(&["", "Nestwise", "LedgerLoop"][..]),
                proptest::option::of("[a-z]{1,3}@x\\.it"),
            ),
            1..6,
        )
    ) {
        let j = J::new();
        out(&j, "a", &["add", "Jane Doe", "--email", "jane@x.it"]);
        out(&j, "a", &["add", "Priya Shah", "--org", "LedgerLoop"]);
        let mut csv = String::from("First Name,Last Name,Organization Name,E-mail 1 - Value\n");
        for (name, org, email) in &rows {
            let (first, last) = name.split_once(' ').unwrap_or_default();
            csv.push_str(&format!("{first},{last},{org},{}\n", email.clone().unwrap_or_default()));
        }
        let import = |dry: bool| {
            let mut args = vec!["import", "--format", "google", "-"];
            if dry {
                args.push("--dry-run");
            }
            let done = j.cmd("a", &args).write_stdin(csv.clone()).assert().success();
            String::from_utf8(done.get_output().stdout.clone()).expect("utf-8")
        };
        let said = import(true);
        let listed: Vec<String> = said
            .lines()
            .filter_map(|l| l.strip_suffix(": new person"))
            .map(|l| l.split(" (like ").next().unwrap_or(l).to_string())
            .collect();
        let ids = |j: &J| -> Vec<(u64, String)> {
            let all: serde_json::Value =
                serde_json::from_str(&export(j, "a")).expect("json");
            all["contacts"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| (c["id"].as_u64().unwrap_or(0), c["name"].as_str().unwrap_or("").to_string()))
                .collect()
        };
        let before = ids(&j);
        import(false);
        let mut added: Vec<(u64, String)> =
            ids(&j).into_iter().filter(|p| !before.contains(p)).collect();
        added.sort();
        let added: Vec<String> = added.into_iter().map(|(_, name)| name).collect();
        proptest::prop_assert_eq!(listed, added, "{}", said);
    }
}

/// John's cards (the second one, edited, names his wife, his daughter and
/// his manager), Maria's and Sofia's, imported one file at a time in any
/// order, some files holding two of them: whatever the order, John ends
/// linked to his wife and his daughter on both sides (each name is one
/// person's by then), and his manager, who is nobody here, stays text.
/// Before, a related name was linked only to someone already in the
/// journal when the card itself was added: not when the card was merged
/// into John, nor when Maria came later.
#[test]
fn related_names_link_whoever_comes_first() {
    let john = |extra: &str| {
        format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:john\r\nFN:John Doe\r\n{extra}END:VCARD\r\n")
    };
    let cards = [
        john(""),
        john(
            "X-EVOLUTION-SPOUSE:Maria Doe\r\nX-EVOLUTION-MANAGER:Big Blue\r\n\
             item1.X-ABRELATEDNAMES:Sofia Doe\r\nitem1.X-ABLabel:_$!<Child>!$_\r\n",
        ),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:maria\r\nFN:Maria Doe\r\nEND:VCARD\r\n".to_string(),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:sofia\r\nFN:Sofia Doe\r\nEND:VCARD\r\n".to_string(),
    ];
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 10,
        ..proptest::test_runner::Config::default()
    });
    // An order of the four cards (John's first card always before his
    // second), and where the files are cut.
    let orders = (
        proptest::sample::subsequence(vec![0usize, 2, 3], 3).prop_shuffle(),
        0usize..4,
        proptest::collection::vec(proptest::bool::ANY, 3),
    );
    runner
        .run(&orders, |(order, at, cuts)| {
            let mut order = order;
            let first = order.iter().position(|c| *c == 0).unwrap_or(0);
            order.insert(at.clamp(first + 1, order.len()), 1);
            let j = J::new();
            let mut file = String::new();
            for (n, card) in order.iter().enumerate() {
                file.push_str(&cards[*card]);
                if n + 1 == order.len() || cuts.get(n).copied().unwrap_or(true) {
                    import_card(&j, "a", &std::mem::take(&mut file), false);
                }
            }
            let links = |who: &str| {
                let c = person(&j, who);
                let mut words: Vec<String> = c["contact"]["links"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| l["kind"].as_str().unwrap_or("").to_string())
                    .collect();
                words.sort();
                (words, c["contact"]["related"].clone())
            };
            let said = format!("{order:?} {cuts:?}");
            let (john, text) = links("john");
            proptest::prop_assert_eq!(john, ["child", "partner"], "{}", said);
            proptest::prop_assert_eq!(
                text,
                serde_json::json!([{"label": "manager", "value": "Big Blue"}]),
                "{}",
                said
            );
            proptest::prop_assert_eq!(links("maria").0, ["partner"], "{}", said);
            proptest::prop_assert_eq!(links("sofia").0, ["parent"], "{}", said);
            proptest::prop_assert!(out(&j, "a", &["check"]).starts_with("ok"));
            Ok(())
        })
        .expect("every order links them");
}
