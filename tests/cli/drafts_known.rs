//! Drafts read right to the person they are for, through the real binary:
//! no introduction to someone they already know, nothing sent in one
//! language said again in another, no need dropped without a word.

use proptest::prelude::*;

use super::Journal;

#[test]
fn a_draft_offers_no_introduction_to_a_colleague_and_says_why() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Bruno Galli",
        "--org",
        "Paymo",
        "--role",
        "CEO",
        "--need",
        "a CFO",
    ]);
    j.ok(&["add", "Carla Neri", "--org", " paymo", "--role", "CFO"]);
    let out = j.cmd(&["draft", "bruno galli"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!stdout.contains("Carla"), "{stdout}");
    assert!(
        stderr
            .contains("not offered Carla Neri for \"a CFO\": knows Bruno already (both at paymo)"),
        "{stderr}"
    );
    let matches = j.ok(&["match", "bruno"]);
    let (offered, known) = matches
        .split_once("Not offered:")
        .unwrap_or_else(|| panic!("{matches}"));
    assert!(!offered.contains("Carla"), "{matches}");
    assert!(
        known.contains("Carla Neri (#2): knows Bruno already (both at paymo)"),
        "{matches}"
    );
    // Someone from elsewhere is offered.
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    let draft = j.ok(&["draft", "bruno galli"]);
    assert!(
        draft.contains("Dora Finzi might be the right person"),
        "{draft}"
    );
}

