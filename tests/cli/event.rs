//! Several people met at one event, through the real binary: one
//! `event` command adds the new ones, finds the others, gives each their
//! own details, needs and follow-up, is one undo step, and shows as one
//! event; `add --met` with an event's name and day (or `--at`) joins it.

use serde_json::Value;

use super::Journal;

struct J(Journal);

impl std::ops::Deref for J {
    type Target = Journal;

    fn deref(&self) -> &Journal {
        &self.0
    }
}

impl J {
    fn new() -> J {
        J(Journal::lingerless())
    }

    /// The events as (name, date, the people's names).
    fn events(&self) -> Vec<(String, String, Vec<String>)> {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        self.json(&["events", "--json"])
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                let people = e["people"].as_array().into_iter().flatten();
                (
                    text(&e["name"]),
                    text(&e["date"]),
                    people.map(|p| text(&p["name"])).collect(),
                )
            })
            .collect()
    }

    /// A person's history as (kind, summary).
    fn history(&self, who: &str) -> Vec<(String, String)> {
        let card = self.json(&["show", who, "--json"]);
        card["history"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|h| h["type"] == "interaction")
            .map(|h| {
                let text = |f: &str| h[f].as_str().unwrap_or_default().to_string();
                (text("kind"), text("summary"))
            })
            .collect()
    }
}

const MEETUP: &[&str] = &[
    "event",
    "Product meetup",
    "--on",
    "yesterday",
    "--with",
    "anna",
    "--with",
    "Marco Bianchi",
    "--with",
    "Lea Stone",
    "--details",
    "marco: moving to Berlin",
    "--need",
    "marco: a flat",
    "--details",
    "Lea Stone: training for the Lisbon marathon",
    "--details",
    "anna: looking for a designer",
    "--follow-up",
    "friday",
];

#[test]
fn one_event_command_captures_everyone_met_there_and_one_undo_takes_it_back() {
    let j = J::new();
    // Met at the meetup, added before the event was logged.
    j.ok(&[
        "add",
        "Anna Rossi",
        "--met",
        "product meetup",
        "--on",
        "yesterday",
    ]);
    let out = j.ok(MEETUP);
    assert!(
        out.contains("logged event: Product meetup (Sunday 22 November) with 3 people"),
        "{out}"
    );
    assert!(
        out.contains("Marco Bianchi (#") && out.contains(": added"),
        "{out}"
    );
    let events = j.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let (_, date, people) = &events[0];
    assert_eq!(date, "2026-11-22");
    assert_eq!(people, &["Anna Rossi", "Marco Bianchi", "Lea Stone"]);
    // Anna's meeting is the event, not a second record of it.
    assert_eq!(
        j.history("anna"),
        [("event".to_string(), "product meetup".to_string())]
    );
    let marco = j.json(&["show", "marco", "--json"]);
    assert_eq!(marco["contact"]["needs"][0], "a flat");
    // One follow-up each, due friday; Anna keeps the one she had.
    for name in ["Marco Bianchi", "Lea Stone"] {
        let show = j.ok(&["show", name]);
        assert!(
            show.contains("2026-11-27") && show.contains("due: "),
            "{name}"
        );
    }
    let anna = j.json(&["show", "anna", "--json"]);
    let follow_ups = anna["history"].as_array().into_iter().flatten();
    assert_eq!(follow_ups.filter(|h| h["type"] == "follow_up").count(), 1);
    // Nobody is followed up yet: a planned follow-up is not a touch.
    let events = j.json(&["events", "--json"]);
    assert_eq!(events[0]["followed_up"], 0, "{events}");
    // Each draft says only what that person told you.
    let theirs = [
        ("marco", "Berlin"),
        ("lea", "marathon"),
        ("anna", "designer"),
    ];
    for (who, own) in theirs {
        let draft = j.ok(&["draft", who]);
        assert!(draft.contains(own), "{who}: {draft}");
        for (other, said) in theirs {
            assert!(other == who || !draft.contains(said), "{who}: {draft}");
        }
    }
    let undone = j.ok(&["undo"]);
    assert!(
        undone.starts_with("undid: event 'Product meetup'"),
        "{undone}"
    );
    assert!(j.events().is_empty());
    assert_eq!(
        j.history("anna"),
        [("met".to_string(), "product meetup".to_string())]
    );
    j.cmd(&["show", "marco"]).assert().failure();
    j.ok(&["check"]);
    // What undo called it is the command: it runs again as typed.
    let redone = j.ok(&["redo"]);
    assert!(redone.contains("event 'Product meetup'"), "{redone}");
    assert_eq!(j.events()[0].2.len(), 3);
}

