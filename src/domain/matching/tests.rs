//! The matching rules: who answers a need, and who is only into it.

use super::*;

#[test]
fn people_who_share_only_a_passion_are_proposed_to_meet() {
    let beatrice = p(1, "Beatrice", &["a new job"], &[], &["Photography", "Jazz"]);
    let elisabetta = p(2, "Elisabetta", &[], &[], &["photography"]);
    let both = p(3, "Carla", &[], &[], &["jazz", "PHOTOGRAPHY"]);
    let nobody = p(4, "Dario", &[], &["tax returns"], &["chess"]);
    let others = [elisabetta.clone(), both, nobody];
    assert!(who_could_help(&beatrice, &others).is_empty());
    let kin = kindred(&beatrice, &others);
    let names: Vec<&str> = kin.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Carla", "Elisabetta"], "more shared first");
    assert_eq!(kin[1].reasons, ["both into photography"]);
    assert_eq!(kin[0].reasons, ["both into jazz, PHOTOGRAPHY"]);
}

#[test]
fn colleagues_know_each_other_but_no_organisation_is_nobody() {
    for (a, b, same) in [
        ("Paymo", " paymo", true),
        ("Caffè Nero", "CAFFE NERO", true),
        ("", "", false),
        ("  ", "", false),
        ("Paymo", "Paymo Labs", false),
    ] {
        assert_eq!(same_org(a, b), same, "{a:?} / {b:?}");
    }
    assert_eq!(Acquaintance::SameOrg("Paymo".into()).why(), "both at Paymo");
}

#[test]
fn stems_are_what_a_matching_record_must_hold() {
    // The purpose phrase is no essential word ("for the new app").
    assert_eq!(stems("a designer for the new app"), ["desi"]);
    assert_eq!(
        stems("a designer with app experience"),
        ["desi", "app", "expe"]
    );
    assert_eq!(stems("career advice")[..2], ["advi", "help"]);
    assert!(stems("career advice").contains(&"care".to_string()));
    assert!(stems("for the").is_empty(), "no head: read everyone");
    assert!(stems("un caffè").is_empty(), "folding: read everyone");
    // Every word that matches a need word holds its stem.
    for (need, offer) in [
        ("designer", "design"),
        ("design", "designers"),
        ("UX", "ux reviews"),
        ("a React developer", "sviluppo React"),
        ("Italian market contacts", "introduzioni"),
    ] {
        let holds = stems(need)
            .iter()
            .any(|s| offer.to_ascii_lowercase().contains(s.as_str()));
        assert!(holds, "{need} / {offer}");
    }
}

fn p(id: u64, name: &str, needs: &[&str], offers: &[&str], interests: &[&str]) -> Profile {
    let v = |x: &[&str]| x.iter().map(|s| (*s).to_string()).collect();
    Profile {
        id: Id(id),
        name: name.into(),
        needs: v(needs),
        offers: v(offers),
        interests: v(interests),
        ..Profile::default()
    }
}

#[test]
fn offers_answer_needs_with_reasons() {
    let anna = p(
        1,
        "Anna",
        &["a designer for the new app"],
        &["pricing advice"],
        &["Climbing"],
    );
    let others = [
        p(
            2,
            "Giulia",
            &[],
            &["UX reviews", "app design"],
            &["Climbing"],
        ),
        p(3, "Marco", &[], &["Rust mentoring"], &["Climbing"]),
        p(4, "Sara", &["pricing help"], &[], &["Design"]),
    ];
    let ranked = who_could_help(&anna, &others);
    let names: Vec<&str> = ranked.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["Giulia"],
        "Marco shares an interest but answers no need; Sara is into design, which is not a skill"
    );
    assert!(
        ranked[0]
            .reasons
            .contains(&"offers \"app design\" for \"a designer for the new app\"".to_string())
    );
    assert!(
        ranked[0]
            .reasons
            .contains(&"both into Climbing".to_string())
    );
    assert_eq!(
        interest_only(&anna, &others)[0].reasons,
        ["into Design, close to \"a designer for the new app\""]
    );

    let helped = whom_could_they_help(&anna, &others);
    assert_eq!(helped.len(), 1);
    assert_eq!(helped[0].name, "Sara");
    assert_eq!(
        helped[0].reasons,
        ["needs \"pricing help\"; Anna offers \"pricing advice\""],
        "said of Sara, whose line it is"
    );
}