#[test]
fn a_draft_in_italian_does_not_repeat_what_went_in_english() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Bruno Galli",
        "--need",
        "a CFO",
        "--interest",
        "sailing",
    ]);
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    j.ok(&["interest", "add", "sailing", "--mine"]);
    let english = j.ok(&["draft", "bruno galli"]);
    assert!(english.contains("both into sailing"), "{english}");
    // Sent as the shell logs a message of mine.
    j.ok(&[
        "met",
        "bruno",
        "draft sent",
        "--kind",
        "message",
        "--from",
        "me",
        "--details",
        &english,
    ]);
    let config = j.dir.path().join("config").join("givegive");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "[drafts]\nlanguage = \"it\"\n").expect("config");
    let out = j.cmd(&["draft", "bruno galli"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr.contains("nothing to say to Bruno Galli that you have not written already"),
        "{stderr}"
    );
    // Someone new, in Italian: a need typed in English is left out and
    // said why (never cut to "CFO"); one typed in Italian is said whole.
    let out = j
        .cmd(&["add", "Eva Rossi", "--need", "a CFO"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let out = j.cmd(&["draft", "eva rossi"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "left out their need \"a CFO\": it is written in English, and this draft is in Italian"
        ),
        "{stderr}"
    );
    j.ok(&["add", "Ugo Sala", "--need", "un CFO"]);
    let italian = j.ok(&["draft", "ugo sala"]);
    assert!(
        italian.contains(
            "so che cerchi un CFO: Dora Finzi potrebbe fare al caso tuo e, se vuoi, vi presento."
        ),
        "{italian}"
    );
}

/// What happens between Anna and one of two others, in order, a day
/// apart: how Anna may come to know them.
#[derive(Clone, Copy, Debug)]
enum Step {
    Relate(usize),
    MetTogether(usize),
    Intro(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..2usize).prop_map(Step::Relate),
        (0..2usize).prop_map(Step::MetTogether),
        (0..2usize).prop_map(Step::Intro),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// A draft hopes an introduction is useful only when, by the model,
    /// the two did not know each other before it: not related (ever), not
    /// together at a meeting, not introduced before; and only until they
    /// meet together after it.
    #[test]
    fn a_draft_never_hopes_they_find_useful_someone_they_knew(
        steps in prop::collection::vec(step(), 1..5),
    ) {
        const OTHERS: [&str; 2] = ["Bruno Galli", "Carla Neri"];
        let j = Journal::lingerless();
        j.ok(&["add", "Anna Rossi"]);
        for o in OTHERS {
            j.ok(&["add", o]);
        }
        let (mut knew, mut hoped) = ([false; 2], [None::<bool>; 2]);
        let related: Vec<usize> = steps
            .iter()
            .filter_map(|s| match s {
                Step::Relate(o) => Some(*o),
                _ => None,
            })
            .collect();
        for (i, s) in steps.iter().enumerate() {
            let on = format!("2026-11-{}", 10 + i);
            match *s {
                Step::Relate(o) => {
                    j.ok(&["relate", "anna", OTHERS[o], "colleague"]);
                }
                Step::MetTogether(o) => {
                    j.ok(&["met", "anna", OTHERS[o], "lunch", "--on", &on]);
                    knew[o] = true;
                    // Met since the introduction: it did its work (trial 26y).
                    if hoped[o] == Some(true) {
                        hoped[o] = Some(false);
                    }
                }
                Step::Intro(o) => {
                    j.ok(&["intro", "anna", OTHERS[o], "both in design", "--on", &on]);
                    // The first introduction is the one hoped useful.
                    hoped[o].get_or_insert(!knew[o] && !related.contains(&o));
                    knew[o] = true;
                }
            }
        }
        j.ok(&["met", "anna", "coffee", "--on", "2026-11-22", "--details", "training for a marathon"]);
        let out = j.cmd(&["draft", "anna"]).output().expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        let hope = text.lines().find(|l| l.starts_with("I hope the introduction")).unwrap_or("");
        for (o, name) in OTHERS.iter().enumerate() {
            prop_assert_eq!(
                hope.contains(name),
                hoped[o] == Some(true),
                "{:?}: {}\n{}",
                steps,
                name,
                text
            );
        }
    }
}

/// The language check comes first, in the journal's choice too: an
/// Italian need someone could meet is not the one an English draft
/// offers (it could not say it); the English need after it is, and the
/// Italian one is noted as written in Italian.
#[test]
fn an_english_draft_offers_the_need_it_can_say() {
    let j = Journal::new();
    j.ok(&[
        "add",
        "Ivo Longo",
        "--need",
        "un avvocato",
        "--need",
        "a CFO",
    ]);
    j.ok(&["add", "Dora Finzi", "--org", "Ledgerly", "--role", "CFO"]);
    j.ok(&["add", "Sara Verdi", "--offer", "un avvocato"]);
    let out = j.cmd(&["draft", "ivo"]).output().expect("run");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("I know you are looking for a CFO; Dora Finzi"),
        "{stdout}\n{stderr}"
    );
    assert!(
        stderr.contains("left out their need \"un avvocato\": it is written in Italian"),
        "{stderr}"
    );
}

/// Help I gave on a later day followed up what came before it (one rule,
/// `domain::followed`): three weeks after a first meeting, once I wrote to
/// introduce them, the draft does not say "great to meet you" for it. What
/// I gave the day of a meeting was part of it, and what I did today may go
/// with this very draft: that meeting is still said.
#[test]
fn a_meeting_followed_up_by_my_help_is_not_greeted_again() {
    let j = Journal::new();
    j.ok(&["add", "Marco Verdi"]);
    j.ok(&["add", "Dora Blu"]);
    j.ok(&[
        "met",
        "marco",
        "Rust meetup",
        "--on",
        "2026-11-02",
        "--details",
        "he is moving to Turin",
    ]);
    j.ok(&[
        "intro",
        "marco",
        "dora",
        "Dora needs a Rust engineer",
        "--on",
        "2026-11-10",
    ]);
    let out = j.cmd(&["draft", "marco"]).output().expect("draft");
    let (draft, notes) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    // What it held is said to be left out, never dropped without a word.
    assert!(
        notes.contains("left out what Marco told you at \"Rust meetup\" on 2026-11-02")
            && notes.contains("you followed it up on 2026-11-10"),
        "{notes}"
    );
    assert!(!draft.contains("Turin"), "{draft}");
    assert!(!draft.contains("meet you"), "{draft}");
    assert!(!draft.contains("Rust meetup"), "{draft}");
    assert!(draft.contains("the introduction to Dora Blu"), "{draft}");
    j.ok(&["add", "Anna Rossi"]);
    j.ok(&["met", "anna", "pricing breakfast"]);
    j.ok(&["gave", "anna", "the pricing deck"]);
    let draft = j.ok(&["draft", "anna"]);
    assert!(draft.contains("at the pricing breakfast today"), "{draft}");
}

/// Trial t2: a follow-up I set by hand before we met ("send Paolo the two
/// designer contacts") says we were in touch: the meeting after it is not
/// "great to meet you" beside "As promised".
#[test]
fn a_promise_set_before_a_meeting_means_we_knew_each_other() {
    let j = Journal::new();
    j.ok(&["add", "Paolo Neri"]);
    let set = j
        .cmd(&[
            "follow-up",
            "paolo",
            "2026-11-30",
            "send Paolo the two designer contacts",
        ])
        .env("GIVEGIVE_TODAY", "2026-11-20")
        .output()
        .expect("follow-up");
    assert!(set.status.success(), "{set:?}");
    j.ok(&["met", "paolo", "pitch night", "--on", "2026-11-22"]);
    let draft = j.ok(&["draft", "paolo"]);
    assert!(!draft.contains("meet you"), "{draft}");
    assert!(draft.contains("thanks for the pitch night"), "{draft}");
    assert!(
        draft.contains("As promised, I am sending you the two designer contacts."),
        "{draft}"
    );
}

/// Trial t6: "è stato bello vederti oggi. / Grazie per il tuo aiuto." read
/// as thanks for the evening, though the help came days before. Help
/// thanked for without its name is dated when it came on another day.
#[test]
fn help_with_no_name_is_dated_when_it_came_another_day() {
    let j = Journal::new();
    j.ok(&["add", "Giulia Conti"]);
    // Typed in Italian: an English draft cannot name it.
    j.ok(&[
        "got",
        "giulia",
        "una revisione del portfolio",
        "--on",
        "2026-11-18",
    ]);
    j.ok(&["met", "giulia", "design meetup"]);
    let draft = j.ok(&["draft", "giulia"]);
    assert!(
        draft.contains("Thank you for your help last Wednesday."),
        "{draft}"
    );
}

/// Trial u1: a follow-up "send Tom the two CFO profiles", then a give of
/// just that, and four days later the review still said it was late and
/// the draft "As promised, I am sending you the two CFO profiles". A give
/// of mine that is what a follow-up said it would send does it.
#[test]
fn a_give_of_what_a_follow_up_sends_does_it() {
    let j = Journal::new();
    j.ok(&["add", "Tom Hale"]);
    j.ok(&[
        "follow-up",
        "tom",
        "2026-11-20",
        "send Tom the two CFO profiles",
    ]);
    let gave = j.ok(&["gave", "tom", "sent Tom the two CFO profiles"]);
    assert!(
        gave.contains("also done: follow-up with Tom Hale: send Tom the two CFO profiles"),
        "{gave}"
    );
    assert!(!j.ok(&["review"]).contains("Tom"));
    let out = j.cmd(&["draft", "tom"]).output().expect("draft");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("As promised"),
        "{out:?}"
    );
    // Something else given leaves it open.
    j.ok(&["follow-up", "tom", "friday", "send Tom the pricing deck"]);
    let other = j.ok(&["gave", "tom", "a book on hiring"]);
    assert!(!other.contains("also done"), "{other}");
}