#[test]
fn people_added_as_met_at_an_event_join_it() {
    let j = J::new();
    j.ok(&["event", "RustLab", "--on", "2d", "--with", "Dana Reyes"]);
    // Same name (any case) and day: the new person joins the event.
    let out = j.ok(&["add", "Eve Stone", "--met", "rustlab", "--on", "2d"]);
    assert!(
        out.contains("joined the event RustLab (") && out.contains("with Dana Reyes"),
        "{out}"
    );
    // --at says so even before the event is logged.
    j.ok(&[
        "add",
        "Ivo Kern",
        "--at",
        "Pitch night",
        "--on",
        "yesterday",
    ]);
    // Another day is another meeting.
    j.ok(&["add", "Oma Li", "--met", "rustlab", "--on", "yesterday"]);
    let events = j.events();
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].2, ["Ivo Kern"]);
    assert_eq!(events[1].2, ["Dana Reyes", "Eve Stone"]);
}

/// A new meeting joins another person's meeting of its name and day only
/// when that one is an event already (logged by `event`, or met with
/// several people): two people each met one to one under a common name
/// ("pranzo", "Fintech drinks") stay two meetings (trial 28d: Carla's and
/// Dora's lunches became one event, and `match` said they knew each
/// other). The line names them and the `event` command that makes them
/// one, which does.
#[test]
fn meetings_of_one_person_of_one_name_and_day_are_kept_apart_until_made_one() {
    let j = J::new();
    j.ok(&["add", "Bea Lanza", "--met", "Fintech drinks", "--on", "3d"]);
    let out = j.ok(&[
        "add",
        "Dario Greco",
        "--met",
        "fintech DRINKS",
        "--on",
        "3d",
    ]);
    let make_one = "`givegive event \"fintech DRINKS\" --on 2026-11-20 --with bea --with dario` makes it one event";
    assert!(
        !out.contains("joined")
            && out.contains(
                "Bea Lanza also has 'fintech DRINKS' on Friday 20 November: if it was the same, "
            )
            && out.contains(make_one),
        "{out}"
    );
    // `met` keeps them apart by the same rule, and says so the same way.
    j.ok(&["add", "Ugo Neri"]);
    let out = j.ok(&["met", "ugo", "Fintech drinks", "--on", "3d"]);
    assert!(
        out.contains("Bea Lanza and Dario Greco also have 'Fintech drinks'")
            && out.contains("--with bea --with dario --with ugo`"),
        "{out}"
    );
    assert!(j.events().is_empty(), "{:?}", j.events());
    j.ok(&["edit", "bea", "--need", "a product designer"]);
    j.ok(&["edit", "dario", "--offer", "product design"]);
    let matched = j.ok(&["match", "bea"]);
    assert!(!matched.contains("knows Bea already"), "{matched}");
    // The command the line gave makes them one event.
    let made = j.ok(&[
        "event",
        "Fintech drinks",
        "--on",
        "2026-11-20",
        "--with",
        "bea",
        "--with",
        "dario",
    ]);
    assert_eq!(
        made.matches("their meeting there is now the event").count(),
        2,
        "{made}"
    );
    assert_eq!(j.events()[0].2, ["Bea Lanza", "Dario Greco"]);
    // An event now, it is joined by whoever is added as met there.
    let out = j.ok(&["add", "Pia Sala", "--met", "Fintech drinks", "--on", "3d"]);
    assert!(
        out.contains(
            "joined the event Fintech drinks (Friday 20 November) with Bea Lanza and Dario Greco"
        ),
        "{out}"
    );
    assert_eq!(j.events()[0].2, ["Bea Lanza", "Dario Greco", "Pia Sala"]);
    // A meeting of several is no event by its name alone either: a new
    // meeting of its name and day is said apart, with the command that
    // makes them one; `event` then takes the meeting of several in.
    j.ok(&["add", "Oma Li"]);
    j.ok(&["met", "ugo", "oma", "Aperitivo", "--on", "3d"]);
    let out = j.ok(&["add", "Ivo Kern", "--met", "aperitivo", "--on", "3d"]);
    assert!(
        !out.contains("joined") && out.contains("Ugo Neri and Oma Li also have 'aperitivo'"),
        "{out}"
    );
    assert!(
        j.events().iter().all(|e| e.0 != "Aperitivo"),
        "{:?}",
        j.events()
    );
    j.ok(&["event", "Aperitivo", "--on", "3d", "--with", "ivo"]);
    let events = j.events();
    assert!(
        events.iter().any(|e| e.0 == "Aperitivo"
            && e.2.len() == 3
            && ["Ugo Neri", "Oma Li", "Ivo Kern"]
                .iter()
                .all(|n| e.2.contains(&n.to_string()))),
        "{events:?}"
    );
    // Undo takes the event back with what it made one.
    j.ok(&["undo"]);
    assert!(
        j.events().iter().all(|e| e.0 != "Aperitivo"),
        "{:?}",
        j.events()
    );
}