proptest::proptest! {
    /// Against a plain model of the rule: someone is offered only when
    /// their offers, role or notes name the need, whatever their
    /// organisation (a name, never what they do), interests and tags;
    /// anyone else whose interests or tags share a word with it is listed
    /// as interest only.
    #[test]
    fn an_interest_alone_never_makes_an_introduction(
        fields in proptest::collection::vec(proptest::collection::vec(0usize..6, 6), 1..6),
    ) {
        const WORDS: [&str; 6] = ["", "rust", "design", "sailing", "rust developer", "jazz"];
        let anna = p(1, "Anna", &["a rust developer"], &[], &[]);
        let others: Vec<Profile> = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let v = |k: usize| (!WORDS[f[k]].is_empty()).then(|| WORDS[f[k]].to_string());
                Profile {
                    id: Id(i as u64 + 2),
                    name: format!("P{i}"),
                    offers: v(0).into_iter().collect(),
                    role: v(1).unwrap_or_default(),
                    org: v(2).unwrap_or_default(),
                    notes: v(3).unwrap_or_default(),
                    interests: v(4).into_iter().collect(),
                    tags: v(5).into_iter().collect(),
                    ..Profile::default()
                }
            })
            .collect();
        let fits = |w: &str| w.contains("rust") || w.contains("developer");
        // What they do must name every essential word: rust and developer.
        let does = |w: &str| w.contains("rust") && w.contains("developer");
        let offered: Vec<Id> = who_could_help(&anna, &others).iter().map(|m| m.contact).collect();
        let only: Vec<Id> = interest_only(&anna, &others).iter().map(|m| m.contact).collect();
        for o in &others {
            let skill = o.offers.iter().any(|x| does(x)) || does(&o.role) || does(&o.notes);
            let into = o.interests.iter().chain(&o.tags).any(|x| fits(x));
            proptest::prop_assert_eq!(offered.contains(&o.id), skill, "{:?}", o);
            proptest::prop_assert_eq!(only.contains(&o.id), !skill && into, "{:?}", o);
        }
    }
}

#[test]
fn small_words_and_short_prefixes_do_not_match() {
    assert!(
        overlap("a job in a product team", "the product roadmap").contains(&"product".to_string())
    );
    assert!(overlap("a job", "jo").is_empty());
    assert!(overlap("for the", "for the").is_empty());
    assert!(same_word("invest", "investors"));
    assert!(
        overlap("career advice", "pricing advice").is_empty(),
        "generic words alone"
    );
    let mut giulia = p(2, "Giulia", &[], &[], &[]);
    giulia.role = "Designer".into();
    let anna = p(1, "Anna", &["a designer with app experience"], &[], &[]);
    // Every essential word must be named: "app" and "experience" are not.
    assert!(who_could_help(&anna, std::slice::from_ref(&giulia)).is_empty());
    // A purpose phrase is no essential word (a user trial: Lena, a
    // designer, was "not offered" for "a designer for the new app").
    let lena = p(1, "Lena", &["a designer for the new app"], &[], &[]);
    assert_eq!(
        who_could_help(&lena, &[giulia])[0].reasons,
        ["works as Designer, for \"a designer for the new app\""]
    );
    assert!(!same_word("art", "artificial"));
}

#[test]
fn what_is_needed_must_be_named_not_a_word_around_it() {
    for (need, text, answer) in [
        ("a React developer", "React developer", true),
        ("a React developer", "React development", true),
        ("a CFO", "CFO", true),
        ("un designer", "product designer", true),
        ("uno sviluppatore React", "React developer", true),
        ("pricing help", "pricing advice", true),
        ("a venue for a workshop", "workshop facilitation", false),
        ("a job in a product team", "product feedback", false),
        (
            "Italian market contacts",
            "African market introductions",
            false,
        ),
        (
            "Italian market contacts",
            "introduzioni nel mercato italiano",
            true,
        ),
        ("career advice", "pricing advice", false),
        ("Italian market contacts", "board introductions", false),
        ("a contact", "board introductions", true),
        // Every essential word must be named (a user trial).
        ("a senior Rust engineer", "React development", false),
        ("a senior Rust engineer", "React developer", false),
        ("a senior Rust engineer", "Rust developer", true),
        ("a head of engineering", "head of sales", false),
        ("a head of engineering", "engineering manager", false),
        ("un ingegnere backend senior", "Backend engineer", true),
        (
            "Italian market contacts",
            "Italian market introductions",
            true,
        ),
    ] {
        let yes = matches!(answers(need, text), Answer::Yes(_));
        assert_eq!(yes, answer, "{need} / {text}: {:?}", answers(need, text));
    }
    // "for a workshop" says what the venue is for: nothing in common.
    assert_eq!(
        answers("a venue for a workshop", "workshop facilitation"),
        Answer::No
    );
    // Letters in common are no stem in common (a user trial).
    assert_eq!(
        answers("un commercialista", "e-commerce insights"),
        Answer::No
    );
    assert_eq!(answers("un commercialista", "fintech contacts"), Answer::No);
    assert_eq!(
        answers("un commercialista", "contatti con editori"),
        Answer::No
    );
    assert!(matches!(
        answers("a designer for the new app", "product design"),
        Answer::Yes(_)
    ));
    assert!(matches!(
        answers("advice for a startup", "startup advice"),
        Answer::Yes(_)
    ));
    assert!(matches!(
        answers("advice for a startup", "legal advice"),
        Answer::Miss(_) | Answer::No
    ));
    assert_eq!(
        answers("a senior Rust engineer", "React development"),
        Answer::Miss("\"rust\" not named".into())
    );
    assert_eq!(
        answers("a head of engineering", "head of sales"),
        Answer::Miss("\"engineering\" not named".into())
    );
    assert_eq!(
        answers("a head of engineering", "engineering manager"),
        Answer::Miss("\"head\" not named".into())
    );
    // Matteo, a React developer, is no longer ranked for a Rust engineer;
    // Lea, a backend engineer, is offered for "un ingegnere backend senior".
    let mut matteo = p(5, "Matteo", &[], &["React development"], &[]);
    matteo.role = "React developer".into();
    let mut lea = p(6, "Lea", &[], &[], &[]);
    lea.role = "Backend engineer".into();
    let rust = p(7, "Nina", &["a senior Rust engineer"], &[], &[]);
    assert!(who_could_help(&rust, std::slice::from_ref(&matteo)).is_empty());
    assert_eq!(
        near_misses(&rust, &[matteo])[0].reasons,
        [
            "offers \"React development\", not \"a senior Rust engineer\": \"rust\" not named",
            "works as React developer, not \"a senior Rust engineer\": \"rust\" not named",
        ]
    );
    let backend = p(8, "Pia", &["un ingegnere backend senior"], &[], &[]);
    assert_eq!(
        who_could_help(&backend, &[lea])[0].reasons,
        ["works as Backend engineer, for \"un ingegnere backend senior\""]
    );
    assert_eq!(
        answers("Italian market contacts", "African market introductions"),
        Answer::Miss("\"african\" is not \"italian\"".into())
    );
    // Said from the side of the one whose line it is.
    let mut aisha = p(
        1,
        "Aisha Bello",
        &[],
        &["Italian market introductions"],
        &[],
    );
    aisha.role = "CFO".into();
    let emma = p(
        2,
        "Emma Schneider",
        &["Italian market contacts", "a CFO"],
        &[],
        &[],
    );
    assert_eq!(
        whom_could_they_help(&aisha, std::slice::from_ref(&emma))[0].reasons,
        [
            "needs \"Italian market contacts\"; Aisha offers \"Italian market introductions\"",
            "needs \"a CFO\"; Aisha works as CFO",
        ]
    );
    assert_eq!(
        who_could_help(&emma, &[aisha])[0].reasons,
        [
            "offers \"Italian market introductions\" for \"Italian market contacts\"",
            "works as CFO, for \"a CFO\"",
        ]
    );
    // Someone at the organisation a job need names answers it.
    let mut raj = p(3, "Raj", &[], &[], &[]);
    raj.org = "Paymo".into();
    let luca = p(4, "Luca", &["a job at Paymo"], &[], &[]);
    assert_eq!(who_could_help(&luca, &[raj]).len(), 1);
}

