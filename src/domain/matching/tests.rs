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
    assert_eq!(stems("a designer for the new app"), ["desi", "app"]);
    assert_eq!(stems("career advice"), ["care"]);
    assert!(
        stems("advice").is_empty(),
        "nothing specific: read everyone"
    );
    assert!(stems("un caffè").is_empty(), "folding: read everyone");
    // Every word that matches a need word holds its stem.
    for (need, offer) in [
        ("designer", "design"),
        ("design", "designers"),
        ("UX", "ux reviews"),
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
        ["offers \"pricing advice\" for \"pricing help\""]
    );
}

proptest::proptest! {
    /// Against a plain model of the rule: someone is offered only when
    /// their offers, role, organisation or notes share a word with the
    /// need, whatever their interests and tags; anyone else whose
    /// interests or tags do is listed as interest only.
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
        let offered: Vec<Id> = who_could_help(&anna, &others).iter().map(|m| m.contact).collect();
        let only: Vec<Id> = interest_only(&anna, &others).iter().map(|m| m.contact).collect();
        for o in &others {
            let skill = o.offers.iter().any(|x| fits(x)) || fits(&o.role) || fits(&o.org) || fits(&o.notes);
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
    let anna = p(1, "Anna", &["a designer for the app"], &[], &[]);
    assert_eq!(
        who_could_help(&anna, &[giulia])[0].reasons,
        ["works as Designer, close to \"a designer for the app\""]
    );
    assert!(!same_word("art", "artificial"));
}