#[test]
fn an_event_naming_someone_ambiguously_is_refused_and_writes_nothing() {
    let j = J::new();
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["add", "Anna Bello"]);
    let out = j
        .cmd(&["event", "Dinner", "--with", "anna", "--with", "Kai Mori"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("'anna' could be"), "{err}");
    assert!(j.events().is_empty());
    j.cmd(&["show", "kai"]).assert().failure();
    // A detail must say whose it is when several people were there.
    j.cmd(&[
        "event",
        "Dinner",
        "--with",
        "Kai Mori",
        "--with",
        "Ida",
        "--details",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicates::str::contains("does not say whose it is"));
}

#[test]
fn a_meeting_of_several_keeps_a_detail_named_for_one_theirs() {
    let j = J::new();
    j.ok(&["add", "Sara Conti"]);
    j.ok(&["add", "Luca Ferri"]);
    // "ferri" picked Luca on this command line and is his last name: the
    // item is his in drafts, and Sara's confidence is never his.
    j.ok(&[
        "met",
        "sara",
        "ferri",
        "panel at Talent Garden",
        "--details",
        "sara: her mother is in hospital, keep it quiet; ferri: closing his seed round",
    ]);
    let draft = j.ok(&["draft", "ferri"]);
    assert!(draft.contains("your seed round"), "{draft}");
    assert!(!draft.contains("mother"), "{draft}");
    // Sara's draft never has Luca's news (it may have nothing to say).
    let sara = j.cmd(&["draft", "sara"]).output().expect("draft");
    let said = String::from_utf8_lossy(&sara.stdout);
    assert!(!said.contains("seed round"), "{said}");
    // The meeting is under both, Luca's news under Luca alone.
    let found = j.ok(&["search", "seed"]);
    assert!(
        found.contains("Luca Ferri") && !found.contains("Sara Conti"),
        "{found}"
    );
    let found = j.ok(&["search", "panel"]);
    assert!(
        found.contains("Luca Ferri") && found.contains("Sara Conti"),
        "{found}"
    );
    // The event gives each their own record: then only Luca's holds it.
    j.ok(&["undo"]);
    j.ok(&[
        "event",
        "panel at Talent Garden",
        "--with",
        "sara",
        "--with",
        "ferri",
        "--details",
        "sara: her mother is in hospital, keep it quiet",
        "--details",
        "ferri: closing his seed round",
    ]);
    let found = j.ok(&["search", "seed"]);
    assert!(
        found.contains("Luca Ferri") && !found.contains("Sara Conti"),
        "{found}"
    );
}

#[test]
fn a_follow_up_done_the_day_of_an_event_does_not_stand_for_its_follow_up() {
    let j = J::new();
    j.ok(&["add", "Kai Nakamura"]);
    let planned = j.ok(&["follow-up", "kai", "today", "send Kai the CFP link"]);
    let id = planned
        .split(['(', ')'])
        .find(|w| w.starts_with('#'))
        .expect("follow-up id")
        .trim_start_matches('#')
        .to_string();
    j.ok(&["done", &id]);
    let out = j.ok(&[
        "event",
        "Fintech drinks",
        "--with",
        "anna",
        "--with",
        "kai",
        "--details",
        "kai: giving a talk in Turin",
    ]);
    let kai = out
        .lines()
        .find(|l| l.contains("Kai Nakamura"))
        .unwrap_or("");
    assert!(kai.contains(", follow-up due "), "{out}");
}

/// Trial three: details the whom rule gave to one person, written of them
/// in the third person, reach their draft turned to "you", clause by
/// clause, and only in the draft's language; "ad" before Aperitivo.
#[test]
fn an_event_detail_of_theirs_in_the_third_person_reaches_their_draft_as_you() {
    let j = J::new();
    j.ok(&[
        "event",
        "Aperitivo",
        "--with",
        "Sara Ferri",
        "--with",
        "Giulia Neri",
        "--details",
        "sara: her startup just raised a seed round",
        "--details",
        "giulia: le piace la vela, sua figlia studia a Delft",
    ]);
    let sara = j.ok(&["draft", "Sara Ferri"]);
    assert!(
        sara.contains("your startup just raised a seed round"),
        "{sara}"
    );
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    let giulia = j.ok(&["draft", "Giulia Neri"]);
    assert!(
        giulia.contains("ti piace la vela e tua figlia studia a Delft"),
        "{giulia}"
    );
    assert!(giulia.contains("conoscerti all'aperitivo"), "{giulia}");
    j.ok(&["got", "Sara Ferri", "a code review of my parser"]);
    // What she gave, typed in English, is thanked for without its words.
    let out = j
        .cmd(&["draft", "Sara Ferri"])
        .assert()
        .success()
        .get_output()
        .clone();
    let said = String::from_utf8(out.stdout).expect("utf-8");
    assert!(said.contains("Grazie per il tuo aiuto."), "{said}");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains("\"her startup just raised a seed round\": it is written in English, and this draft is in Italian"),
        "{err}"
    );
    assert!(
        err.contains("\"a code review of my parser\" (#") && !said.contains("Grazie per a code"),
        "{err}"
    );
}