/// A need answered by several things is said once, on either side (a
/// fresh tester read "needs "a designer"; … · needs "a designer"; …").
#[test]
fn a_need_answered_twice_is_said_once() {
    let mut ana = p(1, "Ana Costa", &[], &["app design"], &[]);
    ana.role = "Service designer".into();
    let anna = p(2, "Anna Rossi", &["a designer for the new app"], &[], &[]);
    assert_eq!(
        who_could_help(&anna, std::slice::from_ref(&ana))[0].reasons,
        ["offers \"app design\" and works as Service designer, for \"a designer for the new app\""]
    );
    assert_eq!(
        whom_could_they_help(&ana, &[anna])[0].reasons,
        [
            "needs \"a designer for the new app\"; Ana offers \"app design\" and works as Service designer"
        ]
    );
}

mod org_model;
mod word_model;

#[test]
fn advice_about_a_trade_is_not_the_tradesperson() {
    assert_eq!(
        answers("a rust engineer", "rust engineering advice"),
        Answer::Miss("\"advice\" is not \"engineer\"".into())
    );
    assert_eq!(
        answers("un designer", "consigli di design"),
        Answer::Miss("\"consigli\" is not \"designer\"".into())
    );
    assert!(matches!(
        answers("rust advice", "rust engineering advice"),
        Answer::Yes(_)
    ));
    assert!(matches!(
        answers("a rust engineer", "rust engineering"),
        Answer::Yes(_)
    ));
}

#[test]
fn a_role_that_is_a_field_is_worked_in() {
    let luca = p(1, "Luca", &["marketing for my app"], &[], &[]);
    let giorgia = Profile {
        role: "marketing".into(),
        ..p(2, "Giorgia", &[], &[], &[])
    };
    let found = who_could_help(&luca, std::slice::from_ref(&giorgia));
    let said: Vec<&String> = found.iter().flat_map(|m| &m.reasons).collect();
    assert_eq!(said, ["works in marketing, for \"marketing for my app\""]);
}

#[test]
fn a_need_is_said_once_whatever_answers_it() {
    let sara = Profile {
        role: "designer".into(),
        ..p(1, "Sara Galli", &[], &["design di prodotto"], &[])
    };
    let giulia = p(2, "Giulia", &["un designer"], &[], &[]);
    let found = whom_could_they_help(&sara, &[giulia]);
    let said: Vec<&String> = found.iter().flat_map(|m| &m.reasons).collect();
    assert_eq!(
        said,
        ["needs \"un designer\"; Sara offers \"design di prodotto\" and works as designer"]
    );
}