/// Trial v3: after I gave Giulia "il contatto di un commercialista", her
/// draft still offered Laura for "un commercialista". What I gave that
/// answers a need (by the rule `match` uses) met it: noted, not offered.
#[test]
fn a_need_my_give_answered_is_noted_not_offered_again() {
    let j = Journal::new();
    j.ok(&["add", "Giulia Conti", "--need", "an accountant"]);
    j.ok(&["add", "Laura Costa", "--role", "accountant"]);
    j.ok(&[
        "gave",
        "giulia",
        "the contact of an accountant",
        "--on",
        "2026-11-20",
    ]);
    j.ok(&[
        "met",
        "giulia",
        "design meetup",
        "--details",
        "she is moving to Turin",
    ]);
    let out = j.cmd(&["draft", "giulia"]).output().expect("draft");
    let (draft, notes) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!draft.contains("Laura"), "{draft}");
    assert!(
        notes.contains("left out their need \"an accountant\": what you gave them on 2026-11-20"),
        "{notes}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// Whoever offers what they need but knows them already is named with
    /// why, for every need, offered or not (trial 26y: Giulia, at Design
    /// night with Zoe, went unnamed for "a designer", Zoe's second need).
    #[test]
    fn everyone_passed_over_for_a_need_is_named_with_why(
        designer_first in any::<bool>(),
        dora_known in any::<bool>(),
        giulia_known in any::<bool>(),
    ) {
        let j = Journal::lingerless();
        let needs = if designer_first { ["a designer", "a CFO"] } else { ["a CFO", "a designer"] };
        j.ok(&["add", "Zoe Marchi", "--need", needs[0], "--need", needs[1]]);
        j.ok(&["add", "Dora Finzi", "--offer", "CFO services"]);
        j.ok(&["add", "Giulia Conti", "--offer", "product design"]);
        for (known, who, event) in [(dora_known, "dora", "Climbing meetup"), (giulia_known, "giulia", "Design night")] {
            if known {
                j.ok(&["event", event, "--with", "zoe", "--with", who, "--on", "2026-11-10"]);
            }
        }
        j.ok(&["met", "zoe", "coffee", "--on", "2026-11-20", "--details", "training for a marathon"]);
        let out = j.cmd(&["draft", "zoe"]).output().expect("draft");
        let notes = String::from_utf8_lossy(&out.stderr);
        for (known, note) in [
            (dora_known, "not offered Dora Finzi for \"a CFO\": knows Zoe already (both at Climbing meetup)"),
            (giulia_known, "not offered Giulia Conti for \"a designer\": knows Zoe already (both at Design night)"),
        ] {
            prop_assert_eq!(notes.contains(note), known, "{}", notes);
        }
    }
}