/// Followed up is one rule (`domain::followed`): the same day, a give
/// logged after the event follows it up; one logged before it was part of
/// the day, not a follow-up. The events screen says what the review does.
#[test]
fn a_give_logged_after_an_event_the_same_day_follows_it_up() {
    let j = J::new();
    for name in ["Paolo Verdi", "Sara Neri"] {
        j.ok(&["add", name]);
    }
    j.ok(&["gave", "sara", "a book"]);
    j.ok(&["event", "Drinks", "--with", "paolo", "--with", "sara"]);
    j.ok(&["gave", "paolo", "the deck"]);
    let events = j.json(&["events", "--json"]);
    let marks: Vec<(String, bool)> = events[0]["people"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let name = p["name"].as_str().unwrap_or_default().to_string();
            (name, p["followed_up"].as_bool().unwrap_or_default())
        })
        .collect();
    assert_eq!(
        marks,
        [("Paolo Verdi".into(), true), ("Sara Neri".into(), false)],
        "{events}"
    );
}

/// Trial six: `event` and `met` split `--details` (one with `;`, or one
/// each) by WHO:; a WHO naming nobody there is refused, nothing written.
#[test]
fn details_for_several_are_split_by_whom_in_event_and_met_alike() {
    let j = J::new();
    j.ok(&["add", "Sara Greco"]);
    j.ok(&["add", "Marco Bianchi"]);
    j.ok(&["add", "Paolo Marino"]);
    j.ok(&[
        "event",
        "cena",
        "--with",
        "sara",
        "--with",
        "marco",
        "--with",
        "Ugo Neri",
        "--details",
        "sara: ha trovato lavoro; marco: parte per Berlino; Ugo: è tornato dal Giappone",
        "--need",
        "sara: un designer; marco: un lavoro da remoto; una casa",
    ]);
    // Needs are split as details are: each person's own, never one of
    // Sara's holding Marco's; an item naming nobody is the one before's.
    let needs = |who: &str| j.json(&["show", who, "--json"])["contact"]["needs"].clone();
    assert_eq!(needs("sara"), serde_json::json!(["un designer"]));
    assert_eq!(
        needs("marco"),
        serde_json::json!(["un lavoro da remoto", "una casa"])
    );
    let details = |who: &str| {
        let card = j.json(&["show", who, "--json"]);
        let history = card["history"].as_array().cloned().unwrap_or_default();
        let met = history.iter().find(|h| h["type"] == "interaction");
        met.map(|h| h["details"].clone()).unwrap_or_default()
    };
    assert_eq!(details("sara"), "ha trovato lavoro");
    assert_eq!(details("marco"), "parte per Berlino");
    assert_eq!(details("ugo"), "è tornato dal Giappone");
    let draft = j.cmd(&["draft", "sara"]).output().expect("draft");
    let said = String::from_utf8_lossy(&draft.stdout) + String::from_utf8_lossy(&draft.stderr);
    assert!(!said.contains("nobody at that meeting"), "{said}");
    assert!(!said.contains("Berlino"), "{said}");
    j.ok(&[
        "met",
        "paolo",
        "marco",
        "aperitivo",
        "--details",
        "paolo: ha trovato casa",
        "--details",
        "marco: parte domani",
    ]);
    // Marco's part is on his card alone (trial 28d).
    assert_eq!(details("paolo"), "paolo: ha trovato casa");
    assert_eq!(details("marco"), "marco: parte domani");
    let before = j.ok(&["show", "paolo"]);
    for words in [
        &[
            "met",
            "paolo",
            "marco",
            "pranzo",
            "--details",
            "paolo: x; julie: y",
        ][..],
        &[
            "event",
            "pranzo",
            "--with",
            "paolo",
            "--with",
            "marco",
            "--details",
            "paolo: x",
            "--details",
            "Ugo: y",
        ],
    ] {
        let out = j.cmd(words).assert().code(1).get_output().clone();
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("is nobody there ("), "{err}");
    }
    assert_eq!(j.ok(&["show", "paolo"]), before);
}

