//! `match` as trial four read it: an offer is made only for what a need
//! asks for, each line says who needs and who offers, an empty list says
//! what nobody offers, and a list shown short says how many more.

use super::Journal;

#[test]
fn match_offers_only_what_is_needed_and_says_who_offers_it() {
    let j = Journal::new();
    j.ok(&["add", "Ana Lima", "--offer", "workshop facilitation"]);
    j.ok(&["add", "Bo Berg", "--need", "a venue for a workshop"]);
    j.ok(&[
        "add",
        "Aisha Bello",
        "--offer",
        "African market introductions",
    ]);
    j.ok(&["add", "Emma Schneider", "--need", "Italian market contacts"]);
    j.ok(&[
        "add",
        "Paolo Verdi",
        "--need",
        "a React developer",
        "--need",
        "a CFO",
    ]);
    j.ok(&["add", "Dora Finzi", "--role", "React developer"]);
    let bo = j.ok(&["match", "bo"]);
    // "for a workshop" only says what the venue is for: facilitating a
    // workshop has nothing of a venue.
    assert!(!bo.contains("Ana"), "{bo}");
    let aisha = j.ok(&["match", "aisha"]);
    assert!(
        aisha.contains("Whom Aisha Bello could help:\n  nobody needs what Aisha offers (\"African market introductions\") yet"),
        "{aisha}"
    );
    j.ok(&["edit", "aisha", "--offer", "Italian market introductions"]);
    let aisha = j.ok(&["match", "aisha"]);
    assert!(
        aisha.contains("Emma Schneider (#4): needs \"Italian market contacts\"; Aisha offers \"Italian market introductions\""),
        "{aisha}"
    );
    j.ok(&["edit", "dora", "--role", ""]);
    let paolo = j.ok(&["match", "paolo verdi"]);
    assert!(
        paolo.contains(
            "Who could help Paolo Verdi:\n  nobody offers \"a React developer\" or \"a CFO\" yet"
        ),
        "{paolo}"
    );
}

/// Trial six: letters in common are no word in common ("commercialista"
/// and "e-commerce"), and a purpose phrase is no essential word (a
/// designer for the new app is a designer).
#[test]
fn an_accountant_is_not_commerce_and_a_designer_is_a_designer() {
    let j = Journal::new();
    j.ok(&["add", "Chiara Romano", "--offer", "e-commerce insights"]);
    j.ok(&["add", "Anna Rossi", "--offer", "fintech contacts"]);
    j.ok(&["add", "Luca Ferri", "--offer", "contatti con editori"]);
    j.ok(&[
        "add",
        "Lena Fischer",
        "--offer",
        "product design",
        "--role",
        "designer",
    ]);
    j.ok(&[
        "add",
        "Test Need",
        "--need",
        "un commercialista",
        "--need",
        "a designer for the new app",
    ]);
    let out = j.ok(&["match", "test need"]);
    let (offered, _) = out.split_once("Whom Test Need").unwrap_or((&out, ""));
    for name in ["Chiara", "Anna", "Luca"] {
        assert!(!out.contains(name), "{out}");
    }
    assert!(
        offered.contains(
            "Lena Fischer (#4): offers \"product design\" for \"a designer for the new app\""
        ),
        "{out}"
    );
}

#[test]
fn a_list_shown_short_says_how_many_more() {
    let j = Journal::new();
    j.ok(&["add", "Paolo Marino", "--interest", "sailing"]);
    for n in 0..11 {
        j.ok(&["add", &format!("Sailor {n}"), "--interest", "sailing"]);
    }
    let out = j.ok(&["match", "paolo"]);
    assert!(
        out.contains("  +1 more (all of them: givegive match NAME --all)"),
        "{out}"
    );
    let all = j.ok(&["match", "paolo", "--all"]);
    assert_eq!(all.matches("both into sailing").count(), 11, "{all}");
    assert!(!all.contains("more (all"), "{all}");
}