/// Trial 28b: last night's dinner, its details typed the next morning
/// with `met` and the same name and day, made a second dinner that
/// "followed up" the first, and the review said nothing was due. One name
/// on one day with one person is one meeting: its details gain what is
/// new, and its follow-up waits as before.
#[test]
fn a_meeting_logged_again_the_same_day_is_the_same_meeting() {
    let j = J::new();
    j.ok(&[
        "add",
        "Beatrice Lanza",
        "--met",
        "cena da Beatrice",
        "--on",
        "2026-11-22",
    ]);
    let before = j.json(&["show", "beatrice", "--json"])["history"]
        .as_array()
        .map_or(0, Vec::len);
    let said = j.ok(&[
        "met",
        "beatrice",
        "Cena da Beatrice",
        "--on",
        "2026-11-22",
        "--details",
        "si trasferisce a Torino a gennaio",
    ]);
    assert!(
        said.starts_with("added the details to the meeting with Beatrice Lanza: cena da Beatrice"),
        "{said}"
    );
    assert!(!said.contains("also done"), "{said}");
    let card = j.json(&["show", "beatrice", "--json"]);
    let history = card["history"].as_array().cloned().unwrap_or_default();
    assert_eq!(history.len(), before, "{history:?}");
    assert!(
        card.to_string().contains("si trasferisce a Torino"),
        "{card}"
    );
    let review = j.ok(&["review"]);
    assert!(review.contains("Beatrice Lanza"), "{review}");
    // Again, with nothing new: nothing written.
    let again = j.ok(&["met", "beatrice", "cena da beatrice", "--on", "2026-11-22"]);
    assert!(
        again.starts_with("already logged: meeting with Beatrice Lanza"),
        "{again}"
    );
    // A call that day is another record.
    let call = j.ok(&[
        "met",
        "beatrice",
        "cena da Beatrice",
        "--on",
        "2026-11-22",
        "--kind",
        "call",
    ]);
    assert!(call.starts_with("logged call"), "{call}");
}

/// How they met is the first meeting (trial 28e #12): a meeting logged
/// later with an earlier day takes the place of the one the card took
/// from a meeting; what `edit --met` typed stays; a `met` of someone with
/// no first meeting yet does not invent one.
#[test]
fn how_they_met_is_the_first_meeting_unless_typed_by_hand() {
    let j = J::new();
    let met = |who: &str| {
        let card = j.json(&["show", who, "--json"]);
        let m = &card["contact"]["met"];
        format!("{} {}", m["text"].as_str().unwrap_or(""), m["on"])
    };
    j.ok(&[
        "add",
        "Marco Bianchi",
        "--met",
        "climbing gym",
        "--on",
        "2d",
    ]);
    j.ok(&["event", "Product meetup", "--on", "3d", "--with", "marco"]);
    assert!(
        met("marco").starts_with("Product meetup "),
        "{}",
        met("marco")
    );
    j.ok(&["met", "marco", "coffee", "--on", "5d"]);
    assert!(met("marco").starts_with("coffee "), "{}", met("marco"));
    j.ok(&["add", "Lena Ferri", "--met", "party", "--on", "2d"]);
    j.ok(&["edit", "lena", "--met", "through Lucia at her party"]);
    j.ok(&["met", "lena", "coffee", "--on", "4d"]);
    assert!(
        met("lena").starts_with("through Lucia at her party "),
        "{}",
        met("lena")
    );
    j.ok(&["add", "Ugo Neri"]);
    j.ok(&["met", "ugo", "coffee", "--on", "4d"]);
    assert_eq!(met("ugo"), " null");
}