/// A draft that sends what I promised says, before `y`, that marking it
/// sent marks the promise kept; a need the promise answers is said to be
/// answered, not "nobody offers it".
#[test]
fn a_draft_keeping_a_promise_says_so_and_the_need_it_answers() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Bo Berg",
        "--met",
        "drinks",
        "--on",
        "yesterday",
        "--details",
        "planning a workshop",
        "--need",
        "a venue for the workshop",
        "--no-follow-up",
    ]);
    // The promise names every essential word of the need (venue, workshop).
    let planned = j.ok(&[
        "follow-up",
        "bo",
        "tomorrow",
        "send Bo the workshop venue contact",
    ]);
    let id = planned
        .split("(#")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap_or_else(|| panic!("{planned}"));
    let out = j.cmd(&["draft", "bo"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(stdout.contains("the workshop venue contact"), "{stdout}");
    assert!(
        stderr.contains(&format!(
            "marking it sent marks your promise #{id} kept: attach \"the workshop venue contact\" first"
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("nobody you could still introduce"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "their need \"a venue for the workshop\": your promise #{id} (\"the workshop venue contact\") answers it"
        )),
        "{stderr}"
    );
}

/// A fresh-eyes trial (Italian): an organisation's name is a proper noun,
/// never stemmed ("Poste" is no "posto" of work), and a city a need names
/// is where, not whom ("a Milano" is not "Comune di Milano").
#[test]
fn an_organisation_is_offered_only_when_a_job_need_names_it() {
    let j = Journal::new();
    j.ok(&["add", "Bruno Ferri"]);
    j.ok(&["add", "Luca Neri", "--need", "un lavoro a Milano"]);
    j.ok(&[
        "add",
        "Alessandro",
        "Marchetti",
        "--org",
        "Poste",
        "--role",
        "developer",
    ]);
    j.ok(&[
        "add",
        "Federica Gallo",
        "--org",
        "Comune di Milano",
        "--role",
        "assessora",
    ]);
    j.ok(&[
        "event",
        "Cena",
        "--on",
        "yesterday",
        "--with",
        "bruno",
        "--details",
        "bruno: la sua azienda chiude a marzo",
        "--need",
        "bruno: un nuovo lavoro",
        "--no-follow-up",
    ]);
    let bruno = j.ok(&["match", "bruno"]);
    assert!(!bruno.contains("Alessandro"), "{bruno}");
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    let out = j.cmd(&["draft", "bruno"]).output().expect("run");
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("Ciao Bruno"), "{draft}");
    assert!(!draft.contains("Alessandro"), "{draft}");
    let luca = j.ok(&["match", "luca"]);
    assert!(!luca.contains("Federica"), "{luca}");
    j.ok(&["edit", "luca", "--need", "un lavoro al Comune di Milano"]);
    let luca = j.ok(&["match", "luca"]);
    assert!(
        luca.contains(
            "Federica Gallo (#4): at Comune di Milano, close to \"un lavoro al Comune di Milano\""
        ),
        "{luca}"
    );
}

/// Fresh eyes: Marco and Luca were both at the Rust Milano meetup (an
/// event is one record each), yet `match` offered Luca and the draft said
/// "I would be happy to introduce you". People met at one event know each
/// other: not offered, and said why.
#[test]
fn people_met_at_one_event_are_not_introduced() {
    let j = Journal::new();
    j.ok(&["add", "Marco Bianchi", "--need", "a Rust developer"]);
    j.ok(&["add", "Luca Ferri", "--offer", "Rust development"]);
    assert!(
        j.ok(&["match", "marco"])
            .contains("Luca Ferri (#2): offers")
    );
    j.ok(&[
        "event",
        "Rust Milano meetup",
        "--on",
        "yesterday",
        "--with",
        "marco",
        "--with",
        "luca",
        "--details",
        "marco: is moving to Berlin",
    ]);
    let said = j.ok(&["match", "marco"]);
    assert!(
        said.contains("Luca Ferri (#2): knows Marco already (both at Rust Milano meetup)")
            && !said.contains("Luca Ferri (#2): offers"),
        "{said}"
    );
    let out = j.cmd(&["draft", "marco"]).output().expect("run");
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(!draft.contains("Luca"), "{draft}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("Marco knows them already (both at Rust Milano meetup)"),
        "{draft}"
    );
}

/// "Nobody offers it" follows the listing's candidates: a need someone
/// they know already could meet (same organisation here) is offered, just
/// not to them, and said so; a need nobody meets is "nobody offers".
#[test]
fn nobody_offers_only_what_nobody_known_offers() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Anna Rossi",
        "--org",
        "Paymo",
        "--need",
        "a CFO",
        "--need",
        "a React developer",
    ]);
    j.ok(&[
        "add",
        "Bruno Neri",
        "--org",
        "Paymo",
        "--offer",
        "CFO services",
    ]);
    let anna = j.ok(&["match", "anna"]);
    assert!(
        anna.contains(
            "Who could help Anna Rossi:\n  nobody offers \"a React developer\" yet; only people Anna knows already offer \"a CFO\" (not offered, below)\n"
        ),
        "{anna}"
    );
    assert!(
        anna.contains("Bruno Neri (#2): knows Anna already (both at Paymo)"),
        "{anna}"
    );
    j.ok(&["edit", "anna", "--drop-need", "a React developer"]);
    let anna = j.ok(&["match", "anna"]);
    assert!(
        anna.contains("only people Anna knows already offer \"a CFO\" (not offered, below)"),
        "{anna}"
    );
    assert!(!anna.contains("nobody offers"), "{anna}");
}

/// A request of theirs still open: the draft says it does not answer it,
/// and how the shell marks it done.
#[test]
fn a_draft_says_it_does_not_answer_their_request() {
    let j = Journal::new();
    j.ok(&["add", "Sara Greco"]);
    j.ok(&[
        "met",
        "sara",
        "pitch night",
        "--details",
        "she is moving to Lisbon",
    ]);
    j.ok(&["asked-by", "sara", "a feedback on her deck"]);
    let out = j.cmd(&["draft", "sara"]).assert().success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("note: Sara asked you for \"a feedback on her deck\" (#3), and this draft does not answer it")
            && err.contains("givegive done 3 marks it done"),
        "{err}"
    );
}
